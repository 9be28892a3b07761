// Writes docs/format.md, the reference of the strategy format: the field tables from the JSON Schema's
// descriptions, the diagnostics from RULES, and the trend math (hand-written below, from the contract).
// The schema and the rules are the sources, so the page cannot drift: test/unit/tooling/format-doc.test.ts fails
// when it is stale. The output goes through Prettier with the repository's settings.
//   tsx scripts/generate-format-doc.ts          rewrite docs/format.md
//   tsx scripts/generate-format-doc.ts --check  exit 1 when docs/format.md is not current
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { RULES, docsPath, type RuleMeta } from '../src/core';

const ROOT = join(__dirname, '..');
export const FORMAT_DOC = join(ROOT, 'docs', 'format.md');
export const SCHEMA_FILE = join(ROOT, 'schemas', 'strategy.schema.json');

interface Node {
  $ref?: string;
  type?: string;
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean | Node;
  propertyNames?: Node;
  pattern?: string;
  format?: string;
  minimum?: number;
  default?: unknown;
}

interface Schema extends Node {
  definitions: Record<string, Node>;
}

/** Headings for definitions whose own names are developers' words. */
const TITLES: Record<string, string> = {
  slug: 'Id',
  stringList: 'List of texts',
  slugList: 'List of ids',
};

function title(definition: string): string {
  if (TITLES[definition]) return TITLES[definition];
  const words = definition.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  return words[0].toUpperCase() + words.slice(1);
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const code = (v: unknown) => `\`${String(v)}\``;
/** A table cell: one line, pipes escaped (inside code spans too, as GitHub's tables want). */
const cell = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const plain = (md: string) => md.replace(/\*\*/g, '');

/** The paragraphs of a description that fit in a table cell (not code blocks), the example last. */
function inline(node: Node): string {
  const md = node.markdownDescription ?? node.description ?? '';
  const paragraphs = md.split(/\n{2,}/).filter((p) => !p.includes('\n'));
  const isExample = (p: string) => /^Examples?:/.test(p);
  const parts = paragraphs.filter((p) => !isExample(p));
  if (node.default !== undefined) parts.push(`Default: ${code(node.default)}.`);
  return plain([...parts, ...paragraphs.filter(isExample)].join(' '));
}

class Writer {
  private readonly out: string[] = [];
  private readonly anchors = new Set<string>();

  constructor(private readonly schema: Schema) {}

  line(...lines: string[]): void {
    this.out.push(...lines);
  }

  heading(level: number, text: string): void {
    const a = anchor(text);
    if (this.anchors.has(a)) throw new Error(`two headings would share the anchor #${a}`);
    this.anchors.add(a);
    this.out.push(`${'#'.repeat(level)} ${text}`, '');
  }

  text(): string {
    return `${this.out.join('\n')}\n`;
  }

  definitionName(node: Node): string | undefined {
    return node.$ref?.replace('#/definitions/', '');
  }

  /** A $ref with its sibling metadata laid over the definition (siblings only describe, in draft-07). */
  resolve(node: Node): Node {
    const name = this.definitionName(node);
    if (!name) return node;
    const definition = this.schema.definitions[name];
    if (!definition) throw new Error(`no definition ${name}`);
    return { ...definition, ...node, $ref: undefined };
  }

  /** The definition a field's section is about: an object, directly or as the items of a list. */
  sectionDefinition(node: Node): string | undefined {
    const name = this.definitionName(node) ?? (node.items && this.definitionName(node.items));
    return name && this.schema.definitions[name].type === 'object' ? name : undefined;
  }

  typeOf(node: Node, owner: string, key: string): string {
    const name = this.definitionName(node);
    if (name) {
      const def = this.schema.definitions[name];
      if (def.type === 'object') return `[${title(name)}](#${anchor(title(name))})`;
      // A list of ids reads better as "list of id" (linked) than as a link to "list of ids".
      if (def.type === 'array' && def.items?.$ref) return `list of ${this.typeOf(def.items, owner, key)}`;
      return `[${title(name).toLowerCase()}](#${anchor(title(name))})`;
    }
    if (node.enum && !node.type) return node.enum.map(code).join(' ');
    if (node.type === 'array' && node.items) {
      const item = this.definitionName(node.items)
        ? this.typeOf(node.items, owner, key)
        : node.items.properties
          ? `[${owner}: ${key}](#${anchor(`${owner}: ${key}`)})`
          : this.typeOf(node.items, owner, key);
      return `list of ${item}`;
    }
    if (node.type === 'object') {
      if (node.properties) return `section, see [${owner}: ${key}](#${anchor(`${owner}: ${key}`)})`;
      const keys = node.propertyNames ? this.typeOf(node.propertyNames, owner, key) : 'text';
      const values =
        typeof node.additionalProperties === 'object'
          ? this.typeOf(node.additionalProperties, owner, key)
          : 'any';
      return `mapping ${keys} → ${values}`;
    }
    if (node.type === 'number') return node.minimum !== undefined ? `number ≥ ${node.minimum}` : 'number';
    if (node.type === 'string') return node.format === 'uri' ? 'web address' : 'text';
    return node.type ?? 'any';
  }

  allowed(node: Node): string {
    const resolved = this.resolve(node);
    if (resolved.enum) return resolved.enum.map(code).join(', ');
    if (resolved.pattern && !this.definitionName(node)) return `the form ${code(resolved.pattern)}`;
    if (resolved.type === 'array' && resolved.items) {
      const items = this.resolve(resolved.items);
      if (items.enum) return `each one of ${items.enum.map(code).join(', ')}`;
    }
    return '';
  }

  /** The fields table of an object, then its inline enumerations and nested sections. */
  fields(owner: string, node: Node): void {
    const required = new Set(node.required ?? []);
    const nested: [string, Node][] = [];
    const enums: [string, Node][] = [];
    this.line('| key | type | required | meaning | allowed values |', '|---|---|---|---|---|');
    for (const [key, raw] of Object.entries(node.properties ?? {})) {
      const field = this.resolve(raw);
      this.line(
        `| ${[
          code(key),
          this.typeOf(raw, owner, key),
          required.has(key) ? 'yes' : '',
          inline(field),
          this.allowed(raw),
        ]
          .map(cell)
          .join(' | ')} |`,
      );
      if (!this.definitionName(raw)) {
        if (field.enum && field.type) enums.push([key, field]);
        if (field.properties || field.items?.properties) nested.push([key, field]);
      }
    }
    this.line('');
    if (node.additionalProperties !== false) this.line('Keys other than these are allowed here.', '');
    for (const [key, field] of enums) {
      this.heading(3, `${owner}: ${key}`);
      this.values(field);
    }
    for (const [key, field] of nested) {
      this.heading(3, `${owner}: ${key}`);
      const md = field.markdownDescription ?? field.description ?? '';
      if (field.items?.properties) {
        this.line(md, '', `Each item: ${plain(inline(field.items))}`, '');
        this.fields(`${owner}: ${key}`, field.items);
      } else {
        this.line(md, '');
        this.fields(`${owner}: ${key}`, field);
      }
    }
  }

  values(node: Node): void {
    const words = node.markdownEnumDescriptions ?? node.enumDescriptions ?? [];
    this.line('| value | meaning |', '|---|---|');
    node.enum!.forEach((v, i) => this.line(`| ${cell(code(v))} | ${cell(plain(words[i] ?? ''))} |`));
    this.line('');
  }

  /** A section for an object definition: its description (with its example) and its fields. */
  objectSection(name: string, usedBy: string): void {
    const def = this.schema.definitions[name];
    this.heading(2, title(name));
    this.line(usedBy, '', def.markdownDescription ?? def.description ?? '', '');
    this.fields(title(name), def);
  }

  /** A section for a value type or an enumeration many fields share. */
  valueSection(name: string): void {
    const def = this.schema.definitions[name];
    this.heading(3, title(name));
    this.line(def.markdownDescription ?? def.description ?? '', '');
    if (def.pattern) this.line(`Its form, as a regular expression: ${code(def.pattern)}.`, '');
    if (def.format === 'date') this.line('The day must exist in the Gregorian calendar.', '');
    if (def.enum) this.values(def);
  }
}

function ruleLink(rule: RuleMeta): string {
  return `[${code(rule.code)}](${docsPath(rule.code).replace(/^docs\//, '')})`;
}

/** The page, before Prettier. */
export function formatDocMarkdown(schema: Schema, rules: readonly RuleMeta[] = RULES): string {
  const w = new Writer(schema);
  w.line(
    '<!-- Generated by scripts/generate-format-doc.ts from schemas/strategy.schema.json and the rule registry (src/core). Edit those, or the hand-written text in the script, then run `tsx scripts/generate-format-doc.ts`. -->',
    '',
  );
  w.heading(1, 'The strategy file format, version 1');
  w.line(
    'A social media strategy lives in one YAML file whose name ends in `.strategy.yaml` (or `.strategy.yml`). A workspace may hold many of them: an agency keeps one per client. This page is the reference of everything such a file may contain, what `strategy-lint` and the editor report about it, and how the trend numbers are computed. The [user guide](guide.md) explains the same fields step by step with examples.',
    '',
    'Conventions that hold everywhere:',
    '',
    '- Keys are written in camelCase (`valueProposition`, `postsPerWeek`).',
    '- Days are `YYYY-MM-DD`, months `YYYY-MM`, both Gregorian; times `HH:MM` on the 24-hour clock.',
    '- Text may be in any language and script (Persian, Arabic, Latin…); nothing assumes left-to-right text.',
    '- Every `id` is a short Latin [id](#id), unique within its list (a repeated one is `ref/duplicate-id`). Other parts of the file point at items by their ids; a reference to an id that does not exist is one of the `ref/unknown-*` findings.',
    '- A key the format does not define is an error (`schema/additional-property`), so a typo is caught rather than ignored.',
    '',
    '## Contents',
    '',
  );
  const root = schema;
  const sections: [string, string][] = [];
  for (const [key, node] of Object.entries(root.properties ?? {})) {
    const name = w.sectionDefinition(node);
    if (name && !sections.some(([n]) => n === name)) {
      sections.push([name, node.type === 'array' ? `Each item of \`${key}\`.` : `The value of \`${key}\`.`]);
    }
  }
  // Object definitions used inside a section (a post's `repeat`) get a section of their own, after it.
  for (let i = 0; i < sections.length; i++) {
    const [owner] = sections[i];
    for (const [key, node] of Object.entries(schema.definitions[owner].properties ?? {})) {
      const name = w.sectionDefinition(node);
      if (name && !sections.some(([n]) => n === name)) {
        sections.splice(i + 1, 0, [name, `The value of \`${key}\` in a ${title(owner).toLowerCase()}.`]);
      }
    }
  }
  const toc = [
    'Top level',
    ...sections.map(([n]) => title(n)),
    'Value types',
    'Diagnostics',
    'Metric trends and goal forecasts',
    'Machine-readable output',
  ];
  w.line(...toc.map((t) => `- [${t}](#${anchor(t)})`), '');

  w.heading(2, 'Top level');
  w.line(root.markdownDescription ?? root.description ?? '', '');
  w.fields('Top level', root);
  for (const [name, usedBy] of sections) w.objectSection(name, usedBy);

  w.heading(2, 'Value types');
  w.line('The kinds of values many fields share.', '');
  for (const [name, def] of Object.entries(schema.definitions)) {
    if (def.type !== 'object') w.valueSection(name);
  }

  w.heading(2, 'Diagnostics');
  w.line(
    'Every finding has a stable code, a severity (`error`, `warning` or `info`), a message written for a marketer, and the smallest part of the file that shows the problem: the offending value; for an unknown key, that key; for a missing key, the key whose section lacks it (for a list item, its `id` value, else its first key; at the top level, the first line). The `smart/*` findings sit on the value at fault where there is one (a too-short `title`, a `deadline` outside the period, an unreachable `target`), else on the goal’s `id` value, with at most one finding per letter per goal. `ref/duplicate-id` sits on the repeated `id` value, `calendar/outside-period` on the post’s `date`, `calendar/conflict` on the later post’s `time`, `calendar/cadence` on the platform’s `cadence` key and `metrics/gap` on the metric’s `values` key.',
    '',
    'Each code links to its page: what it checks, why it matters, how to fix it. Severities can be changed, or a rule turned `off`, per code or per category (`smart/*`) in `.strategy-lint.yaml`, the editor setting `strategy.rules` and the command line; see [Rules](rules/README.md#changing-severities).',
    '',
    '| code | default severity | what it reports |',
    '|---|---|---|',
    ...rules.map((r) => `| ${ruleLink(r)} | ${r.severity} | ${cell(r.summary)} |`),
    '',
  );

  w.heading(2, 'Metric trends and goal forecasts');
  w.line(...TREND_MATH, '');
  w.heading(2, 'Machine-readable output');
  w.line(...MACHINE_OUTPUT);
  return w.text();
}

// The contract's math, in this project's words. x counts months from the metric's first value.
const TREND_MATH = [
  'The trends command, the trends panel, CodeLens and `goals/off-pace` all compute the same numbers. A metric’s values are taken in month order; for each value, `x` is the number of whole months since the month of the first value, and `y` the value.',
  '',
  '### Per metric',
  '',
  '| number | how it is computed | missing (`null`) when |',
  '|---|---|---|',
  '| `last` | the value of the latest month | the metric has no values |',
  '| `previous` | the value before the last one | fewer than 2 values |',
  '| `mom` | month-over-month change in percent: `(last - previous) / previous × 100` | fewer than 2 values, or `previous` is 0 |',
  '| `slope` | the slope `b` of the least-squares line `y = a + b·x` through all values, in units per month: `b = Σ(x - x̄)(y - ȳ) / Σ(x - x̄)²`, `a = ȳ - b·x̄` | fewer than 2 values |',
  '| `r2` | how well that line fits, from 0 (not at all) to 1 (exactly): `Sxy² / (Sxx · Syy)`, with `Sxx = Σ(x - x̄)²`, `Syy = Σ(y - ȳ)²`, `Sxy = Σ(x - x̄)(y - ȳ)`; 1 when every value is the same | fewer than 3 values |',
  '| `ma3` | the mean of the last 3 values | fewer than 3 values |',
  '',
  '### Per goal',
  '',
  'Every goal whose `metric` names a defined metric gets these numbers:',
  '',
  '| number | how it is computed | missing (`null`) when |',
  '|---|---|---|',
  '| `baseline` | the goal’s `baseline`, else the metric’s first value | neither exists |',
  '| `target`, `deadline` | the goal’s own | the goal has none |',
  '| `forecast` | the metric’s least-squares line at the deadline: `a + b·x`, where `x` is the number of months from the first value’s month to the deadline’s month. When every value of the metric is at least 0 (a count, a duration), a forecast below 0 is 0 | fewer than 2 values, or no deadline |',
  '| `progress` | how far the last value has come from baseline to target: `(last - baseline) / (target - baseline)`, kept between 0 and 1 | `target` equals `baseline`, or either is missing |',
  '',
  'A goal whose target is below its baseline reduces its metric (response time, cost); “reaches” below means “at or below” for such a goal and “at or above” for the others. The `verdict` is the first of these that applies:',
  '',
  '1. `achieved`: the last value reaches the target.',
  '2. `insufficient-data`: fewer than 2 values (or no target, or no forecast because there is no deadline).',
  '3. `on-track`: the forecast reaches the target.',
  '4. `at-risk`: the forecast covers at least 80% of the way from baseline to target, `(forecast - baseline) / (target - baseline) ≥ 0.8`.',
  '5. `off-track`: anything else.',
  '',
  '`goals/off-pace` reports the goals whose verdict is `at-risk` or `off-track`.',
  '',
  '### Achievable growth (`smart/achievable`)',
  '',
  'A goal is not achievable when it has no starting point (no `baseline` and no metric values), or when it asks for a faster pace than the metric has ever had. The pace check runs when the metric has at least 3 values, the goal has a `target` and a `deadline`, the last value has not reached the target yet, and both the last value and the target are above 0:',
  '',
  '- Let `v` be the last value, `t` the target and `m` the whole months from the last value’s month to the deadline’s month (at least 1). The growth needed per month is `(t / v)^(1/m) - 1`.',
  '- For each pair of consecutive values `p` (month `i`) and `q` (month `j`) with `p > 0` and `q ≥ 0`, the observed growth per month is `(q / p)^(1/(j - i)) - 1`. The best month is the largest of these.',
  '- The goal is reported when the needed growth exceeds the best observed growth.',
  '- For a reducing goal (target below baseline) the same comparison is made with declines: the needed decline `1 - (t / v)^(1/m)` against the largest observed decline `1 - (q / p)^(1/(j - i))`.',
  '',
  'The check compounds the best month ever, while the forecast extends the average trend in a straight line, so a goal can be achievable and still `at-risk`.',
];

const MACHINE_OUTPUT = [
  '`strategy-lint lint --format json FILES...` prints one JSON array of findings, ordered by file, line and column:',
  '',
  '```json',
  '[',
  '  {',
  '    "file": "plans/coffee.strategy.yaml",',
  '    "line": 12,',
  '    "column": 5,',
  '    "endLine": 12,',
  '    "endColumn": 19,',
  '    "severity": "error",',
  '    "code": "ref/unknown-platform",',
  '    "message": "…"',
  '  }',
  ']',
  '```',
  '',
  'Lines and columns count from 1, columns in UTF-16 code units (as VS Code counts them), and the end is exclusive. The exit status is 0 when there are no errors, 1 when there are errors (or more warnings than `--max-warnings`), and 2 for a usage or file problem.',
  '',
  '`strategy-lint trends --format json FILE` prints the numbers above:',
  '',
  '```json',
  '{',
  '  "metrics": [{ "id": "…", "last": 0, "previous": 0, "mom": 0, "slope": 0, "r2": 0, "ma3": 0 }],',
  '  "goals": [',
  '    {',
  '      "id": "…",',
  '      "metric": "…",',
  '      "baseline": 0,',
  '      "target": 0,',
  '      "deadline": "2025-12-31",',
  '      "forecast": 0,',
  '      "progress": 0,',
  '      "verdict": "on-track"',
  '    }',
  '  ]',
  '}',
  '```',
  '',
  'Numbers are not rounded; a number that cannot be computed is `null`.',
];

/** docs/format.md as it should be: the page formatted with the repository's Prettier settings. */
export async function formatDoc(): Promise<string> {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;
  for (const rule of RULES) {
    if (!existsSync(join(ROOT, docsPath(rule.code)))) throw new Error(`${docsPath(rule.code)} is missing`);
  }
  const options = (await prettier.resolveConfig(FORMAT_DOC)) ?? {};
  return prettier.format(formatDocMarkdown(schema), { ...options, filepath: FORMAT_DOC });
}

async function main(argv: readonly string[]): Promise<number> {
  const next = await formatDoc();
  const current = existsSync(FORMAT_DOC) ? readFileSync(FORMAT_DOC, 'utf8') : undefined;
  if (argv.includes('--check')) {
    if (next === current) return 0;
    console.error('docs/format.md is stale; run `tsx scripts/generate-format-doc.ts`.');
    return 1;
  }
  if (next !== current) writeFileSync(FORMAT_DOC, next);
  console.log(next === current ? 'docs/format.md is current' : 'wrote docs/format.md');
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
