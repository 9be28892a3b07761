// @ts-check
// Start-up benchmark: `strategy-lint lint` on one small file against a bare `node -e 0`, in pairs run
// back to back so that the machine's load at the moment weighs on both. Run with `npm run bench`
// (which builds dist/cli.js first).
//
// Target: the median pair's ratio (lint / bare node, wall time) <= 2. The exit code is 0 even when the
// target is missed; a miss is printed as MISSED.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const WARM = 3;
const PAIRS = 21;
const TARGET_RATIO = 2;

/** A small strategy that lints clean, so the figure is of the normal case. */
const SMALL = `version: 1
name: Start-up benchmark
period:
  start: 2027-01-01
  end: 2027-06-30
objectives:
  - id: grow-sales
    title: Grow online sales
goals:
  - id: more-followers
    title: Grow Instagram followers to 1,800
    objective: grow-sales
    metric: ig-followers
    target: 1800
    deadline: 2027-06-30
platforms:
  - id: ig
    network: instagram
calendar:
  - date: 2027-01-05
    time: "09:00"
    platform: ig
    title: Behind the scenes at the roastery
    status: scheduled
metrics:
  - id: ig-followers
    name: Instagram followers
    platform: ig
    values:
      2026-10: 1000
      2026-11: 1100
      2026-12: 1200
reviews:
  - {date: 2026-12-31, month: 2026-12}
`;

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Wall milliseconds of one child process, and its result.
 * @param {string[]} args
 * @param {string} cwd
 */
function timed(args, cwd) {
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, child };
}

function main() {
  console.log(
    `strategy-lint start-up: node ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const dir = mkdtempSync(join(os.tmpdir(), 'strategy-startup-'));
  try {
    const file = join(dir, 'small.strategy.yaml');
    writeFileSync(file, SMALL);
    const lintArgs = [CLI, 'lint', file];
    const bareArgs = ['-e', '0'];

    // The figure means something only if the command really linted the file and found it clean.
    const check = timed(lintArgs, dir).child;
    if (check.status !== 0 || !/No problems in 1 file/.test(check.stdout)) {
      console.log(
        `FAILED  the lint run did not pass (exit ${check.status}): ${(check.stderr || check.stdout).trim()}`,
      );
      return;
    }

    for (let i = 0; i < WARM; i++) {
      timed(bareArgs, dir);
      timed(lintArgs, dir);
    }
    /** @type {{ bare: number, lint: number }[]} */
    const pairs = [];
    for (let i = 0; i < PAIRS; i++) {
      // Alternate which runs first, so neither always gets the warmer file cache or the quieter moment.
      if (i % 2) {
        const lint = timed(lintArgs, dir).ms;
        pairs.push({ bare: timed(bareArgs, dir).ms, lint });
      } else {
        const bare = timed(bareArgs, dir).ms;
        pairs.push({ bare, lint: timed(lintArgs, dir).ms });
      }
    }
    const ratio = median(pairs.map((p) => p.lint / p.bare));
    const bare = median(pairs.map((p) => p.bare));
    const lint = median(pairs.map((p) => p.lint));
    const ok = ratio <= TARGET_RATIO;
    console.log(`  node -e 0                               ${bare.toFixed(1)} ms (median of ${PAIRS})`);
    console.log(`  strategy-lint lint <one small file>     ${lint.toFixed(1)} ms (median of ${PAIRS})`);
    console.log('\nTargets');
    console.log(
      `  ${(ok ? 'ok' : 'MISSED').padEnd(6)}  ${`lint one small file <= ${TARGET_RATIO}x a bare node start`.padEnd(44)}  ${ratio.toFixed(2)}x (median of ${PAIRS} pairs)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
