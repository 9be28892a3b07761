// draftReview: the contract's review entry (date today, month, goals behind pace, one sentence per
// goal and per metric with a value that month, one empty action per goal behind pace), written in the
// file's own style and appended as one minimal edit. Byte-exact, and re-linted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { lint } from '../../../../src/core/engine/lint';
import { draftReview, reviewEntry } from '../../../../src/core/outputs/review';
import { applyEdits } from '../../../../src/core/text/edits';

const TODAY = '2027-03-02';

// Followers 100 (January) and 120 (February): the line is 100 + 20 a month, 200 by June against a
// target of 1,000, so the goal is off track ((200 - 100) / (1000 - 100) = 11% of the way).
const HEAD = `version: 1
name: Test
period:
  start: 2027-01-01
  end: 2027-06-30
goals:
  - id: followers
    title: Reach 1,000 followers
    metric: f
    target: 1000
    deadline: 2027-06-30
metrics:
  - id: f
    name: Followers
    unit: followers
    values:
      2027-01: 100
      2027-02: 120
`;

const GOAL_SENTENCE =
  'Reach 1,000 followers: 120 followers in February 2027, target 1,000 followers by 30 June 2027; at the current trend 200 followers (off track).';
const METRIC_SENTENCE = 'Followers: 120 followers in February 2027, +20% on January 2027.';

/** The block item the file's style calls for, its actions as given. */
function blockItem(action: string, eol = '\n'): string {
  return [
    '  - date: 2027-03-02',
    '    month: 2027-02',
    '    goals: [followers]',
    '    findings: >-',
    `      ${GOAL_SENTENCE}`,
    `      ${METRIC_SENTENCE}`,
    '    actions:',
    `      - ${action}`,
  ].join(eol);
}

function draft(text: string, month?: string) {
  const { analysis } = lint(text, { today: TODAY });
  return draftReview(analysis, { today: TODAY, month });
}

function codes(text: string, severity?: string): string[] {
  return lint(text, { today: TODAY })
    .findings.filter((f) => severity === undefined || f.severity === severity)
    .map((f) => f.code);
}

/** The edit applied: no new error (an empty `reviews:` loses its schema/type one), reviews/missing quiet. */
function assertBetter(before: string, after: string): void {
  const left = codes(before, 'error');
  const added = codes(after, 'error').filter((code) => {
    const at = left.indexOf(code);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
  assert.deepEqual(added, [], 'no new error');
  assert.ok(codes(before).includes('reviews/missing'), 'the month had no review');
  assert.ok(!codes(after).includes('reviews/missing'), 'now it has one');
}

describe('draftReview', () => {
  it('drafts the entry: date, month, goals behind pace, a sentence in figures each, an empty action each', () => {
    const { entry } = draft(HEAD);
    assert.deepEqual(entry, {
      date: TODAY,
      month: '2027-02',
      goals: ['followers'],
      findings: `${GOAL_SENTENCE} ${METRIC_SENTENCE}`,
      actions: [''],
    });
  });

  it('appends to block reviews in their style: one edit after the last item', () => {
    const text = `${HEAD}reviews:\n  - date: 2027-01-31\n    findings: >-\n      First month.\n    actions:\n      - Post more\n`;
    const d = draft(text);
    assert.deepEqual(d.edits, [
      {
        start: text.length - 1,
        end: text.length - 1,
        newText: `\n${blockItem("''")}`,
        snippet: `\n${blockItem("${1:''}")}`,
      },
    ]);
    const after = applyEdits(text, d.edits);
    assert.equal(after, `${text}${blockItem("''")}\n`);
    assert.equal(d.yaml, `${blockItem("''")}\n`);
    assert.equal(d.snippet, `${blockItem("${1:''}")}\n`);
    assertBetter(text, after);
    // The folded sentences read back as the entry's findings.
    const reviews = (parseDocument(after).toJS() as { reviews: { findings: string }[] }).reviews;
    assert.equal(reviews[1].findings, `${GOAL_SENTENCE} ${METRIC_SENTENCE}`);
  });

  it('appends to flow reviews as a flow item, quoted for it', () => {
    const text = `${HEAD}reviews:\n  - { date: 2027-01-31, findings: First month., actions: [Post more] }\n`;
    const d = draft(text);
    const item =
      `  - { date: 2027-03-02, month: 2027-02, goals: [followers], ` +
      `findings: '${GOAL_SENTENCE} ${METRIC_SENTENCE}', actions: [''] }`;
    assert.deepEqual(d.edits, [
      {
        start: text.length - 1,
        end: text.length - 1,
        newText: `\n${item}`,
        snippet: `\n${item.replace("['']", "[${1:''}]").replace(/ \}$/, ' \\}')}`,
      },
    ]);
    const after = applyEdits(text, d.edits);
    assert.equal(after, `${text}${item}\n`);
    assertBetter(text, after);
  });

  it('appends inside a flow list of reviews, in its spacing', () => {
    const text = `${HEAD}reviews: [{date: 2027-01-31}]\n`;
    const d = draft(text);
    const item = `{date: 2027-03-02, month: 2027-02, goals: [followers], findings: '${GOAL_SENTENCE} ${METRIC_SENTENCE}', actions: ['']}`;
    const after = applyEdits(text, d.edits);
    assert.equal(after, `${HEAD}reviews: [{date: 2027-01-31}, ${item}]\n`);
    assertBetter(text, after);
  });

  it('creates the section at the end of a file without reviews', () => {
    const d = draft(HEAD);
    assert.deepEqual(d.edits, [
      {
        start: HEAD.length,
        end: HEAD.length,
        newText: `reviews:\n${blockItem("''")}\n`,
        snippet: `reviews:\n${blockItem("${1:''}")}\n`,
      },
    ]);
    assertBetter(HEAD, applyEdits(HEAD, d.edits));
    // A last line without its line break gets one first.
    const bare = HEAD.slice(0, -1);
    assert.equal(applyEdits(bare, draft(bare).edits), `${HEAD}reviews:\n${blockItem("''")}\n`);
  });

  it('fills an empty reviews key', () => {
    const text = `${HEAD}reviews:\n`;
    const after = applyEdits(text, draft(text).edits);
    assert.equal(after, `${text}${blockItem("''")}\n`);
    assertBetter(text, after);
  });

  it('keeps CRLF line endings', () => {
    const text =
      `${HEAD}reviews:\n  - date: 2027-01-31\n    findings: >-\n      First month.\n    actions:\n      - Post more\n`.replace(
        /\n/g,
        '\r\n',
      );
    const d = draft(text);
    assert.deepEqual(d.edits, [
      {
        start: text.length - 2,
        end: text.length - 2,
        newText: `\r\n${blockItem("''", '\r\n')}`,
        snippet: `\r\n${blockItem("${1:''}", '\r\n')}`,
      },
    ]);
    const after = applyEdits(text, d.edits);
    assert.equal(after, `${text}${blockItem("''", '\r\n')}\r\n`);
    assert.ok(!/[^\r]\n/.test(after), 'every line ends with CRLF');
    assertBetter(text, after);
  });

  it("follows the file's indentation and its reviews' list and scalar styles", () => {
    const text = [
      'version: 1',
      'name: Test',
      'period:',
      '    start: 2027-01-01',
      '    end: 2027-06-30',
      'goals:',
      '-   id: followers',
      '    title: Reach 1,000 followers',
      '    metric: f',
      '    target: 1000',
      '    deadline: 2027-06-30',
      'metrics:',
      '-   id: f',
      '    name: Followers',
      '    unit: followers',
      '    values:',
      '        2027-01: 100',
      '        2027-02: 120',
      'reviews:',
      '-   date: 2027-01-31',
      '    findings: "First month."',
      '    goals:',
      '    - followers',
      '    actions: [Post more]',
      '',
    ].join('\n');
    const after = applyEdits(text, draft(text).edits);
    assert.equal(
      after,
      text +
        [
          '-   date: 2027-03-02',
          '    month: 2027-02',
          '    goals:',
          '    - followers',
          `    findings: '${GOAL_SENTENCE} ${METRIC_SENTENCE}'`,
          "    actions: ['']",
          '',
        ].join('\n'),
    );
    assertBetter(text, after);
  });

  it('writes a sentence that would not fold back as it is on one quoted line', () => {
    const text = `${HEAD.replace('title: Reach 1,000 followers', "title: 'Grow.  Then: more'")}reviews:\n  - date: 2027-01-31\n    findings: >-\n      First month.\n`;
    const d = draft(text);
    const after = applyEdits(text, d.edits);
    const reviews = (parseDocument(after).toJS() as { reviews: { findings: string }[] }).reviews;
    assert.equal(reviews[1].findings, d.entry.findings);
    assert.match(d.yaml, /^ {4}findings: '/m);
  });

  it('leaves out goals and actions when every goal is on pace, and speaks of the month asked for', () => {
    const text = HEAD.replace('target: 1000', 'target: 150');
    const { entry, yaml } = draft(text);
    assert.deepEqual([entry.goals, entry.actions], [[], []]);
    assert.doesNotMatch(yaml, /goals:|actions:/);
    assert.match(entry.findings, /on track/);
    const january = draft(HEAD, '2027-01').entry;
    assert.equal(january.month, '2027-01');
    assert.equal(
      january.findings,
      'Reach 1,000 followers: 100 followers in January 2027, target 1,000 followers by 30 June 2027; at the current trend 200 followers (off track). Followers: 100 followers in January 2027.',
    );
  });

  it('writes a Persian file its sentences in Persian, with Persian digits and Solar Hijri dates', () => {
    const text = HEAD.replace('name: Test', 'name: استراتژی آزمایشی').replace('unit: followers', 'unit: نفر');
    const { analysis } = lint(text, { today: TODAY });
    const entry = reviewEntry(analysis, { today: TODAY });
    assert.equal(
      entry.findings,
      'Reach 1,000 followers: ۱۲۰ نفر در فوریه ۲۰۲۷، مقصد ۱٬۰۰۰ نفر تا ۹ تیر ۱۴۰۶؛ با روند کنونی ۲۰۰ نفر (خارج از مسیر). ' +
        'Followers: ۱۲۰ نفر در فوریه ۲۰۲۷، +۲۰٪ نسبت به ژانویه ۲۰۲۷.',
    );
    // An explicit language wins over the file's.
    assert.match(
      reviewEntry(analysis, { today: TODAY, language: 'en' }).findings,
      /^Reach 1,000 followers: 120 نفر in/,
    );
  });

  it('has no edit where the file has no place for a list item', () => {
    assert.deepEqual(draft(`${HEAD}reviews: not a list\n`).edits, []);
    assert.deepEqual(draft('{version: 1, name: x}\n').edits, []);
  });
});

describe('draftReview on the examples and fixtures', () => {
  const files = [
    ...['coffee-roastery', 'persian-bakery'].map((n) =>
      join(__dirname, `../../../../examples/${n}.strategy.yaml`),
    ),
    ...['studio', 'persian', 'hostile'].map((n) =>
      join(__dirname, `../../../fixtures/report/${n}.strategy.yaml`),
    ),
  ];
  for (const file of files) {
    it(`appends a review to ${basename(file)} that lints without a new error`, () => {
      const text = readFileSync(file, 'utf8');
      const d = draft(text);
      assert.equal(d.edits.length, 1);
      const after = applyEdits(text, d.edits);
      const before = codes(text, 'error');
      assert.deepEqual(
        codes(after, 'error').filter((c) => !before.includes(c)),
        [],
      );
      assert.ok(!codes(after).includes('reviews/missing'));
      const reviews = (parseDocument(after).toJS() as { reviews: { month?: string; findings?: string }[] })
        .reviews;
      const added = reviews[reviews.length - 1];
      assert.deepEqual([added.month, added.findings], [d.entry.month, d.entry.findings || undefined]);
    });
  }
});
