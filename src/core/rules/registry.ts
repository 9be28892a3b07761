// Every code the engine reports, its default severity and where its documentation lives.
import type { Language } from '../text/words';
import { calendarCadence } from './calendar-cadence';
import { calendarConflict } from './calendar-conflict';
import { calendarMix } from './calendar-mix';
import { calendarOffPeak } from './calendar-off-peak';
import { calendarOutsidePeriod } from './calendar-outside-period';
import { calendarOverdue } from './calendar-overdue';
import { calendarUnapproved } from './calendar-unapproved';
import { engagementSlow } from './engagement-slow';
import { goalsOffPace } from './goals-off-pace';
import { metricsGap } from './metrics-gap';
import { periodRange } from './period-range';
import { refDuplicateId } from './ref-duplicate-id';
import { refUnknown } from './ref-unknown';
import { repeatFields } from './repeat-fields';
import { reviewsMissing } from './reviews-missing';
import type { Rule, RuleMeta } from './rule';
import { smartAchievable } from './smart-achievable';
import { smartMeasurable } from './smart-measurable';
import { smartRelevant } from './smart-relevant';
import { smartSpecific } from './smart-specific';
import { smartTimeBound } from './smart-time-bound';

/** The rules that run on the typed model, after the YAML and schema layers. */
export const MODEL_RULES: readonly Rule[] = [
  periodRange,
  repeatFields,
  refUnknown,
  refDuplicateId,
  smartSpecific,
  smartMeasurable,
  smartAchievable,
  smartRelevant,
  smartTimeBound,
  goalsOffPace,
  calendarOutsidePeriod,
  calendarConflict,
  calendarCadence,
  calendarOffPeak,
  calendarMix,
  calendarUnapproved,
  calendarOverdue,
  metricsGap,
  engagementSlow,
  reviewsMissing,
];

const schemaMeta = (code: string, summary: string): RuleMeta => ({
  code: `schema/${code}`,
  severity: 'error',
  summary,
});

export const RULES: readonly RuleMeta[] = [
  {
    code: 'file/encoding',
    severity: 'error',
    summary: 'The file is not saved as UTF-8 (or UTF-16 with a byte order mark).',
  },
  { code: 'yaml/syntax', severity: 'error', summary: 'The file is not valid YAML.' },
  { code: 'yaml/alias', severity: 'info', summary: 'The file uses YAML anchors and aliases.' },
  schemaMeta('required', 'A required field is missing.'),
  schemaMeta('type', 'A value has the wrong type (text, number, list or section).'),
  schemaMeta('enum', 'A value is not one of the allowed choices.'),
  schemaMeta('format', 'A date or web address is not valid.'),
  schemaMeta('additional-property', 'A field name is unknown (often a typo).'),
  schemaMeta('pattern', 'A value does not have the expected form (ids, times, months).'),
  schemaMeta('range', 'A number or date is out of range (e.g. the period ends before it starts).'),
  ...MODEL_RULES.flatMap((r) => r.meta),
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleMeta(code: string): RuleMeta | undefined {
  return BY_CODE.get(code);
}

/** Where the published documentation lives; the extension links to its bundled copy instead. */
export const DOCS_URL_BASE = 'https://github.com/strategy-as-code/strategy-as-code/blob/main/';

/**
 * `docs/rules/smart/measurable.md` for `smart/measurable`; the Persian page is
 * `docs/rules/fa/smart/measurable.md`. Pass the language the finding's message was rendered in.
 */
export function docsPath(code: string, language: Language = 'en'): string {
  return language === 'fa' ? `docs/rules/fa/${code}.md` : `docs/rules/${code}.md`;
}

export function docsUrl(code: string, language: Language = 'en'): string {
  return DOCS_URL_BASE + docsPath(code, language);
}
