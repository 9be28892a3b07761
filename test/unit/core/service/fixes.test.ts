import assert from 'node:assert/strict';
import { disableRuleFix } from '../../../../src/core/service/fixes';
import { smartStatus } from '../../../../src/core/service/smart';
import type { Finding } from '../../../../src/core/types';
import { analyze, apply, at } from './helper';

const finding = (code: string, start: number, end = start + 1): Finding => ({
  code,
  severity: 'warning',
  message: 'm',
  messageId: 'engine.internalError',
  start,
  end,
});

describe('service: disableRuleFix', () => {
  const text = 'calendar:\n  - date: 2027-01-04\n    time: "09:00"\n';

  it('inserts the directive above the line, indented like it', () => {
    const fix = disableRuleFix(text, finding('calendar/conflict', at(text, '"09:00"')));
    assert.equal(fix.title, 'Ignore calendar/conflict on this line');
    assert.equal(fix.safe, false);
    assert.equal(
      apply(text, fix.edits),
      'calendar:\n  - date: 2027-01-04\n    # strategy-lint-disable-next-line calendar/conflict\n    time: "09:00"\n',
    );
  });

  it('keeps the dash line indentation and CRLF', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const fix = disableRuleFix(crlf, finding('calendar/outside-period', at(crlf, '2027')));
    assert.equal(
      apply(crlf, fix.edits),
      'calendar:\r\n  # strategy-lint-disable-next-line calendar/outside-period\r\n  - date: 2027-01-04\r\n    time: "09:00"\r\n',
    );
  });

  it('appends the code to a directive already above the line, once', () => {
    const withDirective = 'goals:\n  # strategy-lint-disable-next-line smart/relevant\n  - id: g\n';
    const fix = disableRuleFix(withDirective, finding('smart/specific', at(withDirective, '- id: g', 6)));
    const out = apply(withDirective, fix.edits);
    assert.equal(
      out,
      'goals:\n  # strategy-lint-disable-next-line smart/relevant, smart/specific\n  - id: g\n',
    );
    const again = disableRuleFix(out, finding('smart/specific', at(out, '- id: g', 6)));
    assert.deepEqual(again.edits, []);
  });

  it('keeps a reason after -- when appending', () => {
    const t = 'x:\n  # strategy-lint-disable-next-line a/b -- agreed with Sara\n  y: 1\n';
    const fix = disableRuleFix(t, finding('c/d', at(t, 'y: 1')));
    assert.equal(
      apply(t, fix.edits),
      'x:\n  # strategy-lint-disable-next-line a/b, c/d -- agreed with Sara\n  y: 1\n',
    );
  });

  it('leaves a directive without codes alone: it already covers every rule', () => {
    const t = 'x:\n  # strategy-lint-disable-next-line\n  y: 1\n';
    assert.deepEqual(disableRuleFix(t, finding('c/d', at(t, 'y: 1'))).edits, []);
  });

  it('works on the first line', () => {
    const fix = disableRuleFix('version: 2\n', finding('schema/enum', 9));
    assert.equal(
      apply('version: 2\n', fix.edits),
      '# strategy-lint-disable-next-line schema/enum\nversion: 2\n',
    );
  });
});

describe('service: smartStatus', () => {
  const text =
    'goals:\n  - id: a\n    title: x\n  - id: b\n    title: Grow followers to 5000\n  - title: no id\n';
  const a = analyze(text);

  it('lists the letters each goal misses, from the findings inside the goal', () => {
    const findings: Finding[] = [
      finding('smart/time-bound', at(text, '- id: a', 6)),
      finding('smart/specific', at(text, 'title: x', 7)),
      finding('schema/required', at(text, '- id: a', 6)),
      finding('smart/relevant', at(text, '- id: b', 6)),
      finding('smart/relevant', at(text, 'no id')),
    ];
    const status = smartStatus(a, findings);
    assert.deepEqual(
      [...status.entries()],
      [
        ['a', { missing: ['S', 'T'] }],
        ['b', { missing: ['R'] }],
      ],
    );
    assert.deepEqual(smartStatus(a, []).get('a'), { missing: [] });
  });
});
