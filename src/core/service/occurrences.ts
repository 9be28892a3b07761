// Where ids are declared and where they are referred to: the data behind definition, references,
// rename, hover on a reference and reference completions.
import { isMap, isSeq, type Node } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { nodeAt } from '../text/ranges';
import type { Path, Range } from '../types';
import { contains, scalarRange, scalarText } from './nodes';

export { DECLARING_SECTION, REF_FIELDS, refFieldAt, type RefField, type RefKind } from '../domain/ref-fields';
import { DECLARING_SECTION, REF_FIELDS, type RefKind } from '../domain/ref-fields';

export interface Occurrence {
  kind: RefKind;
  id: string;
  /** The id's characters, without quotes. */
  range: Range;
  path: Path;
  declaration: boolean;
}

function items(analysis: Analysis, section: string): Node[] {
  const seq = nodeAt(analysis, [section]);
  return isSeq(seq) ? (seq.items as Node[]) : [];
}

/** Every id declaration of kind, in document order (duplicates included). */
export function declarations(analysis: Analysis, kind: RefKind): Occurrence[] {
  const section = DECLARING_SECTION[kind];
  const out: Occurrence[] = [];
  items(analysis, section).forEach((item, index) => {
    if (!isMap(item)) return;
    const node = item.get('id', true);
    const id = scalarText(node);
    const range = scalarRange(node);
    if (id !== undefined && range)
      out.push({ kind, id, range, path: [section, index, 'id'], declaration: true });
  });
  return out;
}

/** Every reference in the file, in document order per field. */
export function referenceOccurrences(analysis: Analysis): Occurrence[] {
  const out: Occurrence[] = [];
  for (const ref of REF_FIELDS) {
    items(analysis, ref.section).forEach((item, index) => {
      if (!isMap(item)) return;
      const value = item.get(ref.field, true);
      const push = (node: unknown, path: Path): void => {
        const id = scalarText(node);
        const range = scalarRange(node as Node);
        if (id !== undefined && range) out.push({ kind: ref.kind, id, range, path, declaration: false });
      };
      const base: Path = [ref.section, index, ref.field];
      if (ref.list && isSeq(value)) value.items.forEach((n, i) => push(n, [...base, i]));
      else if (!ref.list) push(value, base);
    });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

export function allOccurrences(analysis: Analysis): Occurrence[] {
  const decls = (Object.keys(DECLARING_SECTION) as RefKind[]).flatMap((k) => declarations(analysis, k));
  return [...decls, ...referenceOccurrences(analysis)].sort((a, b) => a.range.start - b.range.start);
}

/** The id declaration or reference under the cursor (the cursor may sit just after its last character). */
export function occurrenceAt(analysis: Analysis, offset: number): Occurrence | undefined {
  return allOccurrences(analysis).find((o) => contains(o.range, offset));
}

/** The item that declares id, the first one when it repeats. */
export function declarationOf(analysis: Analysis, kind: RefKind, id: string): Occurrence | undefined {
  return declarations(analysis, kind).find((d) => d.id === id);
}

/** The references (not the declarations) to id. */
export function referencesTo(analysis: Analysis, kind: RefKind, id: string): Occurrence[] {
  return referenceOccurrences(analysis).filter((o) => o.kind === kind && o.id === id);
}
