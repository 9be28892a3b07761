// Property tests: after any chain of random edits, incremental linting gives exactly the findings
// (and model) of a full lint; and nothing thrown at the core makes it throw or misplace a range.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { IncrementalLinter, lint, type TextEdit } from '../../../../src/core';

const SEED = `version: 1
name: Property test
period: {start: 2027-01-01, end: 2027-03-31}
platforms:
  - id: ig
    network: instagram
    cadence: {postsPerWeek: 2}
  - id: tg
    network: telegram
objectives:
  - id: sales
    title: More sales
metrics:
  - id: followers
    name: Followers
    platform: ig
    values:
      2027-01: 100
      2027-02: 120
goals:
  - id: grow
    title: Grow our followers fast
    objective: sales
    metric: followers
    target: 200
    deadline: 2027-03-31
calendar:
  - date: 2027-01-04
    time: "09:00"
    platform: ig
    title: First post
  - date: 2027-01-04 # a comment
    time: "09:00"
    platform: ig
    title: "Second: clash"
    status: scheduled
  - {date: 2027-01-11, platform: tg, title: Flow style}
  - date: 2027-01-18
    platform: ig
    title: پست فارسی
    goal: grow
# a trailing comment
reviews:
  - date: 2027-02-01
    findings: ok
`;

const ALPHABET = [
  ' ',
  ' ',
  ':',
  '-',
  '\n',
  '\n  ',
  '\n    ',
  '#',
  '"',
  "'",
  'a',
  'x',
  '1',
  '9',
  '{',
  '}',
  '[',
  ']',
  ',',
  '\t',
  'é',
  'ف',
  '😀',
  '&a',
  '*a',
  'id: ',
  'date: ',
  '2027-01-0',
];

/** A random edit of text: a replacement of 0-3 characters by 0-3 tokens, anywhere. */
function editArb(text: string): fc.Arbitrary<TextEdit> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: text.length }),
      fc.integer({ min: 0, max: 3 }),
      fc.array(fc.constantFrom(...ALPHABET), { maxLength: 3 }),
    )
    .map(([start, len, tokens]) => ({
      start,
      end: Math.min(text.length, start + len),
      newText: tokens.join(''),
    }));
}

function apply(text: string, e: TextEdit): string {
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

describe('incremental linting', () => {
  it('re-parses only the edited post, and agrees with a full lint', () => {
    const linter = new IncrementalLinter();
    linter.lint(SEED);
    const at = SEED.indexOf('First post') + 5;
    const edit = { start: at, end: at, newText: 'x' };
    const text = apply(SEED, edit);
    const result = linter.lint(text, [edit]);
    assert.equal(linter.lastMode, 'incremental');
    assert.deepEqual(result.findings, lint(text).findings);
  });

  it('falls back to a full lint when an edit crosses items', () => {
    const linter = new IncrementalLinter();
    linter.lint(SEED);
    const start = SEED.indexOf('First post');
    const edit = { start, end: SEED.indexOf('Second'), newText: '' };
    const text = apply(SEED, edit);
    assert.deepEqual(linter.lint(text, [edit]).findings, lint(text).findings);
    assert.equal(linter.lastMode, 'full');
  });

  it('equals a full lint after any chain of random edits (findings, data and model)', function () {
    this.timeout(120_000);
    let incrementalRuns = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 3 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.boolean(),
        (steps, focusCalendar) => {
          const linter = new IncrementalLinter({ rules: { 'calendar/*': 'info' } });
          let text = SEED;
          linter.lint(text);
          const calendarAt = SEED.indexOf('calendar:');
          for (const [pos, len, tokens] of steps) {
            const start = focusCalendar
              ? calendarAt + (pos % (text.length - calendarAt))
              : pos % (text.length + 1);
            const edit = { start, end: Math.min(text.length, start + len), newText: tokens.join('') };
            text = apply(text, edit);
            const inc = linter.lint(text, [edit]);
            if (linter.lastMode === 'incremental') incrementalRuns++;
            const full = lint(text, { rules: { 'calendar/*': 'info' } });
            assert.deepEqual(inc.findings, full.findings);
            assert.deepEqual(inc.analysis.data, full.analysis.data);
            assert.deepEqual(inc.analysis.model, full.analysis.model);
          }
        },
      ),
      { numRuns: 400, seed: 20261126 },
    );
    assert.ok(incrementalRuns > 200, `the incremental path ran only ${incrementalRuns} times`);
  });
});

describe('robustness: nothing throws out of the core', () => {
  const examples = ['examples/coffee-roastery.strategy.yaml', 'examples/persian-bakery.strategy.yaml'].map(
    (f) => readFileSync(f, 'utf8'),
  );

  const inside = (text: string) => (f: { start: number; end: number; code: string }) => {
    assert.ok(
      0 <= f.start && f.start <= f.end && f.end <= text.length,
      `${f.code} [${f.start},${f.end}) outside 0..${text.length}`,
    );
    assert.notEqual(f.code, 'internal/error');
  };

  it('random text: no throw, every range inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...ALPHABET, 'version: 1\n', 'goals:\n', 'calendar:\n', '- '),
          maxLength: 60,
        }),
        (text) => {
          lint(text).findings.forEach(inside(text));
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });

  it('mutated examples: no throw, every range inside the text', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc
          .constantFrom(...examples)
          .chain((t) => fc.tuple(fc.constant(t), fc.array(editArb(t), { maxLength: 4 }))),
        ([text, edits]) => {
          let t = text;
          for (const e of edits)
            t = apply(t, { ...e, start: Math.min(e.start, t.length), end: Math.min(e.end, t.length) });
          lint(t).findings.forEach(inside(t));
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
