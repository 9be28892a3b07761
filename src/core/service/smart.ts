// Which SMART letters each goal misses, read from the smart/* findings that lie inside the goal.
import { isSeq } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { nodeAt, rangeOfNode } from '../text/ranges';
import type { Finding, Range } from '../types';
import type { SmartLetter } from '../text/words';

export type { SmartLetter };

export const SMART_LETTERS: Record<string, SmartLetter> = {
  'smart/specific': 'S',
  'smart/measurable': 'M',
  'smart/achievable': 'A',
  'smart/relevant': 'R',
  'smart/time-bound': 'T',
};

const ORDER: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

/** The range of each goal item, by index in `goals`. */
export function goalRanges(analysis: Analysis): (Range | undefined)[] {
  const seq = nodeAt(analysis, ['goals']);
  return isSeq(seq) ? seq.items.map((item) => rangeOfNode(item as never)) : [];
}

/** The SMART letters a goal (by index) misses, in S-M-A-R-T order, with the findings behind them. */
export function smartFindings(
  analysis: Analysis,
  findings: Finding[],
  index: number,
): Map<SmartLetter, Finding> {
  const range = goalRanges(analysis)[index];
  const out = new Map<SmartLetter, Finding>();
  if (!range) return out;
  const inside = findings.filter(
    (f) => f.code in SMART_LETTERS && f.start >= range.start && f.end <= range.end,
  );
  for (const letter of ORDER) {
    const f = inside.find((x) => SMART_LETTERS[x.code] === letter);
    if (f) out.set(letter, f);
  }
  return out;
}

/** For each goal with an id: the SMART letters its findings say it misses (empty when it passes all five). */
export function smartStatus(
  analysis: Analysis,
  findings: Finding[],
): Map<string, { missing: SmartLetter[] }> {
  const out = new Map<string, { missing: SmartLetter[] }>();
  for (const goal of analysis.model.goals) {
    const id = goal.value.id;
    if (id === undefined || out.has(id)) continue;
    out.set(id, { missing: [...smartFindings(analysis, findings, goal.index).keys()] });
  }
  return out;
}
