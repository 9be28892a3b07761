// The trends command's text output: a table of metrics and one of goals, numbers right-aligned, free
// text (names, titles, possibly right-to-left) in the last column so it never shifts the others.
import type { GoalTrend, MetricTrend, Verdict } from '../core';
import { LocaleFormat, msg, WORDS, type Language } from '../core';
import { speak } from './speech';
import { padEnd, padStart, printable, type Style } from './style';

const BARS = '▁▂▃▄▅▆▇█';
/** The sparkline shows the most recent values; a longer series is marked with a leading ellipsis. */
const SPARK_MAX = 24;
const NONE = '–';

export function sparkline(values: readonly number[]): string {
  const shown = values.slice(-SPARK_MAX);
  if (shown.length === 0) return '';
  const min = Math.min(...shown);
  const max = Math.max(...shown);
  const bars = shown.map((v) =>
    max === min ? BARS[3] : BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))],
  );
  return (values.length > shown.length ? '…' : '') + bars.join('');
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function num(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return NONE;
  return GROUPED.format(v === 0 ? 0 : v);
}

function signed(v: number | null, suffix = ''): string {
  if (v === null || !Number.isFinite(v)) return NONE;
  const rounded = Math.abs(v) < 0.005 ? 0 : v;
  return `${rounded > 0 ? '+' : ''}${GROUPED.format(rounded)}${suffix}`;
}

function fixed2(v: number | null): string {
  return v === null || !Number.isFinite(v) ? NONE : v.toFixed(2);
}

function percent(v: number | null): string {
  return v === null || !Number.isFinite(v) ? NONE : `${Math.round(v * 100)}%`;
}

interface Column {
  head: string;
  align: 'left' | 'right';
}

function table(
  columns: readonly Column[],
  rows: readonly string[][],
  paint?: (row: number, col: number, cell: string) => string,
): string[] {
  const widths = columns.map((c, i) => Math.max(c.head.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: readonly string[], row: number): string =>
    cells
      .map((cell, i) => {
        const last = i === cells.length - 1;
        const padded =
          last && columns[i].align === 'left'
            ? cell
            : columns[i].align === 'right'
              ? padStart(cell, widths[i])
              : padEnd(cell, widths[i]);
        return paint && row >= 0 ? paint(row, i, padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return [
    line(
      columns.map((c) => c.head),
      -1,
    ),
    ...rows.map((r, i) => line(r, i)),
  ];
}

// A column's head is the table's word in the file's language, lower case like the cells below it.
type TrendWord = keyof (typeof WORDS)['en']['trends'];
const column = (word: TrendWord, align: Column['align']) => ({ word, align });

const columns = (
  list: readonly { word: TrendWord; align: Column['align'] }[],
  language: Language,
): Column[] =>
  list.map(({ word, align }) => {
    const head = WORDS[language].trends[word];
    return { head: head.charAt(0).toLowerCase() + head.slice(1), align };
  });

const METRIC_COLUMNS = [
  column('metric', 'left'),
  column('last', 'right'),
  column('previous', 'right'),
  column('mom', 'right'),
  column('slope', 'right'),
  column('r2', 'right'),
  column('ma3', 'right'),
  column('series', 'left'),
  column('name', 'left'),
];

const GOAL_COLUMNS = [
  column('goal', 'left'),
  column('metric', 'left'),
  column('baseline', 'right'),
  column('target', 'right'),
  column('deadline', 'left'),
  column('forecast', 'right'),
  column('progress', 'right'),
  column('verdict', 'left'),
  column('title', 'left'),
];

export function formatTrends(
  trends: { metrics: MetricTrend[]; goals: GoalTrend[] },
  style: Style,
  language: Language = 'en',
): string {
  const words = WORDS[language];
  // Figures in the language's digits; ids, names and dates from the file as written.
  const fmt = new LocaleFormat(language, 'gregorian');
  const d = (cell: string) => fmt.digits(cell);
  const out: string[] = [style.bold(words.trends.metrics)];
  if (trends.metrics.length === 0) out.push(`  ${speak(msg('cli.trends.noMetrics'), language)}`);
  else
    out.push(
      ...table(
        columns(METRIC_COLUMNS, language),
        trends.metrics.map((m) => [
          printable(m.id),
          d(num(m.last)),
          d(num(m.previous)),
          d(signed(m.mom, '%')),
          d(signed(m.slope)),
          d(fixed2(m.r2)),
          d(num(m.ma3)),
          sparkline(m.series.map((v) => v.value)),
          m.name === m.id ? '' : printable(m.name),
        ]),
      ).map((l) => `  ${l}`),
    );
  out.push('', style.bold(words.trends.goals));
  const verdictColor: Record<Verdict, (s: string) => string> = {
    achieved: style.green,
    'on-track': style.green,
    'at-risk': style.yellow,
    'off-track': style.red,
    'insufficient-data': style.dim,
  };
  if (trends.goals.length === 0) out.push(`  ${speak(msg('cli.trends.noGoals'), language)}`);
  else
    out.push(
      ...table(
        columns(GOAL_COLUMNS, language),
        trends.goals.map((g) => [
          printable(g.id),
          printable(g.metric),
          d(num(g.baseline)),
          d(num(g.target)),
          g.deadline === null ? NONE : printable(g.deadline),
          d(num(g.forecast)),
          d(percent(g.progress)),
          words.verdicts[g.verdict],
          printable(g.title ?? ''),
        ]),
        (row, col, cell) => (col === 7 ? verdictColor[trends.goals[row].verdict](cell) : cell),
      ).map((l) => `  ${l}`),
    );
  return `${out.join('\n')}\n`;
}
