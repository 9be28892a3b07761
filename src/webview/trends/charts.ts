// One uPlot chart per metric (values, least-squares line, 3-month average) and per goal (values,
// baseline, target at the deadline, projection). Colours come from VS Code's chart theme variables,
// each kept at 3:1 or more against the editor's background (else the text colour is drawn instead).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { GoalTrend, MetricTrend, MonthValue } from '../../core/protocol';
import type { Formatter } from '../shared/format';

const HEIGHT = 200;

/** Months as consecutive integers, so gaps in the data stay gaps on the axis. */
export const monthOrdinal = (month: string): number =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const ordinalMonth = (n: number): string => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

interface Palette {
  fg: string;
  grid: string;
  values: string;
  fit: string;
  average: string;
  baseline: string;
  target: string;
  font: string;
}

export function palette(): Palette {
  const style = getComputedStyle(document.body);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fg = v('--vscode-foreground', '#cccccc');
  const bg = rgb(v('--vscode-editor-background', '#1f1f1f'));
  // A line the background swallows (orange on white) is moved towards the text colour until it shows.
  const line = (name: string, fallback: string) => readable(v(name, fallback), fg, bg);
  return {
    fg,
    grid: v('--vscode-charts-lines', 'rgba(128,128,128,0.3)'),
    values: line('--vscode-charts-blue', '#3794ff'),
    fit: line('--vscode-charts-orange', '#d18616'),
    average: line('--vscode-charts-purple', '#b180d7'),
    baseline: v('--vscode-descriptionForeground', '#999999'),
    target: line('--vscode-charts-green', '#89d185'),
    font: `11px ${style.fontFamily || 'sans-serif'}`,
  };
}

type Rgb = [number, number, number];

/** `color`, or the first mix of it with `fg` (in 10% steps) with 3:1 contrast on `bg`. */
function readable(color: string, fg: string, bg: Rgb | undefined): string {
  const c = rgb(color);
  const f = rgb(fg);
  if (!c || !f || !bg) return color;
  for (let t = 0; t <= 1; t += 0.1) {
    const mixed = c.map((x, i) => Math.round(x + (f[i] - x) * t)) as Rgb;
    if (contrast(mixed, bg) >= 3) return `rgb(${mixed.join(', ')})`;
  }
  return fg;
}

/** A CSS colour as sRGB bytes, as the canvas parses it; undefined when it is not opaque. */
function rgb(color: string): Rgb | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.fillStyle = color;
  const parsed = String(ctx.fillStyle); // '#rrggbb' when opaque, 'rgba(…)' otherwise
  return /^#[0-9a-f]{6}$/i.test(parsed)
    ? ([1, 3, 5].map((i) => parseInt(parsed.slice(i, i + 2), 16)) as Rgb)
    : undefined;
}

/** WCAG 2 contrast ratio. */
function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => {
    const [r, g, bl] = c.map((x) => {
      const v = x / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function align(months: number[], values: MonthValue[]): (number | null)[] {
  const byMonth = new Map(values.map((v) => [monthOrdinal(v.month), v.value]));
  return months.map((m) => byMonth.get(m) ?? null);
}

function monthsOf(...lists: MonthValue[][]): number[] {
  return [...new Set(lists.flat().map((v) => monthOrdinal(v.month)))].sort((a, b) => a - b);
}

function baseOptions(fmt: Formatter, colors: Palette, width: number, series: uPlot.Series[]): uPlot.Options {
  const axis = {
    stroke: colors.fg,
    font: colors.font,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1 },
  };
  return {
    width,
    height: HEIGHT,
    scales: { x: { time: false } },
    padding: [10, 32, 0, 0], // room for the last month's label
    axes: [
      {
        ...axis,
        incrs: [1, 2, 3, 6, 12, 24, 60],
        values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? fmt.month(ordinalMonth(s)) : '')),
      },
      {
        ...axis,
        size: 56,
        values: (_u, splits) =>
          splits.map((s) => fmt.number(s, { notation: 'compact', maximumFractionDigits: 1 })),
      },
    ],
    series: [
      { label: fmt.t.month, value: (_u, v) => (v === null ? '' : fmt.month(ordinalMonth(v))) },
      // No value until the pointer is over a month: an idle legend just names the lines.
      ...series.map((s) => ({
        ...s,
        value: (_u: uPlot, v: number | null) => (v === null ? '' : fmt.number(v)),
      })),
    ],
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
  };
}

export function metricChart(
  el: HTMLElement,
  metric: MetricTrend,
  fmt: Formatter,
  colors: Palette,
  width: number,
): uPlot {
  const months = monthsOf(metric.series, metric.fit);
  const byMonth = new Map(metric.series.map((v, i) => [monthOrdinal(v.month), metric.ma3Series[i] ?? null]));
  const data: uPlot.AlignedData = [
    months,
    align(months, metric.series),
    align(months, metric.fit),
    months.map((m) => byMonth.get(m) ?? null),
  ];
  const options = baseOptions(fmt, colors, width, [
    { label: fmt.t.values, stroke: colors.values, width: 2, points: { show: true, size: 6 } },
    { label: fmt.t.trendLine, stroke: colors.fit, width: 2, dash: [8, 4], points: { show: false } },
    { label: fmt.t.average3, stroke: colors.average, width: 2, dash: [2, 3], points: { show: false } },
  ]);
  return new uPlot(options, data, el);
}

export function goalChart(
  el: HTMLElement,
  goal: GoalTrend,
  fmt: Formatter,
  colors: Palette,
  width: number,
): uPlot {
  const deadline = goal.deadline ? [{ month: goal.deadline.slice(0, 7), value: goal.target ?? 0 }] : [];
  const months = monthsOf(goal.series, goal.projection, deadline);
  const deadlineMonth = goal.deadline ? monthOrdinal(goal.deadline.slice(0, 7)) : undefined;
  const data: uPlot.AlignedData = [
    months,
    align(months, goal.series),
    align(months, goal.projection),
    months.map(() => goal.baseline),
    months.map((m) => (m === deadlineMonth ? goal.target : null)),
  ];
  const options = baseOptions(fmt, colors, width, [
    { label: fmt.t.values, stroke: colors.values, width: 2, points: { show: true, size: 6 } },
    { label: fmt.t.projection, stroke: colors.fit, width: 2.5, dash: [10, 5], points: { show: false } },
    { label: fmt.t.baseline, stroke: colors.baseline, width: 1, dash: [2, 4], points: { show: false } },
    {
      label: fmt.t.target,
      stroke: colors.target,
      fill: colors.target,
      width: 0,
      paths: () => null,
      points: { show: true, size: 11, stroke: colors.target, fill: colors.target },
    },
  ]);
  return new uPlot(options, data, el);
}
