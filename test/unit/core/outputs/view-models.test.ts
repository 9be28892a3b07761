import * as assert from 'node:assert/strict';
import { lint, type Finding, type RenderContext } from '../../../../src/core';
import { WORDS } from '../../../../src/core/text/words';
import { calendarViewModel, problemMessage, trendsViewModel } from '../../../../src/core/outputs/view-models';
import { strings } from '../../../../src/webview/shared/i18n';
import problems from '../../../webview/fixtures/problems.json';

const META = { uri: 'file:///s.strategy.yaml', fileName: 's.strategy.yaml', version: 1 };

function syntax(start: number, message = 'Something is not closed here.'): Finding {
  return {
    code: 'yaml/syntax',
    severity: 'error',
    message,
    messageId: 'yaml.notClosed',
    start,
    end: start + 1,
  };
}

describe('problemMessage', () => {
  it('is undefined when the file parses', () => {
    const text = 'version: 1\nname: Winter launch\n';
    assert.equal(problemMessage(text, lint(text).findings), undefined);
  });

  it('is the line (1-based) and the finding, no wording about what the panel shows', () => {
    assert.equal(problemMessage('a: 1\nb: 2\nc: "\n', [syntax(13)]), 'Line 3: Something is not closed here.');
    assert.equal(problemMessage('a: 1\n', [syntax(0)]), 'Line 1: Something is not closed here.');
  });

  it('counts lines the way the editor does: CRLF is one line break, the end of the text is the last line', () => {
    assert.equal(problemMessage('a: 1\r\nb: "\r\n', [syntax(9, 'X.')]), 'Line 2: X.');
    assert.equal(problemMessage('a: 1\n', [syntax(99, 'X.')]), 'Line 2: X.');
  });

  it('uses the first syntax finding and ignores the others', () => {
    const other: Finding = {
      code: 'schema/required',
      severity: 'error',
      message: 'Other.',
      messageId: 'yaml.other',
      start: 0,
      end: 1,
    };
    assert.equal(
      problemMessage('a\nb\n', [other, syntax(2, 'First.'), syntax(0, 'Second.')]),
      'Line 2: First.',
    );
  });

  it("is what the webview tests show (their fixtures are the core's real output)", () => {
    for (const { text, problem } of Object.values(problems)) {
      assert.equal(problemMessage(text, lint(text).findings), problem);
    }
  });

  it('reaches both view models unchanged', () => {
    const { text, problem } = problems.repeatedKey;
    const { analysis, findings } = lint(text);
    assert.equal(calendarViewModel(analysis, findings, { ...META, today: '2027-01-01' }).problem, problem);
    assert.equal(trendsViewModel(analysis, findings, META).problem, problem);
    const fine = lint('version: 1\n');
    assert.equal('problem' in trendsViewModel(fine.analysis, fine.findings, META), false);
  });
});

describe('webview words', () => {
  it("name verdicts with the core's words", () => {
    assert.deepEqual(strings('en').verdicts, WORDS.en.verdicts);
  });

  it('have a Persian verdict for every verdict', () => {
    assert.deepEqual(Object.keys(strings('fa').verdicts).sort(), Object.keys(WORDS.en.verdicts).sort());
  });
});

describe('calendarViewModel: recurring posts (issue 9)', () => {
  // 2027-03-01 is a Monday. The series: Mondays and Thursdays until 18 March, 11 March skipped; the
  // Telegram post on 15 March at 09:00 clashes with the series' occurrence that day only.
  const text = [
    'version: 1',
    'name: Series',
    'period: {start: 2027-03-01, end: 2027-03-31}',
    'platforms:',
    '  - {id: tg, network: telegram}',
    'calendar:',
    '  - date: 2027-03-01',
    '    time: "09:00"',
    '    platform: tg',
    '    title: Tip',
    '    status: in-review',
    '    repeat: {every: week, on: [mon, thu], until: 2027-03-18, except: [2027-03-11]}',
    '  - {date: 2027-03-15, time: "09:00", platform: tg, title: Clash, status: approved}',
    '  - {date: 2027-02-26, platform: tg, title: Early, status: rejected, repeat: {every: day, count: 4}}',
    '  - {date: 2027-03-20, platform: tg, title: Odd, status: someday, repeat: {every: year}}',
    '',
  ].join('\n');
  const { analysis, findings } = lint(text);
  const view = calendarViewModel(analysis, findings, { ...META, today: '2027-03-01' });

  it('draws one post per occurrence, the entry’s own date first, each with its index', () => {
    assert.deepEqual(
      view.posts.map((p) => [p.index, p.date, p.time, p.status, p.conflict, p.outsidePeriod]),
      [
        [0, '2027-03-01', '09:00', 'in-review', false, false],
        [0, '2027-03-04', '09:00', 'in-review', false, false],
        [0, '2027-03-08', '09:00', 'in-review', false, false],
        [0, '2027-03-15', '09:00', 'in-review', true, false],
        [0, '2027-03-18', '09:00', 'in-review', false, false],
        [1, '2027-03-15', '09:00', 'approved', true, false],
        [2, '2027-02-26', undefined, 'rejected', false, true],
        [2, '2027-02-27', undefined, 'rejected', false, true],
        [2, '2027-02-28', undefined, 'rejected', false, true],
        [2, '2027-03-01', undefined, 'rejected', false, false],
        [3, '2027-03-20', undefined, 'idea', false, false],
      ],
    );
  });

  it('marks each occurrence of a series: its number, the first date, the total and the rule', () => {
    const series = view.posts.filter((p) => p.index === 0);
    assert.deepEqual(
      series.map((p) => p.occurrence?.nth),
      [0, 1, 2, 4, 5],
    );
    const words = 'every Monday and Thursday until 18 March 2027, except 11 March 2027, 5 posts';
    for (const p of series)
      assert.deepEqual({ ...p.occurrence, nth: 0 }, { nth: 0, first: '2027-03-01', total: 5, words });
    assert.equal(view.posts.find((p) => p.index === 2)!.occurrence!.words, 'every day, 4 times');
    // Not a series: no occurrence at all (an `every` the format does not know is just the date).
    assert.equal('occurrence' in view.posts.find((p) => p.index === 1)!, false);
    assert.equal('occurrence' in view.posts.find((p) => p.index === 3)!, false);
  });

  it('passes every status of the workflow', () => {
    const statuses = ['idea', 'draft', 'in-review', 'approved', 'rejected', 'scheduled', 'published'];
    const all = [
      'version: 1',
      'calendar:',
      ...statuses.map((s, i) => `  - {date: 2027-03-0${i + 1}, platform: tg, title: t, status: ${s}}`),
      '',
    ].join('\n');
    const r = lint(all);
    assert.deepEqual(
      calendarViewModel(r.analysis, r.findings, { ...META, today: '2027-03-01' }).posts.map((p) => p.status),
      statuses,
    );
  });
});

describe('view models in the file’s language (issue 11)', () => {
  const FA: RenderContext = { language: 'fa', calendar: 'persian' };
  const FSI = '\u2068';
  const PDI = '\u2069';
  const text = [
    'version: 1',
    'name: Series',
    'period: {start: 2027-03-01, end: 2027-03-31}',
    'platforms:',
    '  - {id: tg, network: telegram}',
    '  - {id: insta, network: instagram, handle: "@golnar"}',
    '  - {id: own, network: blog}',
    'calendar:',
    '  - date: 2027-03-01',
    '    platform: tg',
    '    title: Tip',
    '    repeat: {every: week, on: [mon, thu], until: 2027-03-18, except: [2027-03-11]}',
    '  - {date: 2027-03-02, platform: insta, title: Hello}',
    '  - {date: 2027-03-03, platform: nowhere, title: Lost}',
    '',
  ].join('\n');
  const { analysis, findings } = lint(text);
  const meta = { ...META, today: '2027-03-01' };

  it('labels platforms in Persian, the file’s handles and ids kept as written in isolates', () => {
    const view = calendarViewModel(analysis, findings, meta, FA);
    assert.deepEqual(
      view.platforms.map((p) => p.label),
      [
        `تلگرام (${FSI}tg${PDI})`,
        `اینستاگرام ${FSI}@golnar${PDI}`,
        `وبلاگ (${FSI}own${PDI})`,
        // A platform the file does not define: its id as written, nothing to translate.
        'nowhere',
      ],
    );
  });

  it('labels platforms in English by default, as before', () => {
    assert.deepEqual(
      calendarViewModel(analysis, findings, meta).platforms.map((p) => p.label),
      ['Telegram (tg)', 'Instagram @golnar', 'Blog (own)', 'nowhere'],
    );
  });

  it('writes a series’ rule in Persian, with Persian digits and Solar Hijri dates', () => {
    const view = calendarViewModel(analysis, findings, meta, FA);
    const words = view.posts.find((p) => p.index === 0)!.occurrence!.words;
    assert.match(words, /[\u0600-\u06ff]/);
    assert.match(words, /[۰-۹]/);
    assert.match(words, /اسفند|فروردین/, 'Solar Hijri months');
    assert.doesNotMatch(words, /every|until|posts|March|[0-9]/);
    // The English file's words are unchanged.
    assert.equal(
      calendarViewModel(analysis, findings, meta).posts[0].occurrence!.words,
      'every Monday and Thursday until 18 March 2027, except 11 March 2027, 5 posts',
    );
  });

  it('says the problem line in Persian, in Persian digits, the finding kept whole in an isolate', () => {
    const syntaxFinding = syntax(13, 'این‌جا چیزی بسته نشده است.');
    assert.equal(
      problemMessage('a: 1\nb: 2\nc: "\n', [syntaxFinding], FA),
      `خط ۳: ${FSI}این‌جا چیزی بسته نشده است.${PDI}`,
    );
    const { text: broken } = problems.repeatedKey;
    const result = lint(broken, { locale: 'fa' });
    const problem = trendsViewModel(result.analysis, result.findings, META, FA).problem!;
    assert.match(problem, /^خط ۶: /);
    assert.doesNotMatch(problem, /Line/);
  });
});
