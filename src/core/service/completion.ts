// Completion: keys the schema allows and the mapping lacks, enum values, ids defined elsewhere in the
// file, dates and the next month of a metric. Works on half-typed, unparsable text (see cursor.ts).
import { isMap, isSeq } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { nodeAt } from '../text/ranges';
import { ENGLISH, msg, render, type RenderContext } from '../text/i18n/message';
import type { Path, Range } from '../types';
import { cursorContext, type CursorContext } from './cursor';
import { monthArg } from './locale-args';
import { declarations, refFieldAt, type RefKind } from './occurrences';
import {
  docOf,
  enumDoc,
  isArraySchema,
  isObjectSchema,
  resolve,
  schemaAt,
  snippetDoc,
  type SchemaNode,
} from './schema-nav';
import { indentOf, isValidDate, lineStart, scalarText } from './nodes';

export interface CompletionItem {
  label: string;
  kind: 'property' | 'value' | 'reference' | 'date' | 'month' | 'snippet';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /**
   * What replaces `range`. Lines after the first are indented relative to the cursor's line (VS Code's
   * default `adjustIndentation` adds that line's leading whitespace).
   */
  insertText: string;
  /** insertText uses snippet syntax ($1, ${2:placeholder}). */
  snippet?: boolean;
  /** The text the item replaces: the partial word typed (and the rest of that word after the cursor). */
  range: Range;
  sortText?: string;
  /** What typing is matched against, when more than the label (a reference's name as well as its id). */
  filterText?: string;
}

export interface CompletionOptions {
  /** Today as YYYY-MM-DD, offered first where a date goes. The core does not read the clock. */
  today?: string;
}

const INDENT = '  ';

/**
 * The completions at offset. `options.today` (YYYY-MM-DD) adds today's date to date completions and
 * seeds the month completion of a metric without values; without it, the strategy's period is used.
 * Details and documentation, the tool's own and the schema's, are in `language`'s words.
 */
export function completions(
  analysis: Analysis,
  offset: number,
  options: CompletionOptions = {},
  language: RenderContext = ENGLISH,
): CompletionItem[] {
  const ctx = cursorContext(analysis.text, offset);
  if (!ctx) return [];
  const schema = schemaAt(ctx.path);
  if (ctx.kind === 'value') return valueItems(analysis, ctx.path, ctx.range, ctx, options, language);
  if (isMonthMap(schema)) return monthItems(analysis, ctx, options, language);
  if (isObjectSchema(schema)) return keyItems(analysis, ctx, schema!, language);
  if (isArraySchema(schema) && ctx.style === 'block')
    return listItems(analysis, ctx, schema!, options, language);
  // A dash line in a list of scalars (`- ig|`): a value.
  if (schema) {
    const plain = { afterKey: false, quoted: false, listed: [] };
    return valueItems(analysis, ctx.path, ctx.range, plain, options, language);
  }
  return [];
}

function isMonthMap(s: SchemaNode | undefined): boolean {
  return !!s?.propertyNames;
}

// ---- keys -----------------------------------------------------------------------------------------

function keyItems(
  analysis: Analysis,
  ctx: Extract<CursorContext, { kind: 'key' }>,
  schema: SchemaNode,
  language: RenderContext,
): CompletionItem[] {
  const requiredWord = render(msg('completion.required'), language);
  const props = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const extra = extraIndent(analysis.text, ctx.range.start);
  const out: CompletionItem[] = props
    .filter(([key]) => !ctx.siblings.has(key))
    .map(([key, raw], i) => {
      const prop = resolve(raw)!;
      const { text, snippet } =
        ctx.style === 'flow' ? flowKeyText(key, prop) : blockKeyText(key, prop, extra);
      const doc = docOf(prop, language);
      return {
        label: key,
        kind: 'property' as const,
        ...(required.has(key) ? { detail: requiredWord } : {}),
        ...(doc !== undefined ? { documentation: doc } : {}),
        insertText: text,
        ...(snippet ? { snippet: true } : {}),
        range: ctx.range,
        sortText: `${required.has(key) ? 0 : 1}${String(i).padStart(3, '0')}`,
      };
    });
  // On a fresh list item (`- |`), the whole item as a snippet too; in an empty nested mapping (the
  // line under `repeat:`), the mapping's own snippets (a weekly series).
  const last = ctx.path[ctx.path.length - 1];
  if (last !== undefined && ctx.style === 'block' && ctx.siblings.size === 0) {
    for (const s of itemSnippets(schema, language, typeof last === 'number')) {
      out.push({
        label: s.label,
        kind: 'snippet',
        ...(s.detail !== undefined ? { detail: s.detail } : {}),
        ...(docOf(schema, language) !== undefined ? { documentation: docOf(schema, language)! } : {}),
        insertText: s.lines.map((l, i) => (i === 0 ? l : extra + l)).join('\n'),
        snippet: true,
        range: ctx.range,
        sortText: '2',
      });
    }
  }
  return out;
}

/** Spaces between the line's indentation and the key column (`- ` before a key): later lines need them too. */
function extraIndent(text: string, keyStart: number): string {
  const col = keyStart - lineStart(text, keyStart);
  return ' '.repeat(Math.max(0, col - indentOf(text, keyStart).length));
}

function blockKeyText(key: string, prop: SchemaNode, extra: string): { text: string; snippet: boolean } {
  const nl = `\n${extra}`;
  if (isObjectSchema(prop)) {
    const body = bodyOf(prop);
    return { text: `${key}:${nl}${INDENT}${body.join(nl + INDENT)}`, snippet: true };
  }
  if (isArraySchema(prop)) {
    const items = resolve(prop.items);
    if (isObjectSchema(items)) {
      const body = bodyOf(items!);
      return {
        text: `${key}:${nl}${INDENT}- ${body.map((l, i) => (i === 0 ? l : INDENT + INDENT + l)).join(nl)}`,
        snippet: true,
      };
    }
    return { text: `${key}: [$1]`, snippet: true };
  }
  return { text: `${key}: `, snippet: false };
}

function flowKeyText(key: string, prop: SchemaNode): { text: string; snippet: boolean } {
  if (isObjectSchema(prop)) return { text: `${key}: {$1}`, snippet: true };
  if (isArraySchema(prop)) return { text: `${key}: [$1]`, snippet: true };
  return { text: `${key}: `, snippet: false };
}

/** The lines of an object's snippet: its first defaultSnippet, else its required keys, else a tab stop. */
function bodyOf(schema: SchemaNode): string[] {
  const body = schema.defaultSnippets?.[0]?.body;
  if (body && typeof body === 'object' && !Array.isArray(body))
    return renderBody(body as Record<string, unknown>);
  const required = schema.required ?? [];
  if (required.length) return required.map((k, i) => `${k}: $${i + 1}`);
  return ['$1'];
}

function snippetValue(v: unknown): string {
  if (typeof v === 'string') return v.replace(/^\^/, '');
  if (Array.isArray(v)) return `[${v.map(snippetValue).join(', ')}]`;
  return String(v);
}

function renderBody(body: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(body)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      lines.push(`${k}:`);
      for (const l of renderBody(v as Record<string, unknown>)) lines.push(INDENT + l);
    } else lines.push(`${k}: ${snippetValue(v)}`);
  }
  return lines;
}

/** Whole-item snippets of an object schema: its defaultSnippets, else (with `required`) its required keys. */
function itemSnippets(
  schema: SchemaNode,
  language: RenderContext,
  required = true,
): { label: string; detail?: string; lines: string[] }[] {
  const snippets = (schema.defaultSnippets ?? []).filter((s) => s.body && typeof s.body === 'object');
  if (snippets.length) {
    return snippets.map((s) => {
      const { label, description } = snippetDoc(s, language);
      return {
        label: label ?? render(msg('completion.newItem'), language),
        ...(description !== undefined ? { detail: description } : {}),
        lines: renderBody(s.body as Record<string, unknown>),
      };
    });
  }
  const keys = required ? (schema.required ?? []) : [];
  return keys.length
    ? [{ label: render(msg('completion.newItem'), language), lines: keys.map((k, i) => `${k}: $${i + 1}`) }]
    : [];
}

/** On a line of a list with no dash yet: a new item, dash included. */
function listItems(
  analysis: Analysis,
  ctx: Extract<CursorContext, { kind: 'key' }>,
  schema: SchemaNode,
  options: CompletionOptions,
  language: RenderContext,
): CompletionItem[] {
  const items = resolve(schema.items);
  if (isObjectSchema(items)) {
    return itemSnippets(items!, language).map((s) => ({
      label: `- ${s.label}`,
      kind: 'snippet' as const,
      ...(s.detail !== undefined ? { detail: s.detail } : {}),
      ...(docOf(items, language) !== undefined ? { documentation: docOf(items, language)! } : {}),
      insertText: `- ${s.lines.map((l, i) => (i === 0 ? l : INDENT + l)).join('\n')}`,
      snippet: true,
      range: ctx.range,
    }));
  }
  const seq = nodeAt(analysis, ctx.path);
  const index = isSeq(seq) ? seq.items.length : 0;
  return valueItems(
    analysis,
    [...ctx.path, index],
    ctx.range,
    { afterKey: false, quoted: false, listed: [] },
    options,
    language,
  ).map((item) => ({ ...item, label: item.label, insertText: `- ${item.insertText}` }));
}

// ---- values ---------------------------------------------------------------------------------------

function valueItems(
  analysis: Analysis,
  path: Path,
  range: Range,
  ctx: { afterKey: boolean; quoted: boolean; listed: string[] },
  options: CompletionOptions,
  language: RenderContext,
): CompletionItem[] {
  let schema = schemaAt(path);
  let itemPath = path;
  let wrap = (s: string) => s;
  // `platforms: |` or `purposes: |`: a one-item flow list.
  if (isArraySchema(schema) && ctx.afterKey && !ctx.quoted) {
    schema = resolve(schema!.items);
    itemPath = [...path, 0];
    wrap = (s) => `[${s}]`;
  }
  if (!schema) return [];
  const out: CompletionItem[] = [];
  if (schema.enum) {
    schema.enum.forEach((v, i) => {
      const doc = enumDoc(schema, i, language);
      out.push({
        label: String(v),
        kind: 'value',
        ...(doc !== undefined ? { documentation: doc } : {}),
        ...(schema.default === v ? { detail: render(msg('completion.default'), language) } : {}),
        insertText: wrap(String(v)),
        range,
        sortText: String(i).padStart(3, '0'),
      });
    });
  }
  const ref = refFieldAt(itemPath);
  if (ref) {
    const taken = new Set([...ctx.listed, ...otherListValues(analysis, itemPath)]);
    const seen = new Set<string>();
    for (const d of declarations(analysis, ref.kind)) {
      if (seen.has(d.id) || taken.has(d.id)) continue;
      seen.add(d.id);
      const detail = describeRef(analysis, ref.kind, d.path);
      out.push({
        label: d.id,
        kind: 'reference',
        // "Instagram" finds the platform `ig`: the id alone rarely says what it names.
        ...(detail ? { detail, filterText: `${d.id} ${detail}` } : {}),
        insertText: wrap(d.id),
        range,
      });
    }
  }
  if (schema.format === 'date') out.push(...dateItems(analysis, path, range, options, wrap, language));
  return out;
}

/** The values a block or flow list already holds, except at the position being typed. */
function otherListValues(analysis: Analysis, itemPath: Path): string[] {
  const last = itemPath[itemPath.length - 1];
  if (typeof last !== 'number') return [];
  const seq = nodeAt(analysis, itemPath.slice(0, -1));
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((n, i) => (i === last ? [] : (scalarText(n) ?? [])));
}

/** One line saying what an id names: a goal's title, a platform's network and handle, a metric's name. */
export function describeRef(analysis: Analysis, kind: RefKind, path: Path): string | undefined {
  const item = nodeAt(analysis, path.slice(0, 2));
  if (!isMap(item)) return undefined;
  const get = (k: string) => scalarText(item.get(k, true));
  switch (kind) {
    case 'platform':
      return [get('network'), get('handle')].filter(Boolean).join(' ') || undefined;
    case 'goal':
    case 'objective':
      return get('title');
    case 'metric':
      return (
        [get('name'), get('unit') ? `(${get('unit')})` : undefined].filter(Boolean).join(' ') || undefined
      );
    case 'audience':
      return get('name');
  }
}

function dateItems(
  analysis: Analysis,
  path: Path,
  range: Range,
  options: CompletionOptions,
  wrap: (s: string) => string,
  language: RenderContext,
): CompletionItem[] {
  const out: CompletionItem[] = [];
  const today = options.today !== undefined && isValidDate(options.today) ? options.today : undefined;
  if (today) {
    const detail = render(msg('completion.today'), language);
    out.push({ label: today, kind: 'date', detail, insertText: wrap(today), range, sortText: '0' });
  }
  const period = analysis.model.period;
  const seed = today ?? (isValidDate(period?.start ?? '') ? period!.start! : '2027-01-01');
  const [y, m, d] = seed.split('-');
  const field = path[path.length - 1];
  const hint = field === 'end' && isValidDate(period?.end ?? '') ? period!.end! : undefined;
  if (hint && hint !== today) {
    const detail = render(msg('completion.currentEnd'), language);
    out.push({ label: hint, kind: 'date', detail, insertText: wrap(hint), range });
  }
  out.push({
    label: 'YYYY-MM-DD',
    kind: 'date',
    detail: render(msg('completion.day'), language),
    documentation:
      docOf(schemaAt(path), language) ??
      render(msg('completion.dayDocumentation', { format: '`YYYY-MM-DD`' }), language),
    insertText: wrap(`\${1:${y}}-\${2:${m}}-\${3:${d}}`),
    snippet: true,
    range,
    sortText: '1',
  });
  return out;
}

// ---- months ---------------------------------------------------------------------------------------

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function monthItems(
  analysis: Analysis,
  ctx: Extract<CursorContext, { kind: 'key' }>,
  options: CompletionOptions,
  language: RenderContext,
): CompletionItem[] {
  const months = [...ctx.siblings].filter((k) => /^\d{4}-(0[1-9]|1[0-2])$/.test(k)).sort();
  const last = months[months.length - 1];
  let month: string | undefined;
  let detail: string;
  if (last) {
    month = nextMonth(last);
    detail = render(msg('completion.monthAfter', { month: monthArg(last, language) }), language);
  } else {
    const start = analysis.model.period?.start;
    month = (isValidDate(start ?? '') ? start : options.today)?.slice(0, 7);
    detail = render(msg('completion.firstMonth'), language);
  }
  if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return [];
  return [
    {
      label: month,
      kind: 'month',
      detail,
      documentation: render(msg('completion.monthDocumentation'), language),
      insertText: `${month}: `,
      range: ctx.range,
    },
  ];
}
