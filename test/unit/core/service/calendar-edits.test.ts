import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { newPostEdit, rescheduleEdits, statusEdits } from '../../../../src/core/service/calendar-edits';
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

/** The text after setting calendar[index]'s status; checks it still parses and reads back. */
function withStatus(text: string, index: number, status: string, approvedBy?: string): string {
  const edits = statusEdits(analyze(text), index, status, approvedBy);
  if ('error' in edits) throw new Error(edits.error);
  const out = apply(text, edits);
  const doc = parseDocument(out);
  assert.deepEqual(doc.errors, []);
  const post = analyze(out).model.calendar.find((p) => p.index === index)!.value;
  assert.equal(post.status, status);
  if (approvedBy !== undefined) assert.equal(post.approvedBy, approvedBy);
  return out;
}

const POSTS = `calendar:
  - date: 2027-01-04
    platform: ig
    title: "Launch teaser"
    status: draft # needs a photo
    goal: g
  - date: 2027-01-05
    platform: ig
    title: Behind the bar
    status: 'in-review'
    approvedBy: "Old Name"   # last round
  - date: 2027-01-06
    platform: ig
    title: No status yet
  - {date: 2027-01-07, platform: tg, title: کمپین, status: idea}   # flow
  - {date: 2027-01-08, platform: tg, title: a}
`;

describe('service: statusEdits (approval, issue 9)', () => {
  it('replaces the status value, keeps its comment and adds approvedBy on the next line', () => {
    assert.equal(
      withStatus(POSTS, 0, 'approved', 'Sara Ahmadi'),
      POSTS.replace(
        '    status: draft # needs a photo\n',
        '    status: approved # needs a photo\n    approvedBy: Sara Ahmadi\n',
      ),
    );
  });

  it('keeps the quotes of an existing status and approvedBy', () => {
    assert.equal(
      withStatus(POSTS, 1, 'approved', 'سارا احمدی'),
      POSTS.replace("status: 'in-review'", "status: 'approved'").replace(
        'approvedBy: "Old Name"   # last round',
        'approvedBy: "سارا احمدی"   # last round',
      ),
    );
  });

  it('adds status and approvedBy at the end of a block post without a status', () => {
    assert.equal(
      withStatus(POSTS, 2, 'approved', 'Sara'),
      POSTS.replace(
        '    title: No status yet\n',
        '    title: No status yet\n    status: approved\n    approvedBy: Sara\n',
      ),
    );
    assert.equal(
      withStatus(POSTS, 2, 'in-review'),
      POSTS.replace('    title: No status yet\n', '    title: No status yet\n    status: in-review\n'),
    );
  });

  it('works in flow posts, with and without a status, quoting what a flow mapping needs', () => {
    assert.equal(
      withStatus(POSTS, 3, 'approved', 'Doe, John'),
      POSTS.replace('status: idea}', "status: approved, approvedBy: 'Doe, John'}"),
    );
    assert.equal(
      withStatus(POSTS, 4, 'approved', 'Sara'),
      POSTS.replace('title: a}', 'title: a, status: approved, approvedBy: Sara}'),
    );
    assert.equal(
      withStatus(POSTS, 4, 'in-review'),
      POSTS.replace('title: a}', 'title: a, status: in-review}'),
    );
    const list = 'calendar: [{date: 2027-01-05, platform: tg, title: a, status: draft}]';
    assert.equal(
      withStatus(list, 0, 'approved', "O'Brien"),
      "calendar: [{date: 2027-01-05, platform: tg, title: a, status: approved, approvedBy: O'Brien}]",
    );
  });

  it('sending for review changes only the status and leaves approvedBy alone', () => {
    assert.equal(withStatus(POSTS, 1, 'in-review'), POSTS);
    assert.equal(withStatus(POSTS, 0, 'in-review'), POSTS.replace('status: draft #', 'status: in-review #'));
  });

  it('fills an empty status, before its comment', () => {
    const text =
      'calendar:\n  - date: 2027-01-04\n    status:\n    title: x\n  - date: 2027-01-05\n    status: # later\n';
    assert.equal(withStatus(text, 0, 'in-review'), text.replace('status:\n', 'status: in-review\n'));
    assert.equal(
      withStatus(text, 1, 'approved', 'Sara'),
      text.replace('status: # later\n', 'status: approved # later\n    approvedBy: Sara\n'),
    );
  });

  it('keeps CRLF line endings, and writes at the end of a file without a final line break', () => {
    const crlf = POSTS.replace(/\n/g, '\r\n');
    assert.equal(
      withStatus(crlf, 0, 'approved', 'Sara'),
      crlf.replace(
        'status: draft # needs a photo\r\n',
        'status: approved # needs a photo\r\n    approvedBy: Sara\r\n',
      ),
    );
    assert.equal(
      withStatus(crlf, 2, 'approved', 'Sara'),
      crlf.replace(
        'title: No status yet\r\n',
        'title: No status yet\r\n    status: approved\r\n    approvedBy: Sara\r\n',
      ),
    );
    const bare = 'calendar:\r\n- date: 2027-01-04\r\n  platform: ig\r\n  title: x';
    assert.equal(
      withStatus(bare, 0, 'approved', 'Sara'),
      `${bare}\r\n  status: approved\r\n  approvedBy: Sara`,
    );
  });

  it('quotes a name a plain scalar would misread, and replaces a block scalar status on its line', () => {
    const text = 'calendar:\n  - date: 2027-01-04\n    title: x\n    status: >-\n      draft\n    goal: g\n';
    assert.equal(
      withStatus(text, 0, 'approved', '#1 fan'),
      "calendar:\n  - date: 2027-01-04\n    title: x\n    status: approved\n    approvedBy: '#1 fan'\n    goal: g\n",
    );
  });

  it('refuses what it cannot write, in plain words', () => {
    const a = analyze(POSTS);
    assert.match((statusEdits(a, 9, 'approved', 'S') as { error: string }).error, /no post number 10/);
    assert.match((statusEdits(a, 0, 'done') as { error: string }).error, /not a post status/);
    assert.match((statusEdits(a, 0, 'approved', '  ') as { error: string }).error, /name/);
    const list = analyze('calendar:\n  - date: 2027-01-04\n    status: [a, b]\n');
    assert.match((statusEdits(list, 0, 'approved', 'S') as { error: string }).error, /not a single value/);
    assert.ok('error' in statusEdits(analyze('calendar:\n  - {}\n'), 0, 'approved', 'S'));
  });
});
