// Walking the JSON Schema along a document path, for completion and hover texts.
import schemaJson from '../../../schemas/strategy.schema.json';
import type { SchemaNode } from '../engine/schema';
import type { Path } from '../types';

export type { SchemaNode };

const ROOT = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

/** A schema with its $ref followed; the referring node's own texts win over the definition's. */
export function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = resolve(ROOT.definitions[name]);
  const own: SchemaNode = { ...node };
  delete own.$ref;
  return { ...target, ...own };
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

/** The Markdown users see for a schema: its markdownDescription, else its description. */
export function docOf(s: SchemaNode | undefined): string | undefined {
  return s?.markdownDescription ?? s?.description;
}

/** The Markdown description of enum value i. */
export function enumDoc(s: SchemaNode, i: number): string | undefined {
  return s.markdownEnumDescriptions?.[i] ?? s.enumDescriptions?.[i];
}
