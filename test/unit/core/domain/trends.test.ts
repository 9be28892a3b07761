// Metric trends and goal verdicts against values worked out by hand (the arithmetic is in the comments).
import assert from 'node:assert/strict';
import type { Entity, Goal, Metric, StrategyModel } from '../../../../src/core/engine/model';
import {
  computeTrends,
  growthCheck,
  growthRates,
  leastSquares,
  monthIndex,
  monthString,
  monthsBetween,
  neededGrowth,
  trendsJson,
} from '../../../../src/core/domain/trends';

function close(actual: number | null | undefined, expected: number, what = ''): void {
  assert.ok(
    typeof actual === 'number' && Math.abs(actual - expected) < 1e-9,
    `${what}: expected ${expected}, got ${String(actual)}`,
  );
}

function metric(id: string, values: Record<string, number>, extra: Partial<Metric> = {}): Metric {
  return {
    id,
    name: id,
    ...extra,
    values: Object.entries(values)
      .map(([month, value]) => ({ month, value }))
      .sort((a, b) => (a.month < b.month ? -1 : 1)),
  };
}

function model(metrics: Metric[], goals: Goal[] = []): StrategyModel {
  const entities = <T>(section: string, list: T[]): Entity<T>[] =>
    list.map((value, index) => ({ index, path: [section, index], value }));
  return {
    objectives: [],
    goals: entities('goals', goals),
    audiences: [],
    competitors: [],
    platforms: [],
    calendar: [],
    metrics: entities('metrics', metrics),
    relationships: [],
    engagement: [],
    reviews: [],
  };
}

// The main series: x = 0, 1, 2, 3 for 2027-01..04, y = 100, 110, 125, 130.
// mean x = 1.5, mean y = 465 / 4 = 116.25
// dx = -1.5, -0.5, 0.5, 1.5; dy = -16.25, -6.25, 8.75, 13.75
// Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5
// Sxy = 24.375 + 3.125 + 4.375 + 20.625 = 52.5  -> slope = 52.5 / 5 = 10.5
// intercept = 116.25 - 10.5 * 1.5 = 100.5
// Syy = 264.0625 + 39.0625 + 76.5625 + 189.0625 = 568.75
// r2 = Sxy^2 / (Sxx * Syy) = 2756.25 / 2843.75 = 63 / 65
// mom = (130 - 125) / 125 * 100 = 4; ma3 = (110 + 125 + 130) / 3 = 365 / 3
const SALES = { '2027-01': 100, '2027-02': 110, '2027-03': 125, '2027-04': 130 };

describe('trends: months', () => {
  it('indexes months and dates, and back', () => {
    assert.equal(monthIndex('2027-03') - monthIndex('2026-12'), 3);
    assert.equal(monthIndex('2027-03-31'), monthIndex('2027-03'));
    assert.equal(monthString(monthIndex('2027-12') + 1), '2028-01');
    assert.equal(monthsBetween('2027-01', '2027-06-30'), 5);
    assert.ok(Number.isNaN(monthIndex('2027-13')));
    assert.ok(Number.isNaN(monthIndex('March')));
  });
});

describe('trends: metrics', () => {
  it('computes last, previous, mom, slope, intercept, r2 and ma3 of a known series', () => {
    const [t] = computeTrends(model([metric('sales', SALES, { unit: 'USD', platform: 'ig' })])).metrics;
    assert.ok(t);
    assert.equal(t.last, 130);
    assert.equal(t.previous, 125);
    close(t.mom, 4, 'mom');
    close(t.slope, 10.5, 'slope');
    close(t.intercept, 100.5, 'intercept');
    close(t.r2, 63 / 65, 'r2');
    close(t.ma3, 365 / 3, 'ma3');
    assert.equal(t.unit, 'USD');
    assert.equal(t.platform, 'ig');
    // ma3 series: null, null, (100 + 110 + 125) / 3 = 335 / 3, 365 / 3
    assert.equal(t.ma3Series[0], null);
    assert.equal(t.ma3Series[1], null);
    close(t.ma3Series[2], 335 / 3, 'ma3Series[2]');
    close(t.ma3Series[3], 365 / 3, 'ma3Series[3]');
    // fit: 100.5 + 10.5x at x = 0..3 = 100.5, 111, 121.5, 132
    assert.deepEqual(
      t.fit.map((p) => p.month),
      ['2027-01', '2027-02', '2027-03', '2027-04'],
    );
    [100.5, 111, 121.5, 132].forEach((v, i) => close(t.fit[i].value, v, `fit[${i}]`));
  });

  it('counts a missing month as a month', () => {
    // 2027-01: 10, 2027-02: 20, 2027-04: 40 -> x = 0, 1, 3 (March is missing), y = 10, 20, 40
    // mean x = 4/3, mean y = 70/3; dx = -4/3, -1/3, 5/3; dy = -40/3, -10/3, 50/3
    // Sxx = (16 + 1 + 25) / 9 = 14/3; Sxy = (160 + 10 + 250) / 9 = 140/3 -> slope = 10
    // intercept = 70/3 - 10 * 4/3 = 10: y = 10 + 10x passes through every point, so r2 = 1.
    // (Ignoring the gap, x = 0, 1, 2 would give slope 15 and r2 < 1.)
    // mom = (40 - 20) / 20 * 100 = 100; ma3 = 70 / 3
    const [t] = computeTrends(model([metric('m', { '2027-01': 10, '2027-02': 20, '2027-04': 40 })])).metrics;
    close(t.slope, 10, 'slope');
    close(t.intercept, 10, 'intercept');
    close(t.r2, 1, 'r2');
    close(t.mom, 100, 'mom');
    close(t.ma3, 70 / 3, 'ma3');
  });

  it('with one value, has only last', () => {
    const [t] = computeTrends(model([metric('m', { '2027-01': 5 })])).metrics;
    assert.deepEqual(
      [t.last, t.previous, t.mom, t.slope, t.intercept, t.r2, t.ma3],
      [5, null, null, null, null, null, null],
    );
    assert.deepEqual(t.fit, []);
    assert.deepEqual(t.ma3Series, [null]);
  });

  it('with two values, has a slope but no r2 or ma3', () => {
    // 2027-01: 50, 2027-03: 60 -> slope = (60 - 50) / 2 = 5, intercept 50; mom = 10 / 50 * 100 = 20
    const [t] = computeTrends(model([metric('m', { '2027-01': 50, '2027-03': 60 })])).metrics;
    assert.equal(t.previous, 50);
    close(t.mom, 20, 'mom');
    close(t.slope, 5, 'slope');
    close(t.intercept, 50, 'intercept');
    assert.equal(t.r2, null);
    assert.equal(t.ma3, null);
  });

  it('has no mom after a previous of 0', () => {
    const [t] = computeTrends(model([metric('m', { '2027-01': 0, '2027-02': 10 })])).metrics;
    assert.equal(t.mom, null);
    close(t.slope, 10, 'slope');
  });

  it('measures mom as the contract says, relative to the previous value (also when it is negative)', () => {
    // (last - previous) / previous * 100: -10 -> -5 gives (-5 - -10) / -10 * 100 = -50
    const [t] = computeTrends(model([metric('m', { '2027-01': -10, '2027-02': -5 })])).metrics;
    close(t.mom, -50, 'mom');
  });

  it('gives a flat series r2 = 1: the flat line fits it exactly', () => {
    const [t] = computeTrends(
      model([metric('m', { '2027-01': 0.1, '2027-02': 0.1, '2027-03': 0.1 })]),
    ).metrics;
    assert.equal(t.slope, 0);
    assert.equal(t.r2, 1);
    assert.equal(t.intercept, 0.1);
  });

  it('leaves out metrics without values and without id', () => {
    const trends = computeTrends(
      model([metric('empty', {}), { name: 'no id', values: [{ month: '2027-01', value: 1 }] }]),
    );
    assert.deepEqual(trends.metrics, []);
  });

  it('leastSquares refuses fewer than 2 points', () => {
    assert.equal(leastSquares([0], [1]), null);
  });

  it('computes every metric and goal of a 200 × 60-month strategy', () => {
    const metrics: Metric[] = [];
    for (let m = 0; m < 200; m++) {
      const values: Record<string, number> = {};
      for (let i = 0; i < 60; i++)
        values[monthString(monthIndex('2022-01') + i)] = 1000 + m * i + ((i * 7) % 13);
      metrics.push(metric(`m${m}`, values));
    }
    const goals: Goal[] = metrics.map((m, i) => ({
      id: `g${i}`,
      metric: m.id,
      target: 5000,
      deadline: '2027-12-31',
    }));
    const big = model(metrics, goals);
    const trends = computeTrends(big);
    assert.equal(trends.metrics.length, 200);
    assert.equal(trends.goals.length, 200);
    assert.ok(trends.metrics.every((t) => t.series.length === 60 && t.slope !== null && t.ma3 !== null));
  });
});

describe('trends: goals', () => {
  // Every goal below reads SALES: fit 100.5 + 10.5x from 2027-01, last 130, baseline (first value) 100.
  // A deadline in 2027-06 is x = 5: forecast = 100.5 + 10.5 * 5 = 153.
  const goalTrend = (goal: Goal, metrics: Metric[] = [metric('sales', SALES)]) => {
    const [g] = computeTrends(model(metrics, [{ id: 'g', metric: 'sales', ...goal }])).goals;
    assert.ok(g);
    return g;
  };

  it('achieved: the last value reached the target; progress is clamped to 1', () => {
    // progress = (130 - 100) / (120 - 100) = 1.5 -> 1
    const g = goalTrend({ target: 120, deadline: '2027-06-30' });
    assert.equal(g.verdict, 'achieved');
    assert.equal(g.progress, 1);
  });

  it('on-track: the forecast reaches the target', () => {
    // forecast 153 >= 150; progress = 30 / 50 = 0.6
    const g = goalTrend({ target: 150, deadline: '2027-06-15' });
    assert.equal(g.baseline, 100);
    close(g.forecast, 153, 'forecast');
    close(g.progress, 0.6, 'progress');
    assert.equal(g.verdict, 'on-track');
  });

  it('at-risk: the forecast gets at least 80% of the way', () => {
    // (153 - 100) / (160 - 100) = 53 / 60 = 0.883 >= 0.8; progress = 30 / 60 = 0.5
    const g = goalTrend({ target: 160, deadline: '2027-06-30' });
    close(g.progress, 0.5, 'progress');
    assert.equal(g.verdict, 'at-risk');
  });

  it('at-risk at exactly 80%', () => {
    // baseline 100, target 166.25: (153 - 100) / 66.25 = 0.8 exactly
    assert.equal(goalTrend({ target: 166.25, deadline: '2027-06-30' }).verdict, 'at-risk');
  });

  it('off-track: less than 80% of the way', () => {
    // (153 - 100) / (200 - 100) = 0.53; progress = 30 / 100 = 0.3
    const g = goalTrend({ target: 200, deadline: '2027-06-30' });
    close(g.progress, 0.3, 'progress');
    assert.equal(g.verdict, 'off-track');
  });

  it('insufficient-data: fewer than 2 values (unless already achieved)', () => {
    const one = [metric('sales', { '2027-01': 5 })];
    const g = goalTrend({ target: 10, deadline: '2027-06-30' }, one);
    assert.equal(g.verdict, 'insufficient-data');
    assert.equal(g.forecast, null);
    assert.deepEqual(g.projection, []);
    close(g.progress, 0, 'progress'); // (5 - 5) / (10 - 5)
    assert.equal(goalTrend({ target: 5, deadline: '2027-06-30' }, one).verdict, 'achieved');
  });

  it('insufficient-data without a deadline or a target: no forecast to judge', () => {
    const noDeadline = goalTrend({ target: 150 });
    assert.equal(noDeadline.forecast, null);
    assert.equal(noDeadline.deadline, null);
    assert.equal(noDeadline.verdict, 'insufficient-data');
    const noTarget = goalTrend({ deadline: '2027-06-30' });
    assert.equal(noTarget.target, null);
    assert.equal(noTarget.progress, null);
    assert.equal(noTarget.verdict, 'insufficient-data');
  });

  it("uses the goal's own baseline, and clamps progress below 0", () => {
    // progress = (130 - 90) / (150 - 90) = 40 / 60
    close(goalTrend({ baseline: 90, target: 150, deadline: '2027-06-30' }).progress, 40 / 60, 'progress');
    // (130 - 140) / (150 - 140) = -1 -> 0; the forecast 153 still reaches 150
    const g = goalTrend({ baseline: 140, target: 150, deadline: '2027-06-30' });
    assert.equal(g.progress, 0);
    assert.equal(g.verdict, 'on-track');
  });

  it('has no progress when the target equals the baseline', () => {
    const g = goalTrend({ baseline: 100, target: 100, deadline: '2027-06-30' });
    assert.equal(g.progress, null);
    assert.equal(g.verdict, 'achieved');
  });

  describe('a reducing goal (target < baseline)', () => {
    // Response time in hours: x = 0..3, y = 10, 9, 7, 6; mean x 1.5, mean y 8
    // dy = 2, 1, -1, -2; Sxy = -3 - 0.5 - 0.5 - 3 = -7 -> slope = -7 / 5 = -1.4
    // intercept = 8 + 1.4 * 1.5 = 10.1; at 2027-06 (x = 5): 10.1 - 7 = 3.1
    const hours = [metric('sales', { '2027-01': 10, '2027-02': 9, '2027-03': 7, '2027-04': 6 })];

    it('is on-track when the forecast falls to the target', () => {
      // 3.1 <= 4; progress = (6 - 10) / (4 - 10) = 2/3
      const g = goalTrend({ target: 4, deadline: '2027-06-30' }, hours);
      close(g.forecast, 3.1, 'forecast');
      close(g.progress, 2 / 3, 'progress');
      assert.equal(g.verdict, 'on-track');
    });

    it('is at-risk at 80% of the way down', () => {
      // (3.1 - 10) / (2 - 10) = 6.9 / 8 = 0.8625
      assert.equal(goalTrend({ target: 2, deadline: '2027-06-30' }, hours).verdict, 'at-risk');
    });

    it('is off-track further down', () => {
      // (3.1 - 10) / (1 - 10) = 6.9 / 9 = 0.767
      assert.equal(goalTrend({ target: 1, deadline: '2027-06-30' }, hours).verdict, 'off-track');
    });

    it('is achieved when the last value is at or below the target', () => {
      assert.equal(goalTrend({ target: 6, deadline: '2027-06-30' }, hours).verdict, 'achieved');
    });
  });

  it('projects the line from the first month to the deadline month', () => {
    // 100.5 + 10.5x for x = 0..5
    const g = goalTrend({ target: 150, deadline: '2027-06-30' });
    assert.deepEqual(
      g.projection.map((p) => p.month),
      ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'],
    );
    [100.5, 111, 121.5, 132, 142.5, 153].forEach((v, i) =>
      close(g.projection[i].value, v, `projection[${i}]`),
    );
  });

  describe('a forecast below 0 of a metric that never went below 0 is 0 (issue 7.16)', () => {
    // Hours: x = 0..2, y = 10, 6, 2: slope -4, intercept 10; at 2027-06 (x = 5): 10 - 20 = -10 -> 0.
    const hours = [metric('sales', { '2027-01': 10, '2027-02': 6, '2027-03': 2 }, { unit: 'hours' })];

    it('clamps the forecast and the projection at 0 (no "-10 hours")', () => {
      const g = goalTrend({ target: 1, deadline: '2027-06-30' }, hours);
      assert.equal(g.forecast, 0);
      assert.deepEqual(
        g.projection.map((p) => p.value),
        [10, 6, 2, 0, 0, 0],
      );
      assert.equal(g.verdict, 'on-track');
      assert.equal(
        trendsJson(
          computeTrends(model(hours, [{ id: 'g', metric: 'sales', target: 1, deadline: '2027-06-30' }])),
        ).goals[0].forecast,
        0,
      );
    });

    it('judges the verdict on the clamped forecast', () => {
      // Unclamped, -10 would reach a target of -2 (on-track). Clamped: 0 is (0 - 10) / (-2 - 10)
      // = 0.83 of the way: at-risk.
      const g = goalTrend({ target: -2, deadline: '2027-06-30' }, hours);
      assert.equal(g.forecast, 0);
      assert.equal(g.verdict, 'at-risk');
    });

    it('leaves the forecast of a metric that has a negative value alone', () => {
      // Net change: 4, 0, -4: slope -4, intercept 4; at x = 5: -16.
      const net = [metric('sales', { '2027-01': 4, '2027-02': 0, '2027-03': -4 })];
      close(goalTrend({ target: 10, deadline: '2027-06-30' }, net).forecast, -16, 'forecast');
    });
  });

  it('only for goals whose metric is defined', () => {
    const trends = computeTrends(
      model(
        [metric('sales', SALES)],
        [{ id: 'a', metric: 'nope', target: 1 }, { id: 'b' }, { id: 'c', metric: 'sales' }],
      ),
    );
    assert.deepEqual(
      trends.goals.map((g) => g.id),
      ['c'],
    );
  });
});

describe('trends: growth (smart/achievable)', () => {
  it('observes growth per month between consecutive values, across gaps', () => {
    // 100 -> 110 in 1 month: 0.1; 110 -> 121 in 2 months: (1.1)^(1/2) - 1
    const rates = growthRates([
      { month: '2027-01', value: 100 },
      { month: '2027-02', value: 110 },
      { month: '2027-04', value: 121 },
    ]);
    assert.equal(rates.length, 2);
    close(rates[0], 0.1, 'rate 0');
    close(rates[1], Math.sqrt(1.1) - 1, 'rate 1');
  });

  it('skips pairs that start at 0 or below', () => {
    assert.deepEqual(
      growthRates([
        { month: '2027-01', value: 0 },
        { month: '2027-02', value: 10 },
      ]),
      [],
    );
  });

  it('needs (t / v)^(1/m) - 1 per month, at least one month, positive values only', () => {
    close(neededGrowth(100, 121, 2), 0.1, '121 from 100 in 2 months');
    close(neededGrowth(100, 150, 0), 0.5, 'm is at least 1');
    close(neededGrowth(10, 5, 1), -0.5, 'a decline reads as negative growth');
    assert.equal(neededGrowth(0, 10, 2), null);
    assert.equal(neededGrowth(10, 0, 2), null);
  });

  it('growthCheck compares the needed pace with the best observed', () => {
    const values = [
      { month: '2027-01', value: 100 },
      { month: '2027-02', value: 110 }, // +10%
      { month: '2027-03', value: 115.5 }, // +5%
    ];
    // 115.5 -> 139.755 in 2 months (2027-03 to 2027-05) needs 1.1^2 = 1.21, i.e. 10% a month: not more than the best
    const ok = growthCheck(values, 139.755, '2027-05-31');
    assert.ok(ok);
    close(ok.needed, 0.1, 'needed');
    close(ok.best, 0.1, 'best');
    assert.equal(ok.months, 2);
    assert.equal(ok.unachievable, false);
    // 115.5 -> 231 in 2 months needs sqrt(2) - 1 = 41% a month
    assert.equal(growthCheck(values, 231, '2027-05-31')?.unachievable, true);
    // already reached, fewer than 3 values, no deadline: not checked
    assert.equal(growthCheck(values, 115, '2027-05-31'), undefined);
    assert.equal(growthCheck(values.slice(0, 2), 200, '2027-05-31'), undefined);
    assert.equal(growthCheck(values, 200, undefined), undefined);
  });

  it('growthCheck compares declines for a reducing goal', () => {
    const values = [
      { month: '2027-01', value: 10 },
      { month: '2027-02', value: 8 }, // decline 1 - 0.8 = 20%
      { month: '2027-03', value: 7.6 }, // decline 5%
    ];
    // 7.6 -> 3.8 in 1 month needs a 50% decline: more than 20%
    const check = growthCheck(values, 3.8, '2027-04-30');
    assert.ok(check);
    assert.equal(check.reducing, true);
    close(check.needed, 0.5, 'needed');
    close(check.best, 0.2, 'best');
    assert.equal(check.unachievable, true);
    // 7.6 -> 6.08 in 1 month needs 20%: achievable
    assert.equal(growthCheck(values, 6.08, '2027-04-30')?.unachievable, false);
  });
});

describe('trendsJson', () => {
  it("has exactly the contract's keys, in its order", () => {
    const trends = computeTrends(
      model([metric('sales', SALES)], [{ id: 'g', metric: 'sales', target: 150, deadline: '2027-06-30' }]),
    );
    const json = trendsJson(trends);
    assert.deepEqual(Object.keys(json), ['metrics', 'goals']);
    assert.deepEqual(Object.keys(json.metrics[0]), ['id', 'last', 'previous', 'mom', 'slope', 'r2', 'ma3']);
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
    assert.deepEqual(JSON.parse(JSON.stringify(json)), {
      metrics: [{ id: 'sales', last: 130, previous: 125, mom: 4, slope: 10.5, r2: 63 / 65, ma3: 365 / 3 }],
      goals: [
        {
          id: 'g',
          metric: 'sales',
          baseline: 100,
          target: 150,
          deadline: '2027-06-30',
          forecast: 153,
          progress: 0.6,
          verdict: 'on-track',
        },
      ],
    });
  });

  it('writes null for what cannot be computed', () => {
    const json = trendsJson(
      computeTrends(model([metric('m', { '2027-01': 5 })], [{ id: 'g', metric: 'm' }])),
    );
    assert.deepEqual(json, {
      metrics: [{ id: 'm', last: 5, previous: null, mom: null, slope: null, r2: null, ma3: null }],
      goals: [
        {
          id: 'g',
          metric: 'm',
          baseline: 5,
          target: null,
          deadline: null,
          forecast: null,
          progress: null,
          verdict: 'insufficient-data',
        },
      ],
    });
  });
});
