// JSON Schema validation: ajv's code for the schema, compiled at build time (src/core/generated), each
// error mapped to the tightest YAML range with a message a marketer can act on, and a did-you-mean fix
// where a typo is likely.
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from '../generated/strategy-validator.js';
import type { Analysis } from './model';
import { keyNodeAt, nodeAt, rangeAt, rangeOfNode, scalarString } from '../text/ranges';
import type { RuleFinding } from '../types';
import { listSection } from '../domain/sections';
import { DECLARING_SECTION, refFieldAt } from '../domain/ref-fields';
import { closest } from './suggest';
import { replaceScalarAt } from '../text/edits';
import { firstLineRange, lineStart } from '../text/lines';
import type { Fix, Path, Range } from '../types';
import { isCollection, isMap, isPair, isScalar } from '../text/yaml';

/** The parts of a JSON Schema node the engine and the language service read. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  definitions?: Record<string, SchemaNode>;
  format?: string;
  pattern?: string;
  examples?: unknown[];
  default?: unknown;
  defaultSnippets?: { label?: string; description?: string; body: unknown }[];
}

/** The validator of one definition (e.g. 'post'), to re-check one list item after an edit. */
function itemValidator(definition: string): ValidateFunction {
  const fn = (validators as Record<string, ValidateFunction | undefined>)[definition];
  if (!fn)
    throw new Error(`No validator for the schema definition '${definition}': regenerate src/core/generated.`);
  return fn;
}

export function validateSchema(analysis: Analysis): RuleFinding[] {
  if (analysis.doc.contents === null) return [];
  const { root } = validators;
  root(analysis.data);
  return mapErrors(analysis, root.errors ?? [], []);
}

/** Validates only calendar[3] (say) against its definition: paths come back relative to the item. */
export function validateItem(analysis: Analysis, section: string, index: number): RuleFinding[] {
  const fn = itemValidator(listSection(section)!.definition);
  const list = (analysis.data as Record<string, unknown[]>)[section];
  fn(list[index]);
  return mapErrors(analysis, fn.errors ?? [], [section, index]);
}

function decodePath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function mapErrors(analysis: Analysis, errors: ErrorObject[], base: Path): RuleFinding[] {
  const out: RuleFinding[] = [];
  const seen = new Set<string>();
  const suggestions = new Map<ErrorObject, string | undefined>();
  const typoFixesMissing = new Set<string>();
  const wrongType = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'additionalProperties') {
      const owner = [...base, ...decodePath(e.instancePath)];
      const suggestion = suggestKey(analysis, owner, e);
      suggestions.set(e, suggestion);
      if (suggestion) typoFixesMissing.add(JSON.stringify([...owner, suggestion]));
    } else if (e.keyword === 'type') wrongType.add(e.instancePath);
  }
  for (const e of errors) {
    // A value of the wrong type is one problem: its enum, pattern or format errors only repeat it.
    if (
      e.keyword !== 'type' &&
      wrongType.has(e.instancePath) &&
      ['enum', 'pattern', 'format'].includes(e.keyword)
    )
      continue;
    const path = [...base, ...decodePath(e.instancePath)];
    // A reference that is not a valid id is reported by the reference rule, with a better suggestion.
    if (e.keyword === 'pattern' && refFieldAt(path)) continue;
    const f = mapError(analysis, e, path, typoFixesMissing, suggestions.get(e));
    if (!f) continue;
    const key = `${f.code}|${f.start}|${f.end}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function mapError(
  analysis: Analysis,
  e: ErrorObject,
  path: Path,
  typos: Set<string>,
  suggestion: string | undefined,
): RuleFinding | undefined {
  const where = describe(analysis, path);
  const value = nodeValue(analysis, path);
  const field = fieldName(path);
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      // `titel:` with `title` missing is one problem, the typo: its fix settles both.
      if (typos.has(JSON.stringify([...path, missing]))) return undefined;
      const range = ownerRange(analysis, path);
      return {
        code: 'schema/required',
        message: `${capital(where)} needs '${missing}'.${requiredHint(missing, path)}`,
        ...range,
      };
    }
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const range = rangeAt(analysis, [...path, key], 'key') ?? ownerRange(analysis, path);
      const allowed = Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const message = suggestion
        ? `'${key}' is not a field of ${where}. Did you mean '${suggestion}'?`
        : `'${key}' is not a field of ${where}. ${allowed.length ? `Fields it can have: ${allowed.join(', ')}.` : ''}`.trim();
      return {
        code: 'schema/additional-property',
        message,
        ...range,
        ...(suggestion ? didYouMean(analysis, [...path, key], suggestion, 'key') : {}),
      };
    }
    case 'enum': {
      const rawValues = (e.params as { allowedValues: unknown[] }).allowedValues ?? [];
      const allowed = rawValues.map(String);
      const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
      if (propertyName !== undefined) {
        // A key that must be one of a list (a post type in a platform's `mix`).
        const keyPath = [...path, propertyName];
        const close = closest(propertyName, allowed);
        return {
          code: 'schema/enum',
          message:
            `'${propertyName}' is not a valid key of '${field ?? 'this section'}'. ` +
            (close ? `Did you mean '${close}'? ` : '') +
            `Use one of: ${allowed.join(', ')}.`,
          ...(rangeAt(analysis, keyPath, 'key') ?? valueRange(analysis, path)),
          ...(close ? didYouMean(analysis, keyPath, close, 'key') : {}),
        };
      }
      const range = valueRange(analysis, path);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const shown = value === null || value === undefined ? 'An empty value' : `'${scalarString(value)}'`;
      const what =
        typeof path[path.length - 1] === 'number' ? `entry of '${field ?? 'this list'}'` : (field ?? 'value');
      const message =
        `${shown} is not a valid ${what}. ` +
        (suggestion ? `Did you mean '${suggestion}'? ` : '') +
        `Use one of: ${allowed.join(', ')}.`;
      return {
        code: 'schema/enum',
        message,
        ...range,
        ...(suggestion ? didYouMean(analysis, path, suggestion, 'value', rawValues) : {}),
      };
    }
    case 'type': {
      const expected = (e.params as { type: string | string[] }).type;
      const range = valueRange(analysis, path);
      const label = typeof path[path.length - 1] === 'number' || !field ? capital(where) : `'${field}'`;
      if (value === null || value === undefined)
        return {
          code: 'schema/type',
          message: `${label} is empty: ${emptyHint(analysis, path) ?? `it should be ${typeWords(expected)}`}.`,
          ...range,
        };
      if (typeof value === 'number' && !Number.isFinite(value))
        return { code: 'schema/type', message: `${label} ${notFinite(analysis, range, value)}`, ...range };
      return {
        code: 'schema/type',
        message: `${label} should be ${typeWords(expected)}, but it is ${actualWords(value)}.`,
        ...range,
      };
    }
    case 'format': {
      const format = (e.params as { format: string }).format;
      const range = valueRange(analysis, path);
      const message =
        format === 'date'
          ? `'${String(value)}' is not a real date. Write dates as YYYY-MM-DD, for example 2027-03-15.`
          : format === 'uri'
            ? `'${String(value)}' is not a complete web address. Write it in full, starting with https://.`
            : `'${String(value)}' is not a valid ${format}.`;
      return { code: 'schema/format', message, ...range };
    }
    case 'pattern':
      // The propertyNames error below reports a bad month key once; skip its inner pattern error.
      if ((e as ErrorObject & { propertyName?: string }).propertyName !== undefined) return undefined;
      return patternFinding(analysis, path, String(value), e.schemaPath, valueRange(analysis, path));
    case 'propertyNames': {
      // Keys from a list are reported by their inner enum error above; month keys here, once.
      if ((e.schema as SchemaNode | undefined)?.$ref !== '#/definitions/month') return undefined;
      const name = (e.params as { propertyName: string }).propertyName;
      const range = rangeAt(analysis, [...path, name], 'key') ?? valueRange(analysis, path);
      return patternFinding(analysis, [...path, name], name, '#/definitions/month', range);
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      const words = comparison.startsWith('>')
        ? comparison === '>='
          ? 'at least'
          : 'more than'
        : comparison === '<='
          ? 'at most'
          : 'less than';
      return {
        code: 'schema/range',
        message: `'${field ?? 'This value'}' must be ${words} ${limit}${limit === 0 && words === 'at least' ? " (it can't be negative)" : ''}.`,
        ...valueRange(analysis, path),
      };
    }
    case 'minLength':
    case 'minItems':
      return {
        code: 'schema/range',
        message: `'${field ?? 'This value'}' can't be empty.`,
        ...valueRange(analysis, path),
      };
    default:
      return {
        code: 'schema/type',
        message: `${capital(where)}: ${e.message ?? 'does not match the format'}.`,
        ...valueRange(analysis, path),
      };
  }
}

function patternFinding(
  analysis: Analysis,
  path: Path,
  text: string,
  schemaPath: string,
  range: Range,
): RuleFinding {
  const kind = /definitions\/(slug|time|month|date)/.exec(schemaPath)?.[1];
  let message: string;
  let fixes: Fix[] | undefined;
  if (kind === 'slug') {
    const slug = slugify(text);
    message = `'${text}' can't be used as an id. Ids use lowercase Latin letters, digits and dashes${slug ? `, for example '${slug}'` : ''}; the title or name field can hold any text.`;
    const edit = slug ? replaceScalarAt(analysis, path, slug) : undefined;
    if (edit) fixes = [{ title: `Change the id to '${slug}'`, safe: false, edits: [edit] }];
  } else if (kind === 'time')
    message = `'${text}' is not a time. Write times in 24-hour form as HH:MM, for example 09:30 or 18:00.`;
  else if (kind === 'month')
    message = `'${text}' is not a month. Write months as YYYY-MM, for example 2027-03.`;
  else
    message = `'${text}' is not in the expected form for '${fieldName(path) ?? 'this value'}'.${exampleHint(path)}`;
  return { code: 'schema/pattern', message, ...range, ...(fixes ? { fixes } : {}) };
}

function exampleHint(path: Path): string {
  const field = fieldName(path);
  if (field === 'responseTime') return " Write a number and a unit: '30m', '4h', '2d' or '1w'.";
  if (field === 'ageRange') return " Write two ages with a dash, for example '25-40', or '18+'.";
  return '';
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The did-you-mean fix: suggestion written over the scalar at path (over its key with part 'key'); an
 * enum's number or boolean (`version: 1`) is written as one, not as text.
 */
function didYouMean(
  analysis: Analysis,
  path: Path,
  suggestion: string,
  part: 'key' | 'value' = 'value',
  enumValues: unknown[] = [],
): { fixes?: Fix[] } {
  const raw = enumValues.find((v) => String(v) === suggestion);
  const value = typeof raw === 'number' || typeof raw === 'boolean' ? raw : suggestion;
  const edit = replaceScalarAt(analysis, path, value, part);
  return edit ? { fixes: [{ title: `Change to '${suggestion}'`, safe: true, edits: [edit] }] } : {};
}

/** The key the unknown key was probably meant to be: an allowed field not already present. */
function suggestKey(analysis: Analysis, owner: Path, e: ErrorObject): string | undefined {
  const key = (e.params as { additionalProperty: string }).additionalProperty;
  const allowed = Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {});
  const present = nodeAt(analysis, owner);
  const used = new Set<string>();
  if (isMap(present)) for (const p of present.items) if (isScalar(p.key)) used.add(String(p.key.value));
  return closest(
    key,
    allowed.filter((k) => !used.has(k)),
  );
}

function valueRange(analysis: Analysis, path: Path): Range {
  const range = rangeAt(analysis, path) ?? ownerRange(analysis, path.slice(0, -1));
  if (range.end > range.start) return range;
  // An empty list item ("-" alone) has no characters of its own: show its dash.
  const dash = /-[ \t]*$/.exec(analysis.text.slice(lineStart(analysis.text, range.start), range.start));
  return dash ? { start: range.start - dash[0].length, end: range.start - dash[0].length + 1 } : range;
}

/** Where a problem with a mapping as a whole goes: the contract's "owner" range. */
export function ownerRange(analysis: Analysis, path: Path): Range {
  if (path.length === 0) return firstLineRange(analysis.text);
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const item = nodeAt(analysis, path);
    const id = rangeAt(analysis, [...path, 'id']);
    if (id && isMap(item) && item.items.some((p) => isScalar(p.key) && p.key.value === 'id')) return id;
    if (isMap(item)) {
      const first = item.items[0];
      if (isPair(first) && isScalar(first.key)) return rangeOfNode(first.key)!;
    }
    return rangeOfNode(item) ?? ownerRange(analysis, path.slice(0, -1));
  }
  const key = keyNodeAt(analysis, path);
  return rangeOfNode(key) ?? ownerRange(analysis, path.slice(0, -1));
}

function nodeValue(analysis: Analysis, path: Path): unknown {
  const node = nodeAt(analysis, path);
  if (isScalar(node)) return node.value;
  if (isCollection(node)) return isMap(node) ? {} : [];
  return undefined;
}

function fieldName(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** "the goal 'grow-followers'", "the post on 2027-01-04", "the period": what a path is, in words. */
export function describe(analysis: Analysis, path: Path): string {
  if (path.length === 0) return 'the strategy';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const section = path[path.length - 2];
    const noun = section === 'presence' ? 'presence entry' : (listSection(section)?.noun ?? 'item');
    const item = nodeAt(analysis, path);
    if (isMap(item)) {
      const get = (k: string) => {
        const v = item.get(k);
        return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
      };
      const id = get('id');
      if (id) return `the ${noun} '${id}'`;
      if (noun === 'post' && get('date')) return `the post on ${get('date')}`;
      const label = get('title') ?? get('name') ?? get('topic') ?? get('platform');
      if (label) return `the ${noun} '${label}'`;
    }
    return `${noun} ${last + 1} of '${String(section)}'`;
  }
  if (last === 'values') return 'the monthly values';
  return `'${last}'`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function requiredHint(missing: string, path: Path): string {
  // A competitor's presence names a network, not one of the strategy's platforms.
  if (missing === 'platform' && path[0] !== 'calendar') return '';
  const hints: Record<string, string> = {
    id: ' An id is a short name (lowercase, digits, dashes) other parts of the file use to refer to it.',
    version: " Add 'version: 1' at the top.",
    period: " Add the dates the strategy covers, e.g. 'period: {start: 2027-01-01, end: 2027-06-30}'.",
    date: ' Write it as YYYY-MM-DD.',
    platform: ' Use the id of one of the platforms listed under platforms.',
  };
  return hints[missing] ?? '';
}

/** For an empty reference, the ids it can name ("give the id of one of the platforms: ig (instagram), ..."). */
function emptyHint(analysis: Analysis, path: Path): string | undefined {
  const ref = refFieldAt(path);
  if (!ref) return undefined;
  const section = DECLARING_SECTION[ref.kind] as
    'platforms' | 'goals' | 'metrics' | 'objectives' | 'audiences';
  const ids = analysis.model[section].flatMap(({ value }) => {
    if (typeof value.id !== 'string') return [];
    const network = 'network' in value && typeof value.network === 'string' ? value.network : undefined;
    return [network ? `${value.id} (${network})` : value.id];
  });
  if (ids.length === 0)
    return `give the id of one of the ${section}, once some are listed under '${section}'`;
  const MAX = 12;
  const shown = ids.slice(0, MAX).join(', ') + (ids.length > MAX ? `, and ${ids.length - MAX} more` : '');
  return `give the id of one of the ${section}: ${shown}`;
}

function typeWords(t: string | string[]): string {
  const one = (x: string) =>
    ({
      number: 'a number',
      integer: 'a whole number',
      string: 'text',
      array: "a list (one entry per line, each starting with '- ')",
      object: "a section of fields ('key: value' lines indented below it)",
      boolean: 'true or false',
    })[x] ?? x;
  return Array.isArray(t) ? t.map(one).join(' or ') : one(t);
}

/** 1e400 and .inf are Infinity, .nan is NaN: numbers to JavaScript, not to a marketer. */
function notFinite(analysis: Analysis, range: Range, value: number): string {
  const source = Array.from(analysis.text.slice(range.start, range.end));
  const shown = source.length > 40 ? source.slice(0, 40).join('') + '…' : source.join('');
  const why =
    value > 0
      ? 'is too large to be a number here'
      : value < 0
        ? 'is too far below zero to be a number here'
        : 'YAML reads as "not a number"';
  return `is ${shown}, which ${why}. Write an ordinary number, such as 20000.`;
}

function actualWords(v: unknown): string {
  if (typeof v === 'string') {
    const chars = Array.from(v);
    return `text ('${chars.length > 40 ? chars.slice(0, 40).join('') + '…' : v}')`;
  }
  if (typeof v === 'number') return `a number (${v})`;
  if (typeof v === 'boolean') return `${v}`;
  if (Array.isArray(v)) return 'a list';
  // Scalars YAML reads as objects, through a tag: say what the tag made of them.
  if (v instanceof Uint8Array) return 'binary data (a !!binary value)';
  if (v instanceof Date) return 'a date and time (a !!timestamp value)';
  if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) !== Object.prototype)
    return 'a value of another YAML type';
  return 'a section of fields';
}
