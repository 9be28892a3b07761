// Re-linting after an edit without re-parsing the whole file. When one edit falls inside one item of
// a top-level list (a post, a goal...), only that item's text is parsed; its node is spliced into the
// cached document, everything after it is shifted, the item alone is re-validated against its
// schema definition, and the cross-item rules re-run on the updated model. Anything unusual (YAML
// errors, anchors, an edit that crosses items, a flow-style list) falls back to a full lint, so the
// result always equals what a full lint would give. Both paths end in the same stage as lint():
// `conclude` (engine/lint.ts).
import { isMap, isNode, isPair, isSeq, parseDocument, type Node, type YAMLSeq } from '../text/yaml';
import { compareFindings, conclude, structure, type LintResult } from './lint';
import { patchModel, type Section } from './model-build';
import { DataWalk, type Parsed } from './parse';
import type { RuleFinding } from '../types';
import { validateItem } from './schema';
import { listSection } from '../domain/sections';
import { lineStart } from '../text/lines';
import type { LintOptions, TextEdit } from '../types';

interface State {
  parsed: Parsed;
  /** Findings of the YAML layer and the schema, kept so unchanged items need no re-validation. */
  structural: RuleFinding[];
  /** Whether the last lint could only do the YAML layer; then the next one is full. */
  incrementable: boolean;
}

export class IncrementalLinter {
  private state: State | undefined;
  /** How the last lint was done, for tests and the benchmark. */
  lastMode: 'full' | 'incremental' = 'full';

  constructor(private readonly options: LintOptions = {}) {}

  /**
   * Lints text. With edits (offsets in the previously linted text, as VS Code's contentChanges), tries
   * the incremental path first. The previous result's analysis must not be used after this call.
   */
  lint(text: string, edits?: readonly TextEdit[]): LintResult {
    if (this.state && edits && edits.length === 1) {
      const result = this.tryIncremental(this.state, text, edits[0]);
      if (result) {
        this.lastMode = 'incremental';
        return result;
      }
    }
    this.lastMode = 'full';
    return this.full(text);
  }

  private full(text: string): LintResult {
    const { parsed, structural, semantic } = structure(text);
    this.state = {
      parsed,
      structural,
      incrementable:
        !parsed.usesAliases && parsed.analysis.doc.errors.length === 0 && parsed.findings.length === 0,
    };
    return conclude(text, parsed.analysis, structural, semantic, this.options);
  }

  private tryIncremental(state: State, text: string, edit: TextEdit): LintResult | undefined {
    if (!state.incrementable) return undefined;
    const { analysis } = state.parsed;
    const old = analysis.text;
    const delta = edit.newText.length - (edit.end - edit.start);
    if (edit.start < 0 || edit.end > old.length || old.length + delta !== text.length) return undefined;
    const root = analysis.doc.contents;
    if (!isMap(root) || root.flow) return undefined;

    // Which item of which top-level list holds the edit.
    let found: { section: string; seq: YAMLSeq; index: number; start: number; end: number } | undefined;
    for (let p = 0; p < root.items.length && !found; p++) {
      const pair = root.items[p];
      const section = String((pair.key as { value?: unknown }).value);
      const seq = pair.value;
      if (!listSection(section) || !isSeq(seq) || seq.flow || !seq.range) continue;
      if (edit.start < seq.range[0] || edit.start > seq.range[2]) continue;
      const next = root.items[p + 1];
      if (next && !isNode(next.key)) return undefined;
      const sectionEnd = next ? lineStart(old, (next.key as Node).range![0]) : old.length;
      const i = itemAt(old, seq.items, edit.start);
      if (i < 0) return undefined;
      const item = seq.items[i] as Node;
      const nextItem = seq.items[i + 1] as Node | undefined;
      if (!item.range || (nextItem && !nextItem.range)) return undefined;
      const start = lineStart(old, item.range[0]);
      const end = nextItem ? lineStart(old, nextItem.range![0]) : sectionEnd;
      // An edit at the very start of the next item's line belongs to that item (and falls back below).
      if (edit.start >= start && edit.end <= end && !(edit.start === end && edit.end === end))
        found = { section, seq, index: i, start, end };
      break;
    }
    if (!found) return undefined;
    const { section, seq, index, start } = found;
    const dashColumn = seq.range![0] - lineStart(old, seq.range![0]);
    // The item's region must begin with its dash ("  - date: ...") for its text to stand alone.
    const dashLine = old.slice(start, (seq.items[index] as Node).range![0]);
    if (!/^ *- +$/.test(dashLine) || dashLine.indexOf('-') !== dashColumn) return undefined;

    const newEnd = found.end + delta;
    if (newEnd <= start || (newEnd < text.length && text[newEnd - 1] !== '\n')) return undefined;
    if (edit.start === start && edit.newText.length > 0) return undefined;
    const snippet = text.slice(start, newEnd);
    const part = parseDocument(snippet, { prettyErrors: false, keepSourceTokens: false });
    const seqPart = part.contents;
    if (
      part.errors.length ||
      part.warnings.length ||
      !isSeq(seqPart) ||
      seqPart.flow ||
      seqPart.items.length !== 1
    )
      return undefined;
    if (seqPart.range[0] !== dashColumn) return undefined;
    const item = seqPart.items[0];
    if (!isNode(item)) return undefined;
    // The item sits in the root mapping and its list: it is as deep as a full parse would see it.
    const walk = new DataWalk(part, 2);
    const value = walk.value(item);
    if (walk.aliases.length || walk.tooDeep || hasAnchor(item)) return undefined;

    // Commit: shift what follows the old region, splice the new item in, update data and model.
    const oldEnd = found.end;
    shiftAfter(root, oldEnd, delta, seq.items[index] as Node);
    const docRange = analysis.doc.range;
    if (docRange) for (let k = 0; k < 3; k++) if (docRange[k] >= oldEnd) docRange[k] += delta;
    shiftAll(item, start);
    seq.items[index] = item;
    (analysis.data as Record<string, unknown[]>)[section][index] = value;
    patchModel(analysis.model, analysis.data, section as Section, index);
    analysis.text = text;

    const kept: RuleFinding[] = [];
    for (const f of state.structural) {
      if (f.end <= start && f.start < start) kept.push(f);
      else if (f.start >= oldEnd) kept.push(shiftFinding(f, delta));
    }
    const structural = [...kept, ...validateItem(analysis, section, index)].sort(compareFindings);
    state.structural = structural;
    return conclude(text, { ...analysis }, structural, true, this.options);
  }
}

function hasAnchor(node: unknown): boolean {
  if (isPair(node)) return hasAnchor(node.key) || hasAnchor(node.value);
  if (!isNode(node)) return false;
  if ((node as { anchor?: string }).anchor) return true;
  if (isMap(node) || isSeq(node)) return node.items.some(hasAnchor);
  return false;
}

/** The index of the last item whose line starts at or before offset (items are in text order), or -1. */
function itemAt(text: string, items: readonly Node[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = items[mid].range;
    if (!r) return -1;
    if (lineStart(text, r[0]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The shape of yaml's nodes as the shifting below reads them: nodes have a range, collections items,
 * pairs a key and a value (and no range). Plain property reads: yaml's isPair/isNode look up a symbol
 * per call, and this loop visits every node after the edit on each keystroke.
 */
interface Shiftable {
  range?: [number, number, number] | null;
  items?: unknown[];
  key?: unknown;
  value?: unknown;
}

/** Moves every range of node and its children by offset. */
function shiftAll(node: unknown, offset: number): void {
  if (node === null || typeof node !== 'object') return;
  const n = node as Shiftable;
  const r = n.range;
  if (r) {
    r[0] += offset;
    r[1] += offset;
    r[2] += offset;
  } else if ('key' in n) {
    shiftAll(n.key, offset);
    shiftAll(n.value, offset);
    return;
  }
  const items = n.items;
  if (items) for (let i = 0; i < items.length; i++) shiftAll(items[i], offset);
}

/**
 * Moves the range bounds at or after `from` by delta, skipping the subtree being replaced and any
 * subtree that ends before `from` (it has nothing to move).
 */
function shiftAfter(node: unknown, from: number, delta: number, replaced: Node): void {
  if (node === replaced || node === null || typeof node !== 'object') return;
  const n = node as Shiftable;
  const r = n.range;
  if (r) {
    if (r[2] < from) return;
    if (r[0] >= from) {
      shiftAll(node, delta);
      return;
    }
    if (r[1] >= from) r[1] += delta;
    if (r[2] >= from) r[2] += delta;
  } else if ('key' in n) {
    shiftAfter(n.key, from, delta, replaced);
    shiftAfter(n.value, from, delta, replaced);
    return;
  }
  const items = n.items;
  if (items) for (let i = 0; i < items.length; i++) shiftAfter(items[i], from, delta, replaced);
}

function shiftFinding(f: RuleFinding, delta: number): RuleFinding {
  const out: RuleFinding = { ...f, start: f.start + delta, end: f.end + delta };
  if (f.fixes)
    out.fixes = f.fixes.map((x) => ({
      ...x,
      edits: x.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })),
    }));
  if (f.related) out.related = f.related.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta }));
  return out;
}
