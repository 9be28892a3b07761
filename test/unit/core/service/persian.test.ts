// The language service in a Persian file (issue 11): hover, CodeLens, completion, symbols, rename and the
// calendar's edits speak Persian with Persian digits and Solar Hijri dates, values from the file kept
// in Latin inside bidi isolates; the same calls without a language stay English.
import assert from 'node:assert/strict';
import { lint, renderContext } from '../../../../src/core/engine/lint';
import { completions } from '../../../../src/core/service/completion';
import { rescheduleEdits, statusEdits } from '../../../../src/core/service/calendar-edits';
import { disableRuleFix } from '../../../../src/core/service/fixes';
import { hover } from '../../../../src/core/service/hover';
import { codeLenses } from '../../../../src/core/service/lens';
import { rename } from '../../../../src/core/service/navigation';
import { detachOccurrenceEdits } from '../../../../src/core/service/series-edits';
import { documentSymbols } from '../../../../src/core/service/symbols';
import { at, cursor } from './helper';

const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';
/** Persian digits, and no ASCII digit outside the isolates of values from the file. */
const LATIN_DIGIT_OUTSIDE_ISOLATES = /\d(?![^\u2068]*\u2069)/;
const plain = (s: string) => s.replace(/\\/g, '');

// The pace example of hover.test.ts, written in Persian: 1,000, 1,100, 1,200 from January reach 1,500
// of 1,580 by 30 June 2027 (9 Tir 1406): at risk, yet achievable.
const TEXT = [
  'version: 1',
  'name: استراتژی اینستاگرام',
  'period: {start: 2027-01-01, end: 2027-06-30}',
  'objectives:',
  '  - id: sales',
  '    title: فروش آنلاین بیشتر',
  'platforms:',
  '  - id: ig',
  '    network: instagram',
  '    priority: primary',
  '    cadence: {postsPerWeek: 3}',
  'metrics:',
  '  - id: followers',
  '    name: دنبال‌کنندگان اینستاگرام',
  '    platform: ig',
  '    unit: دنبال‌کننده',
  '    values: {2027-01: 1000, 2027-02: 1100, 2027-03: 1200}',
  'goals:',
  '  - id: grow',
  '    title: افزایش پیوستهٔ دنبال‌کنندگان اینستاگرام',
  '    objective: sales',
  '    metric: followers',
  '    target: 1580',
  '    deadline: 2027-06-30',
  'calendar:',
  '  - date: 2027-03-01',
  '    platform: ig',
  '    title: نکته‌ها',
  '    repeat: {every: week, on: [mon, thu], until: 2027-03-31}',
  'reviews:',
  '  - {date: 2027-03-31, month: 2027-03}',
  '',
].join('\n');

const r = lint(TEXT, {});
// What the editor passes for this file: Persian (its name) and its calendar, Solar Hijri.
const fa = renderContext(r.analysis, {});

describe('service in a Persian file (issue 11)', () => {
  it('reads the file as Persian with the Persian calendar', () => {
    assert.deepEqual(fa, { language: 'fa', calendar: 'persian' });
  });

  it("a goal's hover: Persian words, Persian digits, the deadline in Solar Hijri with the Gregorian beside", () => {
    const h = hover(r.analysis, at(TEXT, 'id: grow', 5), r.findings, {}, fa)!;
    const md = plain(h.markdown);
    assert.ok(md.startsWith('**هدف** `grow`: افزایش پیوستهٔ دنبال‌کنندگان اینستاگرام'), md);
    assert.ok(md.includes('SMART: هر پنج ویژگی برقرار است'), md);
    assert.ok(md.includes(`روند: ${FSI}▲ ۳۴٪، در خطر، `), md);
    assert.ok(md.includes('۱٬۵۰۰ از ۱٬۵۸۰ \u2068دنبال‌کننده\u2069'), md);
    assert.ok(md.includes('۹ تیر ۱۴۰۶ (۳۰ ژوئن ۲۰۲۷)'), md);
    assert.ok(
      md.includes(
        'از ۱٬۰۰۰ \u2068دنبال‌کننده\u2069 به ۱٬۵۸۰ \u2068دنبال‌کننده\u2069 تا ۹ تیر ۱۴۰۶ (۳۰ ژوئن ۲۰۲۷).',
      ),
      md,
    );
    assert.ok(md.includes('ارزیابی: در خطر.'), md);
    assert.doesNotMatch(md.replace(/`grow`/, ''), LATIN_DIGIT_OUTSIDE_ISOLATES);
    // The same goal in English, as before.
    const en = hover(r.analysis, at(TEXT, 'id: grow', 5), r.findings)!;
    assert.match(en.markdown, /^\*\*Goal\*\* `grow`/);
    assert.ok(plain(en.markdown).includes('From 1,000 دنبال‌کننده to 1,580 دنبال‌کننده by 2027-06-30.'));
  });

  it('a reference hover: the metric and platform it names, and an id nothing declares', () => {
    const metric = hover(r.analysis, at(TEXT, 'metric: followers', 9), r.findings, {}, fa)!;
    assert.equal(
      metric.markdown,
      '**شاخص** `followers`: دنبال‌کنندگان اینستاگرام (دنبال‌کننده)\n\nآخرین مقدار: ۱٬۲۰۰ \u2068دنبال‌کننده\u2069 (مارس ۲۰۲۷)',
    );
    const platform = hover(r.analysis, at(TEXT, '- id: ig', 7), r.findings, {}, fa)!;
    assert.equal(
      platform.markdown,
      '**شبکه** `ig`: instagram\n\nتعداد پست در هفته: ۳\n\nاولویت: اصلی\n\n۲ بار به آن ارجاع شده است.',
    );
    const text = 'name: آزمایش\ncalendar:\n  - {date: 2027-01-01, platform: nope, title: x}\n';
    const unknown = lint(text, {});
    assert.equal(
      hover(unknown.analysis, at(text, 'nope', 1), undefined, {}, renderContext(unknown.analysis, {}))!
        .markdown,
      `هیچ شبکه‌ای با شناسهٔ «${FSI}\`nope\`${PDI}» تعریف نشده است.`,
    );
  });

  it("a month's value and its change, by the months' Persian names", () => {
    const h = hover(r.analysis, at(TEXT, '2027-02: 1100', 2), r.findings, {}, fa)!;
    assert.equal(
      h.markdown,
      `**${FSI}دنبال‌کنندگان اینستاگرام${PDI}**، پایان فوریه ۲۰۲۷: ۱٬۱۰۰ \u2068دنبال‌کننده\u2069 (+۱۰٪ نسبت به ژانویه ۲۰۲۷)`,
    );
  });

  it("a series' hover: its next dates with Persian weekdays and Solar Hijri dates", () => {
    const md = hover(r.analysis, at(TEXT, 'repeat:', 2), r.findings, { today: '2027-03-10' }, fa)!.markdown;
    assert.ok(md.includes('**تکرار:** '), md);
    assert.ok(
      md.endsWith(
        [
          'تاریخ‌های پیش رو:',
          '',
          '- پنج‌شنبه ۲۰ اسفند ۱۴۰۵ (۱۱ مارس ۲۰۲۷)',
          '- دوشنبه ۲۴ اسفند ۱۴۰۵ (۱۵ مارس ۲۰۲۷)',
          '- پنج‌شنبه ۲۷ اسفند ۱۴۰۵ (۱۸ مارس ۲۰۲۷)',
          '- دوشنبه ۲ فروردین ۱۴۰۶ (۲۲ مارس ۲۰۲۷)',
          '- پنج‌شنبه ۵ فروردین ۱۴۰۶ (۲۵ مارس ۲۰۲۷)',
          '- و ۱ تاریخ دیگر',
        ].join('\n'),
      ),
      md,
    );
  });

  it("a goal's CodeLens: one right-to-left line in Persian, the deadline in Solar Hijri", () => {
    const lenses = codeLenses(r.analysis, r.findings, fa);
    const goal = lenses.find((l) => l.kind === 'goal')!;
    assert.ok(goal.title.startsWith(`${RLI}▲ ۳۴٪، در خطر، `), goal.title);
    assert.ok(goal.title.endsWith(PDI), goal.title);
    assert.ok(goal.title.includes('۹ تیر ۱۴۰۶ (۳۰ ژوئن ۲۰۲۷)'), goal.title);
    assert.doesNotMatch(goal.title, /\d/);
    assert.ok(goal.tooltip!.includes('۳۴٪ از راه پیموده شده است.'), goal.tooltip);
    const metric = lenses.find((l) => l.kind === 'metric')!;
    assert.equal(
      metric.title,
      `${RLI}آخرین مقدار ۱٬۲۰۰ \u2068دنبال‌کننده\u2069، +۹٫۱٪ نسبت به ماه قبل${PDI}`,
    );
    assert.equal(metric.tooltip, `${RLI}۳ مقدار ماهانه. نمودار را در پنل روندها ببینید.${PDI}`);
    const calendar = lenses.find((l) => l.kind === 'calendar')!;
    assert.equal(calendar.title, `${RLI}باز کردن تقویم محتوا (۱ پست)${PDI}`);
  });

  it('a goal missing SMART letters: the letters in isolates, the qualities in Persian', () => {
    const text = [
      'version: 1',
      'name: آزمایش',
      'period: {start: 2027-01-01, end: 2027-12-31}',
      'goals:',
      '  - id: g',
      '    title: افزایش مشترکان خبرنامه',
      '    metric: subs',
      '    target: 500',
      '    deadline: 2027-12-31',
      'metrics:',
      '  - {id: subs, name: مشترکان, values: {2027-01: 200}}',
      '',
    ].join('\n');
    const p = lint(text, {});
    const ctx = renderContext(p.analysis, {});
    const [goal, metric] = codeLenses(p.analysis, p.findings, ctx);
    assert.equal(
      goal.title,
      `${RLI}۰٪، هنوز دادهٔ کافی نیست، SMART: ${FSI}S${PDI}، ${FSI}R${PDI} برقرار نیست${PDI}`,
    );
    assert.ok(goal.tooltip!.includes(`هنوز مشخص، مرتبط نیست`), goal.tooltip);
    assert.equal(metric.title, `${RLI}آخرین مقدار ۲۰۰ (ژانویه ۲۰۲۷)${PDI}`);
  });

  it('completion details and documentation', () => {
    const { text, offset } = cursor('name: آزمایش\nperiod: {start: 2027-01-01, end: |}\n');
    const p = lint(text, {});
    const ctx = renderContext(p.analysis, {});
    const items = completions(p.analysis, offset, { today: '2027-03-15' }, ctx);
    assert.equal(items.find((i) => i.label === '2027-03-15')?.detail, 'امروز');
    assert.equal(items.find((i) => i.label === 'YYYY-MM-DD')?.detail, 'یک روز: سال، ماه، روز');
    const months = cursor('name: آزمایش\nmetrics:\n  - id: m\n    values:\n      2027-01: 5\n      |\n');
    const m = lint(months.text, {});
    const [next] = completions(m.analysis, months.offset, {}, renderContext(m.analysis, {}));
    assert.equal(next.label, '2027-02');
    assert.equal(next.detail, 'ماه پس از ژانویه ۲۰۲۷');
    assert.equal(next.documentation, 'مقدار در **پایان این ماه**.');
  });

  it('the outline names unnamed items in Persian', () => {
    const text = 'name: آزمایش\ncalendar:\n  - {}\nplatforms:\n  - {network: instagram}\n';
    const p = lint(text, {});
    const symbols = documentSymbols(p.analysis, renderContext(p.analysis, {}));
    assert.deepEqual(
      symbols.filter((s) => s.children.length).map((s) => s.children[0].name),
      ['پست ۱', 'شبکهٔ ۱'],
    );
  });

  it('rename refusals, the disable fix and the calendar edits say why in Persian', () => {
    const refused = rename(r.analysis, at(TEXT, '- id: ig', 7), 'Insta Gram', fa);
    assert.ok('error' in refused);
    assert.ok(refused.error.startsWith(`«${FSI}Insta Gram${PDI}» نمی‌تواند شناسه باشد`), refused.error);
    assert.ok(refused.error.includes(`(برای نمونه ${FSI}instagram-main${PDI})`), refused.error);
    const taken = rename(r.analysis, at(TEXT, 'id: grow', 5), 'grow', fa);
    assert.deepEqual(taken, { edits: [] });

    const fix = disableRuleFix(TEXT, r.findings[0], fa);
    assert.equal(fix.title, `نادیده گرفتن ${FSI}${r.findings[0].code}${PDI} در این سطر`);
    assert.equal(fix.titleMessage?.id, 'fix.disableLine');

    const day = rescheduleEdits(r.analysis, 0, '2027-13-01', undefined, fa);
    assert.deepEqual(day, {
      error: `«${FSI}2027-13-01${PDI}» یک روز نیست: آن را به شکل ${FSI}YYYY-MM-DD${PDI} بنویسید، برای نمونه ${FSI}2027-01-04${PDI}.`,
    });
    const gone = rescheduleEdits(r.analysis, 7, '2027-03-02', undefined, fa);
    assert.deepEqual(gone, {
      error: 'پست شمارهٔ ۸ دیگر در تقویم نیست. شاید فایل تغییر کرده باشد: دوباره امتحان کنید.',
    });
    const status = statusEdits(r.analysis, 0, 'done', undefined, fa);
    assert.ok('error' in status && status.error.startsWith(`«${FSI}done${PDI}» وضعیت پست نیست`));
    assert.ok('error' in status && status.error.includes(`${FSI}idea${PDI}، ${FSI}draft${PDI}`));
    const notLater = detachOccurrenceEdits(r.analysis, 0, '2027-03-02', '2027-03-03', undefined, fa);
    assert.deepEqual(notLater, {
      error:
        '۱۱ اسفند ۱۴۰۵ (۲ مارس ۲۰۲۷) دیگر یکی از تاریخ‌های بعدی این سری نیست. شاید فایل تغییر کرده باشد: دوباره امتحان کنید.',
    });
  });

  it('an English reading of the same calls is unchanged', () => {
    assert.deepEqual(rescheduleEdits(r.analysis, 7, '2027-03-02'), {
      error: 'There is no post number 8 in the calendar any more. The file may have changed: try again.',
    });
    assert.deepEqual(detachOccurrenceEdits(r.analysis, 0, '2027-03-02', '2027-03-03'), {
      error: '2027-03-02 is not a later date of this series any more. The file may have changed: try again.',
    });
    assert.equal(disableRuleFix(TEXT, r.findings[0]).title, `Ignore ${r.findings[0].code} on this line`);
  });
});
