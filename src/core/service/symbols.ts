// The outline: one symbol per top-level section, one child per item of the list sections.
import { isMap, isPair, isSeq, type Node, type Pair } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { keyString, rangeOfNode } from '../text/ranges';
import { listSection, type ListSection } from '../domain/sections';
import { ENGLISH, msg, render, type RenderContext } from '../text/i18n/message';
import type { Range } from '../types';
import { scalarRange, scalarText } from './nodes';

export interface SymbolItem {
  name: string;
  detail?: string;
  kind: 'section' | ListSection['kind'] | 'field';
  range: Range;
  selectionRange: Range;
  children: SymbolItem[];
}

/** A range without the trailing blank lines and spaces a block node's range includes. */
function trimmed(text: string, range: Range): Range {
  let end = range.end;
  while (end > range.start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start: range.start, end };
}

function pairRange(text: string, pair: Pair): Range | undefined {
  const key = rangeOfNode(pair.key as Node);
  if (!key) return undefined;
  const value = rangeOfNode(pair.value as Node | null);
  return trimmed(text, { start: key.start, end: Math.max(key.end, value?.end ?? key.end) });
}

function field(map: unknown, key: string): string | undefined {
  if (!isMap(map)) return undefined;
  const s = scalarText(map.get(key, true));
  return s === undefined || s.trim() === '' ? undefined : s;
}

/** An item's name: its title, id or date as written, else its place in the list in the file's language. */
function itemName(
  section: string,
  item: Node,
  index: number,
  ctx: RenderContext,
): { name: string; detail?: string } {
  const id = field(item, 'id');
  const title = field(item, 'title') ?? field(item, 'name');
  const number = index + 1;
  switch (section) {
    case 'calendar': {
      const parts = [field(item, 'date'), field(item, 'platform'), field(item, 'title')].filter(
        (p) => p !== undefined,
      );
      return {
        name: parts.length ? parts.join(' · ') : render(msg('symbol.post', { number }), ctx),
        detail: field(item, 'status'),
      };
    }
    case 'platforms':
      return { name: id ?? render(msg('symbol.platform', { number }), ctx), detail: field(item, 'network') };
    case 'engagement':
      return {
        name: field(item, 'topic') ?? render(msg('symbol.engagement', { number }), ctx),
        detail: field(item, 'team'),
      };
    case 'reviews':
      return {
        name: field(item, 'date') ?? render(msg('symbol.review', { number }), ctx),
        detail: field(item, 'findings'),
      };
    default:
      return {
        name: title ?? id ?? render(msg('symbol.item', { number }), ctx),
        detail: title !== undefined ? id : undefined,
      };
  }
}

function itemSymbol(
  text: string,
  section: string,
  item: Node,
  index: number,
  ctx: RenderContext,
): SymbolItem | undefined {
  const full = rangeOfNode(item);
  if (!full) return undefined;
  const range = trimmed(text, full);
  let selectionRange = range;
  if (isMap(item)) {
    const first = item.items[0];
    selectionRange =
      scalarRange(item.get('id', true)) ??
      rangeOfNode(isPair(first) ? (first.key as Node) : undefined) ??
      range;
  }
  const { name, detail } = itemName(section, item, index, ctx);
  const kind = listSection(section)?.kind ?? 'field';
  return { name, ...(detail !== undefined ? { detail } : {}), kind, range, selectionRange, children: [] };
}

function fieldSymbols(text: string, map: unknown): SymbolItem[] {
  if (!isMap(map)) return [];
  const out: SymbolItem[] = [];
  for (const pair of map.items) {
    const name = keyString(pair.key);
    const range = pairRange(text, pair);
    const selectionRange = rangeOfNode(pair.key as Node);
    if (name === undefined || !range || !selectionRange) continue;
    const detail = scalarText(pair.value);
    out.push({
      name,
      ...(detail !== undefined ? { detail } : {}),
      kind: 'field',
      range,
      selectionRange,
      children: [],
    });
  }
  return out;
}

/** The outline; an item without a name is named by its place, in `ctx`'s language. */
export function documentSymbols(analysis: Analysis, ctx: RenderContext = ENGLISH): SymbolItem[] {
  const root = analysis.doc.contents;
  if (!isMap(root)) return [];
  const out: SymbolItem[] = [];
  for (const pair of root.items) {
    const name = keyString(pair.key);
    const range = pairRange(analysis.text, pair);
    const selectionRange = rangeOfNode(pair.key);
    if (name === undefined || !range || !selectionRange) continue;
    let children: SymbolItem[] = [];
    if (isSeq(pair.value) && listSection(name)) {
      children = pair.value.items.flatMap(
        (item, i) => itemSymbol(analysis.text, name, item as Node, i, ctx) ?? [],
      );
    } else if (isMap(pair.value)) {
      children = fieldSymbols(analysis.text, pair.value);
    }
    const detail = scalarText(pair.value);
    out.push({
      name,
      ...(detail !== undefined ? { detail } : {}),
      kind: 'section',
      range,
      selectionRange,
      children,
    });
  }
  return out;
}
