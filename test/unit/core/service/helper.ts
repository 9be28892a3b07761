// Builds an Analysis for the language-service tests and applies edits.
import { lint } from '../../../../src/core/engine/lint';
import type { Analysis } from '../../../../src/core/engine/model';
import type { Finding, TextEdit } from '../../../../src/core/types';

/** The engine's Analysis of text. */
export function analyze(text: string): Analysis {
  return lint(text).analysis;
}

/** The engine's Analysis and findings of text. */
export function linted(text: string): { analysis: Analysis; findings: Finding[] } {
  return lint(text);
}

/** Applies non-overlapping edits (offsets in the original text). */
export function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Text with a `|` cursor marker: returns the text without it and the marker's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | in text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** The offset of the nth (0-based) occurrence of needle, plus delta. */
export function at(text: string, needle: string, delta = 0, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not found`);
  }
  return i + delta;
}

export const SAMPLE = `version: 1
name: استراتژی قهوه ۱۴۰۴
period:
  start: 2027-01-01
  end: 2027-06-30
objectives:
  - id: sales
    title: Grow online sales
goals:
  - id: grow-ig
    title: Grow Instagram followers to 12000
    objective: sales
    metric: ig-followers
    platforms: [ig, "tg"]
    target: 12000
    deadline: 2027-06-30
audiences:
  - id: students
    name: دانشجوها
    platforms:
      - ig
platforms:
  - id: ig
    network: instagram
    handle: "@roastery"
    audiences: [students]
    cadence: {postsPerWeek: 3}
  - id: tg
    network: telegram
calendar:
  - date: 2027-01-04
    platform: ig
    title: Launch teaser
    goal: grow-ig
  - {date: '2027-01-05', platform: tg, title: کمپین نوروز}
metrics:
  - id: ig-followers
    name: Instagram followers
    platform: ig
    unit: followers
    values:
      2027-01: 10000
      2027-02: 10400
`;
