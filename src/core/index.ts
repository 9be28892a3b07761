// The core's public surface: everything the CLI, the extension and the webviews use.
export * from './types';
export type * from './protocol';
export type * from './model';
export { lint, type LintResult } from './lint';
export { parseConfig, checkRules, CONFIG_FILE_NAMES, type Config } from './config';
export { RULES, docsPath, docsUrl, ruleMeta, DOCS_URL_BASE } from './rules/registry';
export type { RuleMeta } from './rules/rule';
export { LineIndex } from './positions';
export { applyEdits, safeFixEdits } from './edits';
export { nodeAt, keyNodeAt, rangeAt } from './ranges';
export { computeTrends, trendsJson } from './trends';
export { toICalendar, type ICalendarOptions } from './ics';
export { closest } from './suggest';
export { IncrementalLinter } from './incremental';
export * from './service';
export { calendarViewModel, trendsViewModel, type ViewMeta } from './views';
export { strategyTemplate } from './templates';
export { platformSummaries, type PlatformSummary } from './platform-summary';
