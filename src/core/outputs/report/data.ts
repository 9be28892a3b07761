// The month report's numbers (contract "The month report: strategy-lint report"), computed once per
// file and drawn by the JSON, Markdown and HTML writers, so the three cannot disagree.
import type { Analysis } from '../../engine/model';
import type { CalendarSystem, MonthValue, Verdict } from '../../protocol';
import type { Finding, Severity } from '../../types';
import { dayNumber, periodDays } from '../../domain/dates';
import { fileCalendarSystem, fileLanguage } from '../../domain/locale';
import { networkName } from '../../domain/networks';
import { calendarOccurrences } from '../../domain/occurrences';
import { overduePosts } from '../../domain/overdue';
import { computeTrends, monthIndex, trendsJson, type TrendsJson } from '../../domain/trends';
import { LineIndex } from '../../text/positions';
import type { Language } from '../../text/words';
import { reviewEntry, reviewMonth } from '../review';

/** A goal as the trends command computes it, with the last value of its metric. */
export interface ReportGoal {
  id: string;
  title?: string;
  metric: string;
  unit?: string;
  baseline: number | null;
  /** The metric's last value (null without values). */
  last: number | null;
  target: number | null;
  deadline: string | null;
  forecast: number | null;
  progress: number | null;
  verdict: Verdict;
}

/** A goal's target at its deadline, drawn on its metric's chart. */
export interface ReportTarget {
  goal: string;
  title?: string;
  target: number;
  deadline: string;
  verdict: Verdict;
}

/** A metric with values: what its chart draws. */
export interface ReportMetric {
  id: string;
  name: string;
  unit?: string;
  values: MonthValue[];
  last: number | null;
  previous: number | null;
  /** Change of the last value against the previous one, in percent. */
  mom: number | null;
  /** The least-squares line, value = intercept + slope × months since the first value's month. */
  slope: number | null;
  intercept: number | null;
  /** Every value is at least 0, so the line is not drawn (nor forecast) below 0. */
  nonNegative: boolean;
  targets: ReportTarget[];
}

/** A platform's calendar in the month. */
export interface ReportPlatform {
  id: string;
  /** The network's name for people ("Instagram"), when the network is known. */
  network?: string;
  /** `cadence.postsPerWeek`, null without a cadence. */
  postsPerWeek: number | null;
  /** round(postsPerWeek × d / 7), d the days of the month inside the period; null without a cadence. */
  planned: number | null;
  /** The platform's posts and occurrences dated in the month. */
  posts: number;
  /** Those of them whose status (a series' own, for an occurrence) is `published`. */
  published: number;
}

export interface ReportOverdue {
  date: string;
  platform: string;
  title: string;
  status?: string;
  /** Days from the post's date to today. */
  daysLate: number;
}

/** One finding, its position 1-based (columns in UTF-16 units, as the CLI's JSON counts them). */
export interface ReportFinding {
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

export interface ReportFindingGroup {
  code: string;
  /** The most severe of its findings. */
  severity: Severity;
  findings: ReportFinding[];
}

/** The month's review from the file, or a drafted one (`draft`). */
export interface ReportReview {
  draft: boolean;
  date?: string;
  month?: string;
  goals: string[];
  findings?: string;
  actions: string[];
}

export interface ReportData {
  /** The file as the caller names it (relative to the working folder, forward slashes). */
  file: string;
  name?: string;
  owner?: string;
  period?: { start?: string; end?: string };
  /** YYYY-MM. */
  month: string;
  /** YYYY-MM-DD: the report's date, and the day before which a post is overdue. */
  today: string;
  language: Language;
  calendarSystem: CalendarSystem;
  goals: ReportGoal[];
  metrics: ReportMetric[];
  platforms: ReportPlatform[];
  overdue: ReportOverdue[];
  /** Errors first, then warnings, then notes; by code within each. */
  findings: ReportFindingGroup[];
  counts: Record<Severity, number>;
  review: ReportReview;
  /** The contract's goal fields, exactly as `trends --format json` prints them. */
  trendGoals: TrendsJson['goals'];
}

export interface ReportOptions {
  /** YYYY-MM; default: the latest month with any metric value in the file, else today's month. */
  month?: string;
  /** YYYY-MM-DD, the caller's clock. */
  today: string;
  /** The file's name in the report (default: the strategy's name, else 'strategy'). */
  file?: string;
  /** The report's language; default the file's own, else English (adapters pass resolveLanguage). */
  language?: Language;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Everything the month report shows for one file. `findings` are the file's lint findings. */
export function monthReport(
  analysis: Analysis,
  findings: readonly Finding[],
  options: ReportOptions,
): ReportData {
  const { model } = analysis;
  const month = reviewMonth(model, options.today, options.month);
  const language = options.language ?? fileLanguage(model) ?? 'en';
  const trends = computeTrends(model);
  const lastOf = new Map(trends.metrics.map((m) => [m.id, m.last] as const));

  const goals: ReportGoal[] = trends.goals.map((g) => {
    const goal: ReportGoal = {
      id: g.id,
      metric: g.metric,
      baseline: g.baseline,
      last: lastOf.get(g.metric) ?? null,
      target: g.target,
      deadline: g.deadline,
      forecast: g.forecast,
      progress: g.progress,
      verdict: g.verdict,
    };
    if (g.title !== undefined) goal.title = g.title;
    if (g.unit !== undefined) goal.unit = g.unit;
    return goal;
  });

  const metrics: ReportMetric[] = trends.metrics.map((m) => {
    const metric: ReportMetric = {
      id: m.id,
      name: m.name,
      values: m.series,
      last: m.last,
      previous: m.previous,
      mom: m.mom,
      slope: m.slope,
      intercept: m.intercept,
      nonNegative: m.series.every((v) => v.value >= 0),
      targets: trends.goals.flatMap((g) =>
        g.metric === m.id && g.target !== null && g.deadline !== null
          ? [
              {
                goal: g.id,
                ...(g.title !== undefined ? { title: g.title } : {}),
                target: g.target,
                deadline: g.deadline,
                verdict: g.verdict,
              },
            ]
          : [],
      ),
    };
    if (m.unit !== undefined) metric.unit = m.unit;
    return metric;
  });

  const data: ReportData = {
    file: options.file ?? model.name ?? 'strategy',
    month,
    today: options.today,
    language,
    calendarSystem: fileCalendarSystem(model),
    goals,
    metrics,
    platforms: platformsInMonth(analysis, month),
    overdue: overdueOf(analysis, options.today),
    findings: groupFindings(analysis.text, findings),
    counts: {
      error: findings.filter((f) => f.severity === 'error').length,
      warning: findings.filter((f) => f.severity === 'warning').length,
      info: findings.filter((f) => f.severity === 'info').length,
    },
    review: monthReview(analysis, month, options.today, language),
    trendGoals: trendsJson(trends).goals,
  };
  if (model.name !== undefined) data.name = model.name;
  if (model.owner !== undefined) data.owner = model.owner;
  if (model.period !== undefined) data.period = { ...model.period };
  return data;
}

/** The first and last day numbers of a YYYY-MM month. */
function monthDays(month: string): { first: number; last: number } {
  const index = monthIndex(month);
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const first = dayNumber(`${pad(year, 4)}-${pad(m)}-01`)!;
  const next = m === 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(m + 1)}-01`;
  return { first, last: dayNumber(next)! - 1 };
}

function platformsInMonth(analysis: Analysis, month: string): ReportPlatform[] {
  const { model } = analysis;
  const { first, last } = monthDays(month);
  // The days of the month inside the period (an open or inverted period bound leaves the month whole).
  const period = periodDays(model.period);
  const from = Math.max(first, period?.start ?? first);
  const to = Math.min(last, period?.end ?? last);
  const days = Math.max(0, to - from + 1);
  const posts = new Map<string, number>();
  const published = new Map<string, number>();
  for (const { post, day } of calendarOccurrences(model)) {
    const { platform, status } = post.value;
    if (day < first || day > last || typeof platform !== 'string') continue;
    posts.set(platform, (posts.get(platform) ?? 0) + 1);
    if (status === 'published') published.set(platform, (published.get(platform) ?? 0) + 1);
  }
  const out: ReportPlatform[] = [];
  for (const { value } of model.platforms) {
    if (value.id === undefined) continue;
    const perWeek =
      typeof value.postsPerWeek === 'number' && Number.isFinite(value.postsPerWeek)
        ? value.postsPerWeek
        : null;
    const platform: ReportPlatform = {
      id: value.id,
      postsPerWeek: perWeek,
      planned: perWeek === null ? null : Math.round((perWeek * days) / 7),
      posts: posts.get(value.id) ?? 0,
      published: published.get(value.id) ?? 0,
    };
    const network = networkName(value.network);
    if (network !== undefined) platform.network = network;
    out.push(platform);
  }
  return out;
}

function overdueOf(analysis: Analysis, today: string): ReportOverdue[] {
  const now = dayNumber(today);
  if (now === undefined) return [];
  return overduePosts(analysis.model, today)
    .map(({ post, day }) => {
      const item: ReportOverdue = {
        date: post.value.date!,
        platform: post.value.platform ?? '',
        title: post.value.title ?? '',
        daysLate: now - day,
      };
      if (post.value.status !== undefined) item.status = post.value.status;
      return { item, day };
    })
    .sort((a, b) => a.day - b.day)
    .map((o) => o.item);
}

function groupFindings(text: string, findings: readonly Finding[]): ReportFindingGroup[] {
  const lines = new LineIndex(text);
  const groups = new Map<string, ReportFindingGroup>();
  for (const f of findings) {
    let group = groups.get(f.code);
    if (!group) groups.set(f.code, (group = { code: f.code, severity: f.severity, findings: [] }));
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[group.severity]) group.severity = f.severity;
    const at = lines.position(f.start);
    group.findings.push({
      line: at.line + 1,
      column: at.column + 1,
      severity: f.severity,
      message: f.message,
    });
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** The review with `month: M`, else the first one dated inside M; else a drafted one. */
function monthReview(analysis: Analysis, month: string, today: string, language: Language): ReportReview {
  const { reviews } = analysis.model;
  const found =
    reviews.find((r) => r.value.month === month) ??
    reviews.find((r) => r.value.date?.length === 10 && r.value.date.startsWith(`${month}-`));
  if (found) {
    const { date, month: looksBack, goals, findings, actions } = found.value;
    const review: ReportReview = { draft: false, goals: goals ?? [], actions: actions ?? [] };
    if (date !== undefined) review.date = date;
    if (looksBack !== undefined) review.month = looksBack;
    if (findings !== undefined) review.findings = findings;
    return review;
  }
  const entry = reviewEntry(analysis, { month, today, language });
  const review: ReportReview = {
    draft: true,
    date: entry.date,
    month: entry.month,
    goals: entry.goals,
    actions: entry.actions,
  };
  if (entry.findings) review.findings = entry.findings;
  return review;
}

/** The contract's JSON object for one file. */
export interface ReportJson {
  file: string;
  month: string;
  goals: TrendsJson['goals'];
  platforms: { id: string; planned: number | null; posts: number; published: number }[];
  overdue: { date: string; platform: string; title: string }[];
}

/** The contract's JSON, keys in its order: an object for one file, an array for several. */
export function reportJson(data: ReportData): ReportJson;
export function reportJson(data: readonly ReportData[]): ReportJson[];
export function reportJson(data: ReportData | readonly ReportData[]): ReportJson | ReportJson[] {
  if (isList(data)) return data.map((d) => reportJson(d));
  return {
    file: data.file,
    month: data.month,
    goals: data.trendGoals,
    platforms: data.platforms.map(({ id, planned, posts, published }) => ({ id, planned, posts, published })),
    overdue: data.overdue.map(({ date, platform, title }) => ({ date, platform, title })),
  };
}

export function isList(data: ReportData | readonly ReportData[]): data is readonly ReportData[] {
  return Array.isArray(data);
}
