// The calendar rules (outside-period, conflict, cadence), their helpers and the calendar view's flags.
// Ranges are checked as exact offsets into the YAML text.
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import type { Analysis } from '../../../../src/core/engine/model';
import { buildModel } from '../../../../src/core/engine/model-build';
import { rangeAt } from '../../../../src/core/text/ranges';
import {
  cadenceShortfalls,
  cadenceWeeks,
  dayRangeLabel,
  describeWeeks,
} from '../../../../src/core/domain/cadence';
import { postConflicts } from '../../../../src/core/domain/conflicts';
import { dayNumber, dayString, isoWeekLabel, isOutsidePeriod } from '../../../../src/core/domain/dates';
import { calendarCadence } from '../../../../src/core/rules/calendar-cadence';
import { calendarConflict } from '../../../../src/core/rules/calendar-conflict';
import { calendarOutsidePeriod } from '../../../../src/core/rules/calendar-outside-period';
import type { Rule } from '../../../../src/core/rules/rule';
import { fileCalendarSystem } from '../../../../src/core/domain/locale';
import { render } from '../../../../src/core/text/i18n/message';
import type { Finding, RuleFinding } from '../../../../src/core/types';

type Rendered = Omit<RuleFinding, 'message' | 'related'> & {
  message: string;
  related?: { start: number; end: number; message: string }[];
};
import { calendarViewModel } from '../../../../src/core/outputs/view-models';

function analyze(text: string): Analysis {
  const doc = parseDocument(text);
  const data: unknown = doc.toJS();
  return { text, doc, data, model: buildModel(data) };
}

/** The rule's findings, their messages rendered in English in the file's calendar system. */
function run(rule: Rule, text: string): Rendered[] {
  const analysis = analyze(text);
  const ctx = { language: 'en' as const, calendar: fileCalendarSystem(analysis.model) };
  return rule
    .check({ analysis, rangeAt: (path, part) => rangeAt(analysis, path, part) })
    .map(({ message, related, ...f }) => ({
      ...f,
      message: render(message, ctx),
      ...(related ? { related: related.map((r) => ({ ...r, message: render(r.message, ctx) })) } : {}),
    }));
}

/** The offset range of the nth occurrence of needle. */
function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} #${nth} not found`);
  }
  return { start: i, end: i + needle.length };
}

const HEAD = `version: 1
name: Test
period:
  start: 2027-01-01
  end: 2027-03-31
platforms:
  - id: ig
    network: instagram
  - id: tg
    network: telegram
`;

describe('date helpers', () => {
  it('turns dates into UTC day numbers and back', () => {
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('2027-01-01'), 20819); // 57 years = 57*365 + 14 leap days = 20819
    assert.equal(dayString(20819), '2027-01-01');
    assert.equal(dayNumber('2027-02-29'), undefined); // not a leap year
    assert.equal(dayNumber('2028-02-29'), dayNumber('2028-03-01')! - 1);
    assert.equal(dayNumber('2027-13-01'), undefined);
    assert.equal(dayNumber('2027-1-5'), undefined);
    assert.equal(dayNumber(undefined), undefined);
  });

  it('names ISO weeks by the year of their Thursday', () => {
    assert.equal(isoWeekLabel(dayNumber('2027-01-04')!), '2027-W01'); // a Monday, Thursday 2027-01-07
    assert.equal(isoWeekLabel(dayNumber('2027-01-01')!), '2026-W53'); // Friday: its Thursday is 2026-12-31
    assert.equal(isoWeekLabel(dayNumber('2021-01-03')!), '2020-W53'); // Sunday
    assert.equal(isoWeekLabel(dayNumber('2024-12-30')!), '2025-W01'); // Monday, Thursday 2025-01-02
    assert.equal(isoWeekLabel(dayNumber('2027-01-17')!), '2027-W02'); // Sunday of week 2
  });

  it('isOutsidePeriod: inclusive bounds, open bounds, inverted or missing period', () => {
    const period = { start: '2027-01-01', end: '2027-03-31' };
    assert.equal(isOutsidePeriod('2026-12-31', period), true);
    assert.equal(isOutsidePeriod('2027-01-01', period), false);
    assert.equal(isOutsidePeriod('2027-03-31', period), false);
    assert.equal(isOutsidePeriod('2027-04-01', period), true);
    assert.equal(isOutsidePeriod('2027-04-01', { start: '2027-01-01' }), false);
    assert.equal(isOutsidePeriod('2026-04-01', { start: '2027-01-01' }), true);
    assert.equal(isOutsidePeriod('2027-02-01', { start: '2027-03-01', end: '2027-01-01' }), false);
    assert.equal(isOutsidePeriod('2027-02-01', undefined), false);
    assert.equal(isOutsidePeriod('not a date', period), false);
  });
});

describe('calendar/outside-period', () => {
  it('reports posts before the start and after the end, on the date value', () => {
    const text = `${HEAD}calendar:
  - date: 2026-12-31
    platform: ig
    title: Too early
  - date: 2027-01-01
    platform: ig
    title: First day
  - date: 2027-03-31
    platform: ig
    title: Last day
  - date: 2027-04-01
    platform: tg
    title: Too late
`;
    const findings = run(calendarOutsidePeriod, text);
    assert.deepEqual(findings, [
      {
        code: 'calendar/outside-period',
        message: `The post "Too early" is planned for 2026-12-31, before the strategy's period starts on 2027-01-01.`,
        ...span(text, '2026-12-31'),
      },
      {
        code: 'calendar/outside-period',
        message: `The post "Too late" is planned for 2027-04-01, after the strategy's period ends on 2027-03-31.`,
        ...span(text, '2027-04-01'),
      },
    ]);
  });

  it('is quiet for posts inside the period, invalid dates and an inverted period', () => {
    const inside = `${HEAD}calendar:\n  - {date: 2027-02-01, platform: ig, title: Fine}\n  - {date: 2027-2-1, platform: ig, title: Bad date}\n`;
    assert.deepEqual(run(calendarOutsidePeriod, inside), []);
    const inverted = `version: 1\nperiod: {start: 2027-03-01, end: 2027-01-01}\ncalendar:\n  - {date: 2028-01-01, platform: ig, title: X}\n`;
    assert.deepEqual(run(calendarOutsidePeriod, inverted), []);
  });
});

describe('calendar/conflict', () => {
  const text = `${HEAD}calendar:
  - date: 2027-01-05
    time: 09:00
    platform: ig
    title: Teaser
  - date: 2027-01-05
    time: 09:00
    platform: tg
    title: Other platform
  - date: 2027-01-05
    time: 10:00
    platform: ig
    title: Other time
  - date: 2027-01-05
    platform: ig
    title: No time
  - date: 2027-01-05
    platform: ig
    title: No time either
  - date: 2027-01-06
    time: 09:00
    platform: ig
    title: Other day
  - date: 2027-01-05
    time: 09:00
    platform: ig
    title: Launch
`;

  it('maps both posts of a slot to each other, and nothing else', () => {
    const analysis = analyze(text);
    assert.deepEqual(
      [...postConflicts(analysis.model).byPost].map(([index, c]) => [index, c.other]),
      [
        [6, 0],
        [0, 6],
      ],
    );
  });

  it('reports the later post on its time, related to the other post time', () => {
    const findings = run(calendarConflict, text);
    assert.deepEqual(findings, [
      {
        code: 'calendar/conflict',
        message:
          '"Teaser" and "Launch" are both planned on Instagram (ig) for 2027-01-05 at 09:00. Move one of them to another time.',
        ...span(text, '09:00', 3),
        related: [{ ...span(text, '09:00', 0), message: 'The other post at the same time' }],
      },
    ]);
  });

  it('finds clashes also when the posts span centuries (slots kept in a map, not arrays)', () => {
    const far = `${HEAD}calendar:
  - {date: 2000-01-03, time: '09:00', platform: ig, title: Old}
  - {date: 2090-01-02, time: '09:00', platform: ig, title: A}
  - {date: 2090-01-02, time: '09:00', platform: ig, title: B}
  - {date: 2090-01-02, time: '09:00', platform: tg, title: C}
`;
    assert.deepEqual(
      [...postConflicts(analyze(far).model).byPost]
        .map(([index, c]) => [index, c.other])
        .sort((a, b) => a[0] - b[0]),
      [
        [1, 2],
        [2, 1],
      ],
    );
  });

  it('finds clashes with posts at many different times over years (maps, not arrays, keep memory small)', () => {
    const lines: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const minute = i % 1440;
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      const year = 2027 + (i % 40);
      lines.push(`  - {date: ${year}-03-01, time: '${time}', platform: ig, title: P${i}}`);
    }
    lines.push(`  - {date: 2066-03-01, time: '19:59', platform: ig, title: Clash}`); // P1199: 19:59 in 2066
    const many = `${HEAD.replace('end: 2027-03-31', 'end: 2070-12-31')}calendar:\n${lines.join('\n')}\n`;
    const { byPost } = postConflicts(analyze(many).model);
    assert.deepEqual(byPost.get(1200), { other: 1199, day: dayNumber('2066-03-01') });
  });

  it('with three posts in one slot, each later one points at the first', () => {
    const three = `${HEAD}calendar:
  - {date: 2027-01-05, time: '18:30', platform: tg, title: A}
  - {date: 2027-01-05, time: '18:30', platform: tg, title: B}
  - {date: 2027-01-05, time: '18:30', platform: tg, title: C}
`;
    const analysis = analyze(three);
    assert.deepEqual(
      [...postConflicts(analysis.model).byPost]
        .map(([index, c]) => [index, c.other])
        .sort((a, b) => a[0] - b[0]),
      [
        [0, 1],
        [1, 0],
        [2, 0],
      ],
    );
    const findings = run(calendarConflict, three);
    assert.deepEqual(
      findings.map((f) => [f.start, f.end, f.related?.[0]?.start]),
      [
        [span(three, "'18:30'", 1).start, span(three, "'18:30'", 1).end, span(three, "'18:30'", 0).start],
        [span(three, "'18:30'", 2).start, span(three, "'18:30'", 2).end, span(three, "'18:30'", 0).start],
      ],
    );
    assert.match(findings[0].message, /^"A" and "B" are both planned on Telegram \(tg\)/);
  });

  it('is quiet without shared slots', () => {
    const good = `${HEAD}calendar:\n  - {date: 2027-01-05, time: '09:00', platform: ig, title: A}\n  - {date: 2027-01-05, time: '09:30', platform: ig, title: B}\n`;
    assert.deepEqual(run(calendarConflict, good), []);
  });
});

describe('calendar/cadence', () => {
  // 2027-01-01 is a Friday. Whole weeks between the first post (Fri 01-01) and the last (Sun 02-07):
  // W01 Jan 4-10, W02 Jan 11-17, W03 Jan 18-24, W04 Jan 25-31, W05 Feb 1-7.
  // ig plans 2 a week: W01 2 posts, W02 1, W03 0, W04 0, W05 2 (its Jan 2 post is in no whole week).
  // fb plans 1 a week and has exactly 1 in every week (some are ideas: any status counts).
  const text = `version: 1
name: Cadence
period:
  start: 2027-01-01
  end: 2027-03-31
platforms:
  - id: ig
    network: instagram
    cadence:
      postsPerWeek: 2
  - id: fb
    network: facebook
    cadence: {postsPerWeek: 1}
  - id: tg
    network: telegram
calendar:
  - {date: 2027-01-01, platform: tg, title: New year}
  - {date: 2027-01-02, platform: ig, title: Early}
  - {date: 2027-01-04, platform: ig, title: W01 a}
  - {date: 2027-01-10, platform: ig, title: W01 b, status: idea}
  - {date: 2027-01-12, platform: ig, title: W02}
  - {date: 2027-02-01, platform: ig, title: W05 a, status: published}
  - {date: 2027-02-07, platform: ig, title: W05 b}
  - {date: 2027-01-05, platform: fb, title: F1}
  - {date: 2027-01-17, platform: fb, title: F2, status: idea}
  - {date: 2027-01-18, platform: fb, title: F3}
  - {date: 2027-01-31, platform: fb, title: F4, status: draft}
  - {date: 2027-02-03, platform: fb, title: F5}
  - {date: 2027-02-07, platform: tg, title: Last}
`;

  it('checks whole ISO weeks between the first and last post', () => {
    const weeks = cadenceWeeks(analyze(text).model).map(dayString);
    assert.deepEqual(weeks, ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']);
  });

  it('lists the short weeks per platform', () => {
    assert.deepEqual(cadenceShortfalls(analyze(text).model), [
      { platform: 'ig', weekStart: '2027-01-11', planned: 2, actual: 1 },
      { platform: 'ig', weekStart: '2027-01-18', planned: 2, actual: 0 },
      { platform: 'ig', weekStart: '2027-01-25', planned: 2, actual: 0 },
    ]);
  });

  it('reports one finding per platform on its cadence key, naming the weeks', () => {
    assert.deepEqual(run(calendarCadence, text), [
      {
        code: 'calendar/cadence',
        message:
          'Instagram (ig) plans 2 posts a week but has fewer in 3 weeks: 11–17 January 2027 (1 post), 18–31 January 2027 (2 weeks, 0 posts each)',
        ...span(text, 'cadence', 0),
      },
    ]);
  });

  it('describes separate weeks one by one', () => {
    assert.equal(
      render(
        describeWeeks([
          { platform: 'ig', weekStart: '2027-01-11', planned: 3, actual: 1 },
          { platform: 'ig', weekStart: '2027-02-01', planned: 3, actual: 0 },
        ]),
      ),
      '11–17 January 2027 (1 post), 1–7 February 2027 (0 posts)',
    );
  });

  describe('in a Persian file (weeks Saturday to Friday, named by Solar Hijri dates)', () => {
    // The same calendar with calendarSystem: persian. Whole Saturday-to-Friday weeks between Fri 01-01
    // and Sun 02-07: Jan 2-8, 9-15, 16-22, 23-29, Jan 30-Feb 5 (Feb 6-12 ends after the last post).
    // ig (2 a week): 2, 2, 0, 0, 1. fb (1 a week): 1, 0, 2, 0, 2. Jan 23-29 has no post at all.
    // Dey 1405 began on 22 December 2026 (30 days), Bahman 1405 on 21 January 2027.
    const persian = text.replace('name: Cadence\n', 'name: Cadence\ncalendarSystem: persian\n');

    it('checks whole Saturday-to-Friday weeks', () => {
      const weeks = cadenceWeeks(analyze(persian).model).map(dayString);
      assert.deepEqual(weeks, ['2027-01-02', '2027-01-09', '2027-01-16', '2027-01-23', '2027-01-30']);
    });

    it('names the weeks by their Solar Hijri dates with the Gregorian ones beside them', () => {
      assert.deepEqual(
        run(calendarCadence, persian).map((f) => f.message),
        [
          'Instagram (ig) plans 2 posts a week but has fewer in 2 weeks: 26 Dey – 2 Bahman 1405 (16–22 January 2027, 0 posts), 10–16 Bahman 1405 (30 January – 5 February 2027, 1 post). The calendar has no posts for these weeks yet: 3–9 Bahman 1405 (23–29 January 2027, 1 week)',
          'Facebook (fb) plans 1 post a week but has fewer in 1 week: 19–25 Dey 1405 (9–15 January 2027, 0 posts)',
        ],
      );
    });

    it('is the calendar system of a file named in Persian, and of language: fa', () => {
      const named = text.replace('name: Cadence', 'name: برنامهٔ محتوا');
      assert.equal(cadenceWeeks(analyze(named).model).map(dayString)[0], '2027-01-02');
      const fa = text.replace('name: Cadence\n', 'name: Cadence\nlanguage: fa\n');
      assert.equal(cadenceWeeks(analyze(fa).model).map(dayString)[0], '2027-01-02');
      // An explicit gregorian wins over the Persian name.
      const both = named.replace('period:', 'calendarSystem: gregorian\nperiod:');
      assert.equal(cadenceWeeks(analyze(both).model).map(dayString)[0], '2027-01-04');
      // language: en with a Persian name: the name alone does not decide.
      const en = named.replace('period:', 'language: en\nperiod:');
      assert.equal(cadenceWeeks(analyze(en).model).map(dayString)[0], '2027-01-04');
    });

    it('names a span across a Solar Hijri year', () => {
      // 1 Farvardin 1406 is 21 March 2027.
      assert.equal(
        render(dayRangeLabel(dayNumber('2027-03-20')!, dayNumber('2027-03-26')!, 'persian')),
        '29 Esfand 1405 – 6 Farvardin 1406 (20–26 March 2027)',
      );
    });
  });

  it('names weeks by their dates, across months and years', () => {
    const label = (first: string, last: string) => render(dayRangeLabel(dayNumber(first)!, dayNumber(last)!));
    assert.equal(label('2027-03-15', '2027-03-21'), '15–21 March 2027');
    assert.equal(label('2027-03-29', '2027-04-04'), '29 March – 4 April 2027');
    assert.equal(label('2026-12-28', '2027-01-03'), '28 December 2026 – 3 January 2027');
  });

  it('says once that the calendar has no posts for weeks no platform has planned yet (issue 12)', () => {
    // Two platforms plan weekly posts; January is planned, then one stray post in August. The weeks
    // from February to July are empty on every platform: a calendar not planned that far, not two
    // platforms' shortfalls. Said once, in the first platform's finding; fb (full in January) is quiet.
    const stray = `version: 1
name: Stray
period:
  start: 2027-01-01
  end: 2027-12-31
platforms:
  - id: ig
    network: instagram
    cadence: {postsPerWeek: 1}
  - id: fb
    network: facebook
    cadence: {postsPerWeek: 1}
calendar:
  - {date: 2027-01-04, platform: ig, title: A}
  - {date: 2027-01-04, platform: fb, title: B}
  - {date: 2027-01-11, platform: fb, title: C}
  - {date: 2027-08-30, platform: ig, title: Stray}
  - {date: 2027-08-30, platform: fb, title: Stray too}
`;
    const findings = run(calendarCadence, stray);
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        'Instagram (ig) plans 1 post a week but has fewer in 1 week: 11–17 January 2027 (0 posts). ' +
          'The calendar has no posts for these weeks yet: 18 January – 29 August 2027 (32 weeks)',
      ],
    );
    const only = run(
      calendarCadence,
      stray.replace('title: A}', 'title: A}\n  - {date: 2027-01-11, platform: ig, title: A2}'),
    );
    assert.deepEqual(
      only.map((f) => f.message),
      [
        'Instagram (ig) plans 1 post a week, but the calendar has no posts for these weeks yet: ' +
          '18 January – 29 August 2027 (32 weeks)',
      ],
    );
  });

  it('only counts weeks wholly inside the period', () => {
    // The period ends on Wednesday 2027-01-20: only W01 and W02 lie inside it.
    const cut = text.replace('end: 2027-03-31', 'end: 2027-01-20');
    assert.deepEqual(
      cadenceShortfalls(analyze(cut).model).map((s) => s.weekStart),
      ['2027-01-11'],
    );
    // The period starts on Tuesday 2027-01-12: W02 is not wholly inside, W03 onwards are.
    const late = text.replace('start: 2027-01-01', 'start: 2027-01-12');
    assert.deepEqual(
      cadenceShortfalls(analyze(late).model).map((s) => s.weekStart),
      ['2027-01-18', '2027-01-25'],
    );
  });

  it('is quiet when every week meets the plan, or there is no whole week', () => {
    const good = text.replace('postsPerWeek: 2', 'postsPerWeek: 0');
    assert.deepEqual(run(calendarCadence, good), []);
    const short = `${HEAD.replace('network: instagram', 'network: instagram\n    cadence: {postsPerWeek: 5}')}calendar:\n  - {date: 2027-01-04, platform: ig, title: A}\n  - {date: 2027-01-09, platform: ig, title: B}\n`;
    assert.deepEqual(run(calendarCadence, short), []); // Monday to Saturday: no whole week
  });
});

describe('calendar view model', () => {
  const text = `${HEAD}goals:
  - id: grow
    title: Grow followers
calendar:
  - {date: 2027-01-05, time: '09:00', platform: ig, title: A, campaign: Winter}
  - {date: 2027-01-05, time: '09:00', platform: ig, title: B, status: published, campaign: Winter}
  - {date: 2027-05-01, platform: zz, title: C, status: bogus, campaign: Spring}
`;
  const meta = {
    uri: 'file:///a.strategy.yaml',
    fileName: 'a.strategy.yaml',
    version: 3,
    today: '2027-01-02',
  };

  it('flags conflicts and posts outside the period, and lists platforms, goals, campaigns', () => {
    const view = calendarViewModel(analyze(text), [], meta);
    assert.deepEqual(
      view.posts.map((p) => [p.index, p.status, p.conflict, p.outsidePeriod]),
      [
        [0, 'idea', true, false],
        [1, 'published', true, false],
        [2, 'idea', false, true],
      ],
    );
    assert.deepEqual(view.period, { start: '2027-01-01', end: '2027-03-31' });
    assert.deepEqual(
      view.platforms.map((p) => [p.id, p.label, p.network]),
      [
        ['ig', 'Instagram (ig)', 'instagram'],
        ['tg', 'Telegram (tg)', 'telegram'],
        ['zz', 'zz', 'other'],
      ],
    );
    assert.deepEqual(view.goals, [{ id: 'grow', title: 'Grow followers' }]);
    assert.deepEqual(view.campaigns, ['Winter', 'Spring']);
    assert.equal(view.problem, undefined);
  });

  it("passes each platform's valid best times, sorted, for the week view to start at", () => {
    const timed = text.replace(
      'network: telegram',
      "network: telegram\n    bestTimes: ['19:00', '08:30', '25:00']",
    );
    const view = calendarViewModel(analyze(timed), [], meta);
    assert.deepEqual(
      view.platforms.map((p) => [p.id, p.bestTimes]),
      [
        ['ig', undefined],
        ['tg', ['08:30', '19:00']],
        ['zz', undefined],
      ],
    );
  });

  it('says in plain words when the file does not parse, with the line', () => {
    const broken = 'version: 1\nname: X\nperiod: [\n';
    const finding: Finding = {
      code: 'yaml/syntax',
      severity: 'error',
      message: 'Something is not closed here: a quote, a bracket or a brace is missing.',
      messageId: 'yaml.notClosed',
      start: broken.indexOf('['),
      end: broken.indexOf('[') + 1,
    };
    const view = calendarViewModel(analyze(broken), [finding], meta);
    // The view model carries the problem itself; the webview words the rest, in the user's language.
    assert.equal(
      view.problem,
      'Line 3: Something is not closed here: a quote, a bracket or a brace is missing.',
    );
  });
});
