// The one place the extension names the core modules it adapts (the core grows file by file; when a
// module moves, only this list changes).
export { IncrementalLinter } from '../core/incremental';
export { lint, type LintResult } from '../core/lint';
export { CONFIG_FILE_NAMES, parseConfig } from '../core/config';
export { RULES, docsPath } from '../core/rules/registry';
export { safeFixEdits } from '../core/edits';
export { LineIndex } from '../core/positions';
export { definition, references, prepareRename, rename } from '../core/service/navigation';
export { documentSymbols, type SymbolItem } from '../core/service/symbols';
export { completions, type CompletionItem, hover, codeLenses, type Lens } from './pending';
export { smartStatus } from '../core/service/smart';
export { disableRuleFix } from '../core/service/fixes';
export { rescheduleEdits, newPostEdit } from '../core/service/edits';
export { computeTrends } from '../core/trends';
export { calendarViewModel, trendsViewModel } from '../core/views';
export { toICalendar } from '../core/ics';
export { strategyTemplate } from '../core/templates';
export type { Analysis, StrategyModel } from '../core/model';
export type * from '../core/types';
export type * from '../core/protocol';
export { rangeAt } from '../core/ranges';
export { dayNumber, weekday, periodDays } from '../core/rules/calendar-outside-period';
export { networkName } from '../core/rules/calendar-conflict';
