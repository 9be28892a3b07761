// Property (issue 7): on the examples with a realistic mistake in them, applying any one offered fix
// (safe or not, the "disable for this line" one too) never drops a key or a comment it does not name,
// and never turns a file that parsed into one that does not; a safe fix also settles its finding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, Lexer, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { applyEdits, disableRuleFix, lint, type TextEdit } from '../../../../src/core';

const root = join(__dirname, '..', '..', '..', '..');
const BASES = [
  'examples/coffee-roastery.strategy.yaml',
  'examples/persian-bakery.strategy.yaml',
  'test/fixtures/valid/flow-style.strategy.yaml',
].map((f) => readFileSync(join(root, f), 'utf8'));

type Seg = string | number;

interface KeyEntry {
  path: Seg[];
  node: Scalar;
}
interface ValueEntry {
  path: Seg[];
  node: Scalar;
  /** The value of a `key: value` pair (not a list item). */
  inPair: boolean;
  /** Inside `{...}` or `[...]`. */
  flow: boolean;
  /** The mapping holding the pair. */
  map?: YAMLMap;
  key?: Scalar;
}
interface Walked {
  keys: KeyEntry[];
  values: ValueEntry[];
  /** Block mappings that are items of a block list. */
  items: YAMLMap[];
}

/** Every key and scalar value of text's document (a broken one too: yaml recovers what it can). */
function walk(text: string): Walked & { parses: boolean } {
  const doc = parseDocument(text);
  const out: Walked & { parses: boolean } = {
    keys: [],
    values: [],
    items: [],
    parses: doc.errors.length === 0,
  };
  const visit = (node: unknown, path: Seg[], flow: boolean): void => {
    if (isMap(node)) {
      const inner = flow || !!node.flow;
      for (const pair of node.items) {
        const value: unknown = isScalar(pair.key) ? pair.key.value : null;
        if (!isScalar(pair.key) || (typeof value !== 'string' && typeof value !== 'number')) continue;
        const name = String(value);
        out.keys.push({ path: [...path, name], node: pair.key });
        if (isScalar(pair.value))
          out.values.push({
            path: [...path, name],
            node: pair.value,
            inPair: true,
            flow: inner,
            map: node,
            key: pair.key,
          });
        else visit(pair.value, [...path, name], inner);
      }
    } else if (isSeq(node)) {
      const inner = flow || !!node.flow;
      node.items.forEach((item, i) => {
        if (isScalar(item)) out.values.push({ path: [...path, i], node: item, inPair: false, flow: inner });
        else {
          if (isMap(item) && !inner && !item.flow) out.items.push(item);
          visit(item, [...path, i], inner);
        }
      });
    }
  };
  visit(doc.contents, [], false);
  return out;
}

const pathKey = (path: Seg[]) => JSON.stringify(path);

/** Comments, found by yaml's own lexer (so `#` inside quotes or block text is not one). */
function comments(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const token of new Lexer().lex(text)) {
    // Control tokens (document start, flow end, scalar) are not characters of the text.
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    if (token.startsWith('#')) out.push({ start: at, end: at + token.length, text: token });
    at += token.length;
  }
  return out;
}

/** One edit of a character: two swapped, one dropped or one doubled. */
function typo(word: string, n: number): string {
  const chars = Array.from(word);
  if (chars.length < 2) return word + word;
  const i = n % (chars.length - 1);
  const way = Math.floor(n / 7) % 3;
  const out = [...chars];
  if (way === 0 && chars[i] !== chars[i + 1]) [out[i], out[i + 1]] = [out[i + 1], out[i]];
  else if (way === 1 || (way === 0 && chars.length > 2)) out.splice(i + 1, 1);
  else out.splice(i, 0, chars[i]);
  return out.join('');
}

const ENUM_FIELDS = new Set(['network', 'priority', 'status', 'type', 'kind', 'aggregation', 'every']);
const ENUM_LISTS = new Set(['purposes', 'contentTypes']);
const REF_FIELDS = new Set(['platform', 'goal', 'metric', 'objective']);
const REF_LISTS = new Set(['platforms', 'audiences', 'goals']);

const plainString = (v: ValueEntry) =>
  v.node.type === 'PLAIN' && typeof v.node.value === 'string' && !!v.node.range;
const last = (path: Seg[], back = 1) => path[path.length - back];

interface Mutated {
  text: string;
  what: string;
  rename?: { from: Seg[]; to: Seg[] };
}

type Mutation = (text: string, pick: number, variant: number) => Mutated | undefined;

/** Replaces a plain scalar's characters. */
function rewrite(text: string, node: Scalar, source: string): string {
  return text.slice(0, node.range![0]) + source + text.slice(node.range![1]);
}

function choose<T>(list: T[], pick: number): T | undefined {
  return list.length ? list[pick % list.length] : undefined;
}

const MUTATIONS: Record<string, Mutation> = {
  enumTypo(text, pick, variant) {
    const v = choose(
      walk(text).values.filter(
        (x) =>
          plainString(x) &&
          (x.inPair ? ENUM_FIELDS.has(String(last(x.path))) : ENUM_LISTS.has(String(last(x.path, 2)))),
      ),
      pick,
    );
    if (!v) return undefined;
    return {
      text: rewrite(text, v.node, typo(String(v.node.value), variant)),
      what: `enum typo at ${pathKey(v.path)}`,
    };
  },
  keyTypo(text, pick, variant) {
    const k = choose(
      walk(text).keys.filter((x) => x.node.type === 'PLAIN' && /^[a-zA-Z]{3,}$/.test(String(x.node.value))),
      pick,
    );
    if (!k) return undefined;
    const name = typo(String(k.node.value), variant);
    return {
      text: rewrite(text, k.node, name),
      what: `key typo at ${pathKey(k.path)}: ${name}`,
      rename: { from: k.path, to: [...k.path.slice(0, -1), name] },
    };
  },
  refTypo(text, pick, variant) {
    const v = choose(
      walk(text).values.filter(
        (x) =>
          plainString(x) &&
          x.path[0] !== 'competitors' &&
          (x.inPair
            ? REF_FIELDS.has(String(last(x.path)))
            : x.path.length >= 4 && REF_LISTS.has(String(last(x.path, 2)))),
      ),
      pick,
    );
    if (!v) return undefined;
    return {
      text: rewrite(text, v.node, typo(String(v.node.value), variant)),
      what: `reference typo at ${pathKey(v.path)}`,
    };
  },
  atStart(text, pick, variant) {
    const v = choose(
      walk(text).values.filter((x) => plainString(x) && x.inPair && !/[\r\n]/.test(String(x.node.value))),
      pick,
    );
    if (!v) return undefined;
    const mark = variant % 2 ? '`' : '@';
    return {
      text: rewrite(text, v.node, mark + String(v.node.value)),
      what: `${mark} before ${pathKey(v.path)}`,
    };
  },
  titleWithColon(text, pick) {
    const v = choose(
      walk(text).values.filter((x) => plainString(x) && x.inPair && last(x.path) === 'title'),
      pick,
    );
    if (!v) return undefined;
    return {
      text: rewrite(text, v.node, `Launch: ${String(v.node.value)}`),
      what: `': ' in ${pathKey(v.path)}`,
    };
  },
  blockScalar(text, pick, variant) {
    const v = choose(
      walk(text).values.filter((x) => {
        if (!x.inPair || x.flow || x.node.type !== 'PLAIN' || !x.node.range || !x.key?.range) return false;
        const end = x.node.range[1];
        const rest = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
        return rest.trim() === '' && !text.slice(x.key.range[0], end).includes('\n');
      }),
      pick,
    );
    if (!v) return undefined;
    const keyStart = v.key!.range![0];
    const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
    const header = ['|', '|-', '>', '>-'][variant % 4];
    const source = text.slice(v.node.range![0], v.node.range![1]);
    return {
      text: rewrite(text, v.node, `${header}\n${' '.repeat(column + 2)}${source}`),
      what: `block scalar (${header}) at ${pathKey(v.path)}`,
    };
  },
  flowMapping(text, pick) {
    const item = choose(
      walk(text).items.filter((m) => {
        if (!m.range || m.items.length === 0) return false;
        const body = text.slice(m.range[0], m.range[1]);
        return (
          !body.includes('#') &&
          m.items.every(
            (p) =>
              isPair(p) &&
              isScalar(p.key) &&
              isScalar(p.value) &&
              p.value.type !== 'BLOCK_LITERAL' &&
              p.value.type !== 'BLOCK_FOLDED' &&
              !/[,[\]{}\n]|:$/.test(text.slice(p.value.range![0], p.value.range![1])),
          )
        );
      }),
      pick,
    );
    if (!item) return undefined;
    const src = (n: unknown) => text.slice((n as Scalar).range![0], (n as Scalar).range![1]);
    const pairs = item.items.map((p) => `${src(p.key)}: ${src(p.value)}`);
    const end = (item.items[item.items.length - 1].value as Scalar).range![1];
    return {
      text: `${text.slice(0, item.range![0])}{${pairs.join(', ')}}${text.slice(end)}`,
      what: `flow mapping at ${item.range![0]}`,
    };
  },
  quotedId(text, pick, variant) {
    const v = choose(
      walk(text).values.filter(
        (x) => plainString(x) && x.inPair && last(x.path) === 'id' && x.path.length === 3,
      ),
      pick,
    );
    if (!v) return undefined;
    const id = String(v.node.value);
    const source = [`"${id}]"`, `'${id},'`, `"${id}}"`, `'@${id}'`, `"${id}:"`, `'${id} #'`][variant % 6];
    return { text: rewrite(text, v.node, source), what: `id ${source} at ${pathKey(v.path)}` };
  },
};

/** Key paths with `from` (and everything under it) moved to `to`. */
function renamed(paths: Set<string>, from: Seg[], to: Seg[]): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const path = JSON.parse(p) as Seg[];
    const under = from.every((s, i) => path[i] === s);
    out.add(under ? pathKey([...to, ...path.slice(from.length)]) : p);
  }
  return out;
}

/** Key paths whose key the fix edits (a renamed field): those, and what lies under them, may go. */
function namedKeys(keys: KeyEntry[], edits: readonly TextEdit[]): Seg[][] {
  return keys
    .filter((k) => edits.some((e) => k.node.range![0] <= e.start && e.end <= k.node.range![1]))
    .map((k) => k.path);
}

describe('property: fixes on mutated examples keep keys, comments and parsing (issue 7)', () => {
  const mutation = fc.record({
    kind: fc.constantFrom(...Object.keys(MUTATIONS)),
    pick: fc.nat(10_000),
    variant: fc.nat(1_000),
  });

  it('applying any one offered fix never drops a key or a comment it does not name, nor breaks parsing', () => {
    fc.assert(
      fc.property(
        fc.nat(BASES.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 2 }),
        (b, mutations) => {
          let text = BASES[b];
          let keys = new Set(walk(text).keys.map((k) => pathKey(k.path)));
          const done: string[] = [];
          for (const m of mutations) {
            const r = MUTATIONS[m.kind](text, m.pick, m.variant);
            if (!r) continue;
            text = r.text;
            done.push(r.what);
            if (r.rename) keys = renamed(keys, r.rename.from, r.rename.to);
          }
          // A broken file's document shows less than it holds: require only the keys yaml still sees in it
          // (a key the parser makes up from the broken text, like 'Launch' in 'title: Launch: x', is not one).
          const mutated = walk(text);
          const mutatedKeys = mutated.keys;
          const seen = new Set(mutatedKeys.map((k) => pathKey(k.path)));
          keys = new Set([...keys].filter((k) => seen.has(k)));
          const before = comments(text);
          const findings = lint(text).findings;
          const errors = findings.filter((f) => f.severity === 'error').length;
          for (const finding of findings) {
            for (const fix of [...(finding.fixes ?? []), disableRuleFix(text, finding)]) {
              const what = `${done.join(' + ')}; ${finding.code}: ${fix.title}`;
              const out = applyEdits(text, fix.edits);
              const fixed = walk(out);
              if (mutated.parses) assert.ok(fixed.parses, `${what}: the file no longer parses`);
              const after = new Set(fixed.keys.map((k) => pathKey(k.path)));
              const named = namedKeys(mutatedKeys, fix.edits);
              for (const k of keys) {
                const path = JSON.parse(k) as Seg[];
                if (after.has(k) || named.some((n) => n.every((s, i) => path[i] === s))) continue;
                assert.fail(`${what}: key ${k} is lost`);
              }
              const left = new Map<string, number>();
              for (const c of comments(out)) left.set(c.text, (left.get(c.text) ?? 0) + 1);
              for (const c of before) {
                // Appending a code to a directive above the line changes that comment: it names it.
                if (fix.edits.some((e) => e.start === e.end && c.start < e.start && e.start <= c.end))
                  continue;
                const n = left.get(c.text) ?? 0;
                assert.ok(n > 0, `${what}: comment ${JSON.stringify(c.text)} is lost`);
                left.set(c.text, n - 1);
              }
              if (!fix.safe) continue;
              // A safe fix is applied without asking: it settles its finding and adds no error (once the
              // YAML parses, the checks it held back run: those are not the fix's doing).
              const relinted = lint(out).findings;
              if (mutated.parses)
                assert.ok(
                  relinted.filter((f) => f.severity === 'error').length <= errors,
                  `${what}: adds errors`,
                );
              // Fixing one typo may reveal another of the same code (the CLI loops for that): count this one.
              const count = (list: typeof findings) =>
                list.filter((f) => f.code === finding.code && f.message === finding.message).length;
              assert.ok(count(relinted) < count(findings), `${what}: leaves its finding`);
            }
          }
        },
      ),
      { seed: 20270701, numRuns: 50 },
    );
  });
});
