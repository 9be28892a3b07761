// One catalog per language, each assembled from its sections (engine, rules, service, outputs,
// editor, cli, panels). English defines the ids; the Persian catalog must have every one
// (type-checked) with the same placeholders, and no id may be defined twice or go unused
// (test/unit/core/text/i18n.test.ts).
import type { Language } from '../words';
import * as enSections from './en';
import * as faSections from './fa';

export const SECTIONS = { en: enSections, fa: faSections };

const en = {
  ...enSections.engine,
  ...enSections.rules,
  ...enSections.service,
  ...enSections.outputs,
  ...enSections.editor,
  ...enSections.cli,
  ...enSections.panels,
};

export type MessageId = keyof typeof en;

const fa: Record<MessageId, string> = {
  ...faSections.engine,
  ...faSections.rules,
  ...faSections.service,
  ...faSections.outputs,
  ...faSections.editor,
  ...faSections.cli,
  ...faSections.panels,
};

export const CATALOGS: Readonly<Record<Language, Readonly<Record<MessageId, string>>>> = { en, fa };
