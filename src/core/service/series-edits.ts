// Moving one occurrence of a recurring post (contract "Additions", Repeat), as the calendar asks:
// on its own (its date joins the series' `except` and a single post is written right after the series)
// or with the whole series (the series' date, and its `on` weekdays, shift by as many days). Minimal
// edits in the file's own style, so comments, quoting and line endings elsewhere stay byte for byte.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from '../text/yaml';
import type { Analysis, Entity, Post } from '../engine/model';
import { keyString, nodeAt } from '../text/ranges';
import type { TextEdit } from '../types';
import { appendMapFields, replaceScalar } from '../text/edits';
import { columnOf, eolOf, lineEnd } from '../text/lines';
import { dayNumber, dayString, periodDays } from '../domain/dates';
import { isRecurring, occurrenceDays, WEEKDAYS } from '../domain/occurrences';
import { ENGLISH, msg, render, type Message, type RenderContext } from '../text/i18n/message';
import { noPostError, rescheduleEdits } from './calendar-edits';
import { dayArg } from './locale-args';
import { isValidDate, TIME_RE } from './nodes';

/** Why an edit cannot be made, in the file's language. */
type Err = { error: string };

function err(message: Message, ctx: RenderContext): Err {
  return { error: render(message, ctx) };
}

/** The series at calendar[index], checked: a recurring post with a `repeat` mapping that has `occurrence` as a later date. */
interface Series {
  post: Entity<Post>;
  item: YAMLMap;
  repeat: YAMLMap;
  /** The post's own date (the series' first). */
  first: string;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && keyString(p.key) === key);
}

/** The offset just past a node's last character: block nodes' ranges run on over their line break. */
function endOf(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1])) end--;
  return end;
}

function quoteOf(node: unknown): '' | '"' | "'" {
  if (!isScalar(node)) return '';
  return node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
}

function seriesAt(
  analysis: Analysis,
  index: number,
  occurrence: string,
  date: string,
  time: string | undefined,
  ctx: RenderContext,
): Series | Err {
  if (!isValidDate(date) || !isValidDate(occurrence)) {
    const value = isValidDate(date) ? occurrence : date;
    return err(msg('edit.series.notADay', { value, format: 'YYYY-MM-DD' }), ctx);
  }
  if (time !== undefined && !TIME_RE.test(time))
    return err(msg('edit.series.notATime', { value: time, format: 'HH:MM' }), ctx);
  const item = nodeAt(analysis, ['calendar', index]);
  const post = analysis.model.calendar.find((p) => p.index === index);
  if (!isMap(item) || !post) return noPostError(index, ctx);
  const repeat = item.get('repeat', true);
  if (!isRecurring(post.value) || !isMap(repeat)) return err(msg('edit.series.notRecurring'), ctx);
  const first = post.value.date!;
  const day = dayNumber(occurrence)!;
  const days = occurrenceDays(post.value, periodDays(analysis.model.period)?.end);
  if (occurrence === first || !days.some((o) => o.day === day))
    return err(msg('edit.series.notLater', { date: dayArg(occurrence, ctx) }), ctx);
  return { post, item, repeat, first };
}

/** Insertions at one offset become one edit, in the order given (editors may order them otherwise). */
function merged(edits: TextEdit[]): TextEdit[] {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  const out: TextEdit[] = [];
  for (const { e } of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === last.end && e.start === e.end && last.start === e.start)
      out[out.length - 1] = { ...last, newText: last.newText + e.newText };
    else out.push(e);
  }
  return out;
}

/**
 * Adds `date` to the series' `repeat.except`: after the last date of an existing list (flow or
 * block), or as `except: [date]` at the end of the `repeat` mapping, in its style. The date is quoted
 * like the list's dates, else like the post's own date.
 */
function exceptEdit(
  analysis: Analysis,
  index: number,
  series: Series,
  date: string,
  ctx: RenderContext,
): TextEdit | Err {
  const { text } = analysis;
  const { repeat } = series;
  const pair = pairOf(repeat, 'except');
  const value = pair?.value as Node | null | undefined;
  const own = quoteOf(series.item.get('date', true));
  if (!pair) {
    const source = `except: [${own}${date}${own}]`;
    if (!repeat.flow) {
      const edit = appendMapFields(
        analysis,
        ['calendar', index, 'repeat'],
        [['except', `[${own}${date}${own}]`]],
      );
      return edit ?? err(msg('edit.series.exceptCannotBeAdded', { repeat: 'repeat', except: 'except' }), ctx);
    }
    const last = repeat.items[repeat.items.length - 1];
    if (!last) return { start: repeat.range![0] + 1, end: repeat.range![0] + 1, newText: source };
    const at = endOf(text, ((last.value as Node | null) ?? last.key) as Node);
    return { start: at, end: at, newText: `, ${source}` };
  }
  if (isSeq(value)) {
    const items = value.items as Node[];
    const lastItem = items[items.length - 1];
    const q = lastItem ? quoteOf(lastItem) : own;
    const source = `${q}${date}${q}`;
    if (value.flow) {
      if (!lastItem) return { start: value.range![0] + 1, end: value.range![0] + 1, newText: source };
      const at = endOf(text, lastItem);
      return { start: at, end: at, newText: `, ${source}` };
    }
    const indent = ' '.repeat(columnOf(text, value.range![0]));
    const at = lineEnd(text, endOf(text, lastItem) - 1);
    return { start: at, end: at, newText: `${eolOf(text)}${indent}- ${source}` };
  }
  if (value === null || value === undefined || (isScalar(value) && value.value === null)) {
    // `except:` with nothing (or `~`) after it.
    const source = `[${own}${date}${own}]`;
    if (isScalar(value) && value.range && value.range[1] > value.range[0])
      return { start: value.range[0], end: value.range[1], newText: source };
    const colon = text.indexOf(':', (pair.key as Node).range![1]);
    return text[colon + 1] === ' '
      ? { start: colon + 2, end: colon + 2, newText: source }
      : { start: colon + 1, end: colon + 1, newText: ` ${source}` };
  }
  if (isScalar(value) && value.range) {
    // One date written on its own: it becomes a list of two.
    const [start, end] = value.range;
    const q = quoteOf(value);
    return { start, end, newText: `[${text.slice(start, end)}, ${q}${date}${q}]` };
  }
  return err(msg('edit.series.exceptNotAList', { except: 'except', format: '[YYYY-MM-DD, ...]' }), ctx);
}

/**
 * The source of one field, `key: value` as written (a block value's lines keep their indentation),
 * with its scalar value replaced by `value` when given.
 */
function fieldSource(text: string, pair: Pair, flow: boolean, value?: string): string | undefined {
  const key = pair.key as Node | null;
  const node = pair.value as Node | null;
  if (!key?.range) return undefined;
  const start = key.range[0];
  const end = node?.range && node.range[1] > node.range[0] ? endOf(text, node) : endOf(text, key);
  const source = text.slice(start, end);
  if (value === undefined) return source;
  const edit = isScalar(node) ? replaceScalar(text, node, value, { flow }) : undefined;
  if (edit) return source.slice(0, edit.start - start) + edit.newText + source.slice(edit.end - start);
  // `time:` with no value yet: a time is quoted, as the calendar writes them.
  return `${text.slice(start, endOf(text, key))}: "${value}"`;
}

/**
 * The single post the occurrence becomes: the series' fields as written, `repeat` left out, its date
 * (and, when given, its time) replaced; inserted right after the series, in the series' style.
 */
function singlePostEdit(
  analysis: Analysis,
  series: Series,
  date: string,
  time: string | undefined,
  ctx: RenderContext,
): TextEdit | Err {
  const { text } = analysis;
  const { item } = series;
  const flow = !!item.flow;
  const fields: string[] = [];
  for (const pair of item.items) {
    const key = keyString(pair.key);
    if (key === 'repeat') continue;
    const replace = key === 'date' ? date : key === 'time' && time !== undefined ? time : undefined;
    const source = fieldSource(text, pair, flow, replace);
    if (source === undefined) return err(msg('edit.series.cannotCopy'), ctx);
    fields.push(source);
    if (key === 'date' && time !== undefined && !pairOf(item, 'time')) fields.push(`time: "${time}"`);
  }
  const start = item.range![0];
  const end = endOf(text, item);
  const seq = nodeAt(analysis, ['calendar']);
  if (isSeq(seq) && seq.flow) {
    return { start: end, end, newText: `, {${fields.join(', ')}}` };
  }
  let dashAt = start - 1;
  while (dashAt > 0 && (text[dashAt] === ' ' || text[dashAt] === '\t')) dashAt--;
  const eol = eolOf(text);
  const dash = text[dashAt] === '-' ? dashAt : undefined;
  const dashIndent = ' '.repeat(
    dash === undefined ? Math.max(0, columnOf(text, start) - 2) : columnOf(text, dash),
  );
  const lead = dash === undefined ? '- ' : text.slice(dash, start);
  const at = lineEnd(text, end - 1);
  if (flow) return { start: at, end: at, newText: `${eol}${dashIndent}${lead}{${fields.join(', ')}}` };
  const keyIndent = ' '.repeat(columnOf(text, start));
  const body = fields.map((f, i) => (i === 0 ? f : `${eol}${keyIndent}${f}`)).join('');
  return { start: at, end: at, newText: `${eol}${dashIndent}${lead}${body}` };
}

/**
 * Moves one later occurrence (`occurrence`, a date of the series at calendar[index] other than its
 * own) to `date` (and `time`) on its own: one edit set that adds the old date to `repeat.except` and
 * writes a single post (the series' fields without `repeat`, the new date and time) right after it.
 */
export function detachOccurrenceEdits(
  analysis: Analysis,
  index: number,
  occurrence: string,
  date: string,
  time?: string,
  ctx: RenderContext = ENGLISH,
): TextEdit[] | Err {
  const series = seriesAt(analysis, index, occurrence, date, time, ctx);
  if ('error' in series) return series;
  const except = exceptEdit(analysis, index, series, occurrence, ctx);
  if ('error' in except) return except;
  const single = singlePostEdit(analysis, series, date, time, ctx);
  if ('error' in single) return single;
  return merged([except, single]);
}

/**
 * Moves the whole series at calendar[index] as one of its later occurrences was moved, from
 * `occurrence` to `date`: the series' own date shifts by as many days, and so do the weekdays of a
 * weekly series' `on` (modulo a week); `until`, `count` and `except` stay. With `time`, the series'
 * time becomes it.
 */
export function shiftSeriesEdits(
  analysis: Analysis,
  index: number,
  occurrence: string,
  date: string,
  time?: string,
  ctx: RenderContext = ENGLISH,
): TextEdit[] | Err {
  const series = seriesAt(analysis, index, occurrence, date, time, ctx);
  if ('error' in series) return series;
  const delta = dayNumber(date)! - dayNumber(occurrence)!;
  const moved = rescheduleEdits(analysis, index, dayString(dayNumber(series.first)! + delta), time, ctx);
  if ('error' in moved) return moved;
  const edits = [...moved];
  const shift = ((delta % 7) + 7) % 7;
  const on = series.repeat.get('on', true);
  if (series.post.value.repeat?.every === 'week' && shift !== 0) {
    const days = isSeq(on) ? (on.items as Node[]) : isScalar(on) ? [on] : [];
    const flow = isSeq(on) ? !!on.flow : !!series.repeat.flow;
    for (const node of days) {
      if (!isScalar(node)) continue;
      const at = (WEEKDAYS as readonly unknown[]).indexOf(node.value);
      if (at < 0) continue;
      const edit = replaceScalar(analysis.text, node, WEEKDAYS[(at + shift) % 7], { flow });
      if (edit) edits.push(edit);
    }
  }
  return merged(edits);
}
