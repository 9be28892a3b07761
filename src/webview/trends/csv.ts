// The "Copy CSV" payload: one rectangular table of the contract's numbers, machine-readable.
import type { GoalTrend, MetricTrend } from '../../core/protocol';
import { GOAL_COLUMNS, METRIC_COLUMNS } from './columns';

const COLUMNS = ['kind', 'id', 'name', 'metric', 'unit', ...METRIC_COLUMNS, ...GOAL_COLUMNS] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null | undefined>>;

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function pick<T, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>;
}

export function trendsCsv(metrics: MetricTrend[], goals: GoalTrend[]): string {
  const rows: Row[] = [
    ...metrics.map((m): Row => ({
      kind: 'metric',
      id: m.id,
      name: m.name,
      metric: m.id,
      unit: m.unit,
      ...pick(m, METRIC_COLUMNS),
    })),
    ...goals.map((g): Row => ({
      kind: 'goal',
      id: g.id,
      name: g.title,
      metric: g.metric,
      unit: g.unit,
      ...pick(g, GOAL_COLUMNS),
    })),
  ];
  return (
    [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n'
  );
}
