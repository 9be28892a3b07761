// platformSummaries: the Platforms view's numbers, counted with the cadence rule's own weeks.
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { buildModel } from '../../../../src/core/engine/model-build';
import { platformSummaries } from '../../../../src/core/outputs/platform-summary';
import { cadenceShortfalls } from '../../../../src/core/domain/cadence';

function model(text: string) {
  return buildModel(parseDocument(text).toJS());
}

// 2027-01-04 is a Monday; the calendar spans three whole ISO weeks (W01 to W03).
const TEXT = `version: 1
name: x
period:
  start: 2027-01-01
  end: 2027-03-31
platforms:
  - id: ig
    network: instagram
    cadence:
      postsPerWeek: 2
  - id: li
    network: linkedin
calendar:
  - { date: 2027-01-04, platform: ig, title: a }
  - { date: 2027-01-05, platform: ig, title: b }
  - { date: 2027-01-12, platform: ig, title: c }
  - { date: 2027-01-13, platform: li, title: d }
  - { date: 2027-01-24, platform: li, title: e }
`;

describe('platformSummaries', () => {
  it('counts the plan, this ISO week and the short weeks the cadence rule reports', () => {
    const m = model(TEXT);
    const [ig, li] = platformSummaries(m, '2027-01-10'); // a Sunday: the week of 2027-01-04
    assert.deepEqual(ig, { index: 0, id: 'ig', planned: 2, posts: 3, thisWeek: 2, shortWeeks: 2 });
    assert.equal(ig.shortWeeks, cadenceShortfalls(m).filter((s) => s.platform === 'ig').length);
    assert.deepEqual(li, { index: 1, id: 'li', planned: undefined, posts: 2, thisWeek: 0, shortWeeks: 0 });
  });

  it('starts the week on Monday', () => {
    const [ig] = platformSummaries(model(TEXT), '2027-01-11'); // Monday of W02
    assert.equal(ig.thisWeek, 1);
  });

  it('starts the week on Saturday in a Persian file, as its cadence does', () => {
    const persian = model(TEXT.replace('name: x\n', 'name: x\ncalendarSystem: persian\n'));
    // Saturday 2027-01-09 starts a new Persian week (Jan 9-15); in the ISO week it is the 6th day.
    assert.equal(platformSummaries(model(TEXT), '2027-01-09')[0].thisWeek, 2);
    const [ig, li] = platformSummaries(persian, '2027-01-09');
    assert.equal(ig.thisWeek, 1);
    assert.equal(li.thisWeek, 1);
    assert.equal(platformSummaries(persian, '2027-01-08')[0].thisWeek, 2); // Friday: Jan 2-8
  });

  it('counts nothing this week for an invalid today, and nothing for a platform without id', () => {
    const m = model(`${TEXT}  - { date: 2027-01-06, platform: ig, title: f }\n`);
    assert.equal(platformSummaries(m, 'not a date')[0].thisWeek, 0);
    const noId = model('version: 1\nplatforms:\n  - network: x\n');
    assert.deepEqual(platformSummaries(noId, '2027-01-10'), [
      { index: 0, id: undefined, planned: undefined, posts: 0, thisWeek: 0, shortWeeks: 0 },
    ]);
  });

  it('counts every occurrence of a series, in all and this week (issue 9)', () => {
    // ig: a + b + c, then Monday 18 January daily 5 times with 20 January skipped (4 posts, Jan
    // 18, 19, 21, 22), and an undated post; li: d + e, then weekly on Tuesday from 2 February to the
    // period's end (9 Tuesdays: 2 February to 30 March).
    const m = model(
      `${TEXT}  - { date: 2027-01-18, platform: ig, title: f, repeat: { every: day, count: 5, except: [2027-01-20] } }
  - { date: 2027-01-3, platform: ig, title: g }
  - { date: 2027-02-02, platform: li, title: h, repeat: { every: week } }
`,
    );
    const [ig, li] = platformSummaries(m, '2027-01-20');
    assert.equal(ig.posts, 3 + 4 + 1);
    assert.equal(ig.thisWeek, 4);
    assert.equal(li.posts, 2 + 9);
    assert.equal(platformSummaries(m, '2027-03-30')[1].thisWeek, 1);
  });
});
