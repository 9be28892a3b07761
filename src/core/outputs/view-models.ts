// View models for the calendar and trends webviews: plain data built from an analysis, so the webview
// needs neither the YAML nor the rules. Every text they carry (platform labels, a series' rule, the
// problem line) is rendered here in the file's language (the adapter's RenderContext); the webview
// adds only its own words, in the language the extension sends with the settings.
import type { Analysis, Entity, Post, StrategyModel } from '../engine/model';
import { LineIndex } from '../text/positions';
import type {
  CalendarPlatform,
  CalendarPost,
  CalendarViewModel,
  PostStatus,
  TrendsViewModel,
} from '../protocol';
import { cadenceShortfalls } from '../domain/cadence';
import { postConflicts } from '../domain/conflicts';
import { isTime, networkWords } from '../domain/platforms';

export { networkWords };
import { dayNumber, isOutsidePeriod } from '../domain/dates';
import { calendarOccurrences, occurrenceDate } from '../domain/occurrences';
import { repeatWords } from '../domain/repeat-words';
import { computeTrends } from '../domain/trends';
import { ENGLISH, msg, render, type RenderContext } from '../text/i18n/message';
import type { Finding } from '../types';

export interface ViewMeta {
  uri: string;
  fileName: string;
  version: number;
}

/** The contract's statuses in workflow order; anything else is drawn as an idea. */
const STATUSES: readonly PostStatus[] = [
  'idea',
  'draft',
  'in-review',
  'approved',
  'rejected',
  'scheduled',
  'published',
];

/**
 * The problem that stops the file from parsing, as "Line 12: <the finding's message>" (the finding as
 * the engine rendered it, in the same language); undefined when it parses. The webview says what that
 * means for the panel, in the file's language.
 */
export function problemMessage(
  text: string,
  findings: readonly Finding[],
  ctx: RenderContext = ENGLISH,
): string | undefined {
  const syntax = findings.find((f) => f.code === 'yaml/syntax');
  if (!syntax) return undefined;
  const { line } = new LineIndex(text).position(syntax.start);
  return render(msg('panels.problem.line', { line: line + 1, message: syntax.message }), ctx);
}

/** How each network is named on the panels ("Instagram"; in Persian «اینستاگرام»). */
function calendarPlatforms(model: StrategyModel, ctx: RenderContext): CalendarPlatform[] {
  const platforms: CalendarPlatform[] = [];
  const seen = new Set<string>();
  for (const { value } of model.platforms) {
    const { id } = value;
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const network = value.network ?? 'other';
    const name = networkWords(network);
    const label = value.handle
      ? msg('panels.platform.withHandle', { network: name, handle: value.handle })
      : msg('panels.platform.withId', { network: name, id });
    const platform: CalendarPlatform = { id, network, label: render(label, ctx) };
    if (typeof value.postsPerWeek === 'number') platform.postsPerWeek = value.postsPerWeek;
    const bestTimes = (value.bestTimes ?? []).filter(isTime).sort();
    if (bestTimes.length) platform.bestTimes = bestTimes;
    platforms.push(platform);
  }
  // Posts on an undefined platform (ref/unknown-platform) still need a legend entry (as `other`).
  for (const { value } of model.calendar) {
    const id = value.platform;
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    platforms.push({ id, network: 'other', label: id });
  }
  return platforms;
}

export function calendarViewModel(
  analysis: Analysis,
  findings: readonly Finding[],
  meta: ViewMeta & { today: string },
  ctx: RenderContext = ENGLISH,
): CalendarViewModel {
  const { model } = analysis;
  const conflicts = postConflicts(model).occurrences;
  const posts: CalendarPost[] = [];
  // One CalendarPost per occurrence, in file order and a series by day: its own date first.
  const occurrences = calendarOccurrences(model);
  const totals = new Map<number, number>();
  for (const { post } of occurrences) totals.set(post.index, (totals.get(post.index) ?? 0) + 1);
  let words: string | undefined;
  let wordsOf: Entity<Post> | undefined;
  for (const o of occurrences) {
    const { index, value } = o.post;
    const { platform } = value;
    if (platform === undefined) continue;
    if (wordsOf !== o.post) {
      wordsOf = o.post;
      const rule = repeatWords(value, model);
      words = rule && render(rule, ctx);
    }
    const date = occurrenceDate(o);
    const post: CalendarPost = {
      index,
      date,
      platform,
      title: value.title ?? '',
      status: (STATUSES as readonly (string | undefined)[]).includes(value.status)
        ? (value.status as PostStatus)
        : 'idea',
      conflict: conflicts.has(`${index}:${o.day}`),
      outsidePeriod: isOutsidePeriod(date, model.period),
    };
    if (value.time !== undefined) post.time = value.time;
    if (value.type !== undefined) post.type = value.type;
    if (value.goal !== undefined) post.goal = value.goal;
    if (value.campaign !== undefined) post.campaign = value.campaign;
    if (value.link !== undefined) post.link = value.link;
    if (words !== undefined)
      post.occurrence = { nth: o.nth, first: value.date!, total: totals.get(index)!, words };
    posts.push(post);
  }
  const campaigns: string[] = [];
  for (const { value } of model.calendar) {
    if (value.campaign !== undefined && value.campaign !== '' && !campaigns.includes(value.campaign)) {
      campaigns.push(value.campaign);
    }
  }
  const view: CalendarViewModel = {
    kind: 'calendar',
    uri: meta.uri,
    fileName: meta.fileName,
    version: meta.version,
    today: meta.today,
    platforms: calendarPlatforms(model, ctx),
    posts,
    shortfalls: cadenceShortfalls(model),
    goals: model.goals.flatMap(({ value }) =>
      value.id === undefined ? [] : [{ id: value.id, title: value.title ?? value.id }],
    ),
    campaigns,
  };
  const { start, end } = model.period ?? {};
  if (dayNumber(start) !== undefined && dayNumber(end) !== undefined)
    view.period = { start: start!, end: end! };
  const problem = problemMessage(analysis.text, findings, ctx);
  if (problem) view.problem = problem;
  return view;
}

export function trendsViewModel(
  analysis: Analysis,
  findings: readonly Finding[],
  meta: ViewMeta,
  ctx: RenderContext = ENGLISH,
): TrendsViewModel {
  const { metrics, goals } = computeTrends(analysis.model);
  const view: TrendsViewModel = {
    kind: 'trends',
    uri: meta.uri,
    fileName: meta.fileName,
    version: meta.version,
    metrics,
    goals,
  };
  const problem = problemMessage(analysis.text, findings, ctx);
  if (problem) view.problem = problem;
  return view;
}
