// @ts-check
// Generates strategy-yaml.tmLanguage.json. The grammar repeats a few value shapes (plain, "double", 'single')
// in block and flow contexts; writing them once here keeps the regexes consistent.
// Usage: node syntaxes/build-grammar.mjs [--check]   (--check exits 1 when the JSON is stale)
//
// Design: the grammar is `source.yaml` plus injections into our own root scope. VS Code's YAML grammar
// wraps the whole document in begin/while rules (meta.stream.yaml), so patterns listed before
// `include source.yaml` would stop applying after the first line; `L:` injections are tried at every
// position inside it and win ties. They match values only (the key is in a look-behind) so that the
// YAML grammar keeps tokenizing keys, dashes and indentation, and they never fire inside strings or comments.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const OUT = fileURLToPath(new URL('./strategy-yaml.tmLanguage.json', import.meta.url));
const S = 'strategy-yaml';
const ROOT = `source.${S}`;

// Value shapes. ASCII digits only: `\d` would also accept Persian/Arabic digits, which the format rejects.
const SLUG = '[A-Za-z0-9][A-Za-z0-9_-]*';
const MONTH = '[0-9]{4}-(?:0[1-9]|1[0-2])';
const DATE = `${MONTH}-(?:0[1-9]|[12][0-9]|3[01])`;
const TIME = '(?:[01][0-9]|2[0-3]):[0-5][0-9]';
const STATUSES = ['idea', 'draft', 'scheduled', 'published'];
const NETWORKS =
  'instagram|facebook|x|linkedin|tiktok|youtube|pinterest|telegram|threads|whatsapp|aparat|blog|newsletter|other';
const POST_TYPES =
  'image|video|reel|story|carousel|text|link|announcement|contest|live|poll|behind-the-scenes';

// Where a scalar ends: before a comment or the line end (block), or also before , ] } (flow).
const BLOCK_END = '(?=[ \\t]*$|[ \\t]+#)';
const FLOW_END = '(?=[ \\t]*(?:[,\\]}]|$)|[ \\t]+#)';
// What may precede a key: the line start, white space (indentation, `- `), or in flow style `{ [ ,`.
const BLOCK_KEY_BEFORE = '(?:^|[ \\t])';
const FLOW_KEY_BEFORE = '(?:^|[ \\t{\\[,])';
// A flow scalar starts after `key: `, `[`, `{`, `,` or at the start of a continuation line.
const FLOW_VALUE_AFTER = '(?<=:[ \\t]+|[\\[{,][ \\t]*|^[ \\t]*)';

const DASH = 'punctuation.definition.block.sequence.item.yaml';
const COLON = 'punctuation.separator.map.value.yaml';

/** `V`, `"V"` or `'V'` as one regex, with captures numbered from `first`.
 *  @param {string} value
 *  @param {string} scope */
function valueForms(value, scope, first = 1) {
  const n = first;
  return {
    regex: `(?:((")(${value})("))|((')(${value})('))|(${value}))`,
    captures: {
      [n]: { name: 'string.quoted.double.yaml' },
      [n + 1]: { name: 'punctuation.definition.string.begin.yaml' },
      [n + 2]: { name: scope },
      [n + 3]: { name: 'punctuation.definition.string.end.yaml' },
      [n + 4]: { name: 'string.quoted.single.yaml' },
      [n + 5]: { name: 'punctuation.definition.string.begin.yaml' },
      [n + 6]: { name: scope },
      [n + 7]: { name: 'punctuation.definition.string.end.yaml' },
      [n + 8]: { name: scope },
    },
  };
}

/** @typedef {[regex: string, scope: string]} Alternative */

/** Kinds of values that a key determines: lists of [regex, scope] alternatives.
 *  @type {Record<string, Alternative[]>} */
const KINDS = {
  id: [[SLUG, `entity.name.type.id.${S}`]],
  reference: [[SLUG, `variable.other.reference.${S}`]],
  status: STATUSES.map((s) => [s, `constant.language.status.${s}.${S}`]),
  network: [[NETWORKS, `support.constant.network.${S}`]],
  postType: [[POST_TYPES, `support.constant.post-type.${S}`]],
};
/** Keys whose scalar value is of a kind.
 *  @type {[key: string, kind: string][]} */
const SCALAR_KEYS = [
  ['id', 'id'],
  ['platform|goal|metric|objective', 'reference'],
  ['status', 'status'],
  ['network', 'network'],
  ['type', 'postType'],
];
/** Keys whose value is a list of a kind.
 *  @type {[name: string, key: string, kind: string][]} */
const LIST_KEYS = [
  ['references', 'platforms|audiences', 'reference'],
  ['content-types', 'contentTypes', 'postType'],
];
/** Values recognised by their shape wherever they stand (a date before a month: a month is its prefix).
 *  @type {Alternative[]} */
const SHAPES = [
  [DATE, `constant.numeric.date.${S}`],
  [MONTH, `constant.numeric.month.${S}`],
  [TIME, `constant.numeric.time.${S}`],
];

/** @type {Record<string, object>} */
const repository = {};
const include = (/** @type {string} */ name) => ({ include: `#${name}` });
/**
 * @template T
 * @param {Alternative[]} pairs
 * @param {(forms: ReturnType<typeof valueForms>) => T} make
 */
const rules = (pairs, make) => pairs.flatMap(([value, scope]) => make(valueForms(value, scope)));

// ---- values after a known key, `key: value`
repository['block-key-values'] = {
  patterns: SCALAR_KEYS.flatMap(([key, kind]) =>
    rules(KINDS[kind], (f) => ({
      match: `(?<=${BLOCK_KEY_BEFORE}(?:${key})[ \\t]*:[ \\t]+)${f.regex}${BLOCK_END}`,
      captures: f.captures,
    })),
  ),
};
repository['flow-key-values'] = {
  patterns: SCALAR_KEYS.flatMap(([key, kind]) =>
    rules(KINDS[kind], (f) => ({
      match: `(?<=${FLOW_KEY_BEFORE}(?:${key})[ \\t]*:[ \\t]+)${f.regex}${FLOW_END}`,
      captures: f.captures,
    })),
  ),
};

// ---- `2027-01: 1200`, a month as a key (a metric's values)
repository['block-month-key'] = rules([[MONTH, `constant.numeric.month.${S}`]], (f) => ({
  match: `(?<=^[ \\t]*|^[ \\t]*-[ \\t]+)${f.regex}(?=[ \\t]*:(?:[ \\t]|$))`,
  captures: f.captures,
}))[0];
repository['flow-month-key'] = rules([[MONTH, `constant.numeric.month.${S}`]], (f) => ({
  match: `(?<=[{,\\[][ \\t]*|^[ \\t]*)${f.regex}(?=[ \\t]*:(?:[ \\t,\\]}]|$))`,
  captures: f.captures,
}))[0];

// ---- dates, months and times wherever they are a whole value
repository['block-shapes'] = {
  patterns: rules(SHAPES, (f) => ({ match: `(?<=[:-][ \\t]+)${f.regex}${BLOCK_END}`, captures: f.captures })),
};
repository['flow-shapes'] = {
  patterns: rules(SHAPES, (f) => ({
    match: `${FLOW_VALUE_AFTER}${f.regex}${FLOW_END}`,
    captures: f.captures,
  })),
};

// ---- lists of a kind: `platforms: [a, b]` and `platforms:` followed by `- a` lines
for (const [name, key, kind] of LIST_KEYS) {
  const items = rules(KINDS[kind], (f) => ({
    match: `${FLOW_VALUE_AFTER}${f.regex}${FLOW_END}`,
    captures: f.captures,
  }));
  repository[`flow-list-${name}`] = {
    begin: `(?<=${FLOW_KEY_BEFORE}(?:${key})[ \\t]*:[ \\t]*)\\[`,
    beginCaptures: { 0: { name: 'punctuation.definition.sequence.begin.yaml' } },
    end: '\\]',
    endCaptures: { 0: { name: 'punctuation.definition.sequence.end.yaml' } },
    name: 'meta.flow.sequence.yaml',
    patterns: [...items, include('flow-content')],
  };
  const itemRules = KINDS[kind].map(([value, scope]) => {
    const f = valueForms(value, scope, 2);
    return {
      match: `(?<=^[ \\t]*)(-)[ \\t]+${f.regex}${BLOCK_END}`,
      captures: { 1: { name: DASH }, ...f.captures },
    };
  });
  // The items on the lines below `key:`. The rule begins just after the colon, above the YAML grammar's
  // own state for the value, so that state stays consistent (VS Code's YAML grammar also ends it with its
  // own `while` conditions at the next key or sibling item).
  repository[`block-list-${name}`] = {
    begin: `(?<=${BLOCK_KEY_BEFORE}(?:${key})[ \\t]*:)${BLOCK_END}`,
    // Continue on blank lines, comments and `- item` lines whose item is no mapping (`- id: x` ends it).
    while: '(?:^|\\G)(?=[ \\t]*(?:#|$|-(?:[ \\t]|$)(?![^#]*?:(?:[ \\t]|$))))',
    patterns: [
      ...itemRules,
      { match: '-(?=[ \\t]|$)', name: DASH },
      include('comment'),
      include('flow-mapping'),
      include('flow-sequence'),
      include('block-shapes'),
      { match: `(?<=[ \\t])[^ \\t#].*?${BLOCK_END}`, name: 'string.unquoted.plain.out.yaml' },
    ],
  };
}

// ---- `# strategy-lint-disable-next-line smart/measurable, ref/unknown-goal -- reason`
repository['directive'] = {
  begin: '(?<=^|[ \\t])(#)[ \\t]*(strategy-lint-(?:disable-next-line|disable-line|disable|enable))(?![\\w-])',
  beginCaptures: {
    1: { name: `punctuation.definition.comment.${S}` },
    2: { name: `keyword.other.directive.${S}` },
  },
  end: '$',
  name: `comment.line.number-sign.directive.${S}`,
  patterns: [
    { match: '[ \\t]--(?:[ \\t].*)?$', name: `meta.directive.reason.${S}` },
    { match: '[a-z]+/[a-z0-9][a-z0-9-]*', name: `constant.other.rule-code.${S}` },
    { match: ',', name: `punctuation.separator.comma.${S}` },
  ],
};
repository['comment'] = {
  patterns: [
    include('directive'),
    {
      begin: '(?<=^|[ \\t])#',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.yaml' } },
      end: '$',
      name: 'comment.line.number-sign.yaml',
    },
  ],
};

// ---- flow collections we own (inside the lists above): a small, self-contained flow-YAML tokenizer,
// because the YAML grammar's repository rules have different names in VS Code and elsewhere.
/**
 * @param {string} type
 * @param {string} open
 * @param {string} close
 */
const flowCollection = (type, open, close) => ({
  begin: open,
  beginCaptures: { 0: { name: `punctuation.definition.${type}.begin.yaml` } },
  end: close,
  endCaptures: { 0: { name: `punctuation.definition.${type}.end.yaml` } },
  name: `meta.flow.${type}.yaml`,
  patterns: [include('flow-content')],
});
repository['flow-mapping'] = flowCollection('mapping', '\\{', '}');
repository['flow-sequence'] = flowCollection('sequence', '\\[', '\\]');
repository['flow-content'] = {
  patterns: [
    include('comment'),
    { match: ',', name: 'punctuation.separator.sequence.yaml' },
    include('flow-injections'),
    include('flow-mapping'),
    include('flow-sequence'),
    {
      match: `(?<=${FLOW_KEY_BEFORE})([^\\s,:{}\\[\\]#"'](?:[^,:{}\\[\\]#]|:(?![ \\t,\\]}]|$))*?)[ \\t]*(:)(?=[ \\t,\\]}]|$)`,
      captures: { 1: { name: 'string.unquoted.plain.in.yaml entity.name.tag.yaml' }, 2: { name: COLON } },
    },
    {
      begin: '"',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.yaml' } },
      end: '"',
      endCaptures: { 0: { name: 'punctuation.definition.string.end.yaml' } },
      name: 'string.quoted.double.yaml',
      patterns: [{ match: '\\\\.', name: 'constant.character.escape.yaml' }],
    },
    {
      begin: "'",
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.yaml' } },
      end: "'(?!')",
      endCaptures: { 0: { name: 'punctuation.definition.string.end.yaml' } },
      name: 'string.quoted.single.yaml',
      patterns: [{ match: "''", name: 'constant.character.escape.single-quote.yaml' }],
    },
    {
      match: `${FLOW_VALUE_AFTER}[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)${FLOW_END}`,
      name: 'constant.numeric.yaml',
    },
    {
      match: `${FLOW_VALUE_AFTER}[^\\s,:{}\\[\\]#"'](?:[^,:{}\\[\\]]|:(?![ \\t,\\]}]|$))*?${FLOW_END}`,
      name: 'string.unquoted.plain.in.yaml',
    },
  ],
};

// ---- the injections
repository['any-injections'] = {
  patterns: [include('directive'), ...LIST_KEYS.map(([name]) => include(`flow-list-${name}`))],
};
repository['block-injections'] = {
  patterns: [
    include('block-month-key'),
    ...LIST_KEYS.map(([name]) => include(`block-list-${name}`)),
    include('block-key-values'),
    include('block-shapes'),
  ],
};
repository['flow-injections'] = {
  patterns: [include('flow-month-key'), include('flow-key-values'), include('flow-shapes')],
};

// Flow collections are meta.flow.* in VS Code's YAML grammar and meta.flow-* in TextMate's.
const FLOWS = ['meta.flow', 'meta.flow-mapping', 'meta.flow-sequence'];
const NOT_TEXT = '-comment -string';
const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Strategy YAML',
  scopeName: ROOT,
  comment:
    'Generated by syntaxes/build-grammar.mjs: edit that file, then run `npm run grammar:update`. YAML plus scopes for ids, references, dates, months, times, statuses, networks, post types and strategy-lint directives.',
  patterns: [{ include: 'source.yaml' }],
  injections: {
    [`L:${ROOT} ${NOT_TEXT}`]: { patterns: [include('any-injections')] },
    [`L:${ROOT} ${NOT_TEXT} ${FLOWS.map((f) => `-${f}`).join(' ')}`]: {
      patterns: [include('block-injections')],
    },
    [FLOWS.map((f) => `L:${ROOT} ${f} ${NOT_TEXT}`).join(', ')]: { patterns: [include('flow-injections')] },
  },
  repository,
};

const text = await prettier.format(JSON.stringify(grammar), {
  ...(await prettier.resolveConfig(OUT)),
  filepath: OUT,
});
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error(`${OUT} is stale: run \`node syntaxes/build-grammar.mjs\`.`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
}
