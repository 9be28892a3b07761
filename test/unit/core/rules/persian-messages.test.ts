// The rules speak Persian (issue 11): chosen by the user (`locale: 'fa'`) or by the file (`language:
// fa`), with Persian digits, values from the file inside bidi isolates and quoted with « », and in a
// Persian file (calendar system persian) Solar Hijri dates with the Gregorian date beside them.
import assert from 'node:assert/strict';
import { lint } from '../../../../src/core/engine/lint';
import { rules } from '../../../../src/core/text/i18n/en/rules';
import type { Finding, LintOptions } from '../../../../src/core/types';
import { BASE } from './base-strategy';

/** The same strategy, written for Persian readers: Persian messages, Solar Hijri weeks and dates. */
const PERSIAN = BASE.replace('name: Test strategy\n', 'name: Test strategy\nlanguage: fa\n');

/** A value from the file as Persian text holds it: in a first-strong isolate. */
const v = (value: string) => `\u2068${value}\u2069`;
/** A whole Persian line: in a right-to-left isolate. */
const line = (text: string) => `\u2067${text}\u2069`;

function only(text: string, code: string, options: LintOptions = {}): Finding {
  const found = lint(text, options).findings.filter((f) => f.code === code);
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  return found[0];
}

describe('rule messages in Persian', () => {
  it('speaks Persian when the user asks, in an English file, values isolated and quoted', () => {
    const f = only(BASE.replace('    target: 1400\n', ''), 'smart/measurable', { locale: 'fa' });
    assert.equal(f.messageId, 'smart.measurable.noTarget');
    assert.equal(
      f.message,
      line(
        `هدف «${v('grow')}» «${v('target')}» ندارد: عددی را که باید به آن برسید بنویسید؛ برای نمونه «${v('target: 12000')}».`,
      ),
    );
    // The same finding, read in English: as it always was.
    assert.equal(
      only(BASE.replace('    target: 1400\n', ''), 'smart/measurable').message,
      "The goal 'grow' has no 'target': write the number to reach, e.g. 'target: 12000'.",
    );
  });

  it('writes figures with Persian digits and separators, and the deadline as a Solar Hijri date in a Persian file', () => {
    const f = only(PERSIAN.replace('target: 1400', 'target: 1580'), 'goals/off-pace');
    assert.equal(
      f.message,
      line(
        'عقب از برنامه (در خطر): با روند کنونی تا ۹ تیر ۱۴۰۶ (۳۰ ژوئن ۲۰۲۷) به ۱٬۵۰۰ از ۱٬۵۸۰ می‌رسد. برنامه را فشرده‌تر کنید، یا مقصد یا مهلت را تغییر دهید.',
      ),
    );
    // In English by the user's choice, the dates still follow the file's calendar system.
    assert.equal(
      only(PERSIAN.replace('target: 1400', 'target: 1580'), 'goals/off-pace', { locale: 'en' }).message,
      'Behind pace (at risk): at the current trend 1,500 of 1,580 by 9 Tir 1406 (30 June 2027). Step up the plan, or adjust the target or the deadline.',
    );
  });

  it('writes a percentage to one decimal with the Persian decimal separator and percent sign', () => {
    const f = only(PERSIAN.replace('target: 1400', 'target: 5000'), 'smart/achievable');
    assert.match(f.message, /باید ۳ ماه پیاپی هر ماه ۶۰٫۹٪ رشد کند، اما بهترین ماهش تا کنون ۱۰٫۰٪ بوده است/);
    assert.ok(f.message.includes(`«${v('Instagram followers')}»`));
  });

  it('names a post by its title and its Solar Hijri date, and counts the days in Persian digits', () => {
    const text = `${PERSIAN}calendar:\n  - {date: 2027-01-04, platform: ig, title: A, status: draft}\n`;
    const f = only(text, 'calendar/overdue', { today: '2027-01-05' });
    assert.equal(f.messageId, 'calendar.overdue.status');
    assert.equal(
      f.message,
      line(
        `۱ روز از موعد پست «${v('A')}» در ۱۴ دی ۱۴۰۵ (۴ ژانویه ۲۰۲۷) گذشته است، اما هنوز «${v('draft')}» است. ` +
          'اگر منتشر شده، آن را منتشرشده علامت بزنید؛ اگر نه، تاریخ تازه‌ای برایش بگذارید یا آن را ردشده علامت بزنید.',
      ),
    );
    assert.deepEqual(
      f.fixes?.map((x) => x.title),
      ['علامت‌زدن به‌عنوان منتشرشده'],
    );
  });

  it('names the weeks of a Persian file by their Solar Hijri dates, the Gregorian ones and the count beside', () => {
    const text =
      PERSIAN.replace('    network: instagram', '    network: instagram\n    cadence: {postsPerWeek: 2}') +
      'calendar:\n  - {date: 2027-01-04, platform: ig, title: A}\n  - {date: 2027-01-05, platform: ig, title: B}\n' +
      '  - {date: 2027-01-12, platform: ig, title: C}\n  - {date: 2027-01-18, platform: ig, title: D}\n' +
      '  - {date: 2027-01-19, platform: ig, title: E}\n';
    // Saturday to Friday: 9-15 January 2027 (19-25 Dey 1405) has one post of the two planned.
    assert.equal(
      only(text, 'calendar/cadence').message,
      line(
        `اینستاگرام (${v('ig')}) هفته‌ای ۲ پست برنامه‌ریزی کرده است، اما در ۱ هفته کمتر از این پست دارد: ۱۹–۲۵ دی ۱۴۰۵ (۹–۱۵ ژانویه ۲۰۲۷، ۱ پست)`,
      ),
    );
  });

  it('titles quick fixes in Persian, the ids isolated', () => {
    const f = only(BASE.replace('objective: sales', 'objective: salez'), 'ref/unknown-objective', {
      locale: 'fa',
    });
    assert.equal(
      f.message,
      line(`هیچ هدف کلانی شناسهٔ «${v('salez')}» را ندارد. منظورتان «${v('sales')}» بود؟`),
    );
    assert.deepEqual(
      f.fixes?.map((x) => x.title),
      [`تغییر به «${v('sales')}»`, `افزودن هدف کلان «${v('salez')}» زیر «${v('objectives')}»`],
    );
    // The engine keeps the title as a message, for an adapter that renders it again.
    assert.deepEqual(f.fixes?.[0].titleMessage, { id: 'ref.unknown.fix.change', args: { id: 'sales' } });
  });

  it('renders related notes in Persian too', () => {
    const text = `${PERSIAN}calendar:\n  - {date: 2027-01-04, time: '09:00', platform: ig, title: A}\n  - {date: 2027-01-04, time: '09:00', platform: ig, title: B}\n`;
    const f = only(text, 'calendar/conflict');
    assert.equal(
      f.message,
      line(
        `«${v('A')}» و «${v('B')}» هر دو برای «${v('2027-01-04')}» ساعت «${v('09:00')}» در اینستاگرام (${v('ig')}) برنامه‌ریزی شده‌اند. یکی از آن‌ها را به زمان دیگری منتقل کنید.`,
      ),
    );
    assert.deepEqual(
      f.related?.map((r) => r.message),
      [line('پست دیگر در همان زمان')],
    );
  });

  it('writes no ASCII digit of its own into a Persian message: every figure is in Persian digits', () => {
    const text = `${PERSIAN.replace('target: 1400', 'target: 5000')}calendar:\n  - {date: 2027-01-04, platform: ig, title: A, status: draft}\n`;
    const ours = new Set(Object.keys(rules));
    const findings = lint(text, { today: '2027-02-01' }).findings.filter((f) => ours.has(f.messageId));
    assert.ok(findings.length >= 3);
    for (const f of findings) {
      // Outside the isolated values from the file, no Latin digit is left.
      const own = f.message.replace(/\u2068[^\u2069]*\u2069/g, '');
      assert.doesNotMatch(own, /[0-9]/, `${f.code}: ${f.message}`);
    }
  });
});
