// Drafting a review (contract "Drafting a review: strategy-lint review"): an entry for the month,
// dated today, naming the goals at risk or off track, one sentence in figures per goal and per metric
// with a value that month, and one empty action per goal behind pace, for a person to write. It is
// written in the file's own style (indentation, flow or block like its existing reviews, quoting,
// line endings) and appended to `reviews` as one minimal edit; the editor gets the same text as a
// snippet whose actions are tab stops.
import type { Analysis, StrategyModel } from '../engine/model';
import type { GoalTrend, MetricTrend } from '../protocol';
import type { TextEdit } from '../types';
import { fileCalendarSystem, fileLanguage } from '../domain/locale';
import { behindPace } from '../domain/pace';
import { computeTrends } from '../domain/trends';
import { columnOf, eolOf, lineEnd } from '../text/lines';
import { keyNodeAt, nodeAt } from '../text/ranges';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from '../text/yaml';
import { scalarSource, snippetText } from '../text/yaml-scalar';
import type { Language } from '../text/words';
import { LocaleFormat } from '../text/i18n/locale-format';

/** The review entry, as plain data (what `--write` adds and the report shows as a draft). */
export interface ReviewDraft {
  /** Today, YYYY-MM-DD. */
  date: string;
  /** The month it looks back on, YYYY-MM. */
  month: string;
  /** Ids of the goals at risk or off track, in file order (empty: the key is left out). */
  goals: string[];
  /** One sentence per goal and per metric with a value in the month (empty: the key is left out). */
  findings: string;
  /** One empty item per goal at risk or off track (none: the key is left out). */
  actions: string[];
}

export interface DraftedReview {
  entry: ReviewDraft;
  /** The entry as one item of `reviews`, in the file's style and line endings, ending with a line break. */
  yaml: string;
  /** The same text in VS Code snippet syntax, the actions as tab stops `${1:''}`. */
  snippet: string;
  /**
   * One edit appending the entry to `reviews` (creating the section at the end of the file when there
   * is none); its `snippet` is the inserted text with the tab stops. Empty when the file has no place
   * for it: its top level is not a block mapping, or `reviews` holds something other than a list.
   */
  edits: TextEdit[];
}

export interface DraftOptions {
  /** YYYY-MM; default: the latest month with any metric value, else today's month. */
  month?: string;
  /** YYYY-MM-DD, the caller's clock: the review's date. */
  today: string;
  /**
   * The sentences' language; default the file's own (`language`, or Arabic script in `name`), else
   * English. Adapters pass resolveLanguage(model, choice, environment), as everywhere else.
   */
  language?: Language;
}

/** The latest month with any metric value (values are sorted by month), if any. */
export function latestMetricMonth(model: StrategyModel): string | undefined {
  let month: string | undefined;
  for (const metric of model.metrics) {
    const last = metric.value.values.at(-1)?.month;
    if (last !== undefined && (month === undefined || last > month)) month = last;
  }
  return month;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether text is a month, YYYY-MM. */
export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/**
 * The month a report or review looks back on: the one asked for, else the latest month with any
 * metric value, else today's. A month that is not YYYY-MM is a RangeError: adapters check the flag first.
 */
export function reviewMonth(model: StrategyModel, today: string, month?: string): string {
  if (month !== undefined) {
    if (!isMonth(month)) throw new RangeError(`'${month}' is not a month (YYYY-MM)`);
    return month;
  }
  return latestMetricMonth(model) ?? today.slice(0, 7);
}

/** The entry alone: what the report shows when the month has no review. */
export function reviewEntry(analysis: Analysis, options: DraftOptions): ReviewDraft {
  const { model } = analysis;
  const month = reviewMonth(model, options.today, options.month);
  const trends = computeTrends(model);
  const behind = trends.goals.filter((g) => behindPace(g.verdict));
  const goals = [...new Set(behind.map((g) => g.id))];
  const language = options.language ?? fileLanguage(model) ?? 'en';
  const fmt = new LocaleFormat(language, fileCalendarSystem(model));
  const sentences = [
    ...trends.goals.flatMap((g) => goalSentence(fmt, g, trends.metrics, month)),
    ...trends.metrics.flatMap((m) => metricSentence(fmt, m, month)),
  ];
  return { date: options.today, month, goals, findings: sentences.join(' '), actions: goals.map(() => '') };
}

/** One line of text from the file: its line breaks become spaces, so a sentence stays on its line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

function goalSentence(fmt: LocaleFormat, g: GoalTrend, metrics: MetricTrend[], month: string): string[] {
  const metric = metrics.find((m) => m.id === g.metric);
  const value = metric?.series.find((v) => v.month === month)?.value;
  if (value === undefined) return [];
  const w = fmt.w;
  const slots = {
    goal: oneLine(g.title ?? g.id),
    value: fmt.withUnit(value, g.unit),
    month: fmt.month(month),
    verdict: fmt.words.verdicts[g.verdict],
    target: g.target === null ? '' : fmt.withUnit(g.target, g.unit),
    deadline: g.deadline === null ? '' : fmt.dateShort(g.deadline),
    forecast: g.forecast === null ? '' : fmt.withUnit(g.forecast, g.unit),
  };
  const template =
    g.target === null || g.deadline === null
      ? w.goalNoTarget
      : g.forecast === null || g.verdict === 'achieved'
        ? w.goalNoForecast
        : w.goalForecast;
  return [fmt.fill(template, slots)];
}

function metricSentence(fmt: LocaleFormat, m: MetricTrend, month: string): string[] {
  const at = m.series.findIndex((v) => v.month === month);
  if (at < 0) return [];
  const value = m.series[at].value;
  const previous = at > 0 ? m.series[at - 1] : undefined;
  const slots: Record<string, string> = {
    metric: oneLine(m.name),
    value: fmt.withUnit(value, m.unit),
    month: fmt.month(month),
  };
  if (previous === undefined) return [fmt.fill(fmt.w.metricFirst, slots)];
  slots.previousMonth = fmt.month(previous.month);
  slots.change =
    previous.value !== 0
      ? fmt.change(((value - previous.value) / Math.abs(previous.value)) * 100)
      : fmt.changeBy(value - previous.value, m.unit);
  return [fmt.fill(fmt.w.metricChange, slots)];
}

/** The review for the month, as YAML in the file's style and as the edit appending it. */
export function draftReview(analysis: Analysis, options: DraftOptions): DraftedReview {
  const entry = reviewEntry(analysis, options);
  const style = styleOf(analysis);
  const place = placeOf(analysis);
  const flow = place.kind === 'flow' || style.flowItem;
  const item = (snippet: boolean, dash: boolean) => writeItem(entry, style, { flow, snippet, dash });
  const yaml = item(false, true) + style.eol;
  const snippet = item(true, true) + style.eol;
  return { entry, yaml, snippet, edits: editFor(analysis, style, place, item) };
}

/** How the file writes a review: taken from its last review with findings (else its last), or defaults. */
interface Style {
  eol: string;
  /** Columns before a review's `-`. */
  dash: number;
  /** Columns from the `-` to the item's keys. */
  keyOffset: number;
  /** Columns a nested block (a block scalar's text, a list's `-`) sits right of its key. */
  unit: number;
  /** Columns a list's `-` sits right of its key (0 when the file writes `key:` then `- item` below it). */
  seqIndent: number;
  flowItem: boolean;
  /** `{ date: ... }` rather than `{date: ...}`. */
  braceSpace: boolean;
  findings: { kind: 'folded' | 'literal' | 'line'; header: string };
  goalsFlow: boolean;
  actionsFlow: boolean;
}

function styleOf(analysis: Analysis): Style {
  const { text } = analysis;
  const root = analysis.doc.contents;
  const rootCol = isMap(root) && root.range ? columnOf(text, root.range[0]) : 0;
  const unit = indentUnit(analysis) ?? 2;
  const section = nodeAt(analysis, ['reviews']);
  const topSeq =
    isSeq(section) && !section.flow && section.items.length > 0 ? section : firstTopSeq(analysis);
  const dash = topSeq?.range ? columnOf(text, topSeq.range[0]) : rootCol + unit;
  const items = isSeq(section) ? section.items.filter((i): i is YAMLMap => isMap(i)) : [];
  const ref = [...items].reverse().find((i) => i.has('findings')) ?? items.at(-1);
  const style: Style = {
    eol: eolOf(text),
    dash,
    keyOffset: 2,
    unit,
    seqIndent: seqIndentOf(analysis, topSeq, rootCol) ?? unit,
    flowItem: !!ref?.flow,
    braceSpace: true,
    findings: { kind: 'folded', header: '>-' },
    goalsFlow: true,
    actionsFlow: false,
  };
  if (!ref?.range) return style;
  if (ref.flow) {
    style.braceSpace = text[ref.range[0] + 1] === ' ';
    style.findings = { kind: 'line', header: '' };
  } else if (isSeq(section) && !section.flow) {
    const keyCol = columnOf(text, ref.range[0]);
    const dashCol = columnOf(text, section.range![0]);
    if (keyCol > dashCol) style.keyOffset = keyCol - dashCol;
  }
  const findings = ref.get('findings', true);
  if (isScalar(findings) && findings.range && !ref.flow) {
    if (findings.type === 'BLOCK_FOLDED' || findings.type === 'BLOCK_LITERAL') {
      const header = /^[|>][-+0-9]*/.exec(text.slice(findings.range[0], findings.range[1]))?.[0] ?? '>-';
      // An explicit indentation indicator would not fit our text's indentation: drop it.
      style.findings = {
        kind: findings.type === 'BLOCK_FOLDED' ? 'folded' : 'literal',
        header: header.replace(/[0-9]/g, ''),
      };
    } else {
      style.findings = { kind: 'line', header: '' };
    }
  }
  const listStyle = (key: string): boolean | undefined => {
    const list = ref.get(key, true);
    if (!isSeq(list)) return undefined;
    if (!list.flow && list.range) {
      const keyNode = ref.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)?.key as
        Node | undefined;
      if (keyNode?.range) style.seqIndent = columnOf(text, list.range[0]) - columnOf(text, keyNode.range[0]);
    }
    return !!list.flow;
  };
  style.goalsFlow = listStyle('goals') ?? style.goalsFlow;
  style.actionsFlow = listStyle('actions') ?? style.actionsFlow;
  return style;
}

/** The file's indentation step: how far the first nested block mapping sits right of its key. */
function indentUnit(analysis: Analysis): number | undefined {
  const root = analysis.doc.contents;
  if (!isMap(root)) return undefined;
  for (const pair of root.items) {
    const key = pair.key as Node | undefined;
    const value = pair.value as Node | undefined;
    if (isMap(value) && !value.flow && value.range && key?.range) {
      const step = columnOf(analysis.text, value.range[0]) - columnOf(analysis.text, key.range[0]);
      if (step > 0) return step;
    }
  }
  return undefined;
}

/** The first top-level block list with items: where a new section's `-` goes. */
function firstTopSeq(analysis: Analysis) {
  const root = analysis.doc.contents;
  if (!isMap(root)) return undefined;
  for (const pair of root.items) {
    if (isSeq(pair.value) && !pair.value.flow && pair.value.items.length > 0) return pair.value;
  }
  return undefined;
}

function seqIndentOf(
  analysis: Analysis,
  seq: { range?: [number, number, number] | null } | undefined,
  rootCol: number,
): number | undefined {
  if (!seq?.range) return undefined;
  return columnOf(analysis.text, seq.range[0]) - rootCol;
}

/** Where the entry goes. */
type Place =
  | { kind: 'block'; at: number }
  | { kind: 'flow'; at: number; first: boolean }
  | { kind: 'empty'; at: number }
  | { kind: 'new' }
  | { kind: 'none' };

function placeOf(analysis: Analysis): Place {
  const { text } = analysis;
  const root = analysis.doc.contents;
  if (!isMap(root) || root.flow) return { kind: 'none' };
  const key = keyNodeAt(analysis, ['reviews']);
  const seq = nodeAt(analysis, ['reviews']);
  if (!key) return { kind: 'new' };
  if (isSeq(seq) && seq.range) {
    if (!seq.flow && seq.items.length > 0) return { kind: 'block', at: endOfLastLine(text, seq.range) };
    if (seq.flow) {
      let close = seq.range[1] - 1;
      while (close > seq.range[0] && text[close] !== ']') close--;
      let at = close;
      while (at > seq.range[0] + 1 && /\s/.test(text[at - 1])) at--;
      return { kind: 'flow', at, first: seq.items.length === 0 };
    }
  }
  // `reviews:` with nothing after it: the items go on the lines below the key.
  const empty = seq === undefined || (isScalar(seq) && seq.range && seq.range[1] <= seq.range[0]);
  if (empty && key.range) return { kind: 'empty', at: lineEnd(text, key.range[1]) };
  return { kind: 'none' };
}

/** The end of the last line of a node, past a comment on it (the new item goes on the next line). */
function endOfLastLine(text: string, range: [number, number, number]): number {
  let end = range[1];
  while (end > range[0] && /\s/.test(text[end - 1])) end--;
  return lineEnd(text, Math.max(end - 1, range[0]));
}

function editFor(
  analysis: Analysis,
  style: Style,
  place: Place,
  item: (snippet: boolean, dash: boolean) => string,
): TextEdit[] {
  const { text } = analysis;
  const { eol } = style;
  const edit = (at: number, make: (snippet: boolean) => string): TextEdit[] => [
    { start: at, end: at, newText: make(false), snippet: make(true) },
  ];
  switch (place.kind) {
    case 'block':
    case 'empty':
      return edit(place.at, (s) => (s ? snippetText(eol) : eol) + item(s, true));
    case 'flow':
      return edit(place.at, (s) => (place.first ? '' : ', ') + item(s, false));
    case 'new': {
      const root = analysis.doc.contents as YAMLMap;
      const keyIndent = ' '.repeat(root.range ? columnOf(text, root.range[0]) : 0);
      const sep = text.length === 0 || /[\r\n]$/.test(text) ? '' : eol;
      return edit(text.length, (s) => {
        const head = `${sep}${keyIndent}reviews:${eol}`;
        return (s ? snippetText(head) : head) + item(s, true) + eol;
      });
    }
    case 'none':
      return [];
  }
}

interface Write {
  /** Inside a flow collection (`[...]`, `{...}`): every scalar is quoted for it, the item is `{...}`. */
  flow: boolean;
  snippet: boolean;
  /** With the `- ` and the indentation of a block list item. */
  dash: boolean;
}

/** The entry as text; with snippet, literal text escaped and the actions as tab stops. */
function writeItem(entry: ReviewDraft, style: Style, how: Write): string {
  let kind: Style['findings']['kind'] = how.flow || style.flowItem ? 'line' : style.findings.kind;
  // Sentences that would fold or break into another text than the one meant go on one quoted line.
  if (kind !== 'line' && !readsBack(write(entry, style, { ...how, snippet: false }, kind), entry, how.dash))
    kind = 'line';
  return write(entry, style, how, kind);
}

function write(
  entry: ReviewDraft,
  style: Style,
  how: Write,
  findingsKind: Style['findings']['kind'],
): string {
  const lit = (s: string) => (how.snippet ? snippetText(s) : s);
  const scalar = (v: string, flow: boolean) => lit(scalarSource(v, { flow }));
  const action = (i: number, flow: boolean) => (how.snippet ? `\${${i + 1}:''}` : scalarSource('', { flow }));
  const flowList = (values: string[], each: (v: string, i: number) => string) =>
    `${lit('[')}${values.map(each).join(lit(', '))}${lit(']')}`;

  if (how.flow || style.flowItem) {
    const fields: string[] = [`date: ${scalar(entry.date, true)}`, `month: ${scalar(entry.month, true)}`];
    if (entry.goals.length) fields.push(`goals: ${flowList(entry.goals, (g) => scalar(g, true))}`);
    if (entry.findings) fields.push(`findings: ${scalar(entry.findings, true)}`);
    if (entry.actions.length) fields.push(`actions: ${flowList(entry.actions, (_, i) => action(i, true))}`);
    const space = style.braceSpace ? ' ' : '';
    const body = lit(`{${space}`) + fields.join(lit(', ')) + lit(`${space}}`);
    return how.dash ? lit(`${' '.repeat(style.dash)}-${' '.repeat(style.keyOffset - 1)}`) + body : body;
  }

  const { eol } = style;
  const keyCol = style.dash + style.keyOffset;
  const key = ' '.repeat(keyCol);
  const nested = ' '.repeat(keyCol + style.unit);
  const seqDash = ' '.repeat(keyCol + style.seqIndent);
  const lines: string[] = [
    lit(`${' '.repeat(style.dash)}-${' '.repeat(style.keyOffset - 1)}date: `) + scalar(entry.date, false),
    lit(`${key}month: `) + scalar(entry.month, false),
  ];
  if (entry.goals.length) {
    if (style.goalsFlow) lines.push(lit(`${key}goals: `) + flowList(entry.goals, (g) => scalar(g, true)));
    else lines.push(lit(`${key}goals:`), ...entry.goals.map((g) => lit(`${seqDash}- `) + scalar(g, false)));
  }
  if (entry.findings) {
    if (findingsKind === 'line') {
      lines.push(lit(`${key}findings: `) + scalar(entry.findings, false));
    } else {
      // One sentence a line: folded, they read back as the sentences joined by spaces.
      const header = style.findings.kind === findingsKind ? style.findings.header : '>-';
      const sentences = findingsKind === 'folded' ? splitSentences(entry.findings) : [entry.findings];
      lines.push(lit(`${key}findings: ${header}`), ...sentences.map((s) => lit(nested + s)));
    }
  }
  if (entry.actions.length) {
    if (style.actionsFlow)
      lines.push(lit(`${key}actions: `) + flowList(entry.actions, (_, i) => action(i, true)));
    else
      lines.push(
        lit(`${key}actions:`),
        ...entry.actions.map((_, i) => lit(`${seqDash}- `) + action(i, false)),
      );
  }
  return lines.join(lit(eol));
}

/** The findings' sentences: split after a sentence's end and a space (they are joined so). */
function splitSentences(findings: string): string[] {
  return findings.split(/(?<=[.!?؟])\s+/);
}

/** Whether the written item, in a list of its own, reads back with the entry's findings. */
function readsBack(text: string, entry: ReviewDraft, dash: boolean): boolean {
  const doc = parseDocument(dash ? text : `- ${text}`);
  if (doc.errors.length > 0) return false;
  const value = doc.toJS() as unknown;
  const read = Array.isArray(value) ? (value[0] as Record<string, unknown> | undefined) : undefined;
  // A block scalar that keeps its final line break (`>`, `|`) says the same.
  return typeof read?.findings === 'string' && read.findings.replace(/\n$/, '') === entry.findings;
}
