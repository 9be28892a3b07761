// engagement/slow (issue 9): an engagement rule's response-time metric (in hours) last recorded a slower
// figure than its responseTime (m minutes, h hours, d days of 24 hours); and ref/unknown-metric on the
// rule's `metric`. Ranges are exact offsets into the YAML text.
import assert from 'node:assert/strict';
import { lint } from '../../../../src/core/engine/lint';
import { responseHours } from '../../../../src/core/rules/engagement-slow';
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

/** A strategy whose reply-time metric ends with `last` hours, and one engagement rule. */
const strategy = (responseTime: string, last: number, rule = '') => `version: 1
name: Test
period: {start: 2027-01-01, end: 2027-06-30}
metrics:
  - id: reply-hours
    name: Reply time
    unit: hours
    values:
      2027-02: ${last}
      2027-01: 9
reviews:
  - {date: 2027-02-28, month: 2027-02}
engagement:
  - topic: Complaints and negative reviews
    team: support
    responseTime: ${responseTime}
    metric: reply-hours
${rule}`;

describe('engagement/slow', () => {
  it("fires on the rule's responseTime value, with both figures (hours)", () => {
    const text = strategy('2h', 3.5);
    const found = findings(text, 'engagement/slow');
    assert.deepEqual(
      found.map((f) => [f.start, f.end, f.severity, f.message]),
      [
        [
          ...Object.values(span(text, '2h')),
          'warning',
          "'Complaints and negative reviews' should be answered within 2h, but 'Reply time' was 3.5 hours in February 2027. Give the support team more help, or set a responseTime it can keep.",
        ],
      ],
    );
    assert.equal(found[0].fixes, undefined);
  });

  it('compares the last month, not the last written', () => {
    // January (9 hours) is written after February (1.5): February is the last value.
    assert.deepEqual(findings(strategy('2h', 1.5), 'engagement/slow'), []);
  });

  it('reads days as 24 hours', () => {
    const text = strategy('1d', 30);
    const [f] = findings(text, 'engagement/slow');
    assert.deepEqual({ start: f.start, end: f.end }, span(text, '1d'));
    assert.match(f.message, /within 1d \(24 hours\), but 'Reply time' was 30 hours in February 2027\./);
    assert.deepEqual(findings(strategy('1d', 24), 'engagement/slow'), []);
    assert.deepEqual(findings(strategy('2 d', 30), 'engagement/slow'), []);
  });

  it('reads minutes as sixtieths of an hour', () => {
    const [f] = findings(strategy('90m', 2), 'engagement/slow');
    assert.match(f.message, /within 90m \(1\.5 hours\), but 'Reply time' was 2 hours in February 2027\./);
    assert.deepEqual(findings(strategy('30m', 0.5), 'engagement/slow'), []);
    assert.match(findings(strategy('30m', 1), 'engagement/slow')[0].message, /\(0\.5 hours\).+was 1 hour in/);
  });

  it('is quiet at or under the limit, and without a metric, values or a responseTime', () => {
    assert.deepEqual(findings(strategy('4h', 4), 'engagement/slow'), []);
    assert.deepEqual(
      findings(strategy('4h', 4).replace('    metric: reply-hours\n', ''), 'engagement/slow'),
      [],
    );
    const noValues = strategy('1h', 4).replace(/ {4}values:\n.*\n.*\n/, '');
    assert.deepEqual(findings(noValues, 'engagement/slow'), []);
    assert.deepEqual(
      findings(strategy('1h', 4).replace('    responseTime: 1h\n', ''), 'engagement/slow'),
      [],
    );
  });

  it('names the rule by its topic and team, one finding per rule', () => {
    const text = strategy(
      '8h',
      6,
      '  - topic: Order questions\n    team: sales\n    responseTime: 4h\n    metric: reply-hours\n',
    );
    const found = findings(text, 'engagement/slow');
    assert.deepEqual(
      found.map((f) => [f.start, f.end]),
      [Object.values(span(text, '4h'))],
    );
    assert.match(
      found[0].message,
      /^'Order questions' should be answered within 4h, .+ Give the sales team more help/,
    );
  });

  it('responseHours: m, h, d and w, with or without a space', () => {
    assert.equal(responseHours('4h'), 4);
    assert.equal(responseHours('2d'), 48);
    assert.equal(responseHours('30m'), 0.5);
    assert.equal(responseHours('1.5 h'), 1.5);
    assert.equal(responseHours('1w'), 168);
    assert.equal(responseHours('soon'), undefined);
  });
});

describe("ref/unknown-metric on an engagement rule's metric", () => {
  it('fires on the metric value, suggesting the id it resembles', () => {
    const text = strategy('2h', 1).replace('    metric: reply-hours\n', '    metric: reply-hour\n');
    const found = findings(text, 'ref/unknown-metric');
    assert.deepEqual(
      found.map((f) => [f.start, f.end, f.message]),
      [
        [
          ...Object.values(span(text, 'reply-hour', 1)),
          "No metric has the id 'reply-hour'. Did you mean 'reply-hours'?",
        ],
      ],
    );
    assert.deepEqual(findings(strategy('2h', 1), 'ref/unknown-metric'), []);
  });
});
