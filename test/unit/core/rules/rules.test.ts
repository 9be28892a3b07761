// For every code: a case that fires, on exactly the range marked «like this», and a case that does not.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyEdits,
  computeTrends,
  hover,
  lint,
  parseConfig,
  rangeAt,
  safeFixEdits,
  toICalendar,
  type LintOptions,
} from '../../../../src/core';
import { RULES } from '../../../../src/core/rules/registry';
import { BASE } from './base-strategy';

/** Text with «markers» → the text without them and the marked range. */
function marked(src: string): { text: string; start: number; end: number } {
  const start = src.indexOf('«');
  const end = src.indexOf('»') - 1;
  assert.ok(start >= 0 && end >= start, 'case needs «markers»');
  return { text: src.replace('«', '').replace('»', ''), start, end };
}

interface Case {
  code: string;
  fires: string;
  clean: string;
  message?: RegExp;
  /** Lint options for both texts (today, for calendar/overdue). */
  options?: LintOptions;
}

const replace = (from: string, to: string) => BASE.replace(from, to);

const CASES: Case[] = [
  { code: 'yaml/syntax', fires: 'version: 1\nname: "unterminated\n«»', clean: BASE },
  { code: 'yaml/syntax', fires: 'version: 1\nname: x\n«name»: y\n', clean: BASE, message: /appears twice/ },
  { code: 'yaml/syntax', fires: 'version: 1\nperiod:\n«\t»start: 2027-01-01\n', clean: BASE, message: /tab/ },
  {
    code: 'yaml/syntax',
    fires: BASE + '«---\nname: second\n»',
    clean: BASE,
    message: /more than one YAML document/,
  },
  {
    code: 'yaml/alias',
    fires: BASE + 'owner: &o Sara\nvalueProposition: «*o»\n',
    clean: BASE,
  },
  { code: 'schema/required', fires: '«version: 1»\nname: x\n', clean: BASE, message: /needs 'period'/ },
  { code: 'schema/required', fires: '«»', clean: BASE, message: /empty/ },
  {
    code: 'schema/required',
    fires: replace('    title: More online sales\n', '').replace('  - id: sales', '  - id: «sales»'),
    clean: BASE,
    message: /needs 'title'/,
  },
  {
    code: 'schema/required',
    fires: replace('period: {start: 2027-01-01, end: 2027-06-30}', '«period»: {start: 2027-01-01}'),
    clean: BASE,
  },
  { code: 'schema/type', fires: replace('target: 1400', 'target: «lots»'), clean: BASE },
  {
    code: 'schema/enum',
    fires: replace('network: instagram', 'network: «instgram»'),
    clean: BASE,
    message: /Did you mean 'instagram'/,
  },
  { code: 'schema/format', fires: replace('deadline: 2027-06-30', 'deadline: «2027-02-30»'), clean: BASE },
  {
    code: 'schema/additional-property',
    fires: replace('    target: 1400', '    «targt»: 1400'),
    clean: BASE,
    message: /Did you mean 'target'/,
  },
  { code: 'schema/pattern', fires: replace('  - id: ig\n', '  - id: «Insta Gram»\n'), clean: BASE },
  { code: 'schema/range', fires: replace('end: 2027-06-30}', 'end: «2026-12-01»}'), clean: BASE },
  {
    code: 'schema/range',
    fires: replace('    network: instagram', '    network: instagram\n    cadence: {postsPerWeek: «-1»}'),
    clean: BASE,
  },
  {
    code: 'ref/unknown-objective',
    fires: replace('objective: sales', 'objective: «sale»'),
    clean: BASE,
    message: /Did you mean 'sales'/,
  },
  { code: 'ref/unknown-metric', fires: replace('metric: followers', 'metric: «likes»'), clean: BASE },
  { code: 'ref/unknown-platform', fires: replace('platform: ig', 'platform: «fb»'), clean: BASE },
  {
    code: 'ref/unknown-goal',
    fires: BASE + 'calendar:\n  - date: 2027-01-04\n    platform: ig\n    title: Hello\n    goal: «grw»\n',
    clean: BASE,
  },
  {
    code: 'ref/unknown-audience',
    fires: replace('    network: instagram', '    network: instagram\n    audiences: [«students»]'),
    clean: BASE,
  },
  {
    code: 'ref/duplicate-id',
    fires: replace('    network: instagram\n', '    network: instagram\n  - id: «ig»\n    network: x\n'),
    clean: BASE,
  },
  {
    code: 'smart/specific',
    fires: replace('title: Grow Instagram followers steadily', 'title: «Grow followers»'),
    clean: BASE,
  },
  {
    code: 'smart/specific',
    fires: replace('    platform: ig\n    values', '    values').replace('  - id: grow', '  - id: «grow»'),
    clean: BASE,
    message: /where/,
  },
  {
    code: 'smart/measurable',
    fires: replace('    target: 1400\n', '').replace('  - id: grow', '  - id: «grow»'),
    clean: BASE,
  },
  {
    code: 'smart/achievable',
    fires: replace('target: 1400', 'target: «5000»'),
    clean: BASE,
    message: /best month so far was 10\.0%/,
  },
  {
    code: 'smart/achievable',
    fires: replace('      2027-01: 1000\n      2027-02: 1100\n      2027-03: 1200\n', '      {}\n')
      .replace('    values:\n      {}', '    values: {}')
      .replace('  - id: grow', '  - id: «grow»'),
    clean: BASE,
    message: /no starting point/,
  },
  {
    code: 'smart/relevant',
    fires: replace('    objective: sales\n', '').replace('  - id: grow', '  - id: «grow»'),
    clean: BASE,
  },
  {
    code: 'smart/time-bound',
    fires: replace('    deadline: 2027-06-30\n', '').replace('  - id: grow', '  - id: «grow»'),
    clean: BASE,
  },
  {
    code: 'smart/time-bound',
    fires: replace('deadline: 2027-06-30', 'deadline: «2027-09-30»'),
    clean: BASE,
    message: /outside/,
  },
  {
    code: 'calendar/outside-period',
    fires: BASE + 'calendar:\n  - date: «2027-07-04»\n    platform: ig\n    title: Late\n',
    clean: BASE,
  },
  {
    code: 'calendar/conflict',
    fires:
      BASE +
      'calendar:\n  - {date: 2027-01-04, time: "09:00", platform: ig, title: A}\n  - {date: 2027-01-04, time: «"09:00"», platform: ig, title: B}\n',
    clean:
      BASE +
      'calendar:\n  - {date: 2027-01-04, time: "09:00", platform: ig, title: A}\n  - {date: 2027-01-04, time: "10:00", platform: ig, title: B}\n',
  },
  {
    code: 'calendar/cadence',
    fires:
      replace('    network: instagram', '    network: instagram\n    «cadence»: {postsPerWeek: 2}') +
      'calendar:\n  - {date: 2027-01-04, platform: ig, title: A}\n  - {date: 2027-01-05, platform: ig, title: B}\n  - {date: 2027-01-12, platform: ig, title: C}\n  - {date: 2027-01-18, platform: ig, title: D}\n  - {date: 2027-01-19, platform: ig, title: E}\n',
    clean: BASE,
    message: /11–17 January 2027 \(1 post\)/,
  },
  {
    code: 'goals/off-pace',
    // 1,000, 1,100, 1,200: the line reaches 1,500 by June, 86% of the way to 1,580 (issue 7.15).
    fires: replace('target: 1400', 'target: «1580»'),
    clean: BASE,
    message: /^Behind pace \(at risk\): at the current trend 1,500 of 1,580 by 30 June 2027\./,
  },
  {
    code: 'goals/off-pace',
    // By April the line reaches 1,300: 75% of the way from 1,000 to 1,400.
    fires: replace('deadline: 2027-06-30', 'deadline: 2027-04-30').replace('target: 1400', 'target: «1400»'),
    clean: BASE,
    message: /^Behind pace \(off track\): at the current trend 1,300 of 1,400 by 30 April 2027\./,
  },
  {
    code: 'calendar/off-peak',
    fires:
      replace('    network: instagram', "    network: instagram\n    bestTimes: ['08:00']") +
      "calendar:\n  - {date: 2027-01-04, time: «'12:00'», platform: ig, title: Noon}\n",
    clean:
      replace('    network: instagram', "    network: instagram\n    bestTimes: ['08:00']") +
      "calendar:\n  - {date: 2027-01-04, time: '09:00', platform: ig, title: Nine}\n",
    message: /Consider 08:00, the nearest one\.$/,
  },
  {
    code: 'calendar/mix',
    fires:
      replace('    network: instagram', '    network: instagram\n    «mix»: {reel: 50}') +
      'calendar:\n  - {date: 2027-01-04, platform: ig, type: image, title: A, repeat: {every: day, count: 10}}\n',
    clean:
      replace('    network: instagram', '    network: instagram\n    mix: {reel: 90}') +
      'calendar:\n  - {date: 2027-01-04, platform: ig, type: reel, title: A, repeat: {every: day, count: 10}}\n',
    message: /reel 0% \(target 50%\)/,
  },
  {
    code: 'schema/range',
    fires: replace('    network: instagram', '    network: instagram\n    «mix»: {reel: 60, story: 60}'),
    clean: replace('    network: instagram', '    network: instagram\n    mix: {reel: 40, story: 60}'),
    message: /add up to 120%/,
  },
  {
    code: 'calendar/unapproved',
    fires:
      BASE +
      'governance: {approval: {required: true}}\ncalendar:\n  - {date: 2027-01-04, platform: ig, title: A, status: «scheduled»}\n',
    clean:
      BASE +
      'governance: {approval: {required: true}}\ncalendar:\n  - {date: 2027-01-04, platform: ig, title: A, status: scheduled, approvedBy: Sara}\n',
  },
  {
    code: 'calendar/overdue',
    fires: BASE + 'calendar:\n  - {date: 2027-01-04, platform: ig, title: A, status: «draft»}\n',
    clean: BASE + 'calendar:\n  - {date: 2027-01-04, platform: ig, title: A, status: published}\n',
    options: { today: '2027-01-05' },
    message: /was due 1 day ago/,
  },
  {
    code: 'engagement/slow',
    fires:
      replace('    platform: ig\n    values:', '    platform: ig\n    unit: hours\n    values:') +
      'engagement:\n  - {topic: Questions, team: support, responseTime: «2h», metric: followers}\n',
    clean:
      BASE + 'engagement:\n  - {topic: Questions, team: support, responseTime: 2000h, metric: followers}\n',
  },
  {
    code: 'reviews/missing',
    fires: replace(
      'reviews:\n  - {date: 2027-03-31, month: 2027-03}\n',
      '«reviews»:\n  - {date: 2027-02-28, month: 2027-02}\n',
    ),
    clean: BASE,
    message: /March 2027/,
  },
  {
    code: 'metrics/gap',
    fires: replace('      2027-02: 1100\n', '').replace('    values:', '    «values»:'),
    clean: BASE,
    message: /2027-02/,
  },
];

describe('rules: every code fires on its exact range, and not on good input', () => {
  it('the base strategy lints clean', () => {
    assert.deepEqual(lint(BASE).findings, []);
  });

  for (const c of CASES) {
    it(`${c.code}${c.message ? ` (${c.message.source})` : ''}`, () => {
      const { text, start, end } = marked(c.fires);
      const findings = lint(text, c.options).findings.filter((f) => f.code === c.code);
      const hit = findings.find(
        (f) => f.start === start && f.end === end && (!c.message || c.message.test(f.message)),
      );
      assert.ok(
        hit,
        `expected ${c.code} at [${start},${end}) "${text.slice(start, end)}", got ${JSON.stringify(findings.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.message]))}`,
      );
      assert.equal(lint(c.clean, c.options).findings.filter((f) => f.code === c.code).length, 0);
    });
  }

  it('covers every code in the registry', () => {
    const covered = new Set(CASES.map((c) => c.code));
    // file/encoding comes from the bytes, before any text reaches lint(): cli-encoding.test.ts has it.
    assert.deepEqual(
      RULES.map((r) => r.code).filter((code) => !covered.has(code) && code !== 'file/encoding'),
      [],
    );
  });
});

describe('findings: shape, fixes and configuration', () => {
  it('an unknown key with a typo of a missing required key is one problem, not two', () => {
    const text = BASE.replace('    title: More online sales', '    titel: More online sales');
    const codes = lint(text).findings.map((f) => f.code);
    assert.deepEqual(codes, ['schema/additional-property']);
  });

  it('a did-you-mean fix is safe and replaces only the typo', () => {
    const text = BASE.replace('network: instagram', 'network: instgram');
    const [f] = lint(text).findings;
    assert.equal(f.fixes![0].safe, true);
    assert.deepEqual(f.fixes![0].edits, [
      { start: text.indexOf('instgram'), end: text.indexOf('instgram') + 8, newText: 'instagram' },
    ]);
  });

  it('a reference fix keeps the quotes and offers to create the missing item', () => {
    const text = BASE.replace('platform: ig', 'platform: "ix"');
    const f = lint(text).findings.find((x) => x.code === 'ref/unknown-platform')!;
    assert.equal(text.slice(f.start, f.end), '"ix"');
    assert.deepEqual(f.fixes![0].edits[0], { start: f.start + 1, end: f.end - 1, newText: 'ig' });
    assert.match(f.fixes![1].title, /Add a platform 'ix'/);
    assert.equal(f.fixes![1].safe, false);
  });

  it("the SMART snippet fix appends the missing fields in the goal's indentation", () => {
    const text = BASE.replace('    deadline: 2027-06-30\n', '').replace('    objective: sales\n', '');
    const f = lint(text).findings.find((x) => x.code === 'smart/relevant')!;
    const fix = f.fixes![0];
    // Real values only (issue 7.14): the only objective, the metric's platform, the period's end.
    assert.equal(
      fix.edits[0].newText,
      '\n    objective: sales\n    platforms: [ig]\n    deadline: 2027-06-30',
    );
    assert.equal(
      fix.edits[0].snippet,
      '\n    objective: ${1:sales}\n    platforms: [${2:ig}]\n    deadline: ${3:2027-06-30}',
    );
  });

  it('severities follow the configuration, including category/* and off', () => {
    const text = BASE.replace('    objective: sales\n', '');
    assert.equal(lint(text, { rules: { 'smart/relevant': 'error' } }).findings[0].severity, 'error');
    assert.equal(lint(text, { rules: { 'smart/*': 'info' } }).findings[0].severity, 'info');
    assert.deepEqual(lint(text, { rules: { 'smart/relevant': 'off' } }).findings, []);
  });

  it('inline directives disable a code on the next line or in the whole file', () => {
    const text = BASE.replace('    objective: sales\n', '');
    const nextLine = text.replace(
      '  - id: grow',
      '  # strategy-lint-disable-next-line smart/relevant\n  - id: grow',
    );
    assert.deepEqual(lint(nextLine).findings, []);
    const otherCode = text.replace(
      '  - id: grow',
      '  # strategy-lint-disable-next-line smart/specific\n  - id: grow',
    );
    assert.equal(lint(otherCode).findings.length, 1);
    assert.deepEqual(lint('# strategy-lint-disable smart/relevant\n' + text).findings, []);
    const withReason = text.replace(
      '  - id: grow',
      '  # strategy-lint-disable-next-line smart/relevant -- agreed with the client\n  - id: grow',
    );
    assert.deepEqual(lint(withReason).findings, []);
    assert.deepEqual(lint('# strategy-lint-disable\n' + text).findings, []);
  });

  it('Persian titles count words by spaces, and ranges are UTF-16 offsets', () => {
    const text = BASE.replace('title: Grow Instagram followers steadily', 'title: «افزایش دنبال‌کننده»');
    const { text: clean, start, end } = marked(text);
    const f = lint(clean).findings.find((x) => x.code === 'smart/specific')!;
    assert.deepEqual([f.start, f.end], [start, end]);
    assert.equal(
      lint(BASE.replace('title: Grow Instagram followers steadily', 'title: افزایش دنبال‌کنندگان اینستاگرام'))
        .findings.length,
      0,
    );
  });

  it('an alias bomb is refused without expanding it', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const codes = lint(bomb).findings.map((f) => f.message);
    assert.ok(codes.some((m) => /more than 100 times/.test(m)));
  });

  it('a top-level list or scalar is a clear type problem, not a crash', () => {
    assert.equal(lint('- 1\n- 2\n').findings[0].code, 'schema/type');
    assert.equal(lint('just words\n').findings[0].code, 'schema/type');
  });
});

describe('review fixes: clearer findings and no throws', () => {
  it('an unquoted @handle gets a plain message and a safe fix that quotes it', () => {
    const text = BASE.replace('    network: instagram', '    network: instagram\n    handle: @coffee_house');
    const [f] = lint(text).findings;
    assert.equal(f.code, 'yaml/syntax');
    assert.match(f.message, /must be put in quotes/);
    assert.equal(
      applyEdits(text, safeFixEdits([f])),
      BASE.replace('    network: instagram', "    network: instagram\n    handle: '@coffee_house'"),
    );
  });

  it("a title holding ': ' is quoted by the fix, keeping the text and any apostrophe", () => {
    const text = BASE.replace(
      'title: Grow Instagram followers steadily',
      "title: Launch: the roaster's menu",
    );
    const [f] = lint(text).findings;
    assert.match(f.message, /contains ': '/);
    const fixed = applyEdits(text, safeFixEdits([f]));
    assert.ok(fixed.includes("title: 'Launch: the roaster''s menu'"));
    assert.deepEqual(
      lint(fixed).findings.map((x) => x.code),
      [],
    );
  });

  it('an alias naming no anchor is one clear finding, not an "empty" cascade', () => {
    const text = BASE + 'owner: *nobody\n';
    const findings = lint(text).findings;
    assert.deepEqual(
      findings.map((f) => f.code),
      ['yaml/syntax'],
    );
    assert.match(findings[0].message, /no anchor '&nobody'/);
  });

  it('a reference that is not a valid id is reported once, by the reference rule', () => {
    const text = BASE.replace('platform: ig', 'platform: Insta Gram');
    assert.deepEqual(
      lint(text).findings.map((f) => f.code),
      ['ref/unknown-platform'],
    );
  });

  it('an empty enum value is one problem, and an empty list item shows its dash', () => {
    const text = BASE.replace('network: instagram', 'network:');
    assert.deepEqual(
      lint(text).findings.map((f) => f.code),
      ['schema/type'],
    );
    const empty = BASE.replace('objectives:\n', 'objectives:\n  -\n');
    const f = lint(empty).findings.find((x) => x.code === 'schema/type')!;
    assert.equal(empty.slice(f.start, f.end), '-');
    assert.match(f.message, /^Objective 1 of 'objectives'/);
  });

  it('a configuration full of aliases is a problem, not a crash', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nrules: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const config = parseConfig(bomb);
    assert.deepEqual(config.rules, {});
    assert.match(config.problems[0], /can't be read \(line 1\)/);
  });

  it('a post status named like an object method does not break the iCalendar export', () => {
    const text = BASE + 'calendar:\n  - {date: 2027-01-04, platform: ig, title: Hi, status: toString}\n';
    assert.match(toICalendar(lint(text).analysis.model, { now: new Date(0) }), /STATUS:TENTATIVE/);
  });

  it('hover finds the right goal after a list entry that is not a mapping', () => {
    const text = BASE.replace('goals:\n', 'goals:\n  - just words\n');
    const analysis = lint(text).analysis;
    const at = text.indexOf('id: grow') + 5;
    assert.match(hover(analysis, at)!.markdown, /Grow Instagram followers steadily/);
  });
});

describe('goals/off-pace agrees with the trends (issue 7.15)', () => {
  it('a goal can be achievable (SMART) and off pace at once: both are reported, off pace as info', () => {
    // Needed growth (1580 / 1200)^(1/3) - 1 = 9.6% a month is within the best month (10%): achievable.
    const findings = lint(BASE.replace('target: 1400', 'target: 1580')).findings;
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity]),
      [['goals/off-pace', 'info']],
    );
  });

  it('reports exactly the goals whose trends verdict is at-risk or off-track, in every example', () => {
    const dir = join(__dirname, '../../../../examples');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.strategy.yaml'))) {
      const { findings, analysis } = lint(readFileSync(join(dir, name), 'utf8'));
      const behind = computeTrends(analysis.model)
        .goals.filter((g) => g.verdict === 'at-risk' || g.verdict === 'off-track')
        .map((g) => g.id);
      const reported = findings
        .filter((f) => f.code === 'goals/off-pace')
        .map(
          (f) =>
            analysis.model.goals.find((g) => rangeAt(analysis, [...g.path, 'target'])?.start === f.start)
              ?.value.id,
        );
      assert.deepEqual(reported, behind, name);
    }
  });

  it('says nothing of goals that are on track, achieved or without enough data', () => {
    for (const target of ['1400', '1100']) {
      assert.deepEqual(lint(BASE.replace('target: 1400', `target: ${target}`)).findings, []);
    }
    const oneValue = BASE.replace('      2027-02: 1100\n      2027-03: 1200\n', '').replace(
      'target: 1400',
      'target: 5000',
    );
    assert.ok(!lint(oneValue).findings.some((f) => f.code === 'goals/off-pace'));
  });
});
