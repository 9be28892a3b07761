// A fix never makes a file worse (issue 7): every quick fix, safe or not, is applied to the examples
// and the fixtures and the result re-linted; and the regressions that once damaged a file.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import fc from 'fast-check';
import { applyEdits, disableRuleFix, lint, type Finding, type Fix } from '../../../../src/core';
import { insideQuotes, scalarSource } from '../../../../src/core/text/yaml-scalar';

const root = join(__dirname, '..', '..', '..', '..');

const BASE = `version: 1
name: Test
period:
  start: 2027-01-01
  end: 2027-06-30
platforms:
  - id: ig
    network: instagram
`;

/** The plain data of text (throws when it does not parse). */
function data(text: string): unknown {
  const doc = parseDocument(text);
  assert.deepEqual(
    doc.errors.map((e) => e.code),
    [],
    `parses:\n${text}`,
  );
  return doc.toJS();
}

function findingOf(text: string, code: string): Finding {
  const f = lint(text).findings.find((x) => x.code === code);
  assert.ok(
    f,
    `${code} among ${lint(text)
      .findings.map((x) => x.code)
      .join(', ')}`,
  );
  return f;
}

function fixOf(f: Finding, title: RegExp | string): Fix {
  const fix = f.fixes?.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
  assert.ok(fix, `fix ${String(title)} among ${(f.fixes ?? []).map((x) => x.title).join(' | ')}`);
  return fix;
}

const errors = (text: string) => lint(text).findings.filter((f) => f.severity === 'error');

describe('fixes keep the file intact (issue 7)', () => {
  it('did-you-mean on a block scalar keeps the next key (issue 7.3)', () => {
    const text = BASE + '  - id: fb\n    network: |\n      facebok\n    priority: primary\n';
    const fix = fixOf(findingOf(text, 'schema/enum'), "Change to 'facebook'");
    const out = applyEdits(text, fix.edits);
    const platforms = (data(out) as { platforms: Record<string, string>[] }).platforms;
    assert.deepEqual(platforms[1], { id: 'fb', network: 'facebook', priority: 'primary' });
    assert.deepEqual(errors(out), []);
  });

  it('did-you-mean on a folded block scalar with a header comment keeps the comment (issue 7.3)', () => {
    const text =
      BASE + '  - id: fb\n    network: >-  # the main one\n      facebok\n\n    priority: primary\n';
    const out = applyEdits(text, fixOf(findingOf(text, 'schema/enum'), "Change to 'facebook'").edits);
    assert.match(out, /network: facebook {2}# the main one\n/);
    assert.deepEqual((data(out) as { platforms: unknown[] }).platforms[1], {
      id: 'fb',
      network: 'facebook',
      priority: 'primary',
    });
  });

  it('a reference did-you-mean on a block scalar keeps the next key (issue 7.3)', () => {
    const text = BASE + 'calendar:\n  - date: 2027-02-01\n    platform: |-\n      ix\n    title: Launch\n';
    const out = applyEdits(text, fixOf(findingOf(text, 'ref/unknown-platform'), "Change to 'ig'").edits);
    assert.deepEqual((data(out) as { calendar: unknown[] }).calendar[0], {
      date: '2027-02-01',
      platform: 'ig',
      title: 'Launch',
    });
  });

  it('the quote fix in a flow mapping quotes only the value, not the keys after it (issue 7.4)', () => {
    const text = BASE + 'calendar:\n  - {title: @launch, date: 2027-02-01, platform: ig}\n';
    const f = findingOf(text, 'yaml/syntax');
    const out = applyEdits(text, fixOf(f, 'Put the text in quotes').edits);
    assert.equal(out, text.replace('@launch', "'@launch'"));
    assert.deepEqual((data(out) as { calendar: unknown[] }).calendar[0], {
      title: '@launch',
      date: '2027-02-01',
      platform: 'ig',
    });
  });

  it('the quote fix in a flow list stops at the comma (issue 7.4)', () => {
    const text = BASE.replace('  - id: ig\n', '  - id: ig\n    bestTimes: [`09:00`, "18:00"]\n');
    const out = applyEdits(text, fixOf(findingOf(text, 'yaml/syntax'), 'Put the text in quotes').edits);
    assert.equal(out, text.replace('`09:00`', "'`09:00`'"));
    data(out);
  });

  it("the quote fix for a title holding ': ' in a flow mapping stops at the comma (issue 7.4)", () => {
    const text = BASE + 'calendar:\n  - {title: Launch: new menu, date: 2027-02-01, platform: ig}\n';
    const out = applyEdits(text, fixOf(findingOf(text, 'yaml/syntax'), 'Put the text in quotes').edits);
    assert.equal(out, text.replace('Launch: new menu', "'Launch: new menu'"));
    assert.deepEqual(errors(out), []);
  });

  it('the quote fix in block style keeps a trailing comment (issue 7.4)', () => {
    const text =
      BASE + 'calendar:\n  - date: 2027-02-01\n    platform: ig\n    title: @launch party # big day\n';
    const out = applyEdits(text, fixOf(findingOf(text, 'yaml/syntax'), 'Put the text in quotes').edits);
    assert.equal(out, text.replace('@launch party', "'@launch party'"));
  });

  it('a reference did-you-mean quotes an id that needs quotes in a flow mapping (issue 7.5)', () => {
    const text =
      'version: 1\nname: T\nperiod: {start: 2027-01-01, end: 2027-06-30}\nplatforms:\n  - id: "insta]"\n    network: instagram\ncalendar:\n  - {date: 2027-02-01, platform: insta, title: x}\n';
    const out = applyEdits(text, fixOf(findingOf(text, 'ref/unknown-platform'), "Change to 'insta]'").edits);
    assert.deepEqual((data(out) as { calendar: unknown[] }).calendar[0], {
      date: '2027-02-01',
      platform: 'insta]',
      title: 'x',
    });
  });

  it('a reference did-you-mean quotes an id that needs quotes in block style (issue 7.5)', () => {
    const text =
      BASE.replace('  - id: ig\n', "  - id: '#ig'\n") +
      'calendar:\n  - date: 2027-02-01\n    platform: ig # the main one\n    title: x\n';
    const out = applyEdits(text, fixOf(findingOf(text, 'ref/unknown-platform'), "Change to '#ig'").edits);
    assert.equal((data(out) as { calendar: { platform: string }[] }).calendar[0].platform, '#ig');
    assert.match(out, /# the main one\n/);
  });

  it('a reference did-you-mean inside quotes escapes what those quotes need (issue 7.5)', () => {
    const text =
      BASE.replace('  - id: ig\n', '  - id: "it\'s"\n') +
      "calendar:\n  - {date: 2027-02-01, platform: 'its', title: x}\n";
    const out = applyEdits(text, fixOf(findingOf(text, 'ref/unknown-platform'), "Change to 'it's'").edits);
    assert.equal((data(out) as { calendar: { platform: string }[] }).calendar[0].platform, "it's");
  });

  it('the id slug fix replaces only the id in a flow mapping, keeping its quotes (issue 7.5)', () => {
    const text = BASE.replace(
      '  - id: ig\n    network: instagram\n',
      '  - {id: "Insta Gram", network: instagram}\n',
    );
    const out = applyEdits(text, fixOf(findingOf(text, 'schema/pattern'), /Change the id/).edits);
    assert.equal(out, text.replace('"Insta Gram"', '"insta-gram"'));
  });

  it('the id slug fix on a block scalar keeps the next key (issue 7.3)', () => {
    const text = BASE.replace('  - id: ig\n', '  - id: >\n      Insta Gram\n');
    const out = applyEdits(text, fixOf(findingOf(text, 'schema/pattern'), /Change the id/).edits);
    assert.deepEqual((data(out) as { platforms: unknown[] }).platforms[0], {
      id: 'insta-gram',
      network: 'instagram',
    });
  });

  it('a key did-you-mean replaces only the key (issue 7.5)', () => {
    const text = BASE.replace(
      '    network: instagram\n',
      '    network: instagram\n    "priorty": primary # main\n',
    );
    const out = applyEdits(
      text,
      fixOf(findingOf(text, 'schema/additional-property'), "Change to 'priority'").edits,
    );
    assert.equal(out, text.replace('"priorty"', '"priority"'));
  });

  it('a new item for an unknown reference keeps a numeric-looking id text (issue 7.5)', () => {
    const text = BASE + 'calendar:\n  - date: 2027-02-01\n    platform: "2027"\n    title: x\n';
    const out = applyEdits(text, fixOf(findingOf(text, 'ref/unknown-platform'), /Add a platform/).edits);
    assert.deepEqual(errors(out), []);
  });

  it('an enum did-you-mean to a number writes the number, not text (issue 7.5)', () => {
    for (const version of ['|\n  1', '"1"', '2']) {
      const text = BASE.replace('version: 1', `version: ${version}`);
      const fix = findingOf(text, 'schema/enum').fixes?.find((x) => x.title === "Change to '1'");
      if (!fix) continue;
      assert.equal(applyEdits(text, fix.edits), BASE, version);
    }
  });

  it('an enum did-you-mean in a flow mapping keeps the rest of it (issue 7.5)', () => {
    const text = BASE.replace(
      '  - id: ig\n    network: instagram\n',
      '  - {id: ig, network: instgram, priority: primary}\n',
    );
    const out = applyEdits(text, fixOf(findingOf(text, 'schema/enum'), "Change to 'instagram'").edits);
    assert.equal(out, text.replace('instgram', 'instagram'));
  });
});

describe('the "add the missing SMART fields" fix (issue 7.14)', () => {
  const GOALS = `version: 1
name: Test
period:
  start: 2027-01-01
  end: 2027-06-30
objectives:
  - id: sales
    title: More online sales
platforms:
  - id: ig
    network: instagram
metrics:
  - id: followers
    name: Instagram followers
    platform: ig
    values:
      2027-01: 1000
reviews:
  - {date: 2027-01-31, month: 2027-01}
goals:
  - id: grow
    title: Grow Instagram followers steadily
`;
  const smartFix = (f: Finding) => f.fixes?.find((x) => x.title.startsWith('Add the missing SMART fields'));
  const placeholders = snippetDefaults;

  it('inserts only real values, as tab stops: the only objective, the only metric, its platform, the period end (issue 7.14)', () => {
    const f = findingOf(GOALS, 'smart/time-bound');
    const fix = smartFix(f);
    assert.ok(fix);
    assert.equal(fix.safe, false);
    const [edit] = fix.edits;
    assert.equal(
      edit.newText,
      '\n    objective: sales\n    metric: followers\n    platforms: [ig]\n    deadline: 2027-06-30',
    );
    assert.equal(
      edit.snippet,
      '\n    objective: ${1:sales}\n    metric: ${2:followers}\n    platforms: [${3:ig}]\n    deadline: ${4:2027-06-30}',
    );
    assert.equal(placeholders(edit.snippet), edit.newText);
    const out = applyEdits(GOALS, fix.edits);
    assert.deepEqual(
      lint(out).findings.map((x) => x.code),
      ['smart/measurable'],
      'only the target, which the file cannot tell, is left',
    );
  });

  it('never inserts a placeholder that is itself an error, nor a baseline of 0 (issue 7.14)', () => {
    const text = GOALS.replace(
      'objectives:\n',
      'objectives:\n  - id: loyalty\n    title: Loyal customers\n',
    ).replace('    values:\n      2027-01: 1000\n', '');
    for (const f of lint(text).findings) {
      const fix = smartFix(f);
      if (!fix) continue;
      assert.doesNotMatch(
        fix.edits[0].newText,
        /baseline|platform-id|objective-id|metric-id|YYYY|rationale|target/,
      );
      const out = applyEdits(text, fix.edits);
      assert.ok(errors(out).length <= errors(text).length, out);
    }
  });

  it('is offered only on the findings it settles (issue 7.14)', () => {
    // Two objectives: which one the goal serves is the user's call, so smart/relevant gets no fix.
    const text = GOALS.replace('objectives:\n', 'objectives:\n  - id: loyalty\n    title: Loyal customers\n');
    assert.equal(smartFix(findingOf(text, 'smart/relevant')), undefined);
    const timeBound = smartFix(findingOf(text, 'smart/time-bound'));
    assert.ok(timeBound);
    assert.doesNotMatch(timeBound.edits[0].newText, /objective/);
  });

  it('leaves out a metric platform that no platform declares (issue 7.14)', () => {
    const text = GOALS.replace('    platform: ig\n', '    platform: fb\n');
    const fix = smartFix(findingOf(text, 'smart/time-bound'))!;
    assert.doesNotMatch(fix.edits[0].newText, /platforms/);
  });

  it('writes ids that need quotes quoted, in the snippet too (issue 7.14)', () => {
    const text = GOALS.replace('  - id: sales\n', () => "  - id: 'sales: $1}'\n");
    const fix = smartFix(findingOf(text, 'smart/relevant'))!;
    assert.match(fix.edits[0].newText, /objective: 'sales: \$1\}'/);
    assert.match(fix.edits[0].snippet!, /objective: \$\{1:'sales: \\\$1\\\}'\}/);
    assert.equal(placeholders(fix.edits[0].snippet!), fix.edits[0].newText);
  });
});

/** Every strategy file the repository ships as an example or a fixture. */
function strategyFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.strategy\.ya?ml$/.test(name)) out.push(path);
    }
  };
  for (const dir of ['examples', 'test/fixtures', 'test/integration/workspace']) walk(join(root, dir));
  return out;
}

/** A snippet with each tab stop replaced by its default text: what the editor writes when none is changed. */
function snippetDefaults(snippet: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < snippet.length; i++) {
    const rest = snippet.slice(i);
    const token = /^\\[$}\\]|^\$\d+|^\$\{\d+:/.exec(rest)?.[0];
    if (token?.startsWith('\\')) out += token[1];
    else if (token?.startsWith('${')) depth++;
    else if (token === undefined && rest[0] === '}' && depth > 0) depth--;
    else if (token === undefined) out += rest[0];
    i += (token?.length ?? 1) - 1;
  }
  return out;
}

describe('every quick fix on the examples and fixtures lints no worse (issue 7.14)', () => {
  const files = strategyFiles();

  it('finds the examples and the error fixtures', () => {
    assert.ok(files.some((f) => f.includes('examples')));
    assert.ok(files.filter((f) => f.includes('invalid')).length >= 10);
  });

  for (const file of files) {
    it(`${file.slice(root.length + 1)}: each fix, safe or not, applied alone`, () => {
      const text = readFileSync(file, 'utf8');
      const before = lint(text).findings;
      const errorsBefore = before.filter((f) => f.severity === 'error').length;
      const codesBefore = new Set(before.map((f) => f.code));
      for (const finding of before) {
        for (const fix of [...(finding.fixes ?? []), disableRuleFix(text, finding)]) {
          const what = `${finding.code} at ${finding.start}: ${fix.title}`;
          for (const e of fix.edits)
            if (e.snippet !== undefined) assert.equal(snippetDefaults(e.snippet), e.newText, what);
          const out = applyEdits(text, fix.edits);
          const after = lint(out).findings;
          assert.ok(
            after.filter((f) => f.severity === 'error').length <= errorsBefore,
            `${what} adds errors:\n${after.map((f) => f.code).join(', ')}`,
          );
          const added = after.filter((f) => !codesBefore.has(f.code)).map((f) => f.code);
          assert.deepEqual(added, [], `${what} brings new codes`);
          // A safe fix (a did-you-mean, quoting) claims the finding: it must be gone.
          if (fix.safe)
            assert.ok(
              after.filter((f) => f.code === finding.code).length <
                before.filter((f) => f.code === finding.code).length,
              `${what} leaves its finding`,
            );
        }
      }
    });
  }
});

describe('scalarSource: one way to write a string into YAML (issue 7.5)', () => {
  const read = (source: string, flow: boolean): unknown => {
    const doc = parseDocument(flow ? `{k: ${source}, z: 0}` : `k: ${source}\nz: 0\n`);
    return doc.errors.length ? doc.errors[0].code : (doc.toJS() as { k: unknown }).k;
  };

  it('writes ids and words plain, and quotes what would not read back as the same text', () => {
    assert.equal(scalarSource('instagram', { flow: true }), 'instagram');
    assert.equal(scalarSource('2027-06-30', { flow: false }), '2027-06-30');
    assert.equal(scalarSource('insta]', { flow: false }), 'insta]');
    assert.equal(scalarSource('insta]', { flow: true }), "'insta]'");
    for (const v of [
      '12',
      'true',
      'yes',
      'null',
      '~',
      '',
      '@x',
      '`x`',
      'a: b',
      'a #b',
      ' x',
      'a\nb',
      '\u0007',
    ])
      for (const flow of [false, true]) {
        const source = scalarSource(v, { flow });
        assert.notEqual(source, v, `${JSON.stringify(v)} is quoted`);
        assert.equal(read(source, flow), v, `${JSON.stringify(v)} as ${source}`);
      }
  });

  it('reads back as the same string, in block and flow style, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.boolean(), (v, flow) => {
        assert.equal(read(scalarSource(v, { flow }), flow), v);
        for (const q of ['"', "'"] as const) {
          const inner = insideQuotes(v, q);
          if (inner !== undefined) assert.equal(read(q + inner + q, flow), v);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
