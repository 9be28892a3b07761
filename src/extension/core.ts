// The one place the extension names the core modules it adapts (the core grows file by file; when a
// module moves, only this list changes).
export { IncrementalLinter } from '../core/incremental';
export { lint, type LintResult } from '../core/lint';
export { CONFIG_FILE_NAMES, parseConfig, RULE_SETTINGS } from '../core/config';
export { RULES, docsPath } from '../core/rules/registry';
export { safeFixEdits } from '../core/edits';
export { LineIndex } from '../core/positions';
export {
  codeLenses,
  completions,
  definition,
  disableRuleFix,
  documentSymbols,
  hover,
  newPostEdit,
  prepareRename,
  references,
  rename,
  rescheduleEdits,
  smartStatus,
  type CompletionItem,
  type Lens,
  type SymbolItem,
  type SmartLetter,
} from '../core/service';
export { metricTitle, VERDICT_WORDS } from '../core/service/lens';
export { SMART_WORDS } from '../core/service/smart';
export { platformSummaries } from '../core/platform-summary';
export { computeTrends } from '../core/trends';
export { MAX_FILE_SIZE_DEFAULT, formatSize } from '../core/limits';
export { decodeFile } from '../core/encoding';
export { ignoredBy } from '../core/glob';
export { isNetwork, networkStyle } from '../core/networks';
export { paceNote } from '../core/pace';
export { calendarViewModel, trendsViewModel } from '../core/views';
export { toICalendar } from '../core/ics';
export { strategyTemplate } from '../core/templates';
export type { Analysis, StrategyModel } from '../core/model';
export type * from '../core/types';
export type * from '../core/protocol';
export { rangeAt } from '../core/ranges';
export { dayNumber } from '../core/domain/dates';
export { networkName } from '../core/domain/platforms';
