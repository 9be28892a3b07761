// Code lenses: a goal's progress and forecast, a metric's last value, and the calendar's panel, in the
// file's language.
import { isMap, isSeq, type Node } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { paceNote } from '../domain/pace';
import type { GoalTrend, MetricTrend } from '../protocol';
import { keyNodeAt, nodeAt } from '../text/ranges';
import { computeTrends } from '../domain/trends';
import { ENGLISH, msg, render, type Message, type RenderContext } from '../text/i18n/message';
import type { Finding, Range } from '../types';
import { asLine, dayArg, figureArg, localeFormat, monthArg } from './locale-args';
import { smartFindings } from './smart';
import { WORDS } from '../text/words';
import { lineEnd } from './nodes';

export interface Lens {
  range: Range;
  title: string;
  tooltip?: string;
  kind: 'goal' | 'metric' | 'calendar';
  id?: string;
}

function signed(pct: number): string {
  return `${pct > 0 ? '+' : pct < 0 ? '-' : '±'}${Math.abs(pct).toFixed(1)}%`;
}

/**
 * "▲ 62% · forecast 11,800 followers by 2027-06-30 · on track"; for a goal behind pace, its pace note
 * instead of the forecast: "▲ 34% · at risk · achievable, but behind pace: at the current trend ...".
 */
export function goalTrendTitle(
  trend: GoalTrend,
  slope: number | null,
  pace?: Message,
  ctx: RenderContext = ENGLISH,
): string {
  const f = localeFormat(ctx);
  const verdict = WORDS[ctx.language].verdicts[trend.verdict];
  const parts: string[] = [];
  const arrow = slope === null ? '' : slope > 0 ? '▲ ' : slope < 0 ? '▼ ' : '▶ ';
  if (trend.progress !== null) parts.push(`${arrow}${f.percent(trend.progress)}`);
  if (pace) return [...parts, verdict, render(pace, ctx)].join(f.sep);
  if (trend.forecast !== null && trend.deadline !== null && trend.verdict !== 'achieved') {
    const forecast = figureArg(Math.round(trend.forecast), trend.unit, ctx);
    parts.push(render(msg('lens.goal.forecast', { forecast, deadline: dayArg(trend.deadline, ctx) }), ctx));
  }
  parts.push(verdict);
  return parts.join(f.sep);
}

/** "last 10,400 followers · +4.0% vs previous month" */
export function metricTitle(trend: MetricTrend, ctx: RenderContext = ENGLISH): string {
  if (trend.last === null) return render(msg('lens.metric.noValues'), ctx);
  const lastMonth = trend.series[trend.series.length - 1]?.month;
  const value = figureArg(trend.last, trend.unit, ctx);
  const parts = [
    trend.mom === null && lastMonth
      ? render(msg('lens.metric.lastIn', { value, month: monthArg(lastMonth, ctx) }), ctx)
      : render(msg('lens.metric.last', { value }), ctx),
  ];
  if (trend.mom !== null) {
    const change = ctx.language === 'en' ? signed(trend.mom) : { change: trend.mom };
    parts.push(render(msg('lens.metric.change', { change }), ctx));
  }
  return parts.join(localeFormat(ctx).sep);
}

/** The first line of a node: where a lens stands. */
function firstLine(analysis: Analysis, node: Node | undefined): Range | undefined {
  const start = node?.range?.[0];
  if (start === undefined) return undefined;
  return { start, end: Math.max(start, lineEnd(analysis.text, start)) };
}

/** The lenses of a file; their words in `ctx`'s language. */
export function codeLenses(analysis: Analysis, findings: Finding[], ctx: RenderContext = ENGLISH): Lens[] {
  const sep = localeFormat(ctx).sep;
  const smartWords = WORDS[ctx.language].smart;
  const trends = computeTrends(analysis.model);
  const metricById = new Map(trends.metrics.map((m) => [m.id, m]));
  const goalById = new Map(trends.goals.map((g) => [g.id, g]));
  const lenses: Lens[] = [];

  const goals = nodeAt(analysis, ['goals']);
  for (const goal of analysis.model.goals) {
    const node = isSeq(goals) ? (goals.items[goal.index] as Node) : undefined;
    const range = firstLine(analysis, node);
    const id = goal.value.id;
    if (!range || !isMap(node) || id === undefined) continue;
    const trend = goalById.get(id);
    const parts: string[] = [];
    const tips: string[] = [];
    const missing = [...smartFindings(analysis, findings, goal.index).keys()];
    if (trend) {
      const pace = paceNote(trend, !missing.includes('A'));
      parts.push(goalTrendTitle(trend, metricById.get(trend.metric)?.slope ?? null, pace, ctx));
      tips.push(trendTooltip(trend, ctx));
    }
    if (missing.length) {
      parts.push(render(msg('lens.goal.smartMissing', { letters: { list: missing } }), ctx));
      const qualities = { list: missing.map((l) => ({ word: smartWords[l] })) };
      tips.push(render(msg('lens.goal.smartTooltip', { qualities }), ctx));
    }
    if (!parts.length) continue;
    lenses.push({
      range,
      title: asLine(parts.join(sep), ctx),
      tooltip: tips.map((t) => asLine(t, ctx)).join('\n'),
      kind: 'goal',
      id,
    });
  }

  const metrics = nodeAt(analysis, ['metrics']);
  for (const metric of analysis.model.metrics) {
    const node = isSeq(metrics) ? (metrics.items[metric.index] as Node) : undefined;
    const range = firstLine(analysis, node);
    const trend = metric.value.id !== undefined ? metricById.get(metric.value.id) : undefined;
    if (!range || !trend) continue;
    lenses.push({
      range,
      title: asLine(metricTitle(trend, ctx), ctx),
      tooltip: asLine(render(msg('lens.metric.tooltip', { count: trend.series.length }), ctx), ctx),
      kind: 'metric',
      id: trend.id,
    });
  }

  const calendarKey = keyNodeAt(analysis, ['calendar']);
  const range = firstLine(analysis, calendarKey);
  if (range) {
    const n = analysis.model.calendar.length;
    lenses.push({
      range,
      title: asLine(render(msg('lens.calendar.title', { count: n }), ctx), ctx),
      tooltip: asLine(render(msg('lens.calendar.tooltip'), ctx), ctx),
      kind: 'calendar',
    });
  }
  return lenses.sort((a, b) => a.range.start - b.range.start);
}

/** "From 10,000 followers to 12,000 followers by 2027-06-30. 20% of the way there. ..." */
export function trendTooltip(trend: GoalTrend, ctx: RenderContext = ENGLISH): string {
  const lines: string[] = [];
  if (trend.baseline !== null && trend.target !== null) {
    const baseline = figureArg(trend.baseline, trend.unit, ctx);
    const target = figureArg(trend.target, trend.unit, ctx);
    lines.push(
      trend.deadline
        ? render(msg('lens.trend.fromToBy', { baseline, target, deadline: dayArg(trend.deadline, ctx) }), ctx)
        : render(msg('lens.trend.fromTo', { baseline, target }), ctx),
    );
  }
  if (trend.progress !== null)
    lines.push(render(msg('lens.trend.progress', { progress: { pct: trend.progress } }), ctx));
  if (trend.forecast !== null) {
    const forecast = figureArg(Math.round(trend.forecast), trend.unit, ctx);
    lines.push(render(msg('lens.trend.forecast', { forecast }), ctx));
  }
  const verdict = WORDS[ctx.language].verdicts[trend.verdict];
  lines.push(render(msg('lens.trend.verdict', { verdict: { word: verdict } }), ctx));
  return lines.join(' ');
}
