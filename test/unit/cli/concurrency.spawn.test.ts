// `lint --concurrency` (issue 8): worker threads from the built bin print, write and exit exactly as
// the CLI's own thread does, on a folder of 30 generated files with every kind of outcome: clean files,
// warnings, errors, safe fixes over two rounds, a file that is not UTF-8, one that cannot be read, and
// configuration files with rules and with problems (their messages must come in the files' order).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, ensureBuilt } from './built-cli';

const BASE = `version: 1
name: Plan NUMBER
period: {start: 2027-01-01, end: 2027-06-30}
objectives:
  - id: grow
    title: Grow
platforms:
  - id: ig
    network: instagram
goals:
  - id: more-followers
    title: Grow Instagram followers to 1,800
    objective: grow
    metric: ig-followers
    target: 1800
    deadline: 2027-06-30
calendar:
  - date: 2027-01-05
    platform: ig
    title: Opening
    status: scheduled
metrics:
  - id: ig-followers
    name: Instagram followers
    platform: ig
    values:
      2026-11: 1000
      2026-12: 1100
`;

/** The i-th file: one of several kinds, so that the outcomes interleave. */
function plan(i: number): string | Buffer {
  const text = BASE.replace('NUMBER', String(i));
  switch (i % 6) {
    case 0:
      return text;
    case 1: // a safe fix, and one more in a second round
      return text
        .replace('network: instagram', 'network: instagarm')
        .replace('status: scheduled', 'statuss: publishd');
    case 2: // an error without a fix
      return text.replace('platform: ig\n    title', 'platform: nowhere-near\n    title');
    case 3: // a warning: outside the period
      return text.replace('date: 2027-01-05', 'date: 2028-01-05');
    case 4: // not UTF-8
      return Buffer.from(text.replace('Opening', 'Ouverture café'), 'latin1');
    default: // a goal that is not SMART
      return text.replace('    metric: ig-followers\n', '');
  }
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-concurrency-'));
  for (let i = 0; i < 30; i++) {
    const path = join(
      dir,
      i < 10 ? 'a' : i < 20 ? 'b/deep' : 'c',
      `plan-${String(i).padStart(2, '0')}.strategy.yaml`,
    );
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, plan(i));
  }
  // Rules for b/ and a configuration with problems for c/, reported when c/'s first file is read.
  writeFileSync(
    join(dir, 'b', '.strategy-lint.yaml'),
    'rules:\n  smart/*: off\n  calendar/outside-period: error\n',
  );
  writeFileSync(join(dir, 'c', '.strategy-lint.yaml'), 'rules:\n  smart/specfic: off\nignor: []\n');
  // Named like a strategy file, and leading nowhere: reported on stderr among the others.
  symlinkSync(join(dir, 'missing'), join(dir, 'b', 'zz-broken.strategy.yaml'));
  return dir;
}

interface Outcome {
  exit: number | null;
  stdout: string;
  stderr: string;
}

function lint(dir: string, args: string[], command = 'lint'): Outcome {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, command, ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { exit: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file below dir with its bytes (symbolic links as their target's name). */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'latin1');
  }
  return out;
}

/** Runs each mode in a copy of the folder of its own (--fix writes), then removes the copies. */
function inCopies<T>(modes: string[], each: (copy: string, mode: string) => T): T[] {
  const copies = modes.map((mode) => {
    const copy = mkdtempSync(join(tmpdir(), `strategy-fix-${mode}-`));
    cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
    return copy;
  });
  try {
    return copies.map((copy, i) => each(copy, modes[i]));
  } finally {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  }
}

let dir: string;

describe('cli: lint --concurrency (spawned node dist/cli.js)', function () {
  this.timeout(120_000);
  before(function () {
    this.timeout(120_000);
    ensureBuilt();
    dir = folder();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same ${format} report, byte for byte, with 2 threads as with none`, () => {
      const off = lint(dir, ['--concurrency', 'off', '--format', format]);
      const two = lint(dir, ['--concurrency', '2', '--format', format]);
      assert.equal(two.stdout, off.stdout);
      assert.equal(two.stderr, off.stderr);
      assert.equal(two.exit, off.exit);
      // What the folder holds does come out: problems, and the unreadable file (exit 2).
      assert.equal(off.exit, 2);
      assert.ok(off.stdout.length > 1000, off.stdout);
      assert.match(off.stderr, /^b\/zz-broken\.strategy\.yaml: error: cannot read the file/m);
      assert.match(off.stderr, /c\/\.strategy-lint\.yaml: Unknown configuration field 'ignor'/);
    });
  }

  it("says everything in the files' order: named files, their configurations read as their turn comes", () => {
    // Named, not found by a walk, so c/'s configuration is first read (and its problems said) when its
    // first file is; and with --fix and JSON the fixes are noted on stderr too, after each file's lint.
    const named = Object.keys(contents(dir))
      .filter((f) => f.endsWith('.strategy.yaml'))
      .map((f) => f.slice(1));
    named.push('b/zz-broken.strategy.yaml');
    const [off, two] = inCopies(['off', '2'], (copy, mode) =>
      lint(copy, ['--fix', '--format', 'json', '--concurrency', mode, ...named]),
    );
    assert.equal(two.stdout, off.stdout);
    assert.equal(two.stderr, off.stderr);
    assert.equal(two.exit, off.exit);
    assert.match(
      off.stderr,
      /Fixed 3 problems in b\/deep\/plan-19[^]*\nb\/zz-broken\.strategy\.yaml: error: [^]*\nstrategy-lint: c\/\.strategy-lint\.yaml: Unknown[^]*Fixed 3 problems in c\/plan-25/,
    );
  });

  it('with --fix, writes the same files and says the same, with 3 threads as with none', () => {
    const [off, three] = inCopies(['off', '3'], (copy, mode) => ({
      outcome: lint(copy, ['--fix', '--concurrency', mode]),
      files: contents(copy),
    }));
    assert.equal(three.outcome.stdout, off.outcome.stdout);
    assert.equal(three.outcome.stderr, off.outcome.stderr);
    assert.equal(three.outcome.exit, off.outcome.exit);
    assert.deepEqual(three.files, off.files);
    // The fixes were made (two rounds in each file with typos), and said in the files' order.
    assert.equal(off.outcome.stdout.match(/^Fixed 3 problems in /gm)?.length, 5);
    assert.match(off.files['/a/plan-01.strategy.yaml'], /network: instagram[^]*status: published/);
  });

  it('reports a folder in worker threads as in one thread: the same html and json, the same order (issue 10)', () => {
    for (const format of ['json', 'html']) {
      const args = ['.', '--format', format, '--today', '2027-01-10'];
      const off = lint(dir, [...args, '--concurrency', 'off'], 'report');
      const two = lint(dir, [...args, '--concurrency', '2'], 'report');
      assert.equal(two.stdout, off.stdout, format);
      assert.equal(two.stderr, off.stderr, format);
      assert.equal(two.exit, off.exit, format);
      assert.ok(
        off.stdout.includes('a/plan-00.strategy.yaml') && off.stdout.includes('c/plan-24.strategy.yaml'),
        format,
      );
    }
  });

  it('refuses a --concurrency that is not auto, off or a number', () => {
    const r = lint(dir, ['--concurrency', 'zero']);
    assert.equal(r.exit, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      "strategy-lint: --concurrency 'zero' should be auto, off or a number of threads (1 or more).\n",
    );
  });
});
