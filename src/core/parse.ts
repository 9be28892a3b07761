// Text to Analysis: the YAML document, its plain value and the typed model, plus the findings that
// belong to the YAML layer (syntax, duplicate keys, tabs, several documents, aliases, empty files).
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from './yaml';
import { buildModel } from './model-build';
import { scalarString } from './ranges';
import { firstLineRange, lineEnd, lineStart } from './text';
import type { Analysis } from './model';
import type { RuleFinding } from './rules/rule';

/** More alias expansions than this is refused: a few lines of YAML could otherwise expand to gigabytes. */
export const MAX_ALIAS_EXPANSIONS = 100;

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
  const findings = doc.errors.map((e) => yamlFinding(e, text));
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
      message: `This file repeats content through aliases (*name) more than ${MAX_ALIAS_EXPANSIONS} times. Write the content out instead.`,
      ...firstLineRange(text),
    });
  }
  for (const alias of walk.unresolved) {
    const name = isAlias(alias) ? alias.source : '';
    findings.push({
      code: 'yaml/syntax',
      message: `There is no anchor '&${name}' for '*${name}' to copy. Define '&${name}' earlier in the file, or write the value out.`,
      start: alias.range![0],
      end: alias.range![1],
    });
  }
  const resolved = walk.aliases.filter((a) => !walk.unresolved.includes(a));
  if (resolved.length > 0) {
    const first = resolved[0];
    findings.push({
      code: 'yaml/alias',
      message:
        'This file reuses content with YAML anchors and aliases (&name, *name). That works, but the calendar cannot move posts defined through them, and checking is slower.',
      start: first.range![0],
      end: first.range![1],
    });
  }
  if (doc.contents === null && findings.length === 0) {
    findings.push({
      code: 'schema/required',
      message:
        "This strategy file is empty. Start with 'version: 1', a 'name' and a 'period' (run the command 'Strategy: New Strategy File' for a guided template).",
      start: 0,
      end: 0,
    });
  }
  return {
    analysis: { text, doc, data, model: buildModel(data) },
    findings,
    usesAliases: walk.aliases.length > 0,
    aliasBomb: aliasBomb || walk.unresolved.length > 0,
  };
}

const YAML_MESSAGES: Partial<Record<string, string>> = {
  DUPLICATE_KEY:
    'This key appears twice in the same place. Keep one of them: the second would silently replace the first.',
  TAB_AS_INDENT: 'A tab is used for indentation here. YAML only allows spaces: replace the tab with spaces.',
  MULTIPLE_DOCS:
    "This file holds more than one YAML document (a line with '---' starts a second one). Keep one strategy per file.",
  MISSING_CHAR: 'Something is not closed here: a quote, a bracket or a brace is missing.',
  BAD_INDENT: 'The indentation is off here: line this up with the other entries of the same list or section.',
  MULTILINE_IMPLICIT_KEY:
    "A key can't span several lines. Did a ':' or a quote go missing on the line before?",
  BLOCK_AS_IMPLICIT_KEY:
    "A key can't span several lines. Did a ':' or a quote go missing on the line before?",
  BAD_DQ_ESCAPE:
    'This text in double quotes has a backslash that YAML does not understand. Use single quotes, or write \\\\ for a backslash.',
  UNEXPECTED_TOKEN: "YAML can't read this: check the colons, dashes and quotes on this line.",
};

function yamlFinding(error: YAMLError, text: string): RuleFinding {
  const [start, rawEnd] = error.pos;
  let end = Math.min(Math.max(rawEnd, start), text.length);
  // yaml marks one character of a repeated key; the whole key is what the user should see.
  if (error.code === 'DUPLICATE_KEY') end = Math.max(end, keyEnd(text, start));
  const quoting = quoteFix(error.code, text, start);
  if (quoting) return quoting;
  const known = YAML_MESSAGES[error.code];
  const detail = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  const message = known ?? `YAML can't read this: ${detail}.`;
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
              title: 'Replace the tab with two spaces',
              safe: true,
              edits: [{ start, end: start + 1, newText: '  ' }],
            },
          ],
        }
      : {}),
  };
}

/**
 * The two mistakes marketers make most: text starting with @ (a handle) or `, and text holding ': '
 * ("Launch: new menu"). Both are fixed by quoting the value, which is safe: it keeps the text as written.
 */
function quoteFix(code: string, text: string, start: number): RuleFinding | undefined {
  const value = text.slice(start, lineEnd(text, start)).split(/\s#/)[0].trimEnd();
  const keyBefore = /^\s*(- +)?[^\s#:][^#:]*:\s+$/.test(text.slice(lineStart(text, start), start));
  if (!value || !keyBefore || /^['"]/.test(value)) return undefined;
  let message: string;
  if (code === 'BAD_SCALAR_START' && /^[@`]/.test(value))
    message = `Text that starts with ${value[0]} must be put in quotes, for example '${value}'.`;
  else if (code === 'BLOCK_AS_IMPLICIT_KEY' && value.includes(': '))
    message = `This text contains ': ', which YAML reads as a new field. Put the whole text in quotes: '${value}'.`;
  else return undefined;
  const edit = { start, end: start + value.length, newText: `'${value.replace(/'/g, "''")}'` };
  return {
    code: 'yaml/syntax',
    message,
    start,
    end: edit.end,
    fixes: [{ title: 'Put the text in quotes', safe: true, edits: [edit] }],
  };
}

function keyEnd(text: string, start: number): number {
  const m = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*?)\s*:(\s|$)/.exec(text.slice(start, start + 200));
  return m ? start + m[1].length : start;
}

class AliasBudgetError extends Error {}

/**
 * Builds the plain value the schema validates. Faster than doc.toJS() because it does only what a
 * strategy needs: string keys, scalar values, and aliases resolved under a budget.
 */
export class DataWalk {
  readonly aliases: Node[] = [];
  /** Aliases naming no anchor: yaml itself reports these only when converting, so we do. */
  readonly unresolved: Node[] = [];
  private expansions = 0;

  constructor(private readonly doc: Document.Parsed) {}

  value(node: unknown): unknown {
    if (isScalar(node)) return node.value;
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
    if (isSeq(node)) {
      const out: unknown[] = new Array(node.items.length);
      for (let i = 0; i < node.items.length; i++) out[i] = this.value(node.items[i]);
      return out;
    }
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
