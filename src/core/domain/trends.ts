// Metric trends and goal forecasts: the contract's "Metric trends" and "Needed growth per month" math,
// shared by the trends command, the trends view and the smart/achievable rule.
import type { Goal, Metric, StrategyModel } from '../engine/model';
import type { GoalTrend, MetricTrend, MonthValue, Verdict } from '../protocol';

const MONTH_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Tolerance for comparisons of computed values against a target (float noise, not a policy). */
const EPSILON = 1e-9;
/** A projection stops after this many months (100 years), whatever the deadline says. */
const MAX_PROJECTION_MONTHS = 1200;

/** Months since year 0 for `YYYY-MM` (or the month of a `YYYY-MM-DD`); NaN when not a month. */
export function monthIndex(month: string): number {
  // Digit by digit rather than a regex: trends index every value of every metric.
  const len = month.length;
  if ((len !== 7 && len !== 10) || month.charCodeAt(4) !== 45) return NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = month.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    year = year * 10 + d;
  }
  const m1 = month.charCodeAt(5) - 48;
  const m2 = month.charCodeAt(6) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9) return NaN;
  const mo = m1 * 10 + m2;
  if (mo < 1 || mo > 12) return NaN;
  if (len === 10 && !MONTH_DAY.test(month)) return NaN;
  return year * 12 + mo - 1;
}

/** `YYYY-MM` of a month index. */
export function monthString(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Whole months from one month (or date) to another: `monthsBetween('2027-01', '2027-03-15')` is 2. */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}

export interface LineFit {
  slope: number;
  intercept: number;
  /** Null with fewer than 3 points; 1 when every y is equal (the flat line fits them exactly). */
  r2: number | null;
}

/** Least squares y = intercept + slope * x; null with fewer than 2 points or all x equal. */
export function leastSquares(xs: readonly number[], ys: readonly number[]): LineFit | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  let sumX = 0;
  let sumY = 0;
  let flat = true;
  for (let i = 0; i < n; i++) {
    sumX += xs[i];
    sumY += ys[i];
    if (ys[i] !== ys[0]) flat = false;
  }
  const mx = sumX / n;
  const my = sumY / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return null;
  if (flat) return { slope: 0, intercept: ys[0], r2: n < 3 ? null : 1 };
  const slope = sxy / sxx;
  // For a straight line with an intercept, 1 - SSres/SStot equals Sxy^2 / (Sxx * Syy).
  const r2 = n < 3 ? null : Math.min(1, Math.max(0, (sxy * sxy) / (sxx * syy)));
  return { slope, intercept: my - slope * mx, r2 };
}

/**
 * Observed growth per month between consecutive values, `(b / a)^(1 / (j - i)) - 1`, where i and j are
 * the values' months. Pairs with a <= 0 (or b < 0) have no meaningful growth and are skipped. A decline
 * is the negated growth: `1 - (b / a)^(1 / (j - i))`.
 */
export function growthRates(values: readonly MonthValue[]): number[] {
  const rates: number[] = [];
  for (let k = 1; k < values.length; k++) {
    const a = values[k - 1];
    const b = values[k];
    const months = monthIndex(b.month) - monthIndex(a.month);
    if (!(a.value > 0) || !(b.value >= 0) || !(months >= 1)) continue;
    rates.push(Math.pow(b.value / a.value, 1 / months) - 1);
  }
  return rates;
}

/**
 * Growth per month needed to go from `last` to `target` in `months` (at least 1): `(t / v)^(1/m) - 1`.
 * Null unless both values are positive. Negative for a reducing goal, whose needed decline is its negation.
 */
export function neededGrowth(last: number, target: number, months: number): number | null {
  if (!(last > 0) || !(target > 0) || !Number.isFinite(months)) return null;
  return Math.pow(target / last, 1 / Math.max(1, Math.floor(months))) - 1;
}

export interface GrowthCheck {
  /** The goal reduces its metric (target < baseline): `needed` and `best` are then declines. */
  reducing: boolean;
  /** Whole months from the last value's month to the deadline's month, at least 1. */
  months: number;
  /** Growth (or decline) per month needed to reach the target by the deadline. */
  needed: number;
  /** The largest growth (or decline) per month between consecutive values in the history. */
  best: number;
  /** The needed pace exceeds the best ever observed. */
  unachievable: boolean;
}

/**
 * The smart/achievable comparison, or undefined when the contract does not apply it: fewer than 3
 * values, a missing deadline, a last value or target that is not positive, a target already reached,
 * or no observable growth in the history.
 */
export function growthCheck(
  values: readonly MonthValue[],
  target: number | undefined,
  deadline: string | undefined,
  baseline?: number,
): GrowthCheck | undefined {
  if (values.length < 3 || target === undefined || deadline === undefined) return undefined;
  const last = values[values.length - 1];
  const base = baseline ?? values[0].value;
  const reducing = target < base;
  if (reducing ? last.value <= target : last.value >= target) return undefined;
  const gap = monthsBetween(last.month, deadline);
  if (Number.isNaN(gap)) return undefined;
  const months = Math.max(1, gap);
  const growth = neededGrowth(last.value, target, months);
  const rates = growthRates(values);
  if (growth === null || rates.length === 0) return undefined;
  const sign = reducing ? -1 : 1;
  const needed = sign * growth;
  const best = Math.max(...rates.map((r) => sign * r));
  return { reducing, months, needed, best, unachievable: needed > best + EPSILON };
}

function mean3(a: number, b: number, c: number): number {
  return (a + b + c) / 3;
}

/** What the metric and goal trends of one metric share, computed once. */
interface Series {
  series: MonthValue[];
  /** Month index of the first value. */
  first: number;
  /** Months since the first value, per value. */
  xs: number[];
  ys: number[];
  fit: LineFit | null;
  /** Every value is at least 0 (a count, a duration): the contract clamps forecasts at 0 then. */
  nonNegative: boolean;
}

function seriesOf(metric: Metric): Series {
  const series: MonthValue[] = metric.values.map((v) => ({ month: v.month, value: v.value }));
  const first = series.length > 0 ? monthIndex(series[0].month) : 0;
  const xs = series.map((v) => monthIndex(v.month) - first);
  const ys = series.map((v) => v.value);
  return { series, first, xs, ys, fit: leastSquares(xs, ys), nonNegative: ys.every((y) => y >= 0) };
}

function metricTrend(id: string, metric: Metric, { series, xs, ys, fit }: Series): MetricTrend {
  const n = series.length;
  const last = n >= 1 ? ys[n - 1] : null;
  const previous = n >= 2 ? ys[n - 2] : null;
  // Against |previous| so that a rise reads as a positive change even from a negative value.
  const mom =
    last !== null && previous !== null && previous !== 0 ? ((last - previous) / previous) * 100 : null;
  const ma3Series = ys.map((_, i) => (i >= 2 ? mean3(ys[i - 2], ys[i - 1], ys[i]) : null));
  const trend: MetricTrend = {
    id,
    name: metric.name ?? id,
    series,
    last,
    previous,
    mom,
    slope: fit ? fit.slope : null,
    intercept: fit ? fit.intercept : null,
    r2: fit ? fit.r2 : null,
    ma3: n >= 3 ? ma3Series[n - 1]! : null,
    ma3Series,
    fit: fit ? series.map((v, i) => ({ month: v.month, value: fit.intercept + fit.slope * xs[i] })) : [],
  };
  if (metric.unit !== undefined) trend.unit = metric.unit;
  if (metric.platform !== undefined) trend.platform = metric.platform;
  return trend;
}

/**
 * The verdict, first that applies, as the contract orders them. Where the contract is silent (no
 * target, or no deadline so no forecast) the goal cannot be judged: `insufficient-data`.
 */
function verdictOf(
  last: number | null,
  count: number,
  baseline: number | null,
  target: number | null,
  forecast: number | null,
): Verdict {
  const reducing = target !== null && baseline !== null && target < baseline;
  const reaches = (v: number, t: number): boolean =>
    reducing ? v <= t + EPSILON * Math.max(1, Math.abs(t)) : v >= t - EPSILON * Math.max(1, Math.abs(t));
  if (last !== null && target !== null && reaches(last, target)) return 'achieved';
  if (count < 2 || target === null || forecast === null) return 'insufficient-data';
  if (reaches(forecast, target)) return 'on-track';
  if (
    baseline !== null &&
    target !== baseline &&
    (forecast - baseline) / (target - baseline) >= 0.8 - EPSILON
  ) {
    return 'at-risk';
  }
  return 'off-track';
}

function goalTrend(
  id: string,
  goal: Goal,
  metricId: string,
  metric: Metric,
  { series, first, fit, nonNegative }: Series,
): GoalTrend {
  // The line at x months from the first value; a count or a duration cannot be forecast below 0.
  const line = (x: number): number => {
    const y = fit!.intercept + fit!.slope * x;
    return nonNegative ? Math.max(0, y) : y;
  };
  const n = series.length;
  const last = n > 0 ? series[n - 1].value : null;
  const baseline = goal.baseline ?? (n > 0 ? series[0].value : null);
  const target = goal.target ?? null;
  const deadlineMonth =
    goal.deadline !== undefined && MONTH_DAY.test(goal.deadline) ? monthIndex(goal.deadline) : NaN;
  const deadline = Number.isNaN(deadlineMonth) ? null : goal.deadline!;
  const forecast = fit && deadline !== null ? line(deadlineMonth - first) : null;
  const progress =
    last !== null && baseline !== null && target !== null && target !== baseline
      ? Math.min(1, Math.max(0, (last - baseline) / (target - baseline)))
      : null;
  const projection: MonthValue[] = [];
  if (fit && deadline !== null) {
    const end = Math.min(deadlineMonth - first, MAX_PROJECTION_MONTHS);
    for (let x = 0; x <= end; x++) projection.push({ month: monthString(first + x), value: line(x) });
  }
  const trend: GoalTrend = {
    id,
    metric: metricId,
    baseline,
    target,
    deadline,
    forecast,
    progress,
    verdict: verdictOf(last, n, baseline, target, forecast),
    series,
    projection,
  };
  if (goal.title !== undefined) trend.title = goal.title;
  if (metric.unit !== undefined) trend.unit = metric.unit;
  return trend;
}

/** Trends of every metric with values, and forecasts of every goal whose metric is defined. */
export function computeTrends(model: StrategyModel): { metrics: MetricTrend[]; goals: GoalTrend[] } {
  const byId = new Map<string, { metric: Metric; series: Series }>();
  const metrics: MetricTrend[] = [];
  for (const { value } of model.metrics) {
    if (value.id === undefined) continue;
    const series = seriesOf(value);
    if (!byId.has(value.id)) byId.set(value.id, { metric: value, series });
    if (value.values.length > 0) metrics.push(metricTrend(value.id, value, series));
  }
  return { metrics, goals: goalsOf(model, (id) => byId.get(id)).map((g) => g.trend) };
}

/**
 * The forecast of every goal whose metric is defined, with the goal's index in `goals` (ids may
 * repeat): the same numbers as computeTrends, without the metrics' own trends.
 */
export function goalTrends(model: StrategyModel): { index: number; trend: GoalTrend }[] {
  const byId = new Map<string, { metric: Metric; series: Series } | undefined>();
  for (const { value } of model.metrics) {
    if (value.id !== undefined && !byId.has(value.id)) byId.set(value.id, undefined);
  }
  return goalsOf(model, (id) => {
    if (!byId.has(id)) return undefined;
    let found = byId.get(id);
    if (!found) {
      const metric = model.metrics.find((m) => m.value.id === id)!.value;
      byId.set(id, (found = { metric, series: seriesOf(metric) }));
    }
    return found;
  });
}

function goalsOf(
  model: StrategyModel,
  metricById: (id: string) => { metric: Metric; series: Series } | undefined,
): { index: number; trend: GoalTrend }[] {
  const goals: { index: number; trend: GoalTrend }[] = [];
  for (const { index, value } of model.goals) {
    const found = value.metric !== undefined ? metricById(value.metric) : undefined;
    if (value.id === undefined || found === undefined) continue;
    goals.push({ index, trend: goalTrend(value.id, value, value.metric!, found.metric, found.series) });
  }
  return goals;
}

function num(v: number | null): number | null {
  return v === null || !Number.isFinite(v) ? null : v === 0 ? 0 : v;
}

/** The contract's `trends --format json` object: the fields it names. */
export type TrendsJson = {
  metrics: Pick<MetricTrend, 'id' | 'last' | 'previous' | 'mom' | 'slope' | 'r2' | 'ma3'>[];
  goals: Pick<
    GoalTrend,
    'id' | 'metric' | 'baseline' | 'target' | 'deadline' | 'forecast' | 'progress' | 'verdict'
  >[];
};

/** Builds it with keys in the contract's order. Numbers are not rounded: the JSON carries the exact results; displays round. */
export function trendsJson(trends: { metrics: MetricTrend[]; goals: GoalTrend[] }): TrendsJson {
  return {
    metrics: trends.metrics.map((m) => ({
      id: m.id,
      last: num(m.last),
      previous: num(m.previous),
      mom: num(m.mom),
      slope: num(m.slope),
      r2: num(m.r2),
      ma3: num(m.ma3),
    })),
    goals: trends.goals.map((g) => ({
      id: g.id,
      metric: g.metric,
      baseline: num(g.baseline),
      target: num(g.target),
      deadline: g.deadline,
      forecast: num(g.forecast),
      progress: num(g.progress),
      verdict: g.verdict,
    })),
  };
}
