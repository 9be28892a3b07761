// Runs the scenario table twice: in-process through run(argv, io), and through the built binary
// spawned with node, each in a fresh temporary folder. The outputs must match the table in both.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nodeIo } from '../../../src/cli/node-io';
import { run } from '../../../src/cli/run';
import { CLI, ensureBuilt } from './built-cli';
import { bytesOf, contentOf, REPO, SCENARIOS, type Scenario } from './scenarios';

interface Outcome {
  exit: number;
  stdout: string;
  stderr: string;
}

function setUp(files: Scenario['files']): string {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-lint-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content !== 'string' && 'symlink' in content) symlinkSync(content.symlink, target);
    else if (typeof content !== 'string' && 'fifo' in content) execFileSync('mkfifo', [target]);
    else if (typeof content !== 'string' && 'folder' in content) mkdirSync(target, { recursive: true });
    else if (
      typeof content !== 'string' &&
      'copy' in content &&
      statSync(join(REPO, content.copy)).isDirectory()
    )
      cpSync(join(REPO, content.copy), target, { recursive: true });
    else writeFileSync(target, bytesOf(content));
  }
  return dir;
}

function expectText(actual: string, expected: Scenario['stdout'] | undefined, what: string): void {
  if (expected instanceof RegExp) assert.match(actual, expected, what);
  else assert.equal(actual, expected === undefined ? '' : contentOf(expected), what);
}

function verify(scenario: Scenario, dir: string, outcome: Outcome): void {
  expectText(outcome.stdout, scenario.stdout, 'stdout');
  expectText(outcome.stderr, scenario.stderr, 'stderr');
  assert.equal(outcome.exit, scenario.exit, `exit code (stderr: ${outcome.stderr})`);
  assert.doesNotMatch(outcome.stderr, /\n\s+at /, 'no stack trace');
  for (const [path, content] of Object.entries(scenario.after ?? {})) {
    // Compared as bytes: line endings, byte order marks and every space count.
    assert.ok(existsSync(join(dir, path)), `${path} exists`);
    assert.equal(readFileSync(join(dir, path)).toString('latin1'), bytesOf(content).toString('latin1'), path);
  }
  scenario.check?.({ stdout: outcome.stdout, stderr: outcome.stderr, dir });
}

async function inProcess(scenario: Scenario, dir: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io = nodeIo({
    cwd: dir,
    isTTY: false,
    env: scenario.env ?? {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  const exit = await run(scenario.argv, io);
  return { exit, stdout, stderr };
}

function spawned(scenario: Scenario, dir: string): Outcome {
  const env: NodeJS.ProcessEnv = { ...process.env, ...scenario.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  // The runner's own locale must not choose the messages' language: only a scenario's env does.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!scenario.env?.[name]) delete env[name];
  if (!scenario.env?.STRATEGY_LINT_NOW) delete env.STRATEGY_LINT_NOW;
  // A timeout, so that a run that hangs (e.g. reading a named pipe) fails instead of blocking the suite.
  const result = spawnSync(process.execPath, [CLI, ...scenario.argv], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { exit: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function scenarios(runner: (scenario: Scenario, dir: string) => Outcome | Promise<Outcome>): void {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const dir = setUp(scenario.files);
      try {
        verify(scenario, dir, await runner(scenario, dir));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
}

describe('cli: in-process run(argv, io)', () => {
  scenarios(inProcess);
});

describe('cli: spawned node dist/cli.js', function () {
  this.timeout(60_000);
  before(function () {
    this.timeout(120_000);
    ensureBuilt();
  });
  scenarios(spawned);
});

describe('cli: colors', () => {
  const ESC = '\u001b';
  async function lintWith(isTTY: boolean, env: Record<string, string>): Promise<string> {
    const dir = setUp({ 'errors.strategy.yaml': { copy: 'test/fixtures/cli/errors.strategy.yaml' } });
    try {
      let out = '';
      const io = nodeIo({ cwd: dir, isTTY, env, stdout: (t) => (out += t), stderr: () => undefined });
      assert.equal(await run(['lint'], io), 1);
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('colors a terminal, and the lines still match the problem matcher once the colors are removed', async () => {
    const out = await lintWith(true, {});
    assert.ok(out.includes(`${ESC}[31merror${ESC}[39m`), out);
    const plain = out
      .split(ESC)
      .map((part, i) => (i === 0 ? part : part.replace(/^\[\d+m/, '')))
      .join('');
    assert.match(plain.split('\n')[0], /^(.+):(\d+):(\d+)\s{2}(error|warning|info)\s{2}(.*)\s{2}(\S+)$/);
  });

  it('does not color with NO_COLOR, nor when not a terminal', async () => {
    assert.ok(!(await lintWith(true, { NO_COLOR: '1' })).includes(ESC));
    assert.ok(!(await lintWith(false, {})).includes(ESC));
  });
});

describe('cli: this repository', () => {
  it("lint at the root checks the examples only: the root .strategy-lint.yaml ignores the fixtures' deliberate mistakes (issue 12)", async () => {
    let out = '';
    const io = nodeIo({
      cwd: REPO,
      isTTY: false,
      env: {},
      stdout: (t) => (out += t),
      stderr: () => undefined,
    });
    const exit = await run(['lint', '--format', 'json'], io);
    const files = [...new Set((JSON.parse(out) as { file: string }[]).map((f) => f.file))];
    assert.equal(exit, 0);
    assert.deepEqual(files, [
      'examples/coffee-roastery.strategy.yaml',
      'examples/persian-bakery.strategy.yaml',
    ]);
  });
});
