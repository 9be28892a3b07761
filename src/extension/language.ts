// The language and calendar system the extension speaks in about a file, by the contract's precedence:
// `strategy.locale` (when not 'auto'), the file's `language` (or a Persian `name`), VS Code's display
// language, English. Every adapter that renders a core message (diagnostics, hover, CodeLens, quick
// fix titles, views, panels) asks here, so they never disagree.
import * as vscode from 'vscode';
import {
  fileCalendarSystem,
  resolveLanguage,
  type LintOptions,
  type RenderContext,
  type StrategyModel,
} from '../core';
import * as settings from './settings';

type LanguageFields = Pick<StrategyModel, 'language' | 'name' | 'calendarSystem'>;

/** How a file's messages are rendered. */
export function renderContextFor(model: LanguageFields): RenderContext {
  return {
    language: resolveLanguage(model, settings.locale(), vscode.env.language),
    calendar: fileCalendarSystem(model),
  };
}

/** The lint options that choose the language (merged into every lint the extension runs). */
export function languageOptions(): Pick<LintOptions, 'locale' | 'environmentLocale'> {
  return { locale: settings.locale(), environmentLocale: vscode.env.language };
}
