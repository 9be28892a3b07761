// The fix loop `--fix` and the editor's "fix all" share (issue 8): several rounds when one fix reveals
// another, a report of what was fixed where, and the rounds' edits composed into minimal edits of the
// original text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, fixAll, lint, safeFixEdits, type TextEdit } from '../../../../src/core';
import { composeEdits } from '../../../../src/core/engine/fix';

const STRATEGY = `version: 1
name: Fix all
period: {start: 2027-01-01, end: 2027-06-30}
platforms:
  - id: ig
    network: instagarm   # a typo
calendar:
  - date: 2027-01-05
    platform: ig
    title: Opening
    statuss: publishd    # key and value typos: the value only once the key is fixed
`;

describe('fixAll', () => {
  it('fixes in rounds: a fix that reveals another (a key typo hiding its value typo)', () => {
    // The first lint sees the key typo, not the value's: the schema knows no 'statuss'.
    const before = lint(STRATEGY).findings;
    assert.ok(!before.some((f) => f.code === 'schema/enum' && STRATEGY.slice(f.start, f.end) === 'publishd'));

    const { text, result, fixed, edits } = fixAll(STRATEGY);

    assert.equal(
      text,
      STRATEGY.replace('instagarm', 'instagram').replace('statuss: publishd', 'status: published'),
    );
    assert.deepEqual(
      fixed.map((f) => [f.line, f.column, f.code, f.what]),
      [
        [5, 13, 'schema/enum', "'instagarm' → 'instagram'"],
        [10, 4, 'schema/additional-property', "'statuss' → 'status'"],
        // Second round, in the text of that round: the value is now checked against the statuses.
        [10, 12, 'schema/enum', "'publishd' → 'published'"],
      ],
    );
    assert.deepEqual(result, lint(text), 'the result is the lint of the fixed text');
    assert.equal(safeFixEdits(result.findings).length, 0, 'nothing safe left to fix');
    // One edit per fixed place, in the original's offsets; the key and its value stay two edits.
    assert.equal(applyEdits(STRATEGY, edits), text);
    assert.deepEqual(
      edits.map((e) => [STRATEGY.slice(e.start, e.end), e.newText]),
      [
        ['instagarm', 'instagram'],
        ['statuss', 'status'],
        ['publishd', 'published'],
      ],
    );
  });

  it('uses the lint it is given for the first round, and the rules for every round', () => {
    const rules = { 'schema/*': 'off' } as const;
    // No schema findings, so no safe fixes at all.
    const off = fixAll(STRATEGY, { rules });
    assert.equal(off.text, STRATEGY);
    assert.deepEqual(off.fixed, []);
    assert.deepEqual(off.edits, []);
    // Given a first lint, the loop starts from it.
    const given = fixAll(STRATEGY, {}, lint(STRATEGY));
    assert.equal(given.text, fixAll(STRATEGY).text);
  });

  it('changes nothing in a file without safe fixes', () => {
    const clean = 'version: 1\nname: Clean\nperiod: {start: 2027-01-01, end: 2027-06-30}\n';
    const r = fixAll(clean);
    assert.equal(r.text, clean);
    assert.deepEqual(r.fixed, []);
    assert.deepEqual(r.edits, []);
  });
});

describe('composeEdits', () => {
  it('maps later edits through earlier ones and merges those that overlap or touch', () => {
    const text = 'abcdefghij';
    const first: TextEdit[] = [
      { start: 1, end: 3, newText: 'XYZ' }, // aXYZdefghij
      { start: 6, end: 6, newText: '+' }, // aXYZdef+ghij
    ];
    const middle = applyEdits(text, first);
    const then: TextEdit[] = [
      { start: 2, end: 3, newText: 'y' }, // inside XYZ
      { start: 7, end: 8, newText: '' }, // removes the '+'
      { start: 10, end: 12, newText: 'IJ!' }, // untouched text
    ];
    const composed = composeEdits(first, then);
    assert.equal(applyEdits(text, composed), applyEdits(middle, then));
    assert.deepEqual(composed, [
      { start: 1, end: 3, newText: 'XyZ' },
      { start: 6, end: 6, newText: '' },
      { start: 8, end: 10, newText: 'IJ!' },
    ]);
  });

  /** Non-overlapping edits of a text of this length. */
  const editsOf = (length: number) =>
    fc
      .array(fc.tuple(fc.nat(length), fc.nat(length), fc.string({ maxLength: 4 })), { maxLength: 6 })
      .map((raw) => {
        const sorted = raw
          .map(([a, b, newText]) => ({ start: Math.min(a, b), end: Math.max(a, b), newText }))
          .sort((x, y) => x.start - y.start || x.end - y.end);
        const out: TextEdit[] = [];
        // Apart or touching, never two at one offset (their order would be ambiguous).
        for (const e of sorted) {
          const last = out[out.length - 1];
          if (!last || (e.start >= last.end && e.start > last.start)) out.push(e);
        }
        return out;
      });

  it('applying the composition equals applying the rounds one after the other', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 20 })
          .chain((text) =>
            editsOf(text.length).chain((first) =>
              editsOf(applyEdits(text, first).length).map((then) => ({ text, first, then })),
            ),
          ),
        ({ text, first, then }) => {
          const composed = composeEdits(first, then);
          assert.equal(applyEdits(text, composed), applyEdits(applyEdits(text, first), then));
          composed.slice(1).forEach((e, i) => assert.ok(e.start >= composed[i].end, 'sorted, apart'));
        },
      ),
      { numRuns: 500 },
    );
  });
});
