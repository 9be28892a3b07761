// `strategy-lint import` in the core: analytics exports in, month values and the minimal edits that
// write them out. Nothing here reads files: the caller passes each CSV's text and its path relative to
// the strategy file's folder.
import type { Analysis, Metric } from '../engine/model';
import { globMatcher, isGlob } from '../engine/glob';
import { columnOf, eolOf, lineEnd, lineStart } from '../text/lines';
import { keyNodeAt, nodeAt } from '../text/ranges';
import { isMap, isScalar, type Node, type Pair, type Scalar } from '../text/yaml';
import type { Path, TextEdit } from '../types';
import { isoDay } from './dates';
import { cellNumber } from './numbers';
import { readTable } from './table';
import { ENGLISH, renderLine, type Message, type RenderContext } from '../text/i18n/message';

export interface CsvInput {
  /** Path relative to the strategy file's folder, with `/` separators (for `source.file`). */
  path: string;
  text: string;
}

export interface ImportOptions {
  /** Replace values that differ from the export's (else they are conflicts, kept). */
  overwrite?: boolean;
  /** Import months whose rows do not reach the month's last day (else skipped and reported). */
  partial?: boolean;
  /** The language of the problems' `message` (English when not given). */
  render?: RenderContext;
}

export interface ImportChange {
  metric: string;
  month: string;
  old: number | null;
  new: number;
}

export interface ImportResult {
  changes: ImportChange[];
  conflicts: { metric: string; month: string; file: number; csv: number }[];
  partial: { metric: string; month: string }[];
  /** Columns of the CSVs no metric claims (the date columns excluded), in order, once each. */
  unmatched: string[];
  /** The edits that write `changes` into the strategy (none with `problems`). */
  edits: TextEdit[];
  /** A CSV that cannot be read (no date column...): nothing is written. */
  problems: ImportProblem[];
}

/** A CSV that cannot be read: `message` is `problem` rendered in the options' language. */
export interface ImportProblem {
  path: string;
  message: string;
  problem: Message;
}

const EPSILON = 1e-9;

type Aggregation = 'last' | 'sum' | 'mean' | 'max' | 'min';

function aggregationOf(metric: Metric): Aggregation {
  const a = metric.aggregation;
  return a === 'sum' || a === 'mean' || a === 'max' || a === 'min' ? a : 'last';
}

function fileMatches(pattern: string | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  const clean = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '');
  const want = clean(pattern);
  const have = clean(path);
  return isGlob(want) ? globMatcher(want).test(have) : want === have;
}

interface Point {
  day: string;
  value: number;
  /** Row order, for `last` when one day has several rows. */
  order: number;
}

export function importMetrics(
  analysis: Analysis,
  csvs: readonly CsvInput[],
  options: ImportOptions = {},
): ImportResult {
  const result: ImportResult = {
    changes: [],
    conflicts: [],
    partial: [],
    unmatched: [],
    edits: [],
    problems: [],
  };
  const metrics = analysis.model.metrics.filter((m) => m.value.id !== undefined && m.value.source?.column);
  const points = new Map<number, Point[]>(); // metric entity index -> points
  let order = 0;
  for (const csv of csvs) {
    const read = readTable(csv.text);
    if (!read.ok) {
      result.problems.push({
        path: csv.path,
        message: renderLine(read.problem, options.render ?? ENGLISH),
        problem: read.problem,
      });
      continue;
    }
    const { header, rows, date } = read.table;
    const claimed = new Set<number>([date.index]);
    // Each row's day, read once for all the metrics that take a column of this file.
    const days = rows.map((row) => isoDay(row[date.index], date));
    for (const metric of metrics) {
      const { column, file } = metric.value.source!;
      if (!fileMatches(file, csv.path)) continue;
      const c = header.findIndex((h) => h.trim().toLowerCase() === column!.trim().toLowerCase());
      if (c < 0) continue;
      claimed.add(c);
      let list = points.get(metric.index);
      if (!list) points.set(metric.index, (list = []));
      for (let r = 0; r < rows.length; r++) {
        const day = days[r];
        const value = cellNumber(rows[r][c] ?? '');
        if (day === undefined || value === undefined) continue;
        list.push({ day, value, order: order++ });
      }
    }
    header.forEach((h, i) => {
      if (!claimed.has(i) && h !== '' && !result.unmatched.includes(h)) result.unmatched.push(h);
    });
  }
  if (result.problems.length) return result;

  const additions = new Map<number, { month: string; value: number; replace: boolean }[]>();
  for (const metric of metrics) {
    const list = points.get(metric.index);
    if (!list?.length) continue;
    const id = metric.value.id!;
    const byMonth = new Map<string, Point[]>();
    for (const p of list) {
      const month = p.day.slice(0, 7);
      let m = byMonth.get(month);
      if (!m) byMonth.set(month, (m = []));
      m.push(p);
    }
    const existing = new Map(metric.value.values.map((v) => [v.month, v.value]));
    const writes: { month: string; value: number; replace: boolean }[] = [];
    for (const month of [...byMonth.keys()].sort()) {
      const monthPoints = byMonth.get(month)!;
      const lastDay = monthPoints.reduce((a, p) => (p.day > a ? p.day : a), '');
      if (!options.partial && lastDay !== lastDayOf(month)) {
        result.partial.push({ metric: id, month });
        continue;
      }
      const value = tidy(aggregate(aggregationOf(metric.value), monthPoints));
      const old = existing.get(month);
      if (old !== undefined && Math.abs(old - value) <= EPSILON) continue;
      if (old !== undefined && !options.overwrite) {
        result.conflicts.push({ metric: id, month, file: old, csv: value });
        continue;
      }
      result.changes.push({ metric: id, month, old: old ?? null, new: value });
      writes.push({ month, value, replace: old !== undefined });
    }
    if (writes.length) additions.set(metric.index, writes);
  }
  for (const [index, writes] of additions)
    result.edits.push(...valueEdits(analysis, ['metrics', index], writes));
  return result;
}

function aggregate(kind: Aggregation, points: Point[]): number {
  switch (kind) {
    case 'sum':
      return points.reduce((a, p) => a + p.value, 0);
    case 'mean':
      return points.reduce((a, p) => a + p.value, 0) / points.length;
    case 'max':
      return Math.max(...points.map((p) => p.value));
    case 'min':
      return Math.min(...points.map((p) => p.value));
    case 'last': {
      let best = points[0];
      for (const p of points) if (p.day > best.day || (p.day === best.day && p.order > best.order)) best = p;
      return best.value;
    }
  }
}

/** Floating-point noise from sums and means dropped (0.1 + 0.2 -> 0.3). */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The edits writing `writes` (ascending months) into the metric at path: a changed value replaces
 * only its number; a new month is a new entry in month order, in the mapping's own style (block or
 * flow, its keys' quoting, the file's line endings); a metric without `values` gets one.
 */
function valueEdits(
  analysis: Analysis,
  metricPath: Path,
  writes: { month: string; value: number; replace: boolean }[],
): TextEdit[] {
  const { text } = analysis;
  const eol = eolOf(text);
  const valuesPath = [...metricPath, 'values'];
  const values = nodeAt(analysis, valuesPath);
  const edits: TextEdit[] = [];
  if (isMap(values) && values.items.length > 0) {
    const map = values;
    const pairs = map.items as Pair<Node, Node>[];
    const quote = keyQuote(pairs[0].key as Scalar);
    const monthOf = (p: Pair<Node, Node>) => {
      const v = (p.key as Scalar | null)?.value;
      return typeof v === 'string' ? v : JSON.stringify(v);
    };
    for (const w of writes) {
      const same = pairs.find((p) => monthOf(p) === w.month);
      if (w.replace && same && isScalar(same.value) && same.value.range) {
        const [start, end] = same.value.range;
        edits.push({ start, end, newText: String(w.value) });
        continue;
      }
      const entry = `${quote}${w.month}${quote}: ${w.value}`;
      // Before the first later month, else after the last entry.
      const later = pairs.find((p) => monthOf(p) > w.month);
      if (map.flow) {
        if (later?.key && later.key.range) {
          const at = later.key.range[0];
          edits.push({ start: at, end: at, newText: `${entry}, ` });
        } else {
          const last = pairs[pairs.length - 1];
          const at = last.value?.range?.[1] ?? last.key.range![1];
          edits.push({ start: at, end: at, newText: `, ${entry}` });
        }
        continue;
      }
      const indent = ' '.repeat(columnOf(text, pairs[0].key.range![0]));
      if (later?.key && later.key.range) {
        const at = lineStart(text, later.key.range[0]);
        edits.push({ start: at, end: at, newText: `${indent}${entry}${eol}` });
      } else {
        const last = pairs[pairs.length - 1];
        const node = last.value ?? last.key;
        const at = endOfLine(text, node);
        edits.push({ start: at, end: at, newText: `${eol}${indent}${entry}` });
      }
    }
    return merge(edits);
  }
  const entries = writes.map((w) => `${w.month}: ${w.value}`);
  const metric = nodeAt(analysis, metricPath);
  if (!isMap(metric)) return [];
  if (isMap(values) && values.flow) {
    // `values: {}`
    const [start, end] = values.range!;
    return [{ start, end, newText: `{${entries.join(', ')}}` }];
  }
  const key = keyNodeAt(analysis, valuesPath);
  if (metric.flow) {
    if (key) return []; // `{..., values: }` with nothing: left to the user (rare)
    const lastPair = metric.items[metric.items.length - 1] as Pair<Node, Node>;
    const at = lastPair.value?.range?.[1] ?? lastPair.key.range![1];
    return [{ start: at, end: at, newText: `, values: {${entries.join(', ')}}` }];
  }
  const keyIndent = ' '.repeat(columnOf(text, (metric.items[0].key as Node).range![0]));
  const lines = entries.map((e) => `${eol}${keyIndent}  ${e}`).join('');
  if (key?.range) {
    // `values:` with an empty value: the entries go below it.
    const at = lineEnd(text, key.range[0]);
    return [{ start: at, end: at, newText: lines }];
  }
  const last = metric.items[metric.items.length - 1] as Pair<Node, Node>;
  const at = endOfLine(text, last.value ?? last.key);
  return [{ start: at, end: at, newText: `${eol}${keyIndent}values:${lines}` }];
}

function keyQuote(key: Scalar | null): string {
  if (key?.type === 'QUOTE_SINGLE') return "'";
  if (key?.type === 'QUOTE_DOUBLE') return '"';
  return '';
}

/** The end of the last line of a node (past a trailing comment on it). */
function endOfLine(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1])) end--;
  return lineEnd(text, Math.max(end - 1, node.range![0]));
}

/** Insertions at one offset joined in order, so applyEdits never sees two edits at one place. */
function merge(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const prev = out.find(
      (o) => o.start === e.start && o.end === e.end && o.start === o.end && e.start === e.end,
    );
    if (prev) prev.newText += e.newText;
    else out.push({ ...e });
  }
  return out.sort((a, b) => a.start - b.start);
}
