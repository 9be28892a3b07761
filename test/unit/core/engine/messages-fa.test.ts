// The engine's own findings (YAML, schema, encoding, configuration, import) in Persian (issue 11): the
// words translated, values from the file and syntax to type (YYYY-MM-DD, `version: 1`) kept Latin inside
// bidi isolates and quoted with « », counts and limits in Persian digits, the whole line in an RTL isolate.
import assert from 'node:assert/strict';
import { decodeFile, importMetrics, lint, parseConfig, render, type Finding } from '../../../../src/core';

const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';
/** A value as Persian text shows it: quoted, inside an isolate. */
const q = (value: string) => `«${FSI}${value}${PDI}»`;
const iso = (value: string) => `${FSI}${value}${PDI}`;
/** A finding's message as one right-to-left line. */
const line = (text: string) => `${RLI}${text}${PDI}`;

const BASE = `version: 1
name: Golnar bakery
period:
  start: 2027-01-01
  end: 2027-06-30
`;

function findings(text: string, code: string): Finding[] {
  return lint(text, { locale: 'fa' }).findings.filter((f) => f.code === code);
}

describe('engine findings in Persian (issue 11)', () => {
  it('a misspelt field: did-you-mean with the key isolated and quoted, and a Persian fix title', () => {
    const text = `${BASE}goals:\n  - id: grow\n    titel: More followers\n`;
    const [f] = findings(text, 'schema/additional-property');
    assert.equal(
      f.message,
      line(`هدف ${q('grow')} فیلدی به نام ${q('titel')} ندارد. منظورتان ${q('title')} بود؟`),
    );
    assert.equal(f.messageId, 'schema.additionalProperty.didYouMean');
    assert.equal(f.fixes?.[0].title, `تغییر به ${q('title')}`);
    assert.deepEqual(f.fixes?.[0].titleMessage, { id: 'schema.fix.changeTo', args: { value: 'title' } });
    // The same finding in English is unchanged.
    const [en] = lint(text).findings.filter((x) => x.code === 'schema/additional-property');
    assert.equal(en.message, "'titel' is not a field of the goal 'grow'. Did you mean 'title'?");
    assert.equal(en.fixes?.[0].title, "Change to 'title'");
  });

  it('a date that is not a day: the format and its example stay Latin, in isolates', () => {
    const text = BASE.replace('start: 2027-01-01', 'start: 2027-02-30');
    const [f] = findings(text, 'schema/format');
    assert.equal(
      f.message,
      line(
        `${q('2027-02-30')} تاریخ درستی نیست. تاریخ‌ها را به شکل ${iso('YYYY-MM-DD')} بنویسید، مثلاً ${iso('2027-03-15')}.`,
      ),
    );
    assert.doesNotMatch(f.message, /[۰-۹]/, 'no date of the file or the example is in Persian digits');
  });

  it('a missing field: what lacks it in Persian words, the field and the hint as written', () => {
    const text = `${BASE}calendar:\n  - platform: ig\n    title: Nowruz\n`;
    const [f] = findings(text, 'schema/required');
    assert.equal(
      f.message,
      line(`برای پست ${q('Nowruz')} فیلد ${q('date')} لازم است. آن را به شکل ${iso('YYYY-MM-DD')} بنویسید.`),
    );
    const [strategy] = findings('name: x\nperiod: {start: 2027-01-01, end: 2027-06-30}\n', 'schema/required');
    assert.equal(
      strategy.message,
      line(`برای استراتژی فیلد ${q('version')} لازم است. در بالای فایل ${q('version: 1')} را بیفزایید.`),
    );
  });

  it('a list item without a name is counted in Persian digits', () => {
    const text = `${BASE}platforms:\n  - id: ig\n    network: instagram\n  - network: telegram\n`;
    const [f] = findings(text, 'schema/required').filter((x) => x.message.includes('id'));
    assert.match(
      f.message,
      new RegExp(`^${RLI}برای شبکهٔ شمارهٔ ۲ در ${q('platforms')} فیلد ${q('id')} لازم است\\.`),
    );
  });

  it('a value out of range: the limit in Persian digits', () => {
    const over = `${BASE}platforms:\n  - id: ig\n    network: instagram\n    mix: {reel: 120}\n`;
    // calendar/mix says the same of a mix over 100 in its own words: the schema's finding here.
    const [f] = findings(over, 'schema/range').filter((x) => x.messageId === 'schema.range');
    assert.equal(f.message, line(`${q('reel')} باید حداکثر ۱۰۰ باشد.`));
    const negative = `${BASE}platforms:\n  - id: ig\n    network: instagram\n    cadence: {postsPerWeek: -2}\n`;
    const [g] = findings(negative, 'schema/range');
    assert.equal(g.message, line(`${q('postsPerWeek')} باید دست‌کم ۰ باشد (نمی‌تواند منفی باشد).`));
  });

  it('a wrong type and an enum: type words in Persian, allowed values joined with «،»', () => {
    const text = `${BASE}platforms:\n  - id: ig\n    network: instagram\n    priority: top\n    cadence: {postsPerWeek: twelve}\n`;
    const [type] = findings(text, 'schema/type');
    assert.equal(type.message, line(`${q('postsPerWeek')} باید یک عدد باشد، اما متن (${q('twelve')}) است.`));
    const [e] = findings(text, 'schema/enum');
    assert.equal(
      e.message,
      line(
        `${q('top')} برای ${q('priority')} مقدار معتبری نیست. یکی از این‌ها را به کار ببرید: ${['primary', 'secondary', 'experimental'].map(iso).join('، ')}.`,
      ),
    );
  });

  it('YAML problems: Persian words, the quoting fix keeps the value as written', () => {
    const [f] = findings(`${BASE}owner: @golnar\n`, 'yaml/syntax');
    assert.equal(
      f.message,
      line(`متنی که با ${iso('@')} شروع می‌شود باید داخل گیومه باشد، مثلاً ${iso("'@golnar'")}.`),
    );
    assert.equal(f.fixes?.[0].title, 'گذاشتن متن داخل گیومه');
    assert.equal(f.fixes?.[0].edits[0].newText, "'@golnar'");
  });

  it('a file whose language is fa speaks Persian without being asked', () => {
    const text = `${BASE}language: fa\nownr: Narges\n`;
    const [f] = lint(text).findings.filter((x) => x.code === 'schema/additional-property');
    assert.equal(f.message, line(`استراتژی فیلدی به نام ${q('ownr')} ندارد. منظورتان ${q('owner')} بود؟`));
  });
});

describe('configuration, encoding and import problems in Persian (issue 11)', () => {
  it('.strategy-lint.yaml problems: English strings as before, messages to render in Persian', () => {
    const config = parseConfig('rules:\n  smart/relevnt: off\n  smart/relevant: loud\n');
    assert.deepEqual(config.problems, [
      "Unknown rule 'smart/relevnt'. Did you mean 'smart/relevant'?",
      "The rule 'smart/relevant' is set to 'loud'; use off, info, warning or error.",
    ]);
    assert.deepEqual(
      config.messages.map((m) => render(m, { language: 'fa' })),
      [
        `قاعده‌ای با کد ${q('smart/relevnt')} وجود ندارد. منظورتان ${q('smart/relevant')} بود؟`,
        `قاعدهٔ ${q('smart/relevant')} روی ${q('loud')} تنظیم شده است؛ یکی از ${iso('off')}، ${iso('info')}، ${iso('warning')} یا ${iso('error')} را به کار ببرید.`,
      ],
    );
  });

  it('an unreadable configuration names its line in Persian digits', () => {
    const config = parseConfig('rules: [\n  a\n b: }\n');
    assert.equal(config.messages.length, 1);
    assert.match(
      render(config.messages[0], { language: 'fa' }),
      /^فایل پیکربندی خوانده نمی‌شود \(سطر [۰-۹]+\): /,
    );
  });

  it('a file that is not UTF-8: its finding in the language asked for, English by default', () => {
    const bytes = new Uint8Array([0x61, 0xff, 0x62]);
    const en = decodeFile(bytes);
    const fa = decodeFile(bytes, { language: 'fa' });
    assert.ok(!en.ok && !fa.ok);
    assert.equal(
      en.finding.message,
      "The file is not saved as UTF-8: save it as UTF-8 (in VS Code: click the encoding in the status bar, then 'Save with Encoding', then 'UTF-8').",
    );
    assert.equal(fa.finding.messageId, 'encoding.notUtf8');
    assert.match(fa.finding.message, new RegExp(`^${RLI}فایل با کدگذاری ${iso('UTF-8')} ذخیره نشده است: `));
    assert.ok(fa.finding.message.includes(`«${iso('Save with Encoding')}»`));
  });

  it('a CSV without a date column: the problem as a message and, when asked, in Persian', () => {
    const { analysis } = lint(BASE);
    const csv = [{ path: 'export.csv', text: 'a,b\n1,2\n' }];
    const [en] = importMetrics(analysis, csv).problems;
    assert.match(
      en.message,
      /^No date column found: .*\(YYYY-MM-DD, YYYY-MM, MM\/DD\/YYYY, DD\.MM\.YYYY or a Solar Hijri YYYY\/MM\/DD\)\.$/,
    );
    assert.equal(en.problem.id, 'import.noDateColumn');
    const [fa] = importMetrics(analysis, csv, { render: { language: 'fa' } }).problems;
    assert.match(fa.message, new RegExp(`^${RLI}ستون تاریخ پیدا نشد: `));
    assert.ok(fa.message.includes(`${iso('YYYY-MM-DD')}، ${iso('YYYY-MM')}`));
  });
});
