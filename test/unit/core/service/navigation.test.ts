import assert from 'node:assert/strict';
import { definition, prepareRename, references, rename } from '../../../../src/core/service/navigation';
import { SAMPLE, analyze, apply, at } from './helper';

const a = analyze(SAMPLE);
const slice = (r: { start: number; end: number } | undefined) =>
  r ? SAMPLE.slice(r.start, r.end) : undefined;

describe('service: navigation', () => {
  it('goes from a post platform to the platform id', () => {
    const r = definition(a, at(SAMPLE, 'platform: ig', 11));
    assert.deepEqual(r, { start: at(SAMPLE, '- id: ig', 6), end: at(SAMPLE, '- id: ig', 8) });
  });

  it('goes from a quoted list reference, a flow item, a goal metric and an audience reference', () => {
    assert.equal(definition(a, at(SAMPLE, '"tg"', 1))?.start, at(SAMPLE, '- id: tg', 6));
    assert.equal(definition(a, at(SAMPLE, 'platform: tg', 10))?.start, at(SAMPLE, '- id: tg', 6));
    assert.equal(
      definition(a, at(SAMPLE, 'metric: ig-followers', 9))?.start,
      at(SAMPLE, '- id: ig-followers', 6),
    );
    assert.equal(
      definition(a, at(SAMPLE, 'audiences: [students]', 12))?.start,
      at(SAMPLE, '- id: students', 6),
    );
    assert.equal(definition(a, at(SAMPLE, 'goal: grow-ig', 6))?.start, at(SAMPLE, '- id: grow-ig', 6));
    assert.equal(definition(a, at(SAMPLE, 'objective: sales', 11))?.start, at(SAMPLE, '- id: sales', 6));
  });

  it('accepts the cursor just after the last character, and nothing on plain text', () => {
    assert.equal(definition(a, at(SAMPLE, 'platform: ig', 12))?.start, at(SAMPLE, '- id: ig', 6));
    assert.equal(definition(a, at(SAMPLE, 'Launch teaser', 2)), undefined);
    assert.equal(definition(a, at(SAMPLE, 'network: instagram', 10)), undefined);
  });

  it('returns undefined for an unknown reference', () => {
    const text = 'calendar:\n  - {date: 2027-01-01, platform: nope, title: x}\n';
    assert.equal(definition(analyze(text), at(text, 'nope', 1)), undefined);
  });

  it('lists every reference to a platform, from the id or a reference', () => {
    const fromId = references(a, at(SAMPLE, '- id: ig', 7), false).map(slice);
    assert.deepEqual(fromId, ['ig', 'ig', 'ig', 'ig']);
    const starts = references(a, at(SAMPLE, 'platform: ig', 10), true).map((r) => r.start);
    assert.deepEqual(starts, [
      at(SAMPLE, 'platforms: [ig', 12),
      at(SAMPLE, '      - ig', 8),
      at(SAMPLE, '- id: ig', 6),
      at(SAMPLE, 'platform: ig', 10),
      at(SAMPLE, 'platform: ig', 10, 1),
    ]);
  });

  it('keeps kinds apart: a goal id and a platform id may be spelt alike', () => {
    const text = 'goals:\n  - id: x\nplatforms:\n  - id: x\ncalendar:\n  - {platform: x, goal: x}\n';
    const b = analyze(text);
    assert.deepEqual(references(b, at(text, 'goal: x', 6), true), [
      { start: at(text, 'id: x', 4), end: at(text, 'id: x', 5) },
      { start: at(text, 'goal: x', 6), end: at(text, 'goal: x', 7) },
    ]);
  });

  it('prepares a rename on the id without its quotes', () => {
    assert.deepEqual(prepareRename(a, at(SAMPLE, '"tg"', 2)), {
      range: { start: at(SAMPLE, '"tg"', 1), end: at(SAMPLE, '"tg"', 3) },
      placeholder: 'tg',
    });
    assert.equal(prepareRename(a, at(SAMPLE, 'Launch', 1)), undefined);
  });

  it('renames a platform everywhere, keeping quotes', () => {
    const result = rename(a, at(SAMPLE, '- id: tg', 7), 'telegram-channel');
    assert.ok('edits' in result);
    const out = apply(SAMPLE, result.edits);
    assert.equal(result.edits.length, 3);
    assert.match(out, /platforms: \[ig, "telegram-channel"\]/);
    assert.match(out, /- id: telegram-channel\n/);
    assert.match(out, /platform: telegram-channel, title: کمپین نوروز/);
    assert.equal(out.replace(/telegram-channel/g, 'tg'), SAMPLE);
  });

  it('renames from a reference, e.g. a goal from a post', () => {
    const result = rename(a, at(SAMPLE, 'goal: grow-ig', 7), 'followers-2027');
    assert.ok('edits' in result);
    const out = apply(SAMPLE, result.edits);
    assert.match(out, /- id: followers-2027\n/);
    assert.match(out, /goal: followers-2027\n/);
  });

  it('refuses names that are no slug or already taken, in plain words', () => {
    const bad = rename(a, at(SAMPLE, '- id: tg', 7), 'Telegram Kanal');
    assert.ok('error' in bad);
    assert.match(bad.error, /lowercase English letters/);
    const persian = rename(a, at(SAMPLE, '- id: tg', 7), 'تلگرام');
    assert.ok('error' in persian);
    const taken = rename(a, at(SAMPLE, '- id: tg', 7), 'ig');
    assert.deepEqual(taken, {
      error: 'Another platform already has the id "ig". Choose a name no other platform uses.',
    });
    const nothing = rename(a, at(SAMPLE, 'Launch', 1), 'x');
    assert.ok('error' in nothing);
  });

  it('allows an id already used in another list', () => {
    const result = rename(a, at(SAMPLE, '- id: tg', 7), 'sales');
    assert.ok('edits' in result && result.edits.length === 3);
  });

  // The December fields (issue 9): an engagement rule's `metric` and a review's `goals` are references too.
  const DECEMBER = `${SAMPLE}engagement:
  - topic: Questions about orders
    team: support
    responseTime: 4h
    metric: ig-followers
reviews:
  - date: 2027-02-28
    month: 2027-02
    goals: [grow-ig]
`;
  const d = analyze(DECEMBER);

  it("renames a metric in an engagement rule's metric, from the id or from the rule", () => {
    for (const offset of [
      at(DECEMBER, '- id: ig-followers', 7),
      at(DECEMBER, 'metric: ig-followers', 9, 1),
    ]) {
      const result = rename(d, offset, 'ig-fans');
      assert.ok('edits' in result);
      assert.equal(result.edits.length, 3);
      const out = apply(DECEMBER, result.edits);
      assert.match(out, /responseTime: 4h\n {4}metric: ig-fans\n/);
      assert.equal(out.replace(/ig-fans/g, 'ig-followers'), DECEMBER);
    }
  });

  it("renames a goal in a review's goals, and goes from there to the goal", () => {
    const result = rename(d, at(DECEMBER, '- id: grow-ig', 7), 'followers-2027');
    assert.ok('edits' in result);
    assert.equal(result.edits.length, 3);
    const out = apply(DECEMBER, result.edits);
    assert.match(out, /goals: \[followers-2027\]\n/);
    assert.equal(out.replace(/followers-2027/g, 'grow-ig'), DECEMBER);
    assert.equal(definition(d, at(DECEMBER, '[grow-ig]', 2))?.start, at(DECEMBER, '- id: grow-ig', 6));
    assert.equal(
      definition(d, at(DECEMBER, 'metric: ig-followers', 9, 1))?.start,
      at(DECEMBER, '- id: ig-followers', 6),
    );
  });
});
