// Text edits the calendar asks for: moving a post, adding one, and changing its status (approval).
// Edits are minimal so that comments, quoting and formatting survive, and every other character stays
// as it was.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { keyString, nodeAt } from '../text/ranges';
import type { Path, TextEdit } from '../types';
import { appendMapFields, replaceScalar, replaceScalarAt } from '../text/edits';
import { scalarSource } from '../text/yaml-scalar';
import { ENGLISH, msg, render, type Message, type RenderContext } from '../text/i18n/message';
import { columnOf, eolOf, isValidDate, nextLineStart, TIME_RE } from './nodes';

/** Why an edit cannot be made, in the file's language. */
type Err = { error: string };

function err(message: Message, ctx: RenderContext): Err {
  return { error: render(message, ctx) };
}

function checkDateTime(date: string, time: string | undefined, ctx: RenderContext): Err | undefined {
  if (!isValidDate(date))
    return err(msg('edit.notADay', { value: date, format: 'YYYY-MM-DD', example: '2027-01-04' }), ctx);
  if (time !== undefined && !TIME_RE.test(time))
    return err(msg('edit.notATime', { value: time, format: 'HH:MM', example: '09:00' }), ctx);
  return undefined;
}

/** The calendar no longer has the post the editor asked about. */
export function noPostError(index: number, ctx: RenderContext): Err {
  return err(msg('edit.noPost', { number: index + 1 }), ctx);
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && keyString(p.key) === key);
}

/**
 * Replaces a scalar's characters (inside its quotes, if any; a block scalar becomes a one-line value);
 * fills an empty value.
 */
function replaceValue(
  text: string,
  pair: Pair,
  value: string,
  quoteIfNew: boolean,
  flow: boolean,
): TextEdit | undefined {
  const node = pair.value as Node | null;
  if (isScalar(node) && node.range && node.range[1] > node.range[0])
    return replaceScalar(text, node, value, { flow });
  if (node !== null && !isScalar(node)) return undefined;
  // `date:` with nothing after it: write the value after the colon.
  const keyEnd = (pair.key as Node).range![1];
  const colon = text.indexOf(':', keyEnd);
  const shown = quoteIfNew ? `"${value}"` : value;
  if (text[colon + 1] === ' ') return { start: colon + 2, end: colon + 2, newText: shown };
  return { start: colon + 1, end: colon + 1, newText: ` ${shown}` };
}

/** Adds `key: value` to an item after the pair `after` (or at its end): a new line in block style, `, key: value` in flow style. */
function insertPair(
  text: string,
  map: YAMLMap,
  after: Pair | undefined,
  key: string,
  value: string,
): TextEdit {
  const anchor = after ?? map.items[map.items.length - 1];
  let anchorEnd = anchor
    ? ((anchor.value as Node | null)?.range?.[1] ?? (anchor.key as Node).range![1])
    : undefined;
  // A block scalar's or block mapping's range runs past its last line break: back to its last character.
  while (anchorEnd !== undefined && anchorEnd > 0 && /\s/.test(text[anchorEnd - 1])) anchorEnd--;
  if (map.flow) {
    if (anchorEnd !== undefined) return { start: anchorEnd, end: anchorEnd, newText: `, ${key}: ${value}` };
    const open = map.range![0] + 1;
    return { start: open, end: open, newText: `${key}: ${value}` };
  }
  const first = map.items[0];
  const indent = ' '.repeat(columnOf(text, (first.key as Node).range![0]));
  const at = nextLineStart(text, anchorEnd ?? map.range![0]);
  const eol = eolOf(text);
  const line = `${indent}${key}: ${value}`;
  return at === text.length && !text.endsWith('\n')
    ? { start: at, end: at, newText: `${eol}${line}` }
    : { start: at, end: at, newText: `${line}${eol}` };
}

/**
 * Moves calendar[index] to date (and time): replaces only the characters of the date's value (and the
 * time's), keeping their quotes; adds `time: "HH:MM"` after the date when the post has no time. An
 * error says why not, in `ctx`'s language.
 */
export function rescheduleEdits(
  analysis: Analysis,
  index: number,
  date: string,
  time?: string,
  ctx: RenderContext = ENGLISH,
): TextEdit[] | Err {
  const problem = checkDateTime(date, time, ctx);
  if (problem) return problem;
  const seq = nodeAt(analysis, ['calendar']);
  const item = isSeq(seq) && Number.isInteger(index) && index >= 0 ? seq.items[index] : undefined;
  if (!isMap(item)) return noPostError(index, ctx);
  if (item.items.length === 0) return err(msg('edit.emptyPost'), ctx);
  const { text } = analysis;
  const edits: TextEdit[] = [];
  const datePair = pairOf(item, 'date');
  const dateEdit = datePair
    ? replaceValue(text, datePair, date, false, !!item.flow)
    : insertPair(text, item, undefined, 'date', date);
  if (!dateEdit) return err(msg('edit.dateNotADay', { format: 'YYYY-MM-DD' }), ctx);
  edits.push(dateEdit);
  if (time !== undefined) {
    const timePair = pairOf(item, 'time');
    const timeEdit = timePair
      ? replaceValue(text, timePair, time, true, !!item.flow)
      : insertPair(text, item, datePair, 'time', `"${time}"`);
    if (!timeEdit) return err(msg('edit.timeNotATime', { format: 'HH:MM' }), ctx);
    edits.push(timeEdit);
  }
  // Two insertions at the same offset (a missing date and a missing time) must keep date first.
  const merged = edits.sort((a, b) => a.start - b.start);
  if (merged.length === 2 && merged[0].start === merged[1].start && merged[0].end === merged[1].end) {
    return [{ ...merged[0], newText: merged[0].newText + merged[1].newText }];
  }
  return merged;
}

/** The platform a new post gets: the one the calendar uses most, else the first platform. */
function defaultPlatform(analysis: Analysis): string {
  const counts = new Map<string, number>();
  for (const p of analysis.model.calendar)
    if (p.value.platform) counts.set(p.value.platform, (counts.get(p.value.platform) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (best === undefined || n > counts.get(best)!) best = id;
  return best ?? analysis.model.platforms.find((p) => p.value.id)?.value.id ?? '';
}

interface Style {
  dash: string;
  key: string;
  flow: boolean;
  quote: '' | '"' | "'";
}

/** How an existing block list's items are written: the dash's column, the keys' column, flow items, date quotes. */
function styleOf(text: string, items: unknown[]): Style | undefined {
  const last = items[items.length - 1];
  if (!isMap(last) || !last.range) return undefined;
  const start = last.range[0];
  let dashAt = start - 1;
  while (dashAt > 0 && text[dashAt] === ' ') dashAt--;
  if (text[dashAt] !== '-') return undefined;
  const dashCol = columnOf(text, dashAt);
  const keyCol = last.flow ? dashCol + 2 : columnOf(text, start);
  const dateNode = last.get('date', true);
  const quote = isScalar(dateNode)
    ? dateNode.type === 'QUOTE_DOUBLE'
      ? '"'
      : dateNode.type === 'QUOTE_SINGLE'
        ? "'"
        : ''
    : '';
  return { dash: ' '.repeat(dashCol), key: ' '.repeat(keyCol), flow: !!last.flow, quote };
}

/** The indentation the other top-level lists use, for a new `calendar:` section. */
function documentStyle(analysis: Analysis): Style {
  const root = analysis.doc.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      if (isSeq(pair.value) && !pair.value.flow && pair.value.items.length) {
        const s = styleOf(analysis.text, pair.value.items);
        if (s) return { ...s, flow: false, quote: '' };
      }
    }
  }
  return { dash: '  ', key: '    ', flow: false, quote: '' };
}

function postFields(
  date: string,
  time: string | undefined,
  platform: string,
  quote: string,
  flow: boolean,
): [string, string][] {
  return [
    ['date', `${quote}${date}${quote}`],
    ...(time !== undefined ? [['time', `"${time}"`] as [string, string]] : []),
    // Written as its place needs: an id such as 'ig, main' is quoted, escaped if it holds quotes.
    ['platform', platform === '' ? '""' : scalarSource(platform, { flow })],
    ['title', '""'],
    ['status', 'idea'],
  ];
}

function blockItem(fields: [string, string][], style: Style, eol: string): string {
  return fields.map(([k, v], i) => `${i === 0 ? `${style.dash}- ` : style.key}${k}: ${v}${eol}`).join('');
}

function flowItem(fields: [string, string][]): string {
  return `{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}

/**
 * Appends a post to `calendar` (creating the section at the end when absent), written like the
 * existing items. `cursor` is the offset between the title's quotes in the text after the edit.
 */
export function newPostEdit(
  analysis: Analysis,
  date: string,
  time?: string,
  ctx: RenderContext = ENGLISH,
): { edits: TextEdit[]; cursor: number } | Err {
  const problem = checkDateTime(date, time, ctx);
  if (problem) return problem;
  const { text } = analysis;
  const eol = eolOf(text);
  const root = analysis.doc.contents;
  if (root !== null && !(isMap(root) && !root.flow) && !(isScalar(root) && root.value === null))
    return err(msg('edit.notSections', { example: 'key: value' }), ctx);
  const platform = defaultPlatform(analysis);
  const pair = isMap(root) ? root.items.find((p) => keyString(p.key) === 'calendar') : undefined;
  const done = (start: number, end: number, newText: string) => {
    const title = newText.indexOf('title: ""');
    return { edits: [{ start, end, newText }], cursor: start + title + 'title: "'.length };
  };

  if (!pair) {
    const style = documentStyle(analysis);
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    return done(
      text.length,
      text.length,
      `${lead}calendar:${eol}${blockItem(postFields(date, time, platform, '', false), style, eol)}`,
    );
  }
  const value = pair.value as Node | null;
  if (isSeq(value) && value.flow && value.items.length > 0) {
    const fields = postFields(date, time, platform, '', true);
    const close = value.range![1] - 1;
    const at = text.lastIndexOf(']', close);
    return done(at, at, `, ${flowItem(fields)}`);
  }
  if (isSeq(value) && value.items.length > 0) {
    const style = styleOf(text, value.items) ?? documentStyle(analysis);
    const fields = postFields(date, time, platform, style.quote, style.flow);
    const at = value.range![1];
    const lead = at > 0 && text[at - 1] !== '\n' ? eol : '';
    const body = style.flow ? `${style.dash}- ${flowItem(fields)}${eol}` : blockItem(fields, style, eol);
    return done(at, at, lead + body);
  }
  if (
    value === null ||
    (isScalar(value) && value.value === null) ||
    (isSeq(value) && value.items.length === 0)
  ) {
    const style = documentStyle(analysis);
    const keyEnd = (pair.key as Node).range![1];
    const lineEndAt = nextLineStart(text, keyEnd);
    const keyIndent = ' '.repeat(columnOf(text, (pair.key as Node).range![0]));
    const itemStyle = { ...style, dash: keyIndent + style.dash, key: keyIndent + style.key };
    const body = blockItem(postFields(date, time, platform, '', false), itemStyle, eol);
    const lead = lineEndAt === text.length && !text.endsWith('\n') ? eol : '';
    if (isSeq(value)) {
      // `calendar: []` becomes a block list.
      const [s, e] = value.range!;
      return done(s - (text[s - 1] === ' ' ? 1 : 0), e, `${eol}${body.slice(0, -eol.length)}`);
    }
    return done(lineEndAt, lineEndAt, lead + body);
  }
  return err(msg('edit.calendarNotAList', { key: 'calendar:' }), ctx);
}

/** A post's statuses, in workflow order (the schema's `postStatus`). */
export const POST_STATUSES = [
  'idea',
  'draft',
  'in-review',
  'approved',
  'rejected',
  'scheduled',
  'published',
] as const;

/**
 * Writes `source` into a pair whose value is empty (`status:`), after the colon and before any
 * comment. Undefined when the key has no colon of its own (`{status}`).
 */
function fillEmpty(text: string, pair: Pair, source: string): TextEdit | undefined {
  const keyEnd = (pair.key as Node).range![1];
  const colon = text.indexOf(':', keyEnd);
  if (colon < 0 || text.slice(keyEnd, colon).trim() !== '') return undefined;
  // `status: # later` keeps its comment apart from the value: a `#` right after a value is text.
  if (text[colon + 1] === ' ' && text[colon + 2] !== '#')
    return { start: colon + 2, end: colon + 2, newText: source };
  return { start: colon + 1, end: colon + 1, newText: ` ${source}` };
}

/**
 * Sets calendar[index]'s `status` (and, when given, `approvedBy`): replaces only a value's characters,
 * keeping its quotes and comment; fills an empty value; adds a missing field in the item's own style,
 * block or flow (`approvedBy` after `status`; both at the item's end when the post has no status).
 * Every other field, `approvedBy` included when not given, stays as it is.
 */
export function statusEdits(
  analysis: Analysis,
  index: number,
  status: string,
  approvedBy?: string,
  ctx: RenderContext = ENGLISH,
): TextEdit[] | Err {
  if (!(POST_STATUSES as readonly string[]).includes(status))
    return err(msg('edit.notAStatus', { status, statuses: { list: [...POST_STATUSES] } }), ctx);
  if (approvedBy !== undefined && approvedBy.trim() === '') return err(msg('edit.noApprover'), ctx);
  const seq = nodeAt(analysis, ['calendar']);
  const item = isSeq(seq) && Number.isInteger(index) && index >= 0 ? seq.items[index] : undefined;
  if (!isMap(item)) return noPostError(index, ctx);
  if (item.items.length === 0) return err(msg('edit.emptyPost'), ctx);
  const { text } = analysis;
  const flow = !!item.flow;
  const path: Path = ['calendar', index];
  const fields: [string, string][] = [['status', status]];
  if (approvedBy !== undefined) fields.push(['approvedBy', approvedBy]);
  const edits: TextEdit[] = [];
  const missing: [string, string][] = [];
  for (const [key, value] of fields) {
    const pair = pairOf(item, key);
    const node = pair?.value as Node | null | undefined;
    if (!pair) {
      missing.push([key, scalarSource(value, { flow })]);
      continue;
    }
    const edit =
      isScalar(node) && node.range && node.range[1] > node.range[0]
        ? replaceScalarAt(analysis, [...path, key], value)
        : node === null || isScalar(node)
          ? fillEmpty(text, pair, scalarSource(value, { flow }))
          : undefined;
    if (!edit) return err(msg('edit.notAValue', { field: key, example: `${key}: ${value}` }), ctx);
    edits.push(edit);
  }
  const statusPair = pairOf(item, 'status');
  if (missing.length === 0) {
    // Nothing to add.
  } else if (statusPair) {
    // Only `approvedBy` is new: on the line after the status (in `{...}`, right after it).
    const [[key, value]] = missing;
    edits.push(insertPair(text, item, statusPair, key, value));
  } else if (flow) {
    const [[key, value], ...rest] = missing;
    const edit = insertPair(text, item, undefined, key, value);
    edits.push({ ...edit, newText: edit.newText + rest.map(([k, v]) => `, ${k}: ${v}`).join('') });
  } else {
    const edit = appendMapFields(analysis, path, missing);
    if (!edit) return err(msg('edit.statusCannotBeAdded', { line: 'status:' }), ctx);
    edits.push(edit);
  }
  return edits.sort((a, b) => a.start - b.start);
}
