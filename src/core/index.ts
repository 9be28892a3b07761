// The core's public surface: everything the CLI and the extension use (the webviews import only the
// types in ./protocol). Adapters import this file, never a module inside the core (ESLint keeps it so),
// so the core's layout can change without touching them.
//
// The core by stage (docs/ARCHITECTURE.md draws the map):
//   engine/   text to findings: parse, model, schema, directives, lint, incremental, config, fixes
//   rules/    one file a rule, and the registry
//   domain/   what rules, views and outputs share: dates and weeks, platforms, cadence, conflicts,
//             goals, trends and pace
//   service/  language features for an editor: completion, hover, navigation, symbols, lenses
//   outputs/  what the core produces for people: view models, iCalendar, templates, summaries
//   text/     offsets, lines, ranges, edits and YAML scalars
export * from './types';
export type * from './protocol';
export type * from './engine/model';
export {
  lint,
  finish as finishFindings,
  renderContext,
  renderFinding,
  renderFix,
  type LintResult,
} from './engine/lint';
export {
  msg,
  render,
  renderLine,
  ENGLISH,
  type Arg,
  type Args,
  type Message,
  type MessageId,
  type RenderContext,
} from './text/i18n/message';
export { LocaleFormat } from './text/i18n/locale-format';
export {
  parseConfig,
  checkRules,
  mergeRules,
  CONFIG_FILE_NAMES,
  RULE_SETTINGS,
  type Config,
} from './engine/config';
export { ConfigLookup, type ConfigHost, type FoundConfig } from './engine/config-lookup';
export { fixAll, type AppliedFix, type FixAllResult } from './engine/fix';
export { RULES, docsPath, docsUrl, ruleMeta, DOCS_URL_BASE } from './rules/registry';
export type { RuleMeta } from './rules/rule';
export { LineIndex } from './text/positions';
export { applyEdits, safeFixEdits } from './text/edits';
export { nodeAt, keyNodeAt, rangeAt } from './text/ranges';
export { computeTrends, trendsJson } from './domain/trends';
export { dayNumber, localDay } from './domain/dates';
export { networkName } from './domain/platforms';
export { isNetwork, networkStyle } from './domain/networks';
export { paceNote } from './domain/pace';
export { repeatWords } from './domain/repeat-words';
export { fileCalendarSystem, fileLanguage, resolveLanguage } from './domain/locale';
export { toICalendar, type ICalendarOptions } from './outputs/ics';
export { MAX_FILE_SIZE_DEFAULT, formatSize } from './engine/limits';
export { decodeFile, encodeFile, type Decoded, type FileEncoding, type SavedAs } from './engine/encoding';
export { closest } from './engine/suggest';
export { globMatcher, ignoredBy, isGlob, splitGlob } from './engine/glob';
export { IncrementalLinter } from './engine/incremental';
export * from './service';
export { metricTitle } from './service/lens';
export { WORDS, languageOf, languageOfLocale, type Language, type Words } from './text/words';
export { calendarViewModel, trendsViewModel, type ViewMeta } from './outputs/view-models';
export { networkWords } from './domain/platforms';
export { strategyTemplate } from './outputs/templates';
export {
  importMetrics,
  type CsvInput,
  type ImportChange,
  type ImportOptions as ImportMetricsOptions,
  type ImportResult,
} from './import/import';
export { platformSummaries, type PlatformSummary } from './outputs/platform-summary';
export {
  competitorLandscape,
  type CompetitorOnNetwork,
  type NetworkLandscape,
  type OurPlatformOnNetwork,
} from './outputs/competitors';
export { platformMixes, type PlatformMix, type TypeShare } from './domain/mix';
export * from './outputs/report';
export {
  draftReview,
  reviewEntry,
  reviewMonth,
  latestMetricMonth,
  isMonth,
  type DraftedReview,
  type DraftOptions,
  type ReviewDraft,
} from './outputs/review';
export { overduePosts, type OverduePost } from './domain/overdue';
export { statusEdits, POST_STATUSES } from './service/calendar-edits';
export { detachOccurrenceEdits, shiftSeriesEdits } from './service/series-edits';
