// Text to Analysis: the YAML document, its plain value and the typed model, plus the findings that
// belong to the YAML layer (syntax, duplicate keys, tabs, several documents, aliases, empty files).
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  MAX_DEPTH,
  parseDocument,
  TOO_DEEP,
  type Document,
  type Node,
  type YAMLError,
} from '../text/yaml';
import { buildModel } from './model-build';
import { quoteFix } from './quote-fix';
import { scalarString } from '../text/ranges';
import { firstLineRange } from '../text/lines';
import type { Analysis } from './model';
import type { RuleFinding } from '../types';
import { msg, type Message } from '../text/i18n/message';

/** More alias expansions than this is refused: a few lines of YAML could otherwise expand to gigabytes. */
export const MAX_ALIAS_EXPANSIONS = 100;

/**
 * At most this many syntax findings without a fix are listed, then one "and N more": after the first
 * mistake, YAML's reader often reports the rest of the file line by line. ESLint stops at a file's
 * first parse error; here the first few stay visible, as independent mistakes often are.
 */
export const MAX_SYNTAX_FINDINGS = 20;

const TOO_DEEP_MESSAGE = msg('yaml.tooDeep', {
  openBracket: '[',
  openBrace: '{',
  closeBracket: ']',
  closeBrace: '}',
});

export interface Parsed {
  analysis: Analysis;
  findings: RuleFinding[];
  /** The text uses anchors or aliases, which incremental re-linting cannot follow. */
  usesAliases: boolean;
  /** Aliases expand past the budget, or name no anchor: the data is incomplete, so nothing past the YAML layer runs. */
  aliasBomb: boolean;
}

export function parse(text: string): Parsed {
  const doc = parseDocument(text, { prettyErrors: false, keepSourceTokens: false });
  const findings = doc.errors.map((e) => yamlFinding(e, text, doc));
  const walk = new DataWalk(doc);
  let data: unknown = null;
  let aliasBomb = false;
  try {
    data = walk.value(doc.contents);
  } catch (e) {
    if (!(e instanceof AliasBudgetError)) throw e;
    aliasBomb = true;
    findings.push({
      code: 'yaml/syntax',
      message: msg('yaml.aliasBudget', { alias: '*name', max: MAX_ALIAS_EXPANSIONS }),
      ...firstLineRange(text),
    });
  }
  if (walk.tooDeep) {
    // Aliases stacked nesting past the limit: refused as a deep document is, nothing past the YAML layer.
    aliasBomb = true;
    data = null;
    findings.push({ code: 'yaml/syntax', message: TOO_DEEP_MESSAGE, ...firstLineRange(text) });
  }
  for (const alias of walk.unresolved) {
    const name = isAlias(alias) ? alias.source : '';
    findings.push({
      code: 'yaml/syntax',
      message: msg('yaml.noAnchor', { anchor: `&${name}`, alias: `*${name}` }),
      start: alias.range![0],
      end: alias.range![1],
    });
  }
  const resolved = walk.aliases.filter((a) => !walk.unresolved.includes(a));
  if (resolved.length > 0) {
    const first = resolved[0];
    findings.push({
      code: 'yaml/alias',
      message: msg('yaml.alias', { anchor: '&name', alias: '*name' }),
      start: first.range![0],
      end: first.range![1],
    });
  }
  if (doc.contents === null && findings.length === 0) {
    findings.push({
      code: 'schema/required',
      message: msg('yaml.empty', {
        version: 'version: 1',
        name: 'name',
        period: 'period',
        command: 'Strategy: New Strategy File',
      }),
      start: 0,
      end: 0,
    });
  }
  return {
    analysis: { text, doc, data, model: buildModel(data) },
    findings: fewerSyntaxFindings(findings),
    usesAliases: walk.aliases.length > 0,
    aliasBomb: aliasBomb || walk.unresolved.length > 0,
  };
}

/**
 * A cascade of syntax errors as a few findings: a message repeated without a fix is said once, with
 * a count, and past MAX_SYNTAX_FINDINGS one finding says how many more there are. Findings with a fix
 * (a tab, a quote) are each kept: each is its own mistake, with its own edit.
 */
function fewerSyntaxFindings(findings: RuleFinding[]): RuleFinding[] {
  const counted = (f: RuleFinding) => f.code === 'yaml/syntax' && !f.fixes?.length;
  const repeats = new Map<string, number>();
  for (const f of findings)
    if (counted(f)) repeats.set(key(f.message), (repeats.get(key(f.message)) ?? 0) + 1);
  const out: RuleFinding[] = [];
  const said = new Set<string>();
  const left: RuleFinding[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!counted(f)) out.push(f);
    else if (!said.has(key(f.message))) {
      said.add(key(f.message));
      const more = repeats.get(key(f.message))! - 1;
      const once = more > 0 ? { ...f, message: msg('yaml.repeated', { problem: f.message, more }) } : f;
      if (said.size <= MAX_SYNTAX_FINDINGS) out.push(once);
      else left.push(once);
    }
  }
  if (left.length > 0) {
    out.push({
      code: 'yaml/syntax',
      message: msg('yaml.more', { count: left.length }),
      start: left[0].start,
      end: left[0].end,
    });
  }
  return out;
}

/** A message as a key: the same id with the same arguments is the same problem. */
const key = (m: Message): string => (m.args ? `${m.id} ${JSON.stringify(m.args)}` : m.id);

const MULTILINE_KEY = msg('yaml.multilineKey', { colon: ':' });

/** Plain-language messages for yaml's error codes; the others say yaml's own words. */
const YAML_MESSAGES: Partial<Record<string, Message>> = {
  [TOO_DEEP]: TOO_DEEP_MESSAGE,
  DUPLICATE_KEY: msg('yaml.duplicateKey'),
  TAB_AS_INDENT: msg('yaml.tabIndent'),
  MULTIPLE_DOCS: msg('yaml.multipleDocs', { separator: '---' }),
  MISSING_CHAR: msg('yaml.notClosed'),
  BAD_INDENT: msg('yaml.badIndent'),
  MULTILINE_IMPLICIT_KEY: MULTILINE_KEY,
  BLOCK_AS_IMPLICIT_KEY: MULTILINE_KEY,
  BAD_DQ_ESCAPE: msg('yaml.badEscape', { escape: '\\\\' }),
  UNEXPECTED_TOKEN: msg('yaml.unexpected'),
};

function yamlFinding(error: YAMLError, text: string, doc: Document.Parsed): RuleFinding {
  const [start, rawEnd] = error.pos;
  let end = Math.min(Math.max(rawEnd, start), text.length);
  // yaml marks one character of a repeated key; the whole key is what the user should see.
  if (error.code === 'DUPLICATE_KEY') end = Math.max(end, keyEnd(text, start));
  const quoting = quoteFix(error, doc, text);
  if (quoting) return quoting;
  const known = YAML_MESSAGES[error.code];
  const detail = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  const message = known ?? msg('yaml.other', { detail });
  const tab = error.code === 'TAB_AS_INDENT' && text[start] === '\t';
  return {
    code: 'yaml/syntax',
    message,
    start: Math.min(start, text.length),
    end,
    ...(tab
      ? {
          fixes: [
            {
              title: msg('yaml.fix.tab'),
              safe: true,
              edits: [{ start, end: start + 1, newText: '  ' }],
            },
          ],
        }
      : {}),
  };
}

function keyEnd(text: string, start: number): number {
  const m = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*?)\s*:(\s|$)/.exec(text.slice(start, start + 200));
  return m ? start + m[1].length : start;
}

class AliasBudgetError extends Error {}

/**
 * What the data holds for a scalar YAML gives as an object (`!!binary` bytes, a `!!timestamp` date):
 * a value of no JSON type, so the schema reports it as the wrong type instead of reading the object's
 * properties as fields. The schema's message reads the YAML node to say what it really is.
 */
export const OTHER_YAML_TYPE = Symbol('a value of another YAML type');

/**
 * Builds the plain value the schema validates. Faster than doc.toJS() because it does only what a
 * strategy needs: string keys, scalar values, and aliases resolved under a budget.
 */
export class DataWalk {
  readonly aliases: Node[] = [];
  /** Aliases naming no anchor: yaml itself reports these only when converting, so we do. */
  readonly unresolved: Node[] = [];
  /** Aliases nest collections past MAX_DEPTH (the text itself was checked by parseDocument). */
  tooDeep = false;
  private expansions = 0;

  /** `depth`: how many collections hold the nodes to walk (an item of a top-level list: 2). */
  constructor(
    private readonly doc: Document.Parsed,
    private depth = 0,
  ) {}

  value(node: unknown): unknown {
    if (isScalar(node)) {
      const v = node.value;
      return typeof v === 'object' && v !== null ? OTHER_YAML_TYPE : v;
    }
    if (!isMap(node) && !isSeq(node)) return this.other(node);
    if (this.depth >= MAX_DEPTH) {
      this.tooDeep = true;
      return null;
    }
    this.depth++;
    try {
      return this.collection(node);
    } finally {
      this.depth--;
    }
  }

  private collection(node: unknown): unknown {
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = pair.key;
        const name = isScalar(key) ? scalarString(key.value) : undefined;
        if (name === undefined) continue;
        const value = pair.value == null ? null : this.value(pair.value);
        // A key named __proto__ must stay an ordinary key, not change the object's prototype.
        if (name === '__proto__')
          Object.defineProperty(out, name, { value, enumerable: true, writable: true });
        else out[name] = value;
      }
      return out;
    }
    const items = (node as { items: unknown[] }).items;
    const out: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = this.value(items[i]);
    return out;
  }

  private other(node: unknown): unknown {
    if (isAlias(node)) {
      this.aliases.push(node);
      if (++this.expansions > MAX_ALIAS_EXPANSIONS) throw new AliasBudgetError();
      const target = node.resolve(this.doc);
      if (!target) {
        this.unresolved.push(node);
        return null;
      }
      return this.value(target);
    }
    return null;
  }
}
