// The "Copy CSV" payload: one rectangular table of the contract's numbers, machine-readable.
import type { GoalTrend, MetricTrend } from '../../core/protocol';

const COLUMNS = [
  'kind',
  'id',
  'name',
  'metric',
  'unit',
  'last',
  'previous',
  'mom',
  'slope',
  'r2',
  'ma3',
  'baseline',
  'target',
  'deadline',
  'forecast',
  'progress',
  'verdict',
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null | undefined>>;

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function trendsCsv(metrics: MetricTrend[], goals: GoalTrend[]): string {
  const rows: Row[] = [
    ...metrics.map(({ id, name, unit, last, previous, mom, slope, r2, ma3 }): Row => {
      return { kind: 'metric', id, name, metric: id, unit, last, previous, mom, slope, r2, ma3 };
    }),
    ...goals.map(
      ({ id, title, metric, unit, baseline, target, deadline, forecast, progress, verdict }): Row => {
        return {
          kind: 'goal',
          id,
          name: title,
          metric,
          unit,
          baseline,
          target,
          deadline,
          forecast,
          progress,
          verdict,
        };
      },
    ),
  ];
  return (
    [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n'
  );
}
