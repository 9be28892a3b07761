// Moving one occurrence of a series, or the series, as the calendar asks: the expected texts are
// written out byte for byte (comments, quotes and line endings elsewhere stay). 2027-03-01 is a Monday.
import assert from 'node:assert/strict';
import { detachOccurrenceEdits, shiftSeriesEdits } from '../../../../src/core/service/series-edits';
import { lint } from '../../../../src/core/engine/lint';
import { calendarOccurrences, occurrenceDate } from '../../../../src/core/domain/occurrences';
import { analyze, apply } from './helper';

const HEAD = `version: 1
name: Series
period:
  start: 2027-01-01
  end: 2027-06-30
platforms:
  - id: ig
    network: instagram
calendar:
`;

const BLOCK = `${HEAD}  # weekly tips
  - date: 2027-03-01 # a Monday
    time: "09:00"
    platform: ig
    title: Weekly tips   # keep
    status: scheduled
    repeat:
      every: week
      on: [mon, thu]   # two a week
      until: 2027-03-31
  - date: 2027-03-02
    platform: ig
    title: Single
`;

function detach(text: string, index: number, from: string, to: string, time?: string): string {
  const edits = detachOccurrenceEdits(analyze(text), index, from, to, time);
  if ('error' in edits) throw new Error(edits.error);
  return apply(text, edits);
}

function shift(text: string, index: number, from: string, to: string, time?: string): string {
  const edits = shiftSeriesEdits(analyze(text), index, from, to, time);
  if ('error' in edits) throw new Error(edits.error);
  return apply(text, edits);
}

/** Each post's dates after the edit, as "index title: dates". */
function plan(text: string): string[] {
  const { model } = analyze(text);
  const out = new Map<number, string[]>();
  for (const o of calendarOccurrences(model))
    out.set(o.post.index, [...(out.get(o.post.index) ?? []), occurrenceDate(o)]);
  return [...out].map(([i, dates]) => `${i} ${model.calendar[i].value.title}: ${dates.join(' ')}`);
}

/** Error and warning codes: an edit must not make the file worse. */
function problems(text: string): string[] {
  return lint(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.code)
    .sort();
}

describe('service: detachOccurrenceEdits (this post only)', () => {
  it('block series without except: adds except: [date] to repeat and the post right after the series', () => {
    const out = detach(BLOCK, 0, '2027-03-08', '2027-03-09');
    assert.equal(
      out,
      BLOCK.replace(
        '      until: 2027-03-31\n',
        `      until: 2027-03-31
      except: [2027-03-08]
  - date: 2027-03-09
    time: "09:00"
    platform: ig
    title: Weekly tips
    status: scheduled
`,
      ),
    );
    assert.deepEqual(plan(out), [
      '0 Weekly tips: 2027-03-01 2027-03-04 2027-03-11 2027-03-15 2027-03-18 2027-03-22 2027-03-25 2027-03-29',
      '1 Weekly tips: 2027-03-09',
      '2 Single: 2027-03-02',
    ]);
    assert.deepEqual(problems(out), problems(BLOCK));
  });

  it('a new time replaces the series time in the copy only; a post without a time gets one after its date', () => {
    assert.equal(
      detach(BLOCK, 0, '2027-03-11', '2027-03-12', '18:30'),
      BLOCK.replace(
        '      until: 2027-03-31\n',
        `      until: 2027-03-31
      except: [2027-03-11]
  - date: 2027-03-12
    time: "18:30"
    platform: ig
    title: Weekly tips
    status: scheduled
`,
      ),
    );
    const untimed = `${HEAD}  - date: '2027-03-01'
    platform: ig
    title: Daily
    repeat: {every: day, count: 5}
`;
    assert.equal(
      detach(untimed, 0, '2027-03-03', '2027-03-06', '07:15'),
      `${HEAD}  - date: '2027-03-01'
    platform: ig
    title: Daily
    repeat: {every: day, count: 5, except: ['2027-03-03']}
  - date: '2027-03-06'
    time: "07:15"
    platform: ig
    title: Daily
`,
    );
  });

  it('an existing flow except list gets the date at its end, quoted like its dates', () => {
    const text = BLOCK.replace(
      '      until: 2027-03-31\n',
      '      until: 2027-03-31\n      except: ["2027-03-15"]\n',
    );
    assert.equal(
      detach(text, 0, '2027-03-22', '2027-03-23'),
      text.replace(
        '      except: ["2027-03-15"]\n',
        `      except: ["2027-03-15", "2027-03-22"]
  - date: 2027-03-23
    time: "09:00"
    platform: ig
    title: Weekly tips
    status: scheduled
`,
      ),
    );
    const empty = BLOCK.replace('      until: 2027-03-31\n', '      except: []\n      until: 2027-03-31\n');
    assert.match(detach(empty, 0, '2027-03-22', '2027-03-23'), /\n {6}except: \[2027-03-22\]\n {6}until/);
  });

  it('an existing block except list gets a new item, comments around it kept', () => {
    const text = BLOCK.replace(
      '      until: 2027-03-31\n',
      '      until: 2027-03-31\n      except:   # holidays\n        - 2027-03-15 # spring break\n',
    );
    assert.equal(
      detach(text, 0, '2027-03-04', '2027-03-05'),
      text.replace(
        '        - 2027-03-15 # spring break\n',
        `        - 2027-03-15 # spring break
        - 2027-03-04
  - date: 2027-03-05
    time: "09:00"
    platform: ig
    title: Weekly tips
    status: scheduled
`,
      ),
    );
  });

  it('a flow repeat in the middle of a block post: except inside the braces, the post after the last field', () => {
    const text = `${HEAD}  - date: 2027-03-01
    repeat: {every: week, on: [mon, thu]}  # twice a week
    platform: ig
    title: "Tips: weekly"
    notes: |
      Two lines
      of notes
  - date: 2027-03-02
    platform: ig
    title: Single
`;
    assert.equal(
      detach(text, 0, '2027-03-04', '2027-03-02'),
      `${HEAD}  - date: 2027-03-01
    repeat: {every: week, on: [mon, thu], except: [2027-03-04]}  # twice a week
    platform: ig
    title: "Tips: weekly"
    notes: |
      Two lines
      of notes
  - date: 2027-03-02
    platform: ig
    title: "Tips: weekly"
    notes: |
      Two lines
      of notes
  - date: 2027-03-02
    platform: ig
    title: Single
`,
    );
  });

  it('a flow post in a block list, and a flow calendar, stay flow', () => {
    const item = `${HEAD}  - {date: 2027-03-01, platform: ig, title: Tips, repeat: {every: day, until: 2027-03-05}}   # daily\n`;
    assert.equal(
      detach(item, 0, '2027-03-02', '2027-03-09', '10:00'),
      `${HEAD}  - {date: 2027-03-01, platform: ig, title: Tips, repeat: {every: day, until: 2027-03-05, except: [2027-03-02]}}   # daily
  - {date: 2027-03-09, time: "10:00", platform: ig, title: Tips}
`,
    );
    const list = HEAD.replace(
      'calendar:\n',
      'calendar: [{date: 2027-03-01, repeat: {every: day, count: 3}, platform: ig, title: A}, {date: 2027-03-02, platform: ig, title: B}]\n',
    );
    assert.equal(
      detach(list, 0, '2027-03-03', '2027-03-10'),
      HEAD.replace(
        'calendar:\n',
        'calendar: [{date: 2027-03-01, repeat: {every: day, count: 3, except: [2027-03-03]}, platform: ig, title: A}, {date: 2027-03-10, platform: ig, title: A}, {date: 2027-03-02, platform: ig, title: B}]\n',
      ),
    );
  });

  it('keeps CRLF line endings and a file without a final line break', () => {
    const crlf = BLOCK.replace(/\n/g, '\r\n').replace(/\r\n {2}- date: 2027-03-02[\s\S]*$/, '');
    const out = detach(crlf, 0, '2027-03-08', '2027-03-09');
    assert.equal(
      out,
      crlf +
        '\r\n      except: [2027-03-08]\r\n  - date: 2027-03-09\r\n    time: "09:00"\r\n    platform: ig\r\n    title: Weekly tips\r\n    status: scheduled',
    );
    assert.ok(!/[^\r]\n/.test(out), 'every line break is CRLF');
  });

  it('refuses the first date, a date that is not in the series, a post that does not repeat, bad input', () => {
    const a = analyze(BLOCK);
    const error = (r: unknown) => (r as { error?: string }).error;
    assert.match(error(detachOccurrenceEdits(a, 0, '2027-03-01', '2027-03-02'))!, /not a later date/);
    assert.match(error(detachOccurrenceEdits(a, 0, '2027-03-09', '2027-03-10'))!, /not a later date/);
    assert.match(error(detachOccurrenceEdits(a, 1, '2027-03-09', '2027-03-10'))!, /does not repeat/);
    assert.match(error(detachOccurrenceEdits(a, 7, '2027-03-08', '2027-03-10'))!, /no post number 8/);
    assert.match(error(detachOccurrenceEdits(a, 0, '2027-03-08', '2027-02-30'))!, /not a day/);
    assert.match(error(detachOccurrenceEdits(a, 0, '2027-03-08', '2027-03-09', '9:00'))!, /not a time/);
    // An except date is no occurrence any more.
    const text = BLOCK.replace(
      '      until: 2027-03-31\n',
      '      until: 2027-03-31\n      except: [2027-03-08]\n',
    );
    assert.match(
      error(detachOccurrenceEdits(analyze(text), 0, '2027-03-08', '2027-03-09'))!,
      /not a later date/,
    );
  });
});

describe('service: shiftSeriesEdits (the whole series)', () => {
  it('shifts the date and each weekday by the same days; until stays', () => {
    const out = shift(BLOCK, 0, '2027-03-11', '2027-03-12');
    assert.equal(
      out,
      BLOCK.replace('2027-03-01 # a Monday', '2027-03-02 # a Monday').replace('[mon, thu]', '[tue, fri]'),
    );
    assert.deepEqual(plan(out)[0].split(': ')[1].split(' ').slice(0, 4), [
      '2027-03-02',
      '2027-03-05',
      '2027-03-09',
      '2027-03-12',
    ]);
    assert.deepEqual(problems(out), problems(BLOCK));
  });

  it('wraps weekdays round the week, keeps their quotes, and changes the time when given', () => {
    const text = BLOCK.replace('[mon, thu]', `['sun', "thu"]`).replace('2027-03-01 # a Monday', '2027-02-28');
    assert.equal(
      shift(text, 0, '2027-03-04', '2027-03-01', '10:00'),
      text
        .replace('2027-02-28', '2027-02-25')
        .replace(`['sun', "thu"]`, `['thu', "mon"]`)
        .replace('"09:00"', '"10:00"'),
    );
    const block = BLOCK.replace('on: [mon, thu]   # two a week', 'on:\n        - mon\n        - thu # late');
    assert.equal(
      shift(block, 0, '2027-03-08', '2027-03-06'),
      block
        .replace('2027-03-01 # a Monday', '2027-02-27 # a Monday')
        .replace('- mon\n', '- sat\n')
        .replace('- thu', '- tue'),
    );
  });

  it('a whole week later moves only the date; a daily or weekly series without on moves its date', () => {
    assert.equal(
      shift(BLOCK, 0, '2027-03-08', '2027-03-15'),
      BLOCK.replace('2027-03-01 # a Monday', '2027-03-08 # a Monday'),
    );
    const daily = `${HEAD}  - {date: '2027-03-01', platform: ig, title: D, repeat: {every: day, count: 4, except: [2027-03-02]}}\n`;
    assert.equal(shift(daily, 0, '2027-03-03', '2027-03-05'), daily.replace("'2027-03-01'", "'2027-03-03'"));
  });

  it('refuses what detach refuses', () => {
    const r = shiftSeriesEdits(analyze(BLOCK), 0, '2027-03-01', '2027-03-02');
    assert.ok('error' in r);
  });
});
