// Every command, setting, view and context id the extension uses, declared once. The metadata test
// (test/integration/suite/metadata.test.ts) checks them against package.json `contributes`.

export const LANGUAGE_ID = 'strategy-yaml';
export const DIAGNOSTIC_SOURCE = 'strategy-lint';
export const STRATEGY_GLOB = '**/*.strategy.{yaml,yml}';
export const FIX_ALL_KIND = 'source.fixAll.strategy';
export const TASK_TYPE = 'strategy-lint';

export const Commands = {
  newFile: 'strategy.newFile',
  lintWorkspace: 'strategy.lintWorkspace',
  lintFile: 'strategy.lintFile',
  openCalendar: 'strategy.openCalendar',
  showTrends: 'strategy.showTrends',
  exportIcs: 'strategy.exportIcs',
  showOutput: 'strategy.showOutput',
  approvePost: 'strategy.approvePost',
  sendPostForReview: 'strategy.sendPostForReview',
  importMetrics: 'strategy.importMetrics',
  monthReport: 'strategy.monthReport',
  draftReview: 'strategy.draftReview',
  // The month report's title bar actions.
  reportSaveHtml: 'strategy.report.saveHtml',
  reportSaveMarkdown: 'strategy.report.saveMarkdown',
  reportOpenInBrowser: 'strategy.report.openInBrowser',
  // Internal: tree items, CodeLenses and quick fixes run these with arguments.
  reveal: 'strategy.reveal',
  showRuleDocs: 'strategy.showRuleDocs',
  moveOverduePost: 'strategy.moveOverduePost',
} as const;
export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Commands a user may run from the palette; the others are hidden there (`when: false`). */
export const PALETTE_COMMANDS: readonly CommandId[] = [
  Commands.newFile,
  Commands.lintWorkspace,
  Commands.lintFile,
  Commands.openCalendar,
  Commands.showTrends,
  Commands.exportIcs,
  Commands.showOutput,
  Commands.approvePost,
  Commands.sendPostForReview,
  Commands.importMetrics,
  Commands.monthReport,
  Commands.draftReview,
  Commands.reportSaveHtml,
  Commands.reportSaveMarkdown,
  Commands.reportOpenInBrowser,
];

export const Settings = {
  rules: 'strategy.rules',
  lintRun: 'strategy.lint.run',
  lintWorkspace: 'strategy.lint.workspace',
  calendarSystem: 'strategy.calendar.system',
  codeLensEnabled: 'strategy.codeLens.enabled',
  approver: 'strategy.approver',
  locale: 'strategy.locale',
} as const;
export type SettingId = (typeof Settings)[keyof typeof Settings];

export const Views = {
  container: 'strategy',
  goals: 'strategy.goals',
  audiences: 'strategy.audiences',
  platforms: 'strategy.platforms',
  calendar: 'strategy.calendarTree',
  metrics: 'strategy.metrics',
  competitors: 'strategy.competitors',
} as const;

export const PanelTypes = {
  calendar: 'strategy.calendar',
  trends: 'strategy.trends',
  report: 'strategy.report',
} as const;

/** Context keys the extension sets (`when` clauses in package.json read them). */
export const ContextKeys = {
  /** Some strategy file has a result: drives the palette's `when` and the views' welcome content. */
  hasFiles: 'strategy.hasFiles',
} as const;

/** Tree item context values (`viewItem == ...` in menus). */
export const ContextValues = {
  file: 'strategyFile',
  goal: 'strategyGoal',
  audience: 'strategyAudience',
  relationship: 'strategyRelationship',
  platform: 'strategyPlatform',
  month: 'strategyMonth',
  post: 'strategyPost',
  metric: 'strategyMetric',
  group: 'strategyGroup',
  network: 'strategyNetwork',
  competitor: 'strategyCompetitor',
  mixType: 'strategyMixType',
} as const;
