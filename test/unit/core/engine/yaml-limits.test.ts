// Hostile shapes of YAML: deep nesting is one finding in plain words, never a crash or a stack
// overflow anywhere (parse, data, schema, model, service, incremental); a cascade of syntax errors
// is a few findings, not hundreds (issue 7.12).
import assert from 'node:assert/strict';
import {
  codeLenses,
  completions,
  documentSymbols,
  hover,
  IncrementalLinter,
  lint,
  type Finding,
} from '../../../../src/core';
import { MAX_DEPTH } from '../../../../src/core/text/yaml';

const DEEP = /nested too deeply \(or never closed\).*check that every \[ and \{ is closed/;

function only(findings: Finding[]): Finding {
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => [f.code, f.message]).slice(0, 5)));
  return findings[0];
}

/** Every service feature at a few offsets: none may throw. */
function serve(text: string): void {
  const { analysis, findings } = lint(text);
  for (const offset of [0, 1, text.length >> 1, text.length]) {
    hover(analysis, offset, findings);
    completions(analysis, offset);
  }
  documentSymbols(analysis);
  codeLenses(analysis, findings);
}

describe('deep nesting is one plain finding, never a crash (issue 7.12)', () => {
  // Each case, and where its finding starts: the first of the run of collections that goes too deep.
  const KEYED = 'version: 1\nname: ';
  for (const [name, text, at] of [
    ['100,000 unclosed [', '['.repeat(100_000), 0],
    ['100,000 unclosed {', '{'.repeat(100_000), 0],
    ['100,000 unclosed [ after a key', KEYED + '['.repeat(100_000), KEYED.length],
    ['3,000 closed [ ]', KEYED + '['.repeat(3000) + ']'.repeat(3000) + '\n', KEYED.length],
    ['{a: {a: ... 2,000 deep', 'x: ' + '{a: '.repeat(2000) + '1' + '}'.repeat(2000) + '\n', 0],
    [
      '1,000 levels of indentation',
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
      0,
    ],
    ['10,000 nested block lists on one line', '- '.repeat(10_000) + 'x\n', 0],
    [
      '800 lines indented under a plain value (YAML nests each in the one before)',
      KEYED + 'x\n' + Array.from({ length: 800 }, (_, i) => `  k${i}: v\n`).join(''),
      KEYED.length,
    ],
  ] as const) {
    it(name, () => {
      const f = only(lint(text).findings);
      assert.equal(f.code, 'yaml/syntax');
      assert.match(f.message, DEEP);
      assert.deepEqual([f.start, f.end], [at, at + 1]);
      serve(text);
    });
  }

  it(`accepts nesting up to ${MAX_DEPTH} levels`, () => {
    const text = 'version: 1\nname: ' + '['.repeat(MAX_DEPTH - 1) + ']'.repeat(MAX_DEPTH - 1) + '\n';
    const findings = lint(text).findings;
    assert.ok(!findings.some((f) => DEEP.test(f.message)));
    assert.ok(findings.some((f) => f.code === 'schema/type'));
    serve(text);
    const linter = new IncrementalLinter();
    linter.lint(text);
    const edited = text.replace('name: [', 'name: [[');
    const at = text.indexOf('name: [') + 6;
    assert.deepEqual(
      linter.lint(edited, [{ start: at, end: at, newText: '[' }]).findings,
      lint(edited).findings,
    );
  });

  it('aliases that stack nesting past the limit are refused the same way', () => {
    const levels = ['a0: &a0 ' + '['.repeat(400) + ']'.repeat(400)];
    for (let i = 1; i < 8; i++)
      levels.push(`a${i}: &a${i} ` + '['.repeat(300) + `*a${i - 1}` + ']'.repeat(300));
    const text = levels.join('\n') + '\n';
    const f = lint(text).findings.find((x) => DEEP.test(x.message));
    assert.ok(f, 'refused');
    serve(text);
  });

  it('typing deep nesting into a post gives what a full lint gives', () => {
    const text = `version: 1
name: x
period: {start: 2027-01-01, end: 2027-06-30}
platforms:
  - id: ig
    network: instagram
calendar:
  - date: 2027-01-04
    platform: ig
    title: Hello
`;
    const linter = new IncrementalLinter();
    linter.lint(text);
    const at = text.indexOf('Hello');
    const newText = '['.repeat(5000) + ']'.repeat(5000);
    const next = text.slice(0, at) + newText + text.slice(at + 5);
    const incremental = linter.lint(next, [{ start: at, end: at + 5, newText }]);
    assert.deepEqual(incremental.findings, lint(next).findings);
    assert.match(only(incremental.findings).message, DEEP);
  });
});

describe('a cascade of syntax errors is a few findings (issue 7.12)', () => {
  for (const [name, text] of [
    [
      '800 posts whose { is never closed (1,492 errors from YAML)',
      'calendar:\n' + '  - {date: 2027-01-04, platform: ig, title: x\n'.repeat(800),
    ],
    [
      '400 lines indented under a plain value (800 errors from YAML)',
      'version: 1\nname: x\n' + Array.from({ length: 400 }, (_, i) => `  k${i}: v\n`).join(''),
    ],
  ] as const) {
    it(`${name}: each message once, with a count, at most 21 findings`, () => {
      const findings = lint(text).findings;
      assert.ok(findings.length <= 21, `${findings.length} findings`);
      const messages = findings.map((f) => f.message);
      assert.equal(new Set(messages).size, messages.length, 'no message repeats');
      assert.match(messages.join('\n'), /\(The same problem is found \d+ more times below\.\)$/m);
    });
  }

  it('more than 20 different syntax problems: the first 20, then one "and N more"', () => {
    const text = Array.from({ length: 30 }, (_, i) => `k${i}: *missing${i}\n`).join('');
    const findings = lint(text).findings.filter((f) => f.code === 'yaml/syntax');
    assert.equal(findings.length, 21);
    assert.match(findings[20].message, /^…and 10 more YAML syntax problems/);
    assert.equal(findings[20].start, text.indexOf('*missing20'));
  });

  it('fixable syntax findings are all kept, each with its own fix', () => {
    const text = 'version: 1\nperiod:\n' + Array.from({ length: 30 }, (_, i) => `\tk${i}: 1\n`).join('');
    const tabs = lint(text).findings.filter((f) => /tab/.test(f.message));
    assert.equal(tabs.length, 30);
    assert.ok(tabs.every((f) => f.fixes?.length === 1));
  });
});
