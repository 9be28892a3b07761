// A post's `repeat` in words: the hover, the calendar panel and the iCalendar description say it so.
import assert from 'node:assert/strict';
import type { Repeat, StrategyModel } from '../../../../src/core/engine/model';
import { andList } from '../../../../src/core/domain/message-words';
import { ordinalWords, repeatWords } from '../../../../src/core/domain/repeat-words';
import { msg, render, type RenderContext } from '../../../../src/core/text/i18n/message';

function model(period?: { start?: string; end?: string }): StrategyModel {
  return {
    ...(period ? { period } : {}),
    objectives: [],
    goals: [],
    audiences: [],
    competitors: [],
    platforms: [],
    calendar: [],
    metrics: [],
    relationships: [],
    engagement: [],
    reviews: [],
  };
}

const YEAR = model({ start: '2027-01-01', end: '2027-12-31' });
const words = (date: string, repeat: Repeat, m = YEAR, ctx?: RenderContext) => {
  const said = repeatWords({ date, platform: 'ig', title: 't', repeat }, m);
  return said && render(said, ctx);
};

describe('repeatWords', () => {
  it('weekly on weekdays until a date, with the number of posts', () => {
    // 1 March to 30 June 2027: 18 Mondays, 17 Thursdays.
    assert.equal(
      words('2027-03-01', { every: 'week', on: ['thu', 'mon'], until: '2027-06-30' }),
      'every Monday and Thursday until 30 June 2027, 35 posts',
    );
    assert.equal(
      words('2027-03-01', { every: 'week', on: ['mon', 'wed', 'fri'], count: 3 }),
      'every Monday, Wednesday and Friday, 3 times',
    );
  });

  it('every N weeks on a weekday; the default weekday is the date’s own', () => {
    assert.equal(words('2027-03-01', { every: 'week', interval: 2 }, model()), 'every 2 weeks on Monday');
    assert.equal(
      words('2027-12-06', { every: 'week', interval: 2 }),
      'every 2 weeks on Monday until 31 December 2027, 2 posts',
    );
  });

  it('daily with a count, an except inside and one outside', () => {
    assert.equal(words('2027-03-01', { every: 'day', count: 10 }), 'every day, 10 times');
    assert.equal(words('2027-03-01', { every: 'day', count: 1 }), 'every day, once');
    assert.equal(
      words('2027-03-01', { every: 'day', count: 10, except: ['2027-03-05', '2027-03-02', '2027-04-05'] }),
      'every day, 10 times, except 2 March 2027 and 5 March 2027, 8 posts',
    );
    assert.equal(words('2027-03-01', { every: 'day', interval: 3, count: 2 }), 'every 3 days, 2 times');
    const many = ['02', '03', '04', '05', '06', '07'].map((d) => `2027-03-${d}`);
    assert.equal(
      words('2027-03-01', { every: 'day', count: 10, except: many }),
      'every day, 10 times, except 6 dates, 4 posts',
    );
  });

  it('monthly on the 31st: months without it are said to be skipped', () => {
    assert.equal(
      words('2027-01-31', { every: 'month', until: '2027-12-31' }),
      'every month on the 31st until 31 December 2027 (months without a 31st skipped), 7 posts',
    );
    assert.equal(
      words('2027-01-15', { every: 'month', interval: 2, until: '2027-09-15' }),
      'every 2 months on the 15th until 15 September 2027, 5 posts',
    );
    assert.equal(words('2027-01-02', { every: 'month', count: 2 }), 'every month on the 2nd, 2 times');
  });

  it('without until or count: until the period’s end; cut short by it: says so', () => {
    assert.equal(words('2027-12-01', { every: 'week' }), 'every Wednesday until 31 December 2027, 5 posts');
    assert.equal(
      words('2027-12-30', { every: 'day', until: '2028-01-10' }),
      'every day until 10 January 2028 (the period ends 31 December 2027), 2 posts',
    );
    assert.equal(
      words('2027-12-30', { every: 'day', count: 5, except: ['2027-12-31'] }),
      'every day, 5 times (the period ends 31 December 2027), except 31 December 2027, 1 post',
    );
    assert.equal(
      words('2027-10-31', { every: 'month', until: '2028-03-31' }),
      'every month on the 31st until 31 March 2028 (the period ends 31 December 2027; months without a 31st skipped), 2 posts',
    );
  });

  it('speaks Persian: weekdays, ordinals and counts, dates in the calendar system the reader is given', () => {
    const fa: RenderContext = { language: 'fa', calendar: 'persian' };
    assert.equal(
      words('2027-03-01', { every: 'week', on: ['thu', 'mon'], until: '2027-06-30' }, YEAR, fa),
      'هر دوشنبه و پنج‌شنبه تا ۹ تیر ۱۴۰۶ (۳۰ ژوئن ۲۰۲۷)، ۳۵ پست',
    );
    assert.equal(
      words('2027-01-31', { every: 'month', interval: 2, count: 3 }, YEAR, { language: 'fa' }),
      'هر ۲ ماه در روز ۳۱، ۳ بار (ماه‌هایی که روز ۳۱ ندارند جا می‌افتند)',
    );
    assert.equal(
      words('2027-03-01', { every: 'day', count: 10, except: ['2027-03-05', '2027-03-02'] }, YEAR, fa),
      'هر روز، ۱۰ بار، به‌جز ۱۱ اسفند ۱۴۰۵ (۲ مارس ۲۰۲۷) و ۱۴ اسفند ۱۴۰۵ (۵ مارس ۲۰۲۷)، ۸ پست',
    );
  });

  it('says nothing for a post that does not recur or has no valid date', () => {
    assert.equal(words('2027-03-01', { every: 'year' }), undefined);
    assert.equal(words('2027-02-30', { every: 'day' }), undefined);
    assert.equal(repeatWords({ date: '2027-03-01' }, YEAR), undefined);
  });

  it('keeps its English words in the catalog: ordinals and lists', () => {
    const ordinal = (n: number) => render(ordinalWords(n));
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 29, 31].map(ordinal), [
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '29th',
      '31st',
    ]);
    const list = (items: string[]) => render(msg('words.list', { items: andList(items) }));
    assert.equal(list(['a']), 'a');
    assert.equal(list(['a', 'b', 'c']), 'a, b and c');
  });
});
