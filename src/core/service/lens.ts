// Code lenses: a goal's progress and forecast, a metric's last value, and the calendar's panel.
import { isMap, isSeq, type Node } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { paceNote, VERDICT_WORDS, withUnit } from '../domain/pace';
import type { GoalTrend, MetricTrend } from '../protocol';
import { keyNodeAt, nodeAt } from '../text/ranges';
import { computeTrends } from '../domain/trends';
import type { Finding, Range } from '../types';
import { smartFindings } from './smart';
import { WORDS } from '../text/words';
import { lineEnd } from './nodes';

// The lenses speak English, as the engine's sentences do until they are bilingual (issue 11).
const words = WORDS.en;

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
export function goalTrendTitle(trend: GoalTrend, slope: number | null, pace?: string): string {
  const parts: string[] = [];
  const arrow = slope === null ? '' : slope > 0 ? '▲ ' : slope < 0 ? '▼ ' : '▶ ';
  if (trend.progress !== null) parts.push(`${arrow}${Math.round(trend.progress * 100)}%`);
  if (pace) return [...parts, words.verdicts[trend.verdict], pace].join(' · ');
  if (trend.forecast !== null && trend.deadline !== null && trend.verdict !== 'achieved') {
    parts.push(`forecast ${withUnit(Math.round(trend.forecast), trend.unit)} by ${trend.deadline}`);
  }
  parts.push(words.verdicts[trend.verdict]);
  return parts.join(' · ');
}

/** "last 10,400 followers · +4.0% vs previous month" */
export function metricTitle(trend: MetricTrend): string {
  if (trend.last === null) return 'no values yet';
  const lastMonth = trend.series[trend.series.length - 1]?.month;
  const parts = [
    `last ${withUnit(trend.last, trend.unit)}${trend.mom === null && lastMonth ? ` (${lastMonth})` : ''}`,
  ];
  if (trend.mom !== null) parts.push(`${signed(trend.mom)} vs previous month`);
  return parts.join(' · ');
}

/** The first line of a node: where a lens stands. */
function firstLine(analysis: Analysis, node: Node | undefined): Range | undefined {
  const start = node?.range?.[0];
  if (start === undefined) return undefined;
  return { start, end: Math.max(start, lineEnd(analysis.text, start)) };
}

export function codeLenses(analysis: Analysis, findings: Finding[]): Lens[] {
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
      parts.push(goalTrendTitle(trend, metricById.get(trend.metric)?.slope ?? null, pace));
      tips.push(trendTooltip(trend));
    }
    if (missing.length) {
      parts.push(`SMART: ${missing.join(', ')} missing`);
      tips.push(`Not yet ${missing.map((l) => words.smart[l]).join(', ')}: see the warnings on this goal.`);
    }
    if (!parts.length) continue;
    lenses.push({ range, title: parts.join(' · '), tooltip: tips.join('\n'), kind: 'goal', id });
  }

  const metrics = nodeAt(analysis, ['metrics']);
  for (const metric of analysis.model.metrics) {
    const node = isSeq(metrics) ? (metrics.items[metric.index] as Node) : undefined;
    const range = firstLine(analysis, node);
    const trend = metric.value.id !== undefined ? metricById.get(metric.value.id) : undefined;
    if (!range || !trend) continue;
    lenses.push({
      range,
      title: metricTitle(trend),
      tooltip: `${trend.series.length} monthly value${trend.series.length === 1 ? '' : 's'}. Open the trends panel for the chart.`,
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
      title: `Open content calendar (${n} post${n === 1 ? '' : 's'})`,
      tooltip: 'See the posts on a calendar, drag them to another day, add new ones.',
      kind: 'calendar',
    });
  }
  return lenses.sort((a, b) => a.range.start - b.range.start);
}

export function trendTooltip(trend: GoalTrend): string {
  const lines: string[] = [];
  if (trend.baseline !== null && trend.target !== null) {
    lines.push(
      `From ${withUnit(trend.baseline, trend.unit)} to ${withUnit(trend.target, trend.unit)}${trend.deadline ? ` by ${trend.deadline}` : ''}.`,
    );
  }
  if (trend.progress !== null) lines.push(`${Math.round(trend.progress * 100)}% of the way there.`);
  if (trend.forecast !== null)
    lines.push(`At the current pace: ${withUnit(Math.round(trend.forecast), trend.unit)} by the deadline.`);
  lines.push(`Verdict: ${words.verdicts[trend.verdict]}.`);
  return lines.join(' ');
}

export { VERDICT_WORDS, withUnit };
