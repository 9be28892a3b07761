// A metric's chart as inline SVG text: its monthly values, the least-squares trend line and each of
// its goals' targets at their deadlines (with the trend's forecast there, so the gap shows).
//
// Why d3-scale and d3-shape: they are the plotting math without a DOM (linear scales with "nice"
// domains and round tick values, and line() that turns points into SVG path strings), so the core can
// draw a chart as text with no browser and no script in the report. The rest of d3 (selections,
// axes) needs a DOM and is not used: the axes are a few lines of SVG written here.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { monthIndex, monthString } from '../../domain/trends';
import type { ReportMetric } from './data';
import type { LocaleFormat } from '../../text/i18n/locale-format';
import { escapeHtml } from './escape';

// About the size it is drawn at in a two-column page, so 11–12 units of text read as 11–12 pixels.
const WIDTH = 480;
const HEIGHT = 250;
const MARGIN = { top: 22, right: 22, bottom: 48 };
/** Room for a character of a value label (13 units of text in print, a little less on screen). */
const CHAR = 8;

type Point = [number, number];

/** The chart of one metric; `uid` makes its element ids unique in the page. */
export function metricChart(metric: ReportMetric, fmt: LocaleFormat, uid: string): string {
  const values = metric.values;
  if (values.length === 0) return '';
  const first = monthIndex(values[0].month);
  const lastValue = monthIndex(values[values.length - 1].month);
  const targets = metric.targets.filter((t) => !Number.isNaN(monthIndex(t.deadline)));
  const end = Math.max(lastValue, ...targets.map((t) => monthIndex(t.deadline)));
  const line0 =
    metric.slope !== null && metric.intercept !== null
      ? (m: number) => {
          const y = metric.intercept! + metric.slope! * (m - first);
          return metric.nonNegative ? Math.max(0, y) : y;
        }
      : undefined;
  const trend: Point[] = [];
  if (line0) for (let m = first; m <= end; m++) trend.push([m, line0(m)]);

  const ys = [...values.map((v) => v.value), ...targets.map((t) => t.target), ...trend.map((p) => p[1])];
  let lo = Math.min(...ys);
  let hi = Math.max(...ys);
  if (lo === hi) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const y = scaleLinear()
    .domain([lo, hi])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice(5);
  const ticks = y.ticks(5);
  const tickLabels = ticks.map((t) => fmt.number(t));
  // The value axis is as wide as its longest label, beside the axis title.
  const left = 28 + CHAR * Math.max(...tickLabels.map((l) => l.length));
  const [x0, x1] = first === end ? [first - 0.5, end + 0.5] : [first - 0.3, end + 0.3];
  const x = scaleLinear()
    .domain([x0, x1])
    .range([left, WIDTH - MARGIN.right]);
  const path = line<Point>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))
    .digits(1);

  const r = (n: number) => Math.round(n * 10) / 10;
  const parts: string[] = [];
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const desc = values.map((v) => `${fmt.month(v.month)}: ${fmt.withUnit(v.value, metric.unit)}`).join('; ');
  parts.push(
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${titleId} ${descId}">`,
    `<title id="${titleId}">${escapeHtml(metric.name)}</title>`,
    `<desc id="${descId}">${escapeHtml(desc)}</desc>`,
  );

  // The value axis: grid lines at round values, labelled on the left, with the unit as its title.
  parts.push('<g class="c-grid">');
  for (const t of ticks) {
    const ty = r(y(t));
    parts.push(`<line x1="${left}" x2="${WIDTH - MARGIN.right}" y1="${ty}" y2="${ty}"/>`);
  }
  parts.push('</g><g class="c-tick c-tick-y">');
  ticks.forEach((t, i) => {
    parts.push(
      `<text x="${left - 8}" y="${r(y(t))}" text-anchor="end" dominant-baseline="middle">${escapeHtml(tickLabels[i])}</text>`,
    );
  });
  parts.push('</g>');
  const yTitle = metric.unit !== undefined && metric.unit !== '' ? metric.unit : fmt.w.chartValue;
  const midY = r((MARGIN.top + HEIGHT - MARGIN.bottom) / 2);
  parts.push(
    `<text class="c-axis-title" transform="translate(12 ${midY}) rotate(-90)" text-anchor="middle">${escapeHtml(yTitle)}</text>`,
  );

  // The month axis: a tick per month (every few months over a long span), the year under January
  // and under the first month.
  const span = end - first;
  const step = span <= 12 ? 1 : span <= 24 ? 2 : span <= 48 ? 3 : 6;
  const baseY = HEIGHT - MARGIN.bottom;
  parts.push(
    `<line class="c-axis" x1="${left}" x2="${WIDTH - MARGIN.right}" y1="${baseY}" y2="${baseY}"/>`,
    '<g class="c-tick c-tick-x">',
  );
  for (let m = first; m <= end; m += step) {
    const month = monthString(m);
    const tx = r(x(m));
    const withYear = m === first || month.endsWith('-01');
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="${baseY}" y2="${baseY + 5}"/>`,
      `<text x="${tx}" y="${baseY + 17}" text-anchor="middle">${escapeHtml(fmt.monthShort(month))}</text>`,
    );
    if (withYear)
      parts.push(
        `<text class="c-year" x="${tx}" y="${baseY + 30}" text-anchor="middle">${escapeHtml(fmt.year(month))}</text>`,
      );
  }
  parts.push('</g>');
  parts.push(
    `<text class="c-axis-title" x="${r((left + WIDTH - MARGIN.right) / 2)}" y="${HEIGHT - 4}" text-anchor="middle">${escapeHtml(fmt.w.chartMonth)}</text>`,
  );

  // The trend line, across the whole span: past the last value it is the forecast.
  if (trend.length > 1) parts.push(`<path class="c-trend" d="${path(trend)}"/>`);

  // The values, a line through them and a dot on each.
  const points: Point[] = values.map((v) => [monthIndex(v.month), v.value]);
  if (points.length > 1) parts.push(`<path class="c-values" d="${path(points)}"/>`);
  parts.push('<g class="c-dots">');
  for (const [m, v] of points) parts.push(`<circle cx="${r(x(m))}" cy="${r(y(v))}" r="3.5"/>`);
  parts.push('</g>');

  // Each target: a diamond at the deadline, in its verdict's colour, its value beside it; the trend's
  // forecast at that month as a hollow dot.
  for (const t of targets) {
    const m = monthIndex(t.deadline);
    const tx = r(x(m));
    const ty = r(y(t.target));
    const forecast = line0 ? line0(m) : undefined;
    // The forecast's value sits left of its dot; the target's above its diamond, or below it when the
    // forecast overshoots, so the two labels keep apart.
    const targetAbove = forecast === undefined || t.target >= forecast;
    const name = escapeHtml(t.title ?? t.goal);
    parts.push(
      `<g class="c-target v-${t.verdict}"><title>${name}</title>`,
      `<line class="c-target-guide" x1="${tx}" x2="${tx}" y1="${baseY}" y2="${ty}"/>`,
      `<path d="M${tx} ${r(ty - 7)}L${r(tx + 7)} ${ty}L${tx} ${r(ty + 7)}L${r(tx - 7)} ${ty}Z"/>`,
      `<text x="${r(tx - 6)}" y="${targetAbove ? r(ty - 11) : r(ty + 20)}" text-anchor="end">${escapeHtml(fmt.number(t.target))}</text>`,
      '</g>',
    );
    if (forecast !== undefined) {
      const fy = r(y(forecast));
      parts.push(
        `<circle class="c-forecast" cx="${tx}" cy="${fy}" r="4.5"/>`,
        `<text class="c-forecast-label" x="${r(tx - 10)}" y="${r(fy + 4)}" text-anchor="end">${escapeHtml(fmt.number(forecast))}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
