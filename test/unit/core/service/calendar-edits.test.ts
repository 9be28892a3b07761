import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { newPostEdit, rescheduleEdits } from '../../../../src/core/service/calendar-edits';
import type { TextEdit } from '../../../../src/core/types';
import { SAMPLE, analyze, apply } from './helper';

function reschedule(text: string, index: number, date: string, time?: string): string {
  const edits = rescheduleEdits(analyze(text), index, date, time);
  if ('error' in edits) throw new Error(edits.error);
  return apply(text, edits);
}

function added(
  text: string,
  date: string,
  time?: string,
): { out: string; cursor: number; edits: TextEdit[] } {
  const r = newPostEdit(analyze(text), date, time);
  if ('error' in r) throw new Error(r.error);
  return { out: apply(text, r.edits), cursor: r.cursor, edits: r.edits };
}

const BLOCK = `# My plan
calendar:
  # the launch
  - date: 2027-01-04   # Monday
    time: '09:00'
    platform: ig
    title: "Launch teaser"
  - date: "2027-01-05"
    platform: ig
    title: کمپین نوروز # Persian title
  - date: '2027-01-06'
    platform: ig
    title: x
`;

describe('service: rescheduleEdits', () => {
  it('replaces only the date characters of a plain date and the time inside its quotes', () => {
    const edits = rescheduleEdits(analyze(BLOCK), 0, '2027-02-10', '18:30');
    assert.ok(Array.isArray(edits));
    assert.equal(edits.length, 2);
    assert.equal(BLOCK.slice(edits[0].start, edits[0].end), '2027-01-04');
    assert.equal(BLOCK.slice(edits[1].start, edits[1].end), '09:00');
    assert.equal(
      apply(BLOCK, edits),
      BLOCK.replace('2027-01-04', '2027-02-10').replace("'09:00'", "'18:30'"),
    );
  });

  it('keeps double and single quotes around dates', () => {
    assert.equal(reschedule(BLOCK, 1, '2027-03-01'), BLOCK.replace('"2027-01-05"', '"2027-03-01"'));
    assert.equal(reschedule(BLOCK, 2, '2027-03-02'), BLOCK.replace("'2027-01-06'", "'2027-03-02'"));
  });

  it('adds a quoted time after the date line, indented like the keys, when the post has none', () => {
    const out = reschedule(BLOCK, 1, '2027-01-05', '07:15');
    assert.equal(out, BLOCK.replace('date: "2027-01-05"\n', 'date: "2027-01-05"\n    time: "07:15"\n'));
  });

  it('keeps the date line comment when adding a time after it', () => {
    const text = 'calendar:\n- date: 2027-01-04 # launch\n  platform: ig\n  title: x\n';
    assert.equal(
      reschedule(text, 0, '2027-01-09', '10:00'),
      'calendar:\n- date: 2027-01-09 # launch\n  time: "10:00"\n  platform: ig\n  title: x\n',
    );
  });

  it('works in flow style items', () => {
    const text = "calendar:\n  - {date: '2027-01-05', platform: tg, title: کمپین}   # flow\n";
    assert.equal(reschedule(text, 0, '2027-01-20'), text.replace('2027-01-05', '2027-01-20'));
    assert.equal(
      reschedule(text, 0, '2027-01-20', '09:00'),
      'calendar:\n  - {date: \'2027-01-20\', time: "09:00", platform: tg, title: کمپین}   # flow\n',
    );
    const timed = 'calendar: [{date: 2027-01-05, time: 08:00, platform: tg, title: a}]';
    assert.equal(
      reschedule(timed, 0, '2027-01-06', '21:45'),
      'calendar: [{date: 2027-01-06, time: 21:45, platform: tg, title: a}]',
    );
  });

  it('keeps CRLF line endings and every other byte', () => {
    const crlf = BLOCK.replace(/\n/g, '\r\n');
    assert.equal(reschedule(crlf, 0, '2027-02-10'), crlf.replace('2027-01-04', '2027-02-10'));
    assert.equal(
      reschedule(crlf, 1, '2027-01-05', '07:15'),
      crlf.replace('date: "2027-01-05"\r\n', 'date: "2027-01-05"\r\n    time: "07:15"\r\n'),
    );
  });

  it('adds a time at the end of a file without a final line break', () => {
    const text = 'calendar:\n  - platform: ig\n    date: 2027-01-04';
    assert.equal(
      reschedule(text, 0, '2027-01-04', '09:00'),
      'calendar:\n  - platform: ig\n    date: 2027-01-04\n    time: "09:00"',
    );
  });

  it('fills an empty date', () => {
    const text = 'calendar:\n  - date:\n    platform: ig\n';
    assert.equal(reschedule(text, 0, '2027-01-04'), 'calendar:\n  - date: 2027-01-04\n    platform: ig\n');
  });

  it('refuses bad input in plain words', () => {
    const a = analyze(BLOCK);
    assert.match((rescheduleEdits(a, 7, '2027-01-01') as { error: string }).error, /no post number 8/);
    assert.match((rescheduleEdits(a, -1, '2027-01-01') as { error: string }).error, /no post/);
    assert.match((rescheduleEdits(a, 0, '2027-02-30') as { error: string }).error, /YYYY-MM-DD/);
    assert.match((rescheduleEdits(a, 0, '04/01/2027') as { error: string }).error, /not a day/);
    assert.match((rescheduleEdits(a, 0, '2027-01-04', '9:00') as { error: string }).error, /HH:MM/);
    assert.match((rescheduleEdits(a, 0, '2027-01-04', '24:00') as { error: string }).error, /not a time/);
    assert.ok('error' in (rescheduleEdits(analyze('name: x\n'), 0, '2027-01-04') as object));
  });
});

describe('service: newPostEdit', () => {
  it('appends a block item in the style of the last one, with the most used platform', () => {
    const { out, cursor } = added(SAMPLE, '2027-01-10', '12:00');
    const expected = SAMPLE.replace(
      "  - {date: '2027-01-05', platform: tg, title: کمپین نوروز}\n",
      '  - {date: \'2027-01-05\', platform: tg, title: کمپین نوروز}\n  - {date: \'2027-01-10\', time: "12:00", platform: ig, title: "", status: idea}\n',
    );
    assert.equal(out, expected);
    assert.equal(out.slice(cursor - 8, cursor + 1), 'title: ""');
  });

  it('writes block items under block items, keeping the dash column and date quotes', () => {
    const text = 'calendar:\n- date: "2027-01-04"\n  platform: tg\n  title: a\nmetrics: []\n';
    const { out, cursor } = added(text, '2027-01-05');
    assert.equal(
      out,
      'calendar:\n- date: "2027-01-04"\n  platform: tg\n  title: a\n- date: "2027-01-05"\n  platform: tg\n  title: ""\n  status: idea\nmetrics: []\n',
    );
    assert.equal(out[cursor], '"');
    assert.equal(out.slice(0, cursor).endsWith('  title: "'), true);
  });

  it('creates the calendar section at the end, with the first platform', () => {
    const text =
      'version: 1\nplatforms:\n    - id: ig\n      network: instagram\n    - id: tg\n      network: telegram';
    const { out, cursor } = added(text, '2027-01-05');
    assert.equal(
      out,
      text + '\ncalendar:\n    - date: 2027-01-05\n      platform: ig\n      title: ""\n      status: idea\n',
    );
    assert.equal(out.slice(cursor - 8, cursor + 1), 'title: ""');
  });

  it('fills an empty calendar, and a flow list', () => {
    assert.equal(
      added('calendar:\nname: x\n', '2027-01-05').out,
      'calendar:\n  - date: 2027-01-05\n    platform: ""\n    title: ""\n    status: idea\nname: x\n',
    );
    assert.equal(
      added('calendar: []\r\nname: x\r\n', '2027-01-05').out,
      'calendar:\r\n  - date: 2027-01-05\r\n    platform: ""\r\n    title: ""\r\n    status: idea\r\nname: x\r\n',
    );
    assert.equal(
      added('calendar: [{date: 2027-01-01, platform: x, title: y}]\n', '2027-01-05').out,
      'calendar: [{date: 2027-01-01, platform: x, title: y}, {date: 2027-01-05, platform: x, title: "", status: idea}]\n',
    );
  });

  it('keeps CRLF and comments after the list', () => {
    const text =
      'calendar:\r\n  - date: 2027-01-04\r\n    platform: ig\r\n    title: a # first\r\n\r\n# metrics next\r\nmetrics: []\r\n';
    assert.equal(
      added(text, '2027-01-05').out,
      'calendar:\r\n  - date: 2027-01-04\r\n    platform: ig\r\n    title: a # first\r\n  - date: 2027-01-05\r\n    platform: ig\r\n    title: ""\r\n    status: idea\r\n\r\n# metrics next\r\nmetrics: []\r\n',
    );
  });

  it('refuses a bad date or time', () => {
    assert.ok('error' in newPostEdit(analyze(SAMPLE), '2027-13-01'));
    assert.ok('error' in newPostEdit(analyze(SAMPLE), '2027-01-01', '7'));
    assert.ok('error' in newPostEdit(analyze('calendar: nope\n'), '2027-01-01'));
  });
});

describe('service: calendar edits write what their place needs (issue 7)', () => {
  it('moving a post whose date is a block scalar keeps the next key (issue 7.3)', () => {
    const text = 'calendar:\n  - date: |-\n      2027-01-04\n    platform: ig\n    title: x\n';
    assert.equal(
      reschedule(text, 0, '2027-02-10'),
      'calendar:\n  - date: 2027-02-10\n    platform: ig\n    title: x\n',
    );
  });

  it('a new post in a flow list quotes a platform id that needs quotes (issue 7.5)', () => {
    const text =
      'platforms:\n  - id: "ig, main"\n    network: instagram\ncalendar: [{date: 2027-01-04, platform: "ig, main", title: x}]\n';
    const { out } = added(text, '2027-01-05');
    const doc = parseDocument(out);
    assert.deepEqual(doc.errors, []);
    assert.deepEqual((doc.toJS() as { calendar: unknown[] }).calendar[1], {
      date: '2027-01-05',
      platform: 'ig, main',
      title: '',
      status: 'idea',
    });
  });

  it('a new post quotes a platform id holding a double quote without breaking the file (issue 7.5)', () => {
    const text = 'platforms:\n  - id: \'say "hi"\'\n    network: instagram\n';
    const { out } = added(text, '2027-01-05');
    const doc = parseDocument(out);
    assert.deepEqual(doc.errors, []);
    assert.equal((doc.toJS() as { calendar: { platform: string }[] }).calendar[0].platform, 'say "hi"');
  });
});
