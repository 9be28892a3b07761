// reviews/missing (issue 9): the latest month with metric figures (M) has a review when one has
// `month: M` or is dated inside M or the month after; and ref/unknown-goal on a review's `goals`.
// Ranges are exact offsets into the YAML text.
import assert from 'node:assert/strict';
import { lint } from '../../../../src/core/engine/lint';
import type { Finding } from '../../../../src/core/types';

function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} #${nth} not found`);
  }
  return { start: i, end: i + needle.length };
}

const findings = (text: string, code: string): Finding[] =>
  lint(text).findings.filter((f) => f.code === code);

/** Two metrics whose latest value is for March 2027, then `reviews` as given. */
const strategy = (reviews: string) => `version: 1
name: Test
period: {start: 2027-01-01, end: 2027-12-31}
goals:
  - id: grow
    title: Grow Instagram followers steadily
metrics:
  - id: followers
    name: Followers
    values: {2027-01: 100, 2027-02: 110}
  - id: sales
    name: Sales
    values:
      2027-02: 5
      2027-03: 7
${reviews}`;

const MESSAGE =
  "No review looks back on March 2027, the latest month with metric figures. Add one (with 'month: 2027-03') to note what worked, what did not, and what will change.";

describe('reviews/missing', () => {
  it('fires on the metrics key when there are no reviews, as info, naming the month in words', () => {
    const text = strategy('');
    const found = findings(text, 'reviews/missing');
    assert.deepEqual(
      found.map((f) => [f.start, f.end, f.severity, f.message]),
      [[...Object.values(span(text, 'metrics')), 'info', MESSAGE]],
    );
  });

  it('fires on the reviews key when no review looks back on the month', () => {
    const text = strategy(`reviews:
  - date: 2027-02-28
    month: 2027-02
  - date: 2027-05-01
`);
    // One looks back on February; the other is dated two months after March.
    const found = findings(text, 'reviews/missing');
    assert.deepEqual(
      found.map((f) => [f.start, f.end, f.message]),
      [[...Object.values(span(text, 'reviews')), MESSAGE]],
    );
  });

  it('is quiet with a review by month, dated inside the month, or dated in the month after', () => {
    for (const review of [
      '  - {date: 2027-06-01, month: 2027-03}',
      '  - {date: 2027-03-31}',
      '  - {date: 2027-03-01}',
      '  - {date: 2027-04-30}',
      '  - date: 2027-04-01\n    findings: Sales grew.',
    ]) {
      assert.deepEqual(findings(strategy(`reviews:\n${review}\n`), 'reviews/missing'), [], review);
    }
  });

  it('is quiet when no metric has a value yet', () => {
    const text = `version: 1
name: Test
period: {start: 2027-01-01, end: 2027-12-31}
metrics:
  - id: followers
    name: Followers
`;
    assert.deepEqual(findings(text, 'reviews/missing'), []);
  });
});

describe("ref/unknown-goal on a review's goals", () => {
  it('fires on the list item that names no goal', () => {
    const text = strategy('reviews:\n  - date: 2027-03-31\n    goals: [grow, grwo]\n');
    const found = findings(text, 'ref/unknown-goal');
    assert.deepEqual(
      found.map((f) => [f.start, f.end, f.message]),
      [[...Object.values(span(text, 'grwo')), "No goal has the id 'grwo'. Did you mean 'grow'?"]],
    );
    assert.deepEqual(
      findings(strategy('reviews:\n  - {date: 2027-03-31, goals: [grow]}\n'), 'ref/unknown-goal'),
      [],
    );
  });
});
