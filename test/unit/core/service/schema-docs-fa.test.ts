// The schema's texts in a Persian file (issue 11): every description of schemas/strategy.schema.json has
// its Persian translation (src/core/text/i18n/fa/schema-docs.ts) with the same fields, and hovers and
// completion show it in a Persian file; an English file keeps the schema's English texts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, renderContext } from '../../../../src/core/engine/lint';
import { completions } from '../../../../src/core/service/completion';
import { hover } from '../../../../src/core/service/hover';
import { schemaPointers } from '../../../../src/core/service/schema-nav';
import { ENGLISH } from '../../../../src/core/text/i18n/message';
import { schemaDocs, schemaSnippets } from '../../../../src/core/text/i18n/fa/schema-docs';
import { at, cursor } from './helper';

const SCHEMA = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', '..', 'schemas', 'strategy.schema.json'), 'utf8'),
) as Record<string, unknown>;
const FIELDS = [
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
] as const;
const PERSIAN = /[\u0600-\u06FF]/;

type Node = Record<string, unknown>;

/** Every object of the schema by JSON pointer. */
function objects(value: unknown, pointer = '', out = new Map<string, Node>()): Map<string, Node> {
  if (!value || typeof value !== 'object') return out;
  if (Array.isArray(value)) value.forEach((v, i) => objects(v, `${pointer}/${i}`, out));
  else {
    out.set(pointer, value as Node);
    for (const [k, v] of Object.entries(value))
      objects(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
  return out;
}

const ALL = objects(SCHEMA);
/** The schema nodes with texts: those with a string description or an array of enum descriptions. */
const DOCUMENTED = [...ALL].filter(
  ([p, n]) =>
    !/\/defaultSnippets\//.test(p) &&
    (typeof n.description === 'string' ||
      typeof n.markdownDescription === 'string' ||
      Array.isArray(n.enumDescriptions) ||
      Array.isArray(n.markdownEnumDescriptions)),
);
const SNIPPETS = [...ALL].filter(([p]) => /\/defaultSnippets\/\d+$/.test(p));

/** The English shape of a node's texts: which fields, and the arrays' lengths. */
function shape(n: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of FIELDS) {
    const v = n[f];
    if (typeof v === 'string') out[f] = -1;
    else if (Array.isArray(v)) out[f] = v.length;
  }
  return out;
}

/** Every Persian string with where it is. */
const persianTexts: [string, string][] = Object.entries(schemaDocs).flatMap(([p, d]) =>
  FIELDS.flatMap((f) => {
    const v = d[f];
    if (v === undefined) return [];
    return (Array.isArray(v) ? v : [v]).map((t, i): [string, string] => [
      `${p} ${f}${Array.isArray(v) ? `[${i}]` : ''}`,
      t,
    ]);
  }),
);

describe('the schema in Persian (issue 11)', () => {
  it('has a Persian entry for every documented schema node, with the same fields and array lengths', () => {
    assert.ok(DOCUMENTED.length > 100, `${DOCUMENTED.length} documented nodes`);
    const missing = DOCUMENTED.filter(([p]) => !(p in schemaDocs)).map(([p]) => p);
    assert.deepEqual(missing, []);
    for (const [p, n] of DOCUMENTED)
      assert.deepEqual(
        shape(schemaDocs[p] as Record<string, unknown>),
        shape(n),
        `fields of ${p || '(root)'}`,
      );
  });

  it('has no Persian entry for a pointer that is not a documented node of the schema', () => {
    const documented = new Set(DOCUMENTED.map(([p]) => p));
    assert.deepEqual(
      Object.keys(schemaDocs).filter((p) => !documented.has(p)),
      [],
    );
    // The service's index of the schema agrees with this one.
    const indexed = new Set(schemaPointers());
    assert.deepEqual(
      Object.keys(schemaDocs).filter((p) => !indexed.has(p)),
      [],
    );
  });

  it('translates every snippet label and description, and nothing else', () => {
    assert.deepEqual(Object.keys(schemaSnippets).sort(), SNIPPETS.map(([p]) => p).sort());
    for (const [p, n] of SNIPPETS) {
      const fa = schemaSnippets[p] as Record<string, unknown>;
      assert.deepEqual(Object.keys(fa).sort(), ['label', 'description'].filter((k) => k in n).sort(), p);
      for (const v of Object.values(fa)) assert.match(String(v), PERSIAN, p);
    }
  });

  it('writes Persian: Persian letters, ZWNJ in verbs, Markdown that still parses', () => {
    for (const [where, t] of persianTexts) {
      assert.match(t, PERSIAN, where);
      assert.doesNotMatch(t, /[\u0643\u064A]/, `${where}: Arabic kaf or yeh`);
      assert.doesNotMatch(t, /(^|[\s(])ن?می (?=[\u0600-\u06FF])/, `${where}: «می» without ZWNJ`);
      const prose = t.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
      assert.doesNotMatch(prose, /[,;?](?=\s[\u0600-\u06FF])/, `${where}: Latin punctuation before Persian`);
      assert.equal((t.match(/```/g) ?? []).length % 2, 0, `${where}: code fences`);
      const outsideFences = t.replace(/```[\s\S]*?```/g, '');
      assert.equal((outsideFences.match(/`/g) ?? []).length % 2, 0, `${where}: code spans`);
      assert.equal((outsideFences.match(/\*\*/g) ?? []).length % 2, 0, `${where}: bold`);
    }
  });

  it('keeps the Markdown texts free of Latin digits outside code: numbers in prose are Persian', () => {
    for (const [where, t] of persianTexts) {
      if (!/markdown/.test(where)) continue;
      const prose = t.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
      assert.doesNotMatch(prose, /[0-9]/, where);
    }
  });

  it("keeps the YAML keys and values of the English examples' code blocks", () => {
    // The keys of each example and its code-like values (ids, dates, numbers) stay as in English.
    for (const [p, n] of DOCUMENTED) {
      const en = n.markdownDescription as string | undefined;
      const fa = schemaDocs[p]?.markdownDescription;
      if (!en || !fa) continue;
      const keys = (s: string) => [...s.matchAll(/^\s*-?\s*([A-Za-z][\w.]*):/gm)].map((m) => m[1]);
      const fence = (s: string) => (s.match(/```yaml\n[\s\S]*?```/g) ?? []).join('\n');
      assert.deepEqual(keys(fence(fa)), keys(fence(en)), p);
      const codeLike = (s: string) =>
        (fence(s).match(/\b\d{4}-\d{2}(-\d{2})?\b|\b[a-z]+(?:-[a-z0-9]+)+\b/g) ?? []).sort();
      assert.deepEqual(codeLike(fa), codeLike(en), p);
    }
  });
});

// A Persian file (`language: fa`) and the same file in English.
const lines = (language: string) => [
  'version: 1',
  'name: Coffee',
  `language: ${language}`,
  'period: {start: 2027-01-01, end: 2027-06-30}',
  'platforms:',
  '  - id: ig',
  '    network: instagram',
  '    priority: primary',
  'metrics:',
  '  - id: followers',
  '    platform: ig',
  '    values: {2027-01: 1000}',
  'goals:',
  '  - id: grow',
  '    title: Grow Instagram followers a lot',
  '    metric: followers',
  '    target: 12000',
  '    deadline: 2027-06-30',
  'calendar:',
  '  - date: 2027-03-01',
  '    platform: ig',
  '    title: Tips',
  '    status: draft',
  '    repeat: {every: week, on: [mon], until: 2027-03-31}',
  '',
];
const FA_TEXT = lines('fa').join('\n');
const EN_TEXT = lines('en').join('\n');
const faFile = lint(FA_TEXT, {});
const enFile = lint(EN_TEXT, {});
const fa = renderContext(faFile.analysis, {});
const en = renderContext(enFile.analysis, {});
const faHover = (needle: string, delta: number) =>
  hover(faFile.analysis, at(FA_TEXT, needle, delta), faFile.findings, {}, fa)?.markdown;
const enHover = (needle: string, delta: number) =>
  hover(enFile.analysis, at(EN_TEXT, needle, delta), enFile.findings, {}, en)?.markdown;

describe('schema texts in hovers and completion of a Persian file (issue 11)', () => {
  it('reads the files in their languages', () => {
    assert.equal(fa.language, 'fa');
    assert.equal(en.language, 'en');
  });

  it("a goal's target: the Persian description in a Persian file, the English one unchanged in English", () => {
    assert.equal(
      faHover('target:', 2),
      schemaDocs['/definitions/goal/properties/target'].markdownDescription,
    );
    assert.ok(faHover('target:', 2)!.startsWith('**مقصد**: مقداری که باید به آن رسید'));
    assert.equal(
      enHover('target:', 2),
      'The **value to reach** (the *M* of SMART). For a goal that reduces something, such as response time, the target is below the baseline.\n\nExample: `5000`',
    );
    // Without a context, as before: English.
    assert.equal(hover(faFile.analysis, at(FA_TEXT, 'target:', 2))!.markdown, enHover('target:', 2));
    assert.equal(
      hover(faFile.analysis, at(FA_TEXT, 'target:', 2), [], {}, ENGLISH)!.markdown,
      enHover('target:', 2),
    );
  });

  it("a $ref's own texts win over its definition's, in Persian as in English", () => {
    // `period:` at the top: the property's own text, not the definition's.
    assert.equal(faHover('period:', 2), schemaDocs['/properties/period'].markdownDescription);
    assert.match(
      enHover('period:', 2)!,
      /^The \*\*time span\*\* the strategy covers: `start` and `end` days/,
    );
    // `repeat:` of a post, and a key inside the series: the Persian text, then the series in Persian.
    assert.ok(
      faHover('repeat:', 2)!.startsWith(
        schemaDocs['/definitions/post/properties/repeat'].markdownDescription!,
      ),
    );
    assert.ok(
      faHover('until:', 2)!.startsWith(
        schemaDocs['/definitions/repeat/properties/until'].markdownDescription!,
      ),
    );
  });

  it('enum values: the Persian description of the value, through the definition a $ref names', () => {
    assert.equal(faHover('network: instagram', 12), '`instagram`: **اینستاگرام**.');
    assert.equal(enHover('network: instagram', 12), '`instagram`: **Instagram**.');
    assert.equal(
      faHover('priority: primary', 12),
      '`primary`: شبکهٔ **اصلی**: بیشترین تلاش این‌جا صرف می‌شود.',
    );
    assert.equal(faHover('status: draft', 10), '`draft`: در حال **نوشتن یا ساختن**.');
    assert.equal(
      faHover('every: week', 8)!.split('\n\n')[0],
      '`week`: هر **هفته** (یا هر `interval` هفته یک بار)، در روزهای هفتهٔ `on`.',
    );
    assert.equal(faHover('[mon]', 2)!.split('\n\n')[0], '`mon`: **دوشنبه**');
    assert.equal(faHover('language: fa', 11), '`fa`: **فارسی**.');
  });

  it('a Persian file has no English schema text left in its key hovers', () => {
    const keys = [...FA_TEXT.matchAll(/^[ -]*([A-Za-z]+):/gm)];
    assert.ok(keys.length > 15);
    for (const m of keys) {
      const offset = m.index + m[0].indexOf(m[1]) + 1;
      const md = hover(faFile.analysis, offset, faFile.findings, {}, fa)?.markdown;
      if (md === undefined) continue;
      assert.match(md, PERSIAN, m[1]);
      assert.doesNotMatch(
        md.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, ''),
        /\b(the|of|and|Example)\b/,
        m[1],
      );
    }
  });

  it("completion: keys' and values' documentation, and the snippets, in Persian", () => {
    const { text, offset } = cursor('language: fa\ngoals:\n  - id: g\n    tar|\n');
    const faItems = completions(lint(text, {}).analysis, offset, {}, fa);
    const target = faItems.find((i) => i.label === 'target')!;
    assert.equal(target.documentation, schemaDocs['/definitions/goal/properties/target'].markdownDescription);
    const enItems = completions(lint(text, {}).analysis, offset, {}, ENGLISH);
    assert.match(enItems.find((i) => i.label === 'target')!.documentation!, /^The \*\*value to reach\*\*/);

    const v = cursor('language: fa\nplatforms:\n  - id: ig\n    priority: |\n');
    const values = completions(lint(v.text, {}).analysis, v.offset, {}, fa);
    assert.equal(
      values.find((i) => i.label === 'experimental')!.documentation,
      'شبکه‌ای **در حال آزمایش**؛ فقط اگر جواب داد نگهش دارید.',
    );

    const s = cursor('language: fa\ngoals:\n  - |\n');
    const snippet = completions(lint(s.text, {}).analysis, s.offset, {}, fa).find(
      (i) => i.kind === 'snippet',
    )!;
    assert.equal(snippet.label, 'هدف SMART');
    assert.equal(snippet.detail, 'هدفی با همهٔ فیلدهای SMART');
    assert.equal(snippet.documentation, schemaDocs['/definitions/goal'].markdownDescription);
    assert.match(snippet.insertText, /^id: \$1\n {2}title: \$2\n/);
    const enSnippet = completions(lint(s.text, {}).analysis, s.offset, {}, ENGLISH).find(
      (i) => i.kind === 'snippet',
    )!;
    assert.equal(enSnippet.label, 'SMART goal');
    assert.equal(enSnippet.detail, 'A goal with every SMART field');

    const l = cursor('language: fa\ncalendar:\n  - date: 2027-01-04\n    title: x\n  |\n');
    assert.deepEqual(
      completions(lint(l.text, {}).analysis, l.offset, {}, fa).map((i) => [i.label, i.detail]),
      [['- پست', 'یک مورد از تقویم محتوا']],
    );
  });
});
