// yaml is a CommonJS package: in the bundle, each named import is reached through a getter on every
// call. The core's hot loops (building data for 10,000 posts, shifting ranges after an edit) call
// these predicates hundreds of thousands of times, so they are bound here once.
import * as YAML from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

export const { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq } = YAML;
export type { Document, Node, Pair, Scalar, YAMLError, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Collections nested deeper than this are refused before the document is built: yaml's composer, our
 * data walk, ajv and the service all recurse, and 100,000 unclosed brackets would overflow the stack.
 * A strategy needs about 6 levels.
 */
export const MAX_DEPTH = 500;

/** The error code of that refusal (the one yaml itself gives a stack overflow). */
export const TOO_DEEP = 'RESOURCE_EXHAUSTION';

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * yaml's parseDocument, with the nesting depth of each document measured on the CST first (an
 * iterative walk: the lexer and parser do not recurse). A document deeper than MAX_DEPTH is not
 * composed: the result is an empty document with one TOO_DEEP error at the collection past the limit.
 */
export function parseDocument(source: string, options: Options = {}): Document.Parsed {
  let deepAt: number | undefined;
  function* guarded(tokens: Generator<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      deepAt = pastDepth(token, MAX_DEPTH);
      if (deepAt !== undefined) return;
      yield token;
    }
  }
  const composer = new YAML.Composer(options);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(guarded(new YAML.Parser().parse(source)), true, source.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAML.YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  if (deepAt === undefined) return doc!;
  const refused = new YAML.Document(undefined, options) as Document.Parsed;
  refused.range = [0, source.length, source.length];
  const at = Math.min(deepAt, Math.max(0, source.length - 1));
  refused.errors.push(
    new YAML.YAMLParseError([at, Math.min(at + 1, source.length)], TOO_DEEP, 'Nesting too deep'),
  );
  return refused;
}

/**
 * Where to report nesting deeper than limit in token, else undefined: the outermost collection of the
 * run of one-entry collections that leads there (the first of 100,000 unclosed brackets; the value
 * under which mis-indented lines started nesting), which is where the mistake usually is.
 */
function pastDepth(token: CST.Token, limit: number): number | undefined {
  // [token, its depth, the offset where the run of one-entry collections holding it began]
  const stack: [CST.Token, number, number | undefined][] = [[token, 0, undefined]];
  while (stack.length > 0) {
    const [t, depth, run] = stack.pop()!;
    switch (t.type) {
      case 'document':
        if (t.value) stack.push([t.value, depth, undefined]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const start = run ?? (t.type === 'flow-collection' ? t.start.offset : t.offset);
        if (depth + 1 > limit) return start;
        const next = t.items.length === 1 ? start : undefined;
        for (const item of t.items) {
          if ('key' in item && item.key) stack.push([item.key, depth + 1, next]);
          if (item.value) stack.push([item.value, depth + 1, next]);
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}
