// Hover: the schema's text on keys and enum values, a summary of the item a reference names, and on a
// goal's id its SMART status and trend, in the file's language. Values from the file enter the
// markdown only through mdText and mdCode (a message's arguments through mdArg): a title, a unit or an
// id is shown as written, never rendered as a link, image or HTML.
import { isMap, isScalar, isSeq, type Node } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { entityAt } from '../engine/model-build';
import { keyString, rangeOfNode } from '../text/ranges';
import { paceNote } from '../domain/pace';
import { dayNumber, dayString, periodDays, weekday } from '../domain/dates';
import { occurrenceDays, WEEKDAYS } from '../domain/occurrences';
import { repeatWords } from '../domain/repeat-words';
import { computeTrends } from '../domain/trends';
import { ENGLISH, msg, render, type MessageId, type RenderContext } from '../text/i18n/message';
import { WORDS } from '../text/words';
import type { Finding, Path, Range } from '../types';
import { describeRef } from './completion';
import { goalTrendTitle, trendTooltip } from './lens';
import { dayArg, figureArg, monthArg } from './locale-args';
import { mdArg, mdCode, mdText } from './markdown';
import { declarationOf, occurrenceAt, referencesTo, type RefKind } from './occurrences';
import { docOf, enumDoc, schemaAt } from './schema-nav';
import { smartFindings, type SmartLetter } from './smart';
import { contains, scalarText } from './nodes';

interface Located {
  path: Path;
  part: 'key' | 'value';
  node: Node;
}

/** The key or scalar value under offset, with its path. */
function locate(analysis: Analysis, offset: number): Located | undefined {
  let node: unknown = analysis.doc.contents;
  const path: Path = [];
  for (;;) {
    if (isMap(node)) {
      let next: unknown;
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const kr = rangeOfNode(key);
        const name = keyString(key);
        if (kr && name !== undefined && contains(kr, offset))
          return { path: [...path, name], part: 'key', node: key! };
        const value = pair.value as Node | null;
        const vr = value?.range;
        if (
          vr &&
          name !== undefined &&
          offset >= vr[0] &&
          (offset < vr[1] || (isScalar(value) && offset === vr[1]))
        ) {
          path.push(name);
          next = value;
          break;
        }
      }
      if (next === undefined) return undefined;
      node = next;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => {
        const r = (item as Node | null)?.range;
        return !!r && offset >= r[0] && (offset < r[1] || (isScalar(item) && offset === r[1]));
      });
      if (i < 0) return undefined;
      path.push(i);
      node = node.items[i];
    } else if (isScalar(node)) {
      return { path, part: 'value', node };
    } else return undefined;
  }
}

const KIND_TITLE: Record<RefKind, MessageId> = {
  platform: 'hover.kind.platform',
  goal: 'hover.kind.goal',
  metric: 'hover.kind.metric',
  objective: 'hover.kind.objective',
  audience: 'hover.kind.audience',
};

/** A few lines about the item that declares an id. */
function summary(analysis: Analysis, kind: RefKind, id: string, ctx: RenderContext): string {
  const decl = declarationOf(analysis, kind, id);
  if (!decl) return render(msg('hover.ref.unknown', { kind, id: mdCode(id) }), ctx);
  const index = decl.path[1] as number;
  const head = `**${render(msg(KIND_TITLE[kind]), ctx)}** ${mdCode(id)}`;
  const line = describeRef(analysis, kind, decl.path);
  const lines = [line ? `${head}: ${mdText(line)}` : head];
  if (kind === 'goal') {
    const goal = entityAt(analysis.model.goals, index)?.value;
    const metric = analysis.model.metrics.find((m) => m.value.id === goal?.metric)?.value;
    if (goal?.target !== undefined) {
      const target = mdArg(figureArg(goal.target, metric?.unit, ctx));
      lines.push(
        goal.deadline
          ? render(msg('hover.goal.targetBy', { target, deadline: mdArg(dayArg(goal.deadline, ctx)) }), ctx)
          : render(msg('hover.goal.target', { target }), ctx),
      );
    } else if (goal?.deadline)
      lines.push(render(msg('hover.goal.deadline', { deadline: mdArg(dayArg(goal.deadline, ctx)) }), ctx));
  } else if (kind === 'platform') {
    const p = entityAt(analysis.model.platforms, index)?.value;
    if (p?.postsPerWeek !== undefined)
      lines.push(render(msg('hover.platform.cadence', { count: p.postsPerWeek }), ctx));
    if (p?.priority)
      lines.push(render(msg('hover.platform.priority', { priority: mdText(p.priority) }), ctx));
  } else if (kind === 'metric') {
    const m = entityAt(analysis.model.metrics, index)?.value;
    const last = m?.values[m.values.length - 1];
    if (last) {
      const value = mdArg(figureArg(last.value, m?.unit, ctx));
      lines.push(render(msg('hover.metric.last', { value, month: mdArg(monthArg(last.month, ctx)) }), ctx));
    }
  }
  return lines.join('\n\n');
}

const LETTERS: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

function goalIdHover(
  analysis: Analysis,
  index: number,
  findings: Finding[] | undefined,
  offset: number,
  ctx: RenderContext,
): string {
  const goal = entityAt(analysis.model.goals, index)?.value;
  const id = goal?.id ?? '';
  const heading = render(msg('hover.kind.goal'), ctx);
  const parts = [`**${heading}** ${mdCode(id)}${goal?.title ? `: ${mdText(goal.title)}` : ''}`];
  const missing = findings ? smartFindings(analysis, findings, index) : new Map<SmartLetter, Finding>();
  if (findings) {
    if (missing.size === 0) parts.push(render(msg('hover.goal.smartPass'), ctx));
    else {
      const words = WORDS[ctx.language].smart;
      const letters = LETTERS.map((l) => (missing.has(l) ? `~~${l}~~` : `**${l}**`)).join(' ');
      // A finding on the hovered id is listed by the editor in this same hover: name its letter only.
      const why = [...missing]
        .map(([l, f]) => `- ${words[l]}${contains(f, offset) ? '' : `: ${mdText(f.message)}`}`)
        .join('\n');
      parts.push(`SMART: ${letters}\n\n${why}`);
    }
  }
  const trends = computeTrends(analysis.model);
  const trend = trends.goals.find((g) => g.id === id);
  if (trend) {
    const slope = trends.metrics.find((m) => m.id === trend.metric)?.slope ?? null;
    const pace = paceNote(trend, findings !== undefined && !missing.has('A'));
    const title = render(
      msg('hover.goal.trend', { trend: mdText(goalTrendTitle(trend, slope, pace, ctx)) }),
      ctx,
    );
    parts.push(`${title}\n\n${mdText(trendTooltip(trend, ctx))}`);
  }
  return parts.join('\n\n');
}

function monthHover(analysis: Analysis, path: Path, ctx: RenderContext): string | undefined {
  const metric = entityAt(analysis.model.metrics, path[1] as number)?.value;
  const month = path[3] as string;
  const values = metric?.values ?? [];
  const i = values.findIndex((v) => v.month === month);
  if (!metric || i < 0) return docOf(schemaAt(['metrics', 0, 'values']), ctx);
  const v = values[i];
  const args = {
    name: mdText(metric.name ?? metric.id ?? render(msg('hover.kind.metric'), ctx)),
    month: mdArg(monthArg(month, ctx)),
    value: mdArg(figureArg(v.value, metric.unit, ctx)),
  };
  const prev = values[i - 1];
  if (prev && prev.value !== 0) {
    const pct = ((v.value - prev.value) / prev.value) * 100;
    const change = ctx.language === 'en' ? `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%` : { change: pct };
    return render(
      msg('hover.month.valueChange', { ...args, change, previous: mdArg(monthArg(prev.month, ctx)) }),
      ctx,
    );
  }
  return render(msg('hover.month.value', args), ctx);
}

/** How many of a series' dates a hover lists. */
const SERIES_DATES = 5;

/**
 * A recurring post's rule in words and its next dates (from `today`, else its first ones); undefined
 * when the post does not recur.
 */
function repeatHover(
  analysis: Analysis,
  index: number,
  today: string | undefined,
  ctx: RenderContext,
): string | undefined {
  const post = entityAt(analysis.model.calendar, index)?.value;
  if (!post) return undefined;
  const words = repeatWords(post, analysis.model);
  if (words === undefined) return undefined;
  const from = dayNumber(today);
  const days = occurrenceDays(post, periodDays(analysis.model.period)?.end)
    .map((o) => o.day)
    .filter((day) => from === undefined || day >= from);
  const head = render(msg('hover.repeat.rule', { rule: mdText(render(words, ctx)) }), ctx);
  if (!days.length) return `${head}\n\n${render(msg('hover.repeat.noneLeft'), ctx)}`;
  const lines = days.slice(0, SERIES_DATES).map((day) => {
    const line = msg('hover.repeat.day', { weekday: WEEKDAYS[weekday(day)], date: { date: dayString(day) } });
    return `- ${mdText(render(line, ctx))}`;
  });
  if (days.length > SERIES_DATES)
    lines.push(`- ${mdText(render(msg('hover.repeat.more', { count: days.length - SERIES_DATES }), ctx))}`);
  const dates = render(msg(from === undefined ? 'hover.repeat.firstDates' : 'hover.repeat.nextDates'), ctx);
  return `${head}\n\n${dates}\n\n${lines.join('\n')}`;
}

/** Inside a post's `repeat` (its key, a key or a value in it): the post's index. */
function repeatIndex(path: Path): number | undefined {
  return path.length >= 3 && path[0] === 'calendar' && typeof path[1] === 'number' && path[2] === 'repeat'
    ? path[1]
    : undefined;
}

export interface HoverOptions {
  /** Today as YYYY-MM-DD: a series lists its dates from today on. The core does not read the clock. */
  today?: string;
}

/**
 * The hover at offset: Markdown and the range it is about. `findings` adds a goal's SMART status;
 * inside a post's `repeat`, the rule in words and the series' next dates follow the schema's text.
 * The tool's words and the schema's texts are in `ctx`'s language.
 */
export function hover(
  analysis: Analysis,
  offset: number,
  findings?: Finding[],
  options: HoverOptions = {},
  ctx: RenderContext = ENGLISH,
): { markdown: string; range: Range } | undefined {
  const at = locate(analysis, offset);
  if (!at) return undefined;
  const range = rangeOfNode(at.node)!;
  const { path } = at;
  const series = repeatIndex(path);
  if (series !== undefined) {
    const md = [plainHover(at, ctx), repeatHover(analysis, series, options.today, ctx)]
      .filter(Boolean)
      .join('\n\n');
    return md ? { markdown: md, range } : undefined;
  }
  if (at.part === 'key') {
    if (path.length === 4 && path[0] === 'metrics' && path[2] === 'values') {
      const md = monthHover(analysis, path, ctx);
      return md ? { markdown: md, range } : undefined;
    }
    const md = plainHover(at, ctx);
    return md ? { markdown: md, range } : undefined;
  }
  if (path.length === 3 && path[0] === 'goals' && path[2] === 'id' && typeof path[1] === 'number') {
    return { markdown: goalIdHover(analysis, path[1], findings, offset, ctx), range };
  }
  const occ = occurrenceAt(analysis, offset);
  if (occ) {
    const md = summary(analysis, occ.kind, occ.id, ctx);
    if (!occ.declaration) return { markdown: md, range: occ.range };
    const n = referencesTo(analysis, occ.kind, occ.id).length;
    const refs = n === 0 ? msg('hover.ref.none') : msg('hover.ref.count', { count: n });
    return { markdown: `${md}\n\n${render(refs, ctx)}`, range: occ.range };
  }
  const md = plainHover(at, ctx);
  return md ? { markdown: md, range } : undefined;
}

/** The schema's text in ctx's language: a key's description, or an enum value's. */
function plainHover(at: Located, ctx: RenderContext): string | undefined {
  if (at.part === 'key') return docOf(schemaAt(at.path), ctx);
  const schema = schemaAt(at.path);
  const value = scalarText(at.node);
  if (schema?.enum && value !== undefined) {
    const i = schema.enum.findIndex((e) => String(e) === value);
    const md = i >= 0 ? enumDoc(schema, i, ctx) : undefined;
    if (md) return `${mdCode(value)}: ${md}`;
  }
  return undefined;
}
