// iCalendar export: byte-for-byte against a reviewed fixture, then read back by an independent parser
// (ical.js). The fixture covers Persian titles (with a ZWNJ and an emoji), floating times, all-day
// posts, a time whose 30 minutes cross midnight, two posts sharing platform and title, and a bad date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { toICalendar } from '../../../../src/core/outputs/ics';
import type { StrategyModel } from '../../../../src/core/engine/model';
import { buildModel } from '../../../../src/core/engine/model-build';
import { lint } from '../../../../src/core/engine/lint';
import { calendarOccurrences, occurrenceDate } from '../../../../src/core/domain/occurrences';
import { calendarViewModel } from '../../../../src/core/outputs/view-models';

const dir = join(__dirname, '..', '..', '..', 'fixtures', 'ics');
const source = readFileSync(join(dir, 'calendar.strategy.yaml'), 'utf8');
const NOW = new Date(Date.UTC(2027, 1, 1, 12, 0, 0));

function modelOf(text: string): StrategyModel {
  return buildModel(parse(text));
}

function events(ics: string): ICAL.Event[] {
  const comp = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('toICalendar', () => {
  const ics = toICalendar(modelOf(source), { now: NOW });

  it('matches the reviewed fixture byte for byte', () => {
    const expected = readFileSync(join(dir, 'expected.ics'));
    assert.equal(Buffer.compare(Buffer.from(ics, 'utf8'), expected), 0, ics);
  });

  it('does not depend on the time zone of the machine', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Asia/Tehran', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        assert.equal(toICalendar(modelOf(source), { now: NOW }), ics, tz);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const bytes = Buffer.from(ics, 'utf8');
    assert.ok(ics.endsWith('\r\n'));
    const lines = ics.slice(0, -2).split('\r\n');
    assert.ok(
      lines.some((l) => l.startsWith(' ')),
      'the fixture has folded lines',
    );
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let offset = 0;
    for (const line of lines) {
      const length = Buffer.byteLength(line, 'utf8');
      assert.ok(length <= 75, `${length} octets: ${line}`);
      // Each physical line decodes on its own: no character straddles a fold.
      assert.equal(decoder.decode(bytes.subarray(offset, offset + length)), line);
      offset += length + 2;
    }
  });

  it('reads back in ical.js: one event per dated post, with summary, start, end, UID, status, categories', () => {
    const evs = events(ics);
    assert.deepEqual(
      evs.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate, e.endDate.toString()]),
      [
        ['[Telegram] پیش‌سفارش شیرینی نوروز آغاز شد', '2027-03-10T09:00:00', false, '2027-03-10T09:30:00'],
        [
          '[Instagram (ig)] پشت صحنه‌ی پخت نان سنگک 🍞 در تنور، از خمیر تا سفره، با استاد کار',
          '2027-03-12',
          true,
          '2027-03-13',
        ],
        [
          '[Instagram (ig-shop)] Weekly tip: store cookies, keep them crisp',
          '2027-03-15T23:45:00',
          false,
          '2027-03-16T00:15:00',
        ],
        [
          '[Instagram (ig-shop)] Weekly tip: store cookies, keep them crisp',
          '2027-03-22T23:45:00',
          false,
          '2027-03-23T00:15:00',
        ],
        ['[Blog] Nowruz recipes', '2027-03-20', true, '2027-03-21'],
      ],
    );
    // Floating: no TZID, so "09:00" stays nine in the morning wherever the calendar is opened.
    for (const e of evs) assert.equal(e.startDate.zone?.tzid, 'floating');
    const uids = evs.map((e) => e.uid);
    assert.equal(new Set(uids).size, uids.length);
    for (const uid of uids) assert.match(uid, /^[0-9a-f]{32}@strategy-as-code$/);
    assert.deepEqual(
      evs.map((e) => [
        e.component.getFirstPropertyValue('status'),
        e.component.getFirstProperty('categories')?.getValues(),
      ]),
      [
        ['CONFIRMED', ['Telegram', 'scheduled']],
        ['TENTATIVE', ['Instagram', 'draft']],
        ['CONFIRMED', ['Instagram', 'published']],
        ['TENTATIVE', ['Instagram', 'idea']],
        ['TENTATIVE', ['Blog', 'idea']],
      ],
    );
  });

  it('describes the post: status, type, goal, campaign, link and notes; link as location and URL', () => {
    const [first] = events(toICalendar(modelOf(source), { now: NOW, language: 'en' }));
    assert.equal(
      first.description,
      [
        'Status: scheduled',
        'Type: announcement',
        'Goal: Take 300 Nowruz orders online (nowruz-orders)',
        'Campaign: نوروز ۱۴۰۶',
        'Link: https://nan.example/nowruz',
        'Notes: Pin the message; reply within 2 hours, then repost at 18:00.',
      ].join('\n'),
    );
    assert.equal(first.location, 'https://nan.example/nowruz');
    assert.equal(first.component.getFirstPropertyValue('url'), 'https://nan.example/nowruz');
  });

  it("describes a Persian file's posts in Persian, in plain text (no isolates: links stay links)", () => {
    const [first] = events(ics);
    const v = (text: string) => text;
    assert.equal(
      first.description,
      [
        'وضعیت: زمان‌بندی‌شده',
        `نوع: ${v('announcement')}`,
        `هدف: ${v('Take 300 Nowruz orders online')} (${v('nowruz-orders')})`,
        `کمپین: ${v('نوروز ۱۴۰۶')}`,
        `پیوند: ${v('https://nan.example/nowruz')}`,
        `یادداشت: ${v('Pin the message; reply within 2 hours, then repost at 18:00.')}`,
      ].join('\n'),
    );
  });

  it('names the calendar after the strategy, or as asked', () => {
    const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    assert.equal(cal.getFirstPropertyValue('x-wr-calname'), 'نان و شیرینی نوروز');
    const named = new ICAL.Component(
      ICAL.parse(toICalendar(modelOf(source), { now: NOW, name: 'Posts' })) as unknown[],
    );
    assert.equal(named.getFirstPropertyValue('x-wr-calname'), 'Posts');
  });

  it('keeps a post UID when it is rescheduled, and changes it when it is renamed', () => {
    const uids = (text: string, domain?: string) =>
      events(toICalendar(modelOf(text), { now: NOW, ...(domain ? { uidDomain: domain } : {}) })).map(
        (e) => e.uid,
      );
    const before = uids(source);
    const moved = uids(
      source.replace('date: 2027-03-10\n    time: "09:00"', 'date: 2027-03-11\n    time: "17:30"'),
    );
    assert.deepEqual(moved, before);
    // The first weekly tip moves after the second: list order, not dates, numbers the occurrences.
    const swappedDates = uids(source.replace('2027-03-15', '2027-03-29'));
    assert.deepEqual(swappedDates, before);
    const renamed = uids(source.replace('title: Nowruz recipes', 'title: Nowruz recipe ideas'));
    assert.deepEqual(renamed.slice(0, 4), before.slice(0, 4));
    assert.notEqual(renamed[4], before[4]);
    assert.match(uids(source, 'nan.example')[0], /@nan\.example$/);
  });

  it('gives the same post different UIDs in two strategies', () => {
    const other = source.replace('name: نان و شیرینی نوروز', 'name: Another client');
    const a = events(toICalendar(modelOf(source), { now: NOW }))[4].uid;
    const b = events(toICalendar(modelOf(other), { now: NOW }))[4].uid;
    assert.notEqual(a, b);
  });

  describe('text from the file cannot break out of its property (issue 7.7)', () => {
    // ical.js reads NAME and X-WR-CALNAME (RFC 7986, Apple/Google) as unknown, raw values; calendar
    // apps read them as TEXT, as RFC 7986 defines NAME. Read them as TEXT here, as those apps do.
    const design = ICAL.design.icalendar.property as Record<string, unknown>;
    const saved = { name: design.name, calname: design['x-wr-calname'] };
    before(() => {
      design.name = { defaultType: 'text' };
      design['x-wr-calname'] = { defaultType: 'text' };
    });
    after(() => {
      // Put back what was there, and nothing where nothing was: ical.js takes a key for a definition.
      for (const [key, value] of [
        ['name', saved.name],
        ['x-wr-calname', saved.calname],
      ] as const) {
        if (value === undefined) delete design[key];
        else design[key] = value;
      }
    });

    const INJECTION =
      '\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:injected\r\nEND:VEVENT\r\nX-EVIL:1';
    const hostile = (name: string, title: string): string =>
      [
        'version: 1',
        `name: ${JSON.stringify(name)}`,
        'period: {start: 2027-01-01, end: 2027-12-31}',
        'platforms:',
        '  - {id: ig, network: instagram}',
        'calendar:',
        `  - {date: 2027-01-04, platform: ig, title: ${JSON.stringify(title)}, notes: ${JSON.stringify(`n${INJECTION}`)}}`,
        `  - {date: 2027-01-05, platform: ig, title: Plain, link: ${JSON.stringify(`https://x.example/${INJECTION}`)}}`,
        '',
      ].join('\n');

    /** Every physical line: a property (NAME[;params]:value), a fold (leading space), or BEGIN/END. */
    function assertLines(ics: string): void {
      assert.ok(ics.endsWith('\r\n'));
      for (const line of ics.slice(0, -2).split('\r\n'))
        assert.match(line, /^( |[A-Z-]+[;:])/, JSON.stringify(line));
      // No character any reader might take for a line break: CR or LF alone, VT, FF, FS/GS/RS, NEL, LS, PS.
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      assert.doesNotMatch(ics, /[\u0000-\u0008\u000e-\u001f\u007f]/, 'no control characters');
      assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm)?.length, 2);
      assert.equal(ics.match(/^END:VCALENDAR\r$/gm)?.length, 1);
      assert.doesNotMatch(ics, /^(UID:evil|SUMMARY:injected|X-EVIL)/m);
    }

    it('a name and a title holding CRLF + BEGIN:VEVENT give exactly the dated posts as events', () => {
      const name = `Evil; plan, with \\ and${INJECTION}`;
      const ics = toICalendar(modelOf(hostile(name, `Title${INJECTION}`)), { now: NOW });
      assertLines(ics);
      const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
      const evs = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      assert.equal(evs.length, 2);
      assert.equal(cal.getAllSubcomponents().length, 2);
      // The name round-trips; a line break reads back as one LF, as TEXT has no CR.
      const expected = name.replace(/\r\n/g, '\n');
      assert.equal(cal.getFirstPropertyValue('x-wr-calname'), expected);
      assert.equal(cal.getFirstPropertyValue('name'), expected);
      assert.equal(evs[0].summary, `[Instagram] Title${INJECTION.replace(/\r\n/g, '\n')}`);
      assert.ok(evs[0].description.endsWith(`Notes: n${INJECTION.replace(/\r\n/g, '\n')}`));
    });

    it('the --name option is escaped the same way', () => {
      const name = `Posts${INJECTION}`;
      const ics = toICalendar(modelOf(hostile('x', 'y')), { now: NOW, name });
      assertLines(ics);
      const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
      assert.equal(cal.getFirstPropertyValue('x-wr-calname'), name.replace(/\r\n/g, '\n'));
    });

    it('CR alone, vertical tab, form feed, NEL and the Unicode line separators cannot start a line', () => {
      for (const sep of ['\r', '\n', '\u000b', '\u000c', '\u001c', '\u001e', '\u0085', '\u2028', '\u2029']) {
        const attack = `${sep}BEGIN:VEVENT${sep}UID:evil${sep}END:VEVENT${sep}`;
        const ics = toICalendar(modelOf(hostile(`Plan${attack}`, `Title${attack}`)), {
          now: NOW,
          name: `N${attack}`,
        });
        assertLines(ics);
        assert.equal(events(ics).length, 2, JSON.stringify(sep));
      }
    });

    it('drops other control characters (RFC 5545 TEXT allows none but the tab)', () => {
      const ics = toICalendar(modelOf(hostile('Plan\u0000\u001b[2J\u0007\tend', 'T\u007f\u001bitle')), {
        now: NOW,
      });
      const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
      assert.equal(cal.getFirstPropertyValue('x-wr-calname'), 'Plan[2J\tend');
      assert.equal(events(ics)[0].summary, '[Instagram] Title');
    });
  });

  it('writes an empty calendar when there are no posts', () => {
    const empty = toICalendar(modelOf('version: 1\nname: Empty\n'), { now: NOW });
    assert.equal(events(empty).length, 0);
    assert.ok(empty.startsWith('BEGIN:VCALENDAR\r\n') && empty.endsWith('END:VCALENDAR\r\n'));
  });
});

describe('toICalendar: recurring posts (issue 9)', () => {
  // Weekly with on, interval and except; a first date whose weekday is not in `on`; daily with count
  // and except; monthly on the 31st; a series bounded by the period's end, one whose count the period
  // cuts; every other month; until before the date; except on the first date; an unknown `every`.
  const series = readFileSync(join(dir, 'series.strategy.yaml'), 'utf8');
  const model = modelOf(series);
  const ics = toICalendar(model, { now: NOW });

  /** Each VEVENT's occurrences as ical.js expands its RRULE and EXDATEs: SUMMARY -> start times. */
  function expanded(text: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const event of events(text)) {
      const starts: string[] = [];
      const it = event.iterator();
      for (let next = it.next(); next; next = it.next()) {
        starts.push(next.toString());
        assert.ok(starts.length <= 2000, 'a series without an end');
      }
      out.set(event.summary.replace(/^\[[^\]]*\] /, ''), starts);
    }
    return out;
  }

  it('writes one VEVENT per dated post, an RRULE for each series, EXDATEs for the skipped dates, an RDATE for an off-rule first date', () => {
    const lines = ics.split('\r\n');
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, model.calendar.length - 1);
    assert.deepEqual(
      lines.filter((l) => /^(RRULE|RDATE|EXDATE)/.test(l)),
      [
        'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO;UNTIL=20270430T090000',
        'EXDATE:20270315T090000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO,FR;UNTIL=20270319',
        'RDATE;VALUE=DATE:20270303',
        'RRULE:FREQ=DAILY;COUNT=10',
        'EXDATE;VALUE=DATE:20270312',
        'RRULE:FREQ=MONTHLY;UNTIL=20270630T183000',
        'RRULE:FREQ=WEEKLY;UNTIL=20270630',
        'RRULE:FREQ=DAILY;UNTIL=20270630T234500',
        'RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=3',
        'RRULE:FREQ=DAILY;COUNT=1',
        'RRULE:FREQ=DAILY;COUNT=2',
        'EXDATE;VALUE=DATE:20270405',
      ],
    );
  });

  it('agrees with the calendar panel and the rules on every occurrence (ical.js expands the RRULEs)', () => {
    const fromIcs = expanded(ics);
    const fromModel = new Map<string, string[]>();
    for (const o of calendarOccurrences(model)) {
      const { title, time } = o.post.value;
      const start = occurrenceDate(o) + (time ? `T${time}:00` : '');
      fromModel.set(title!, [...(fromModel.get(title!) ?? []), start]);
    }
    assert.deepEqual(fromIcs, fromModel);
    assert.deepEqual(fromIcs.get('First date skipped'), ['2027-04-06']);

    // The panel draws the same days.
    const { analysis, findings } = lint(series);
    const view = calendarViewModel(analysis, findings, {
      uri: 'file:///series.strategy.yaml',
      fileName: 'series.strategy.yaml',
      version: 1,
      today: '2027-03-01',
    });
    const fromView = new Map<string, string[]>();
    for (const p of view.posts) {
      const start = p.date + (p.time ? `T${p.time}:00` : '');
      fromView.set(p.title, [...(fromView.get(p.title) ?? []), start]);
    }
    assert.deepEqual(fromView, new Map([...fromIcs].filter(([, starts]) => starts.length)));
  });

  it('counts by hand: the weekly, monthly and period-bounded series', () => {
    const fromIcs = expanded(ics);
    assert.deepEqual(fromIcs.get('Fortnightly tips'), [
      '2027-03-01T09:00:00',
      '2027-03-04T09:00:00',
      '2027-03-18T09:00:00',
      '2027-03-29T09:00:00',
      '2027-04-01T09:00:00',
      '2027-04-12T09:00:00',
      '2027-04-15T09:00:00',
      '2027-04-26T09:00:00',
      '2027-04-29T09:00:00',
    ]);
    assert.deepEqual(fromIcs.get('Starts on a Wednesday'), [
      '2027-03-03',
      '2027-03-05',
      '2027-03-08',
      '2027-03-12',
      '2027-03-15',
      '2027-03-19',
    ]);
    assert.deepEqual(fromIcs.get('Month end'), [
      '2027-01-31T18:30:00',
      '2027-03-31T18:30:00',
      '2027-05-31T18:30:00',
    ]);
    assert.equal(fromIcs.get('Until the period ends')!.length, 9);
    assert.deepEqual(fromIcs.get('Count cut by the period')!.slice(-1), ['2027-06-30T23:45:00']);
  });

  it('says the rule in the description, and a rejected post is CANCELLED', () => {
    const evs = events(ics);
    assert.equal(
      evs[0].description,
      'Status: scheduled\nRepeats: every 2 weeks on Monday and Thursday until 30 April 2027, except 15 March 2027, 9 posts',
    );
    const rejected = evs.find((e) => e.summary.endsWith('First date skipped'))!;
    assert.equal(rejected.component.getFirstPropertyValue('status'), 'CANCELLED');
    const review = evs.find((e) => e.summary.endsWith('Not a series'))!;
    assert.equal(review.component.getFirstPropertyValue('status'), 'TENTATIVE');
    assert.equal(review.component.getFirstPropertyValue('rrule'), null);
  });

  it('does not depend on the time zone of the machine', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Asia/Tehran', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        assert.equal(toICalendar(modelOf(series), { now: NOW }), ics, tz);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
