// Walking the JSON Schema along a document path, for completion and hover texts. The schema's texts
// are English; in a Persian file they come from src/core/text/i18n/fa/schema-docs.ts, keyed by the
// JSON pointer of the node that carries them (English where a pointer has no Persian text).
import schemaJson from '../../../schemas/strategy.schema.json';
import type { SchemaNode } from '../engine/schema';
import { ENGLISH, type RenderContext } from '../text/i18n/message';
import { schemaDocs, schemaSnippets, type SchemaDocs } from '../text/i18n/fa/schema-docs';
import type { Path } from '../types';

export type { SchemaNode };

const ROOT = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

/**
 * Where a node's texts come from: the JSON pointers of the schema nodes it was made of, the one whose
 * fields win first (a $ref's own node, then its definition's). Every node of the schema is its own source.
 */
const SOURCES = new WeakMap<object, readonly string[]>();
/** The schema's nodes (and snippet entries) by JSON pointer. */
const NODES = new Map<string, Record<string, unknown>>();

function index(value: unknown, pointer: string): void {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => index(v, `${pointer}/${i}`));
    return;
  }
  SOURCES.set(value, [pointer]);
  NODES.set(pointer, value as Record<string, unknown>);
  for (const [key, v] of Object.entries(value))
    index(v, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}
index(ROOT, '');

/** The JSON pointers of the schema's nodes, for tests: every node, its texts or not. */
export function schemaPointers(): string[] {
  return [...NODES.keys()];
}

/** A schema with its $ref followed; the referring node's own texts win over the definition's. */
export function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = resolve(ROOT.definitions[name]);
  const own: SchemaNode = { ...node };
  delete own.$ref;
  const merged = { ...target, ...own };
  SOURCES.set(merged, [...(SOURCES.get(node) ?? []), ...((target && SOURCES.get(target)) ?? [])]);
  return merged;
}

export function rootSchema(): SchemaNode {
  return ROOT;
}

/** The schema of a child: an item for a number, a property (or an additional property) for a string. */
export function childSchema(schema: SchemaNode | undefined, seg: string | number): SchemaNode | undefined {
  const s = resolve(schema);
  if (!s) return undefined;
  if (typeof seg === 'number') return resolve(s.items);
  const prop = s.properties?.[seg];
  if (prop) return resolve(prop);
  return typeof s.additionalProperties === 'object' ? resolve(s.additionalProperties) : undefined;
}

/** The schema at a document path, undefined where the schema allows nothing. */
export function schemaAt(path: Path): SchemaNode | undefined {
  let s: SchemaNode | undefined = ROOT;
  for (const seg of path) {
    s = childSchema(s, seg);
    if (!s) return undefined;
  }
  return s;
}

export function isObjectSchema(s: SchemaNode | undefined): boolean {
  return !!s && (s.type === 'object' || !!s.properties);
}

export function isArraySchema(s: SchemaNode | undefined): boolean {
  return !!s && (s.type === 'array' || !!s.items);
}

/**
 * One text field of a (resolved) schema in ctx's language: the Persian text of the node the English
 * field comes from, else the English.
 */
function text<K extends keyof SchemaDocs>(s: SchemaNode, field: K, ctx: RenderContext): SchemaNode[K] {
  const english = s[field];
  if (english === undefined || ctx.language !== 'fa') return english;
  const from = SOURCES.get(s)?.find((p) => NODES.get(p)?.[field] !== undefined);
  return (from !== undefined ? schemaDocs[from]?.[field] : undefined) ?? english;
}

/** The Markdown users see for a schema: its markdownDescription, else its description, in ctx's language. */
export function docOf(s: SchemaNode | undefined, ctx: RenderContext = ENGLISH): string | undefined {
  if (!s) return undefined;
  return text(s, 'markdownDescription', ctx) ?? text(s, 'description', ctx);
}

/** The Markdown description of enum value i, in ctx's language. */
export function enumDoc(s: SchemaNode, i: number, ctx: RenderContext = ENGLISH): string | undefined {
  return (
    text(s, 'markdownEnumDescriptions', ctx)?.[i] ??
    text(s, 'enumDescriptions', ctx)?.[i] ??
    s.markdownEnumDescriptions?.[i] ??
    s.enumDescriptions?.[i]
  );
}

type Snippet = NonNullable<SchemaNode['defaultSnippets']>[number];

/** A defaultSnippets entry's label and description, in ctx's language. */
export function snippetDoc(
  snippet: Snippet,
  ctx: RenderContext = ENGLISH,
): { label?: string; description?: string } {
  const pointer = ctx.language === 'fa' ? SOURCES.get(snippet)?.[0] : undefined;
  const fa = pointer !== undefined ? schemaSnippets[pointer] : undefined;
  const label = snippet.label === undefined ? undefined : (fa?.label ?? snippet.label);
  const description =
    snippet.description === undefined ? undefined : (fa?.description ?? snippet.description);
  return {
    ...(label !== undefined ? { label } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}
