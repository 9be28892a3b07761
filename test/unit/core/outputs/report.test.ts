// monthReport and reportJson: the contract's numbers, computed by hand below.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../../src/core/engine/lint';
import { computeTrends, trendsJson } from '../../../../src/core/domain/trends';
import { monthReport, reportJson, type ReportData } from '../../../../src/core/outputs/report';

const FIXTURES = join(__dirname, '../../../fixtures/report');
const TODAY = '2027-03-03';

function report(text: string, options: { month?: string; today?: string; file?: string } = {}): ReportData {
  const today = options.today ?? TODAY;
  const { findings, analysis } = lint(text, { today });
  return monthReport(analysis, findings, {
    today,
    file: options.file ?? 'x.strategy.yaml',
    month: options.month,
  });
}

const STUDIO = readFileSync(join(FIXTURES, 'studio.strategy.yaml'), 'utf8');

/** A file with one platform of `cadence` posts a week and the given period and calendar. */
function withCadence(period: string, cadence: number | undefined, calendar = ''): string {
  return `version: 1
name: Cadence
period:
${period}
platforms:
  - id: ig
    network: instagram
${cadence === undefined ? '' : `    cadence:\n      postsPerWeek: ${cadence}\n`}metrics:
  - id: m
    name: M
    values:
      2027-02: 1
${calendar ? `calendar:\n${calendar}` : ''}`;
}

describe('monthReport', () => {
  describe('planned posts: round(postsPerWeek × days of the month inside the period / 7)', () => {
    it('counts only the days after a period that starts mid-month', () => {
      // 15–31 January: 17 days. 3 × 17 / 7 = 7.29 -> 7; 1.5 × 17 / 7 = 3.64 -> 4.
      const data = report(STUDIO, { month: '2027-01' });
      assert.deepEqual(
        data.platforms.map((p) => [p.id, p.planned]),
        [
          ['ig', 7],
          ['li', 4],
          ['blog', null],
        ],
      );
    });

    it('counts the whole month inside the period', () => {
      // February: 28 days. 3 × 28 / 7 = 12; 1.5 × 28 / 7 = 6.
      const data = report(STUDIO, { month: '2027-02' });
      assert.deepEqual(
        data.platforms.map((p) => p.planned),
        [12, 6, null],
      );
    });

    it('counts the days before a period that ends mid-month, and none outside it', () => {
      const period = '  start: 2027-01-01\n  end: 2027-03-10';
      // 1–10 March: 10 days. 2 × 10 / 7 = 2.86 -> 3.
      assert.equal(report(withCadence(period, 2), { month: '2027-03' }).platforms[0].planned, 3);
      assert.equal(report(withCadence(period, 2), { month: '2027-04' }).platforms[0].planned, 0);
      assert.equal(report(withCadence(period, 2), { month: '2026-12' }).platforms[0].planned, 0);
      // A 31-day month: 2 × 31 / 7 = 8.86 -> 9.
      assert.equal(report(withCadence(period, 2), { month: '2027-01' }).platforms[0].planned, 9);
      // Half up: 3.5 × 1 / 7 = 0.5 -> 1 (the period's last day is the month's first).
      const oneDay = '  start: 2027-01-01\n  end: 2027-02-01';
      assert.equal(report(withCadence(oneDay, 3.5), { month: '2027-02' }).platforms[0].planned, 1);
    });

    it('is null without a cadence, 0 with a cadence of 0', () => {
      const period = '  start: 2027-01-01\n  end: 2027-06-30';
      assert.equal(report(withCadence(period, undefined)).platforms[0].planned, null);
      assert.equal(report(withCadence(period, 0)).platforms[0].planned, 0);
    });
  });

  describe('posts and published', () => {
    it("counts each occurrence dated in the month, with its series' status", () => {
      // The series: Mondays and Thursdays from 18 January to 28 February, 4 February excepted.
      // February: 1, 8, 11, 15, 18, 22, 25 (7, all published) + 10 Feb (published) + 12 Feb (scheduled).
      const feb = report(STUDIO, { month: '2027-02' });
      assert.deepEqual(
        feb.platforms.map(({ id, posts, published }) => ({ id, posts, published })),
        [
          { id: 'ig', posts: 9, published: 8 },
          { id: 'li', posts: 1, published: 0 },
          { id: 'blog', posts: 1, published: 1 },
        ],
      );
      // January: 18, 21, 25, 28.
      const jan = report(STUDIO, { month: '2027-01' });
      assert.deepEqual(
        jan.platforms.map(({ posts, published }) => [posts, published]),
        [
          [4, 4],
          [0, 0],
          [0, 0],
        ],
      );
      // March: the series ended on 28 February; 15 March is an idea.
      const mar = report(STUDIO, { month: '2027-03' });
      assert.deepEqual(
        mar.platforms.map(({ posts, published }) => [posts, published]),
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
      );
    });

    it('counts a post on the first and the last day of the month, and none of a neighbour', () => {
      const period = '  start: 2027-01-01\n  end: 2027-06-30';
      const calendar = [
        '  - { date: 2027-01-31, platform: ig, title: a, status: published }',
        '  - { date: 2027-02-01, platform: ig, title: b, status: published }',
        '  - { date: 2027-02-28, platform: ig, title: c }',
        '  - { date: 2027-03-01, platform: ig, title: d, status: published }',
        '  - { date: 2027-02-14, platform: nowhere, title: e, status: published }',
      ].join('\n');
      const [ig] = report(withCadence(period, 1, `${calendar}\n`)).platforms;
      assert.deepEqual([ig.posts, ig.published], [2, 1]);
    });
  });

  describe('the month', () => {
    it('is by default the latest month with any metric value', () => {
      assert.equal(report(STUDIO).month, '2027-02');
      const later = STUDIO.replace('      2027-02: 9\n', '      2027-02: 9\n      2027-04: 12\n');
      assert.equal(report(later).month, '2027-04');
    });

    it("is today's month when no metric has a value, and the one asked for otherwise", () => {
      const empty = 'version: 1\nname: Empty\nperiod:\n  start: 2027-01-01\n  end: 2027-12-31\n';
      assert.equal(report(empty, { today: '2027-05-20' }).month, '2027-05');
      assert.equal(report(STUDIO, { month: '2026-12' }).month, '2026-12');
      assert.throws(() => report(STUDIO, { month: '2027-13' }), RangeError);
    });
  });

  it('has the trends goal fields, and the last value of each goal', () => {
    const data = report(STUDIO);
    const { analysis } = lint(STUDIO, { today: TODAY });
    assert.deepEqual(data.trendGoals, trendsJson(computeTrends(analysis.model)).goals);
    assert.deepEqual(
      data.goals.map((g) => [g.id, g.last, g.verdict]),
      [
        ['ig-followers-3000', 2420, 'at-risk'],
        ['leads-20', 9, 'on-track'],
      ],
    );
  });

  it('lists the overdue posts by date, series and settled posts left out', () => {
    const data = report(STUDIO);
    assert.deepEqual(
      data.overdue.map(({ date, platform, title, daysLate }) => ({ date, platform, title, daysLate })),
      [
        { date: '2027-02-03', platform: 'li', title: 'Hiring a designer', daysLate: 28 },
        { date: '2027-02-12', platform: 'ig', title: 'Behind the desk', daysLate: 19 },
      ],
    );
  });

  it('groups the findings by code, errors first, with their lines', () => {
    const data = report(STUDIO);
    assert.deepEqual(
      data.findings.map((g) => [g.code, g.severity, g.findings.length]),
      [
        ['calendar/cadence', 'warning', 2],
        ['calendar/overdue', 'warning', 2],
        ['goals/off-pace', 'info', 1],
        ['reviews/missing', 'info', 1],
      ],
    );
    assert.deepEqual(data.counts, { error: 0, warning: 4, info: 2 });
    const lines = STUDIO.split('\n');
    // In text order: "Behind the desk" comes before "Hiring a designer"; each sits on its status value.
    const [first, second] = data.findings[1].findings;
    assert.equal(lines[first.line - 1], '    status: scheduled');
    assert.equal(lines[second.line - 1], '    status: draft');
    assert.equal(first.column, '    status: '.length + 1);
  });

  it("shows the month's review: `month: M` first, else one dated inside M, else a draft", () => {
    const jan = report(STUDIO, { month: '2027-01' }).review;
    assert.deepEqual(jan, {
      draft: false,
      date: '2027-01-31',
      month: '2027-01',
      goals: [],
      findings: 'January set the baseline.',
      actions: ['Post twice a week on LinkedIn'],
    });
    const feb = report(STUDIO).review;
    assert.equal(feb.draft, true);
    assert.deepEqual(
      [feb.date, feb.month, feb.goals, feb.actions],
      [TODAY, '2027-02', ['ig-followers-3000'], ['']],
    );
    assert.match(feb.findings!, /^Reach 3,000 Instagram followers: 2,420 followers in February 2027/);
    const dated = report(readFileSync(join(FIXTURES, 'persian.strategy.yaml'), 'utf8')).review;
    assert.deepEqual([dated.draft, dated.date], [false, '2027-02-27']);
  });

  it('speaks the file language and counts in its calendar', () => {
    const persian = report(readFileSync(join(FIXTURES, 'persian.strategy.yaml'), 'utf8'));
    assert.deepEqual([persian.language, persian.calendarSystem], ['fa', 'persian']);
    assert.deepEqual([report(STUDIO).language, report(STUDIO).calendarSystem], ['en', 'gregorian']);
  });
});

describe('reportJson', () => {
  it("is the contract's object, keys in its order", () => {
    const data = report(STUDIO, { file: 'clients/studio.strategy.yaml' });
    const json = reportJson(data);
    assert.deepEqual(Object.keys(json), ['file', 'month', 'goals', 'platforms', 'overdue']);
    assert.deepEqual(json.platforms, [
      { id: 'ig', planned: 12, posts: 9, published: 8 },
      { id: 'li', planned: 6, posts: 1, published: 0 },
      { id: 'blog', planned: null, posts: 1, published: 1 },
    ]);
    assert.deepEqual(json.overdue, [
      { date: '2027-02-03', platform: 'li', title: 'Hiring a designer' },
      { date: '2027-02-12', platform: 'ig', title: 'Behind the desk' },
    ]);
    assert.deepEqual(Object.keys(json.goals[0]), [
      'id',
      'metric',
      'baseline',
      'target',
      'deadline',
      'forecast',
      'progress',
      'verdict',
    ]);
    assert.equal(json.file, 'clients/studio.strategy.yaml');
    assert.equal(json.month, '2027-02');
    // It survives JSON as it is: no undefined, no NaN.
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
  });

  it('is an array for several files', () => {
    const a = report(STUDIO, { file: 'a.strategy.yaml' });
    const b = report(STUDIO, { file: 'b.strategy.yaml', month: '2027-01' });
    const json = reportJson([a, b]);
    assert.ok(Array.isArray(json));
    assert.deepEqual(
      json.map((j) => [j.file, j.month]),
      [
        ['a.strategy.yaml', '2027-02'],
        ['b.strategy.yaml', '2027-01'],
      ],
    );
  });
});
