// The words of the Strategy views (Goals, Platforms, Competitors, Calendar, Metrics): descriptions and
// tooltip lines in the file's language, from the same figures the CodeLens and the rules use. The
// extension's trees only place them (src/extension/views/trees.ts).
import type { Post, StrategyModel } from '../engine/model';
import type { TypeShare } from '../domain/mix';
import { paceNote } from '../domain/pace';
import { repeatWords } from '../domain/repeat-words';
import type { CompetitorOnNetwork, NetworkLandscape, OurPlatformOnNetwork } from '../outputs/competitors';
import type { PlatformSummary } from '../outputs/platform-summary';
import type { GoalTrend, MetricTrend, PostStatus } from '../protocol';
import { ENGLISH, msg, render, type Arg, type Message, type RenderContext } from '../text/i18n/message';
import { WORDS, type SmartLetter } from '../text/words';
import { metricTitle } from './lens';
import { asLine, localeFormat } from './locale-args';

const FSI = '\u2068';
const PDI = '\u2069';

/** A value from the file inside a line of the tool's words: isolated in Persian, as a message does. */
function value(text: string, ctx: RenderContext): string {
  return ctx.language === 'fa' && text !== '' ? `${FSI}${text}${PDI}` : text;
}

function line(message: Message, ctx: RenderContext): string {
  return asLine(render(message, ctx), ctx);
}

/** "7/week": posts a week, as the file gives them (0.5 is one post every two weeks). */
function perWeek(n: number): Message {
  return msg('view.perWeek', { count: n });
}

/** A share in whole percent: "25%". */
function percent(n: number): Arg {
  return { num: Math.round(n), unit: '%' };
}

export interface GoalView {
  /** "grow-followers · SMART · at risk". */
  description: string;
  /** The tooltip's lines under the goal's title: the SMART status, the verdict, the pace. */
  lines: string[];
}

/** A goal in the Goals view: its id, its SMART status in words, the CodeLens's verdict and pace. */
export function goalView(
  id: string,
  missing: readonly SmartLetter[],
  trend: GoalTrend | undefined,
  ctx: RenderContext = ENGLISH,
): GoalView {
  const words = WORDS[ctx.language];
  const smart = missing.length
    ? msg('view.goal.smartMissing', { qualities: { list: missing.map((l) => ({ word: words.smart[l] })) } })
    : msg('view.goal.smart');
  const verdict = trend ? words.verdicts[trend.verdict] : undefined;
  const description =
    verdict === undefined
      ? msg('view.goal.description', { id, smart })
      : msg('view.goal.descriptionVerdict', { id, smart, verdict: { word: verdict } });
  // The CodeLens's pace sentence: "achievable, but behind pace: at the current trend 16 of 20 ...".
  const pace = paceNote(trend, !missing.includes('A'));
  const lines = [render(smart, ctx), ...(verdict !== undefined ? [verdict] : [])];
  if (pace) lines.push(render(pace, ctx));
  return { description: line(description, ctx), lines: lines.map((l) => asLine(l, ctx)) };
}

/** A platform in the Platforms view: this week's posts against the plan and the short weeks, or its posts. */
export function platformDescription(summary: PlatformSummary, ctx: RenderContext = ENGLISH): string {
  return summary.planned === undefined
    ? line(msg('view.platform.posts', { count: summary.posts }), ctx)
    : line(
        msg('view.platform.week', {
          thisWeek: summary.thisWeek,
          planned: summary.planned,
          short: summary.shortWeeks,
        }),
        ctx,
      );
}

/**
 * Ten cells of 10 points: the share reached up to the target (█), above it (▒) and the part of the
 * target not reached (░). Without a target, the share alone.
 */
export function mixBar(actual: number, target: number | undefined): string {
  const a = Math.round(actual / 10);
  const t = target === undefined ? a : Math.round(target / 10);
  return '█'.repeat(Math.min(a, t)) + (a > t ? '▒'.repeat(a - t) : '░'.repeat(t - a));
}

/** One post type of a platform: its share of the platform's posts against its `mix` target. */
export function mixView(
  share: TypeShare,
  total: number,
  ctx: RenderContext = ENGLISH,
): { description: string; tooltip: string } {
  const { type, target, posts, actual } = share;
  const shown =
    target === undefined
      ? render(msg('view.mix.noTargetShare', { share: percent(actual) }), ctx)
      : render(msg('view.mix.shareOfTarget', { share: percent(actual), target: percent(target) }), ctx);
  const bar = mixBar(actual, target);
  const lines = [msg('view.mix.share', { posts, total, type, share: percent(actual) })];
  if (target !== undefined) {
    const gap = Math.round(actual - target);
    lines.push(
      gap === 0
        ? msg('view.mix.onTarget', { target: percent(target) })
        : gap < 0
          ? msg('view.mix.under', { target: percent(target), points: -gap })
          : msg('view.mix.over', { target: percent(target), points: gap }),
    );
  } else lines.push(msg('view.mix.noTarget'));
  lines.push(msg('view.mix.recurring'));
  return {
    description: asLine(bar ? `${shown} ${bar}` : shown, ctx),
    tooltip: lines.map((l) => line(l, ctx)).join('\n'),
  };
}

export interface NetworkView {
  /** "you 3/week · 2 competitors, up to 5/week", or "competitors only · 1 competitor". */
  description: string;
  /** The tooltip's lines under the network's name. */
  lines: string[];
}

/** A network in the Competitors view: our cadence there beside the competitors'. */
export function networkView(n: NetworkLandscape, ctx: RenderContext = ENGLISH): NetworkView {
  const count = new Set(n.competitors.map((c) => c.index)).size;
  const theirs =
    n.competitors.length === 0
      ? msg('view.network.noCompetitor')
      : n.competitorMax !== undefined
        ? msg('view.network.competitorsUpTo', { count, max: perWeek(n.competitorMax) })
        : msg('view.network.competitors', { count });
  const ours =
    n.planned !== undefined
      ? msg('view.network.you', { perWeek: perWeek(n.planned) })
      : msg('view.network.youNoCadence');
  const description =
    n.presence === 'competitors-only'
      ? msg('view.network.competitorsOnly', { theirs })
      : msg('view.network.both', { ours, theirs });
  const lines: Message[] = [];
  if (n.presence === 'competitors-only') lines.push(msg('view.network.tooltip.competitorsOnly'));
  lines.push(
    n.planned !== undefined
      ? msg('view.network.tooltip.planned', { count: n.planned })
      : n.ours.length
        ? msg('view.network.tooltip.noCadence')
        : msg('view.network.tooltip.absent'),
  );
  for (const c of n.competitors) {
    const name = c.name ?? c.id ?? '?';
    lines.push(
      c.postsPerWeek !== undefined
        ? msg('view.network.tooltip.competitor', { name, count: c.postsPerWeek })
        : msg('view.network.tooltip.competitorNoCadence', { name }),
    );
  }
  if (n.typesOnlyTheyPost.length)
    lines.push(msg('view.network.tooltip.theirTypes', { types: { list: n.typesOnlyTheyPost } }));
  return { description: line(description, ctx), lines: lines.map((l) => line(l, ctx)) };
}

/** One of our platforms under a network: "You (ig)", its cadence and the types it posts. */
export function ourPlatformView(
  o: OurPlatformOnNetwork,
  ctx: RenderContext = ENGLISH,
): { label: string; description: string } {
  const cadence =
    o.planned !== undefined
      ? msg('view.ours.planned', { perWeek: perWeek(o.planned) })
      : msg('view.ours.noCadence');
  const types = o.contentTypes.length
    ? { list: o.contentTypes.map((t) => msg('view.ours.type', { type: t.type, count: t.posts })) }
    : msg('view.ours.noTypes');
  return {
    label: line(msg('view.ours.label', { id: o.id ?? '?' }), ctx),
    description: line(msg('view.ours.description', { cadence, types }), ctx),
  };
}

/** A competitor's presence on a network: its posts a week and its content types. */
export function competitorDescription(c: CompetitorOnNetwork, ctx: RenderContext = ENGLISH): string {
  const cadence = c.postsPerWeek !== undefined ? perWeek(c.postsPerWeek) : msg('view.competitor.noCadence');
  return c.contentTypes.length
    ? line(msg('view.competitor.description', { cadence, types: { list: c.contentTypes } }), ctx)
    : line(cadence, ctx);
}

/** The types only competitors post on a network: the item's label, description and tooltip. */
export function theirTypesView(
  n: NetworkLandscape,
  ctx: RenderContext = ENGLISH,
): { label: string; description: string; tooltip: string } {
  return {
    label: line(msg('view.theirTypes.label'), ctx),
    description: line(msg('view.theirTypes.description', { types: { list: n.typesOnlyTheyPost } }), ctx),
    tooltip: line(msg('view.theirTypes.tooltip'), ctx),
  };
}

/**
 * A post in the Calendar view: its platform, status, approver and, for a recurring post, the rule in
 * words (how many posts it stands for); the tooltip of a recurring post says its rule under its title.
 */
export function postView(
  post: Post,
  model: StrategyModel,
  ctx: RenderContext = ENGLISH,
): { description: string; tooltip?: string } {
  const status = post.status ?? 'idea';
  // English shows the value as the file writes it; another language reads the calendar panel's word.
  const statusWord =
    ctx.language === 'en' ? status : (WORDS[ctx.language].report.statuses[status as PostStatus] ?? status);
  const approved = post.approvedBy
    ? render(msg('view.post.approvedBy', { name: post.approvedBy }), ctx)
    : undefined;
  const rule = repeatWords(post, model);
  const repeats = rule ? render(rule, ctx) : undefined;
  const parts = [
    post.platform ? value(post.platform, ctx) : undefined,
    statusWord === status ? value(status, ctx) : statusWord,
    approved,
    repeats && `↻ ${repeats}`,
  ].filter(Boolean);
  const description = asLine(parts.join(localeFormat(ctx).sep), ctx);
  return repeats ? { description, tooltip: `${post.title ?? ''}\n${asLine(repeats, ctx)}` } : { description };
}

/** A month of the Calendar view: its number of posts. */
export function postCount(n: number, ctx: RenderContext = ENGLISH): string {
  return line(msg('view.calendar.posts', { count: n }), ctx);
}

/** A metric in the Metrics view: the CodeLens's words, so the two never disagree on a number's format. */
export function metricDescription(trend: MetricTrend | undefined, ctx: RenderContext = ENGLISH): string {
  return asLine(trend ? metricTitle(trend, ctx) : render(msg('lens.metric.noValues'), ctx), ctx);
}

/** The Audiences view's groups: their labels, and the number of items as the description. */
export function groupView(
  group: 'audiences' | 'relationships',
  count: number,
  ctx: RenderContext = ENGLISH,
): { label: string; description: string } {
  return {
    label: render(group === 'audiences' ? msg('view.group.audiences') : msg('view.group.relationships'), ctx),
    description: localeFormat(ctx).count(count),
  };
}
