// JSON Schema validation: ajv's code for the schema, compiled at build time (src/core/generated), each
// error mapped to the tightest YAML range with a message a marketer can act on, and a did-you-mean fix
// where a typo is likely.
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from '../generated/strategy-validator.js';
import type { Analysis } from './model';
import { keyNodeAt, nodeAt, rangeAt, rangeOfNode, scalarString } from '../text/ranges';
import type { RuleFinding, RuleFix } from '../types';
import { listSection } from '../domain/sections';
import { DECLARING_SECTION, refFieldAt } from '../domain/ref-fields';
import { closest } from './suggest';
import { replaceScalarAt } from '../text/edits';
import { firstLineRange, lineStart } from '../text/lines';
import type { Path, Range } from '../types';
import { isCollection, isMap, isPair, isScalar } from '../text/yaml';
import { msg, type Arg, type Message } from '../text/i18n/message';

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
    const key = `${f.code}|${f.start}|${f.end}|${JSON.stringify(f.message)}`;
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
        message: requiredMessage(missing, path, describe(analysis, path, true)),
        ...range,
      };
    }
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const range = rangeAt(analysis, [...path, key], 'key') ?? ownerRange(analysis, path);
      const allowed = Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const message = suggestion
        ? msg('schema.additionalProperty.didYouMean', { key, where, suggestion })
        : allowed.length
          ? msg('schema.additionalProperty', { key, where, allowed: { list: allowed } })
          : msg('schema.additionalProperty.noFields', { key, where });
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
      const list = { list: allowed };
      const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
      if (propertyName !== undefined) {
        // A key that must be one of a list (a post type in a platform's `mix`).
        const keyPath = [...path, propertyName];
        const close = closest(propertyName, allowed);
        const owner = field ?? fallback('section');
        return {
          code: 'schema/enum',
          message: close
            ? msg('schema.enum.key.didYouMean', {
                key: propertyName,
                field: owner,
                suggestion: close,
                allowed: list,
              })
            : msg('schema.enum.key', { key: propertyName, field: owner, allowed: list }),
          ...(rangeAt(analysis, keyPath, 'key') ?? valueRange(analysis, path)),
          ...(close ? didYouMean(analysis, keyPath, close, 'key') : {}),
        };
      }
      const range = valueRange(analysis, path);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      // What the value should have been: an entry of a list, a field's value, or just a value.
      const what =
        typeof path[path.length - 1] === 'number'
          ? { kind: 'entry', field: field ?? fallback('list') }
          : { kind: field === undefined ? 'value' : 'field', field: field ?? '' };
      const message =
        value === null || value === undefined
          ? msg('schema.enum.empty', { ...what, allowed: list })
          : suggestion
            ? msg('schema.enum.value.didYouMean', {
                value: scalarString(value),
                ...what,
                suggestion,
                allowed: list,
              })
            : msg('schema.enum.value', { value: scalarString(value), ...what, allowed: list });
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
      const label =
        typeof path[path.length - 1] === 'number' || !field
          ? describe(analysis, path, true)
          : msg('schema.where.field', { field });
      if (value === null || value === undefined)
        return {
          code: 'schema/type',
          message:
            emptyHint(analysis, path, label) ??
            msg('schema.type.empty', { label, expected: typeWords(expected) }),
          ...range,
        };
      if (typeof value === 'number' && !Number.isFinite(value))
        return { code: 'schema/type', message: notFinite(analysis, range, value, label), ...range };
      return {
        code: 'schema/type',
        message: msg('schema.type.wrong', {
          label,
          expected: typeWords(expected),
          actual: actualWords(value),
        }),
        ...range,
      };
    }
    case 'format': {
      const format = (e.params as { format: string }).format;
      const range = valueRange(analysis, path);
      const shown = String(value);
      const message =
        format === 'date'
          ? msg('schema.format.date', { value: shown, format: 'YYYY-MM-DD', example: '2027-03-15' })
          : format === 'uri'
            ? msg('schema.format.uri', { value: shown, prefix: 'https://' })
            : msg('schema.format.other', { value: shown, format });
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
          ? 'atLeast'
          : 'moreThan'
        : comparison === '<='
          ? 'atMost'
          : 'lessThan';
      return {
        code: 'schema/range',
        message: msg('schema.range', {
          field: field ?? fallback('valueStart'),
          comparison: words,
          limit,
          negative: limit === 0 && words === 'atLeast' ? 'yes' : 'no',
        }),
        ...valueRange(analysis, path),
      };
    }
    case 'minLength':
    case 'minItems':
      return {
        code: 'schema/range',
        message: msg('schema.range.empty', { field: field ?? fallback('valueStart') }),
        ...valueRange(analysis, path),
      };
    default:
      return {
        code: 'schema/type',
        message: msg('schema.other', {
          where: describe(analysis, path, true),
          detail: e.message ?? fallback('format'),
        }),
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
  let message: Message;
  let fixes: RuleFix[] | undefined;
  if (kind === 'slug') {
    const slug = slugify(text);
    const fields = { title: 'title', name: 'name' };
    message = slug
      ? msg('schema.pattern.id.example', { value: text, example: slug, ...fields })
      : msg('schema.pattern.id', { value: text, ...fields });
    const edit = slug ? replaceScalarAt(analysis, path, slug) : undefined;
    if (edit) fixes = [{ title: msg('schema.fix.changeId', { id: slug }), safe: false, edits: [edit] }];
  } else if (kind === 'time')
    message = msg('schema.pattern.time', {
      value: text,
      format: 'HH:MM',
      example: '09:30',
      example2: '18:00',
    });
  else if (kind === 'month')
    message = msg('schema.pattern.month', { value: text, format: 'YYYY-MM', example: '2027-03' });
  else message = otherPattern(text, fieldName(path));
  return { code: 'schema/pattern', message, ...range, ...(fixes ? { fixes } : {}) };
}

/** A value not in its field's form, with an example for the fields whose form is not obvious. */
function otherPattern(value: string, field: string | undefined): Message {
  if (field === 'responseTime')
    return msg('schema.pattern.responseTime', { value, field, m: '30m', h: '4h', d: '2d', w: '1w' });
  if (field === 'ageRange')
    return msg('schema.pattern.ageRange', { value, field, example: '25-40', example2: '18+' });
  return msg('schema.pattern.other', { value, field: field ?? fallback('value') });
}

/** A stand-in for a field name or a detail the path or the error does not give. */
function fallback(which: 'list' | 'section' | 'value' | 'valueStart' | 'format'): Message {
  return msg('schema.fallback', { which });
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
): { fixes?: RuleFix[] } {
  const raw = enumValues.find((v) => String(v) === suggestion);
  const value = typeof raw === 'number' || typeof raw === 'boolean' ? raw : suggestion;
  const edit = replaceScalarAt(analysis, path, value, part);
  return edit
    ? { fixes: [{ title: msg('schema.fix.changeTo', { value: suggestion }), safe: true, edits: [edit] }] }
    : {};
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

/**
 * "the goal 'grow-followers'", "the post on 2027-01-04", "the period": what a path is, in words; with
 * `start`, as the first words of a sentence ("The goal 'grow-followers'").
 */
export function describe(analysis: Analysis, path: Path, start = false): Message {
  const s = start ? 'yes' : 'no';
  if (path.length === 0) return msg('schema.where.strategy', { start: s });
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const section = path[path.length - 2];
    const kind = section === 'presence' || listSection(section) ? String(section) : 'item';
    const item = nodeAt(analysis, path);
    if (isMap(item)) {
      const get = (k: string) => {
        const v = item.get(k);
        return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
      };
      const named = (name: string) =>
        msg('schema.where.named', { start: s, noun: msg('schema.noun', { kind, start: 'no' }), name });
      const id = get('id');
      if (id) return named(id);
      const date = get('date');
      if (kind === 'calendar' && date) return msg('schema.where.postOn', { start: s, date });
      const label = get('title') ?? get('name') ?? get('topic') ?? get('platform');
      if (label) return named(label);
    }
    return msg('schema.where.nth', {
      noun: msg('schema.noun', { kind, start: s }),
      n: last + 1,
      section: String(section),
    });
  }
  if (last === 'values') return msg('schema.where.values', { start: s });
  return msg('schema.where.field', { field: String(last) });
}

/** "The goal 'x' needs 'target'.", with a hint for the fields whose missing is often a puzzle. */
function requiredMessage(missing: string, path: Path, where: Message): Message {
  const field = missing;
  switch (missing) {
    case 'id':
      return msg('schema.required.id', { where, field });
    case 'version':
      return msg('schema.required.version', { where, field, example: 'version: 1' });
    case 'period':
      return msg('schema.required.period', {
        where,
        field,
        example: 'period: {start: 2027-01-01, end: 2027-06-30}',
      });
    case 'date':
      return msg('schema.required.date', { where, field, format: 'YYYY-MM-DD' });
    case 'platform':
      // A competitor's presence names a network, not one of the strategy's platforms.
      if (path[0] === 'calendar')
        return msg('schema.required.platform', { where, field, section: 'platforms' });
  }
  return msg('schema.required', { where, field });
}

/** For an empty reference, the ids it can name ("give the id of one of the platforms: ig (instagram), ..."). */
function emptyHint(analysis: Analysis, path: Path, label: Message): Message | undefined {
  const ref = refFieldAt(path);
  if (!ref) return undefined;
  const section = DECLARING_SECTION[ref.kind] as
    'platforms' | 'goals' | 'metrics' | 'objectives' | 'audiences';
  const ids = analysis.model[section].flatMap(({ value }) => {
    if (typeof value.id !== 'string') return [];
    const network = 'network' in value && typeof value.network === 'string' ? value.network : undefined;
    return [network ? `${value.id} (${network})` : value.id];
  });
  if (ids.length === 0) return msg('schema.type.emptyRef.none', { label, section });
  const MAX = 12;
  return msg('schema.type.emptyRef', {
    label,
    section,
    ids: { list: ids.slice(0, MAX) },
    more: Math.max(0, ids.length - MAX),
  });
}

/** What a schema type asks for, in words ("a number", "a list (one entry per line...)"); a union with "or". */
function typeWords(t: string | string[]): Message | { list: Message[]; type: 'or' } {
  const one = (type: string) =>
    msg('schema.type.expected', {
      type,
      dash: '- ',
      example: 'key: value',
      trueValue: 'true',
      falseValue: 'false',
    });
  return Array.isArray(t) ? { list: t.map(one), type: 'or' } : one(t);
}

/** 1e400 and .inf are Infinity, .nan is NaN: numbers to JavaScript, not to a marketer. */
function notFinite(analysis: Analysis, range: Range, value: number, label: Message): Message {
  const source = Array.from(analysis.text.slice(range.start, range.end));
  const shown = source.length > 40 ? source.slice(0, 40).join('') + '…' : source.join('');
  const why = value > 0 ? 'large' : value < 0 ? 'negative' : 'nan';
  return msg('schema.type.notFinite', { label, shown, why, example: '20000' });
}

/** What a value is, in words ("text ('twelve')", "a number (12)", "a list"). */
function actualWords(v: unknown): Message {
  const actual = (kind: string, args: Record<string, Arg> = {}) =>
    msg('schema.type.actual', { kind, ...args });
  if (typeof v === 'string') {
    const chars = Array.from(v);
    return actual('text', { value: chars.length > 40 ? chars.slice(0, 40).join('') + '…' : v });
  }
  if (typeof v === 'number') return actual('number', { value: v });
  if (typeof v === 'boolean') return actual('boolean', { value: `${v}` });
  if (Array.isArray(v)) return actual('list');
  // Scalars YAML reads as objects, through a tag: say what the tag made of them.
  if (v instanceof Uint8Array) return actual('binary', { tag: '!!binary' });
  if (v instanceof Date) return actual('timestamp', { tag: '!!timestamp' });
  if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) !== Object.prototype)
    return actual('otherType');
  return actual('map');
}
