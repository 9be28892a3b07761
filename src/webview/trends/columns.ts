// The contract's numbers the trends table and the CSV both show, in one order, with the words that head
// them in the table. The CSV heads them with these keys (the contract's own field names).
import type { GoalTrend, MetricTrend } from '../../core/protocol';
import type { Strings } from '../shared/i18n';

/** The keys of `Strings` that are plain words (not functions or tables). */
type Words = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

export const METRIC_COLUMNS = [
  'last',
  'previous',
  'mom',
  'slope',
  'r2',
  'ma3',
] as const satisfies readonly (keyof MetricTrend)[];

export const GOAL_COLUMNS = [
  'baseline',
  'target',
  'deadline',
  'forecast',
  'progress',
  'verdict',
] as const satisfies readonly (keyof GoalTrend)[];

export type MetricColumn = (typeof METRIC_COLUMNS)[number];
export type GoalColumn = (typeof GOAL_COLUMNS)[number];

export const HEADINGS: Record<MetricColumn | GoalColumn, Words> = {
  last: 'last',
  previous: 'previousValue',
  mom: 'mom',
  slope: 'slope',
  r2: 'r2',
  ma3: 'ma3',
  baseline: 'baseline',
  target: 'target',
  deadline: 'deadline',
  forecast: 'forecast',
  progress: 'progress',
  verdict: 'verdict',
};
