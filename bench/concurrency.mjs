// @ts-check
// `strategy-lint lint DIR` over 400 generated files of 500 posts each, in the CLI's own thread
// (--concurrency off) against worker threads (--concurrency auto), through the built dist/cli.js.
// Runs are in pairs, back to back and alternating, so the machine's load at the moment weighs on both;
// the medians are compared. How many CPUs two busy threads really get, before and after, is printed
// too: on a machine other work keeps busy, that, not the CLI, caps the speed-up. Run with `npm run bench` (bench/run.mjs runs this one and reports its
// target) or alone after `npm run build`: `node bench/concurrency.mjs [--json]`.
//
// Peak memory and CPU time: each CLI run is started with `--import` of a small hook that, as the
// process exits, writes `process.resourceUsage()`'s maxRSS and user + system CPU time to a file. That
// is the whole process's (getrusage RUSAGE_SELF), its worker threads included, without relying on
// /usr/bin/time. The CPU times tell what the threads cost beyond the linting itself.
//
// Target: auto at least 1.6x faster than off (on a machine with 2 or more cores). The outputs of the
// two modes must be the same, byte for byte, with the same exit code. The exit code is 0 even when the
// target is missed; a miss is printed as MISSED.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strategyText } from './run.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
export const FILES = 400;
export const POSTS = 500;
export const TARGET_SPEEDUP = 1.6;
const PAIRS = 3;

/** Written to a file named by STRATEGY_BENCH_RSS as the CLI's process exits; workers write nothing. */
const RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  [
    "import { writeFileSync } from 'node:fs';",
    "import { isMainThread } from 'node:worker_threads';",
    'const out = process.env.STRATEGY_BENCH_RSS;',
    'const usage = () => { const u = process.resourceUsage();',
    '  return JSON.stringify({ rss: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }); };',
    "if (isMainThread && out) process.on('exit', () => writeFileSync(out, usage()));",
  ].join('\n'),
)}`;

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * One run of the CLI over the folder: wall time, peak RSS, and what it printed.
 * @param {string} dir
 * @param {string} mode
 */
function lintOnce(dir, mode) {
  const rssFile = join(dir, '..', `rss-${mode}`);
  const t0 = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ['--import', RSS_HOOK, CLI, 'lint', dir, '--concurrency', mode, '--format', 'json'],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, STRATEGY_BENCH_RSS: rssFile, NO_COLOR: '1' },
    },
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (child.error) throw child.error;
  /** @type {{rss: number, cpuMs: number}} */
  const { rss, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { ms, rss, cpuMs, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/**
 * How many CPUs two busy threads get at the moment: twice the time of one thread's fixed amount of
 * work, over the time two threads take for it each at once (2 on a quiet 2-core machine; about 1 when
 * other processes keep a core busy). It says what speed-up the machine allowed while measuring.
 */
function parallelism() {
  const spin = `const { parentPort } = require('node:worker_threads');
    let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; parentPort.postMessage(x);`;
  /** @param {number} n */
  const time = (n) => {
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const { Worker } = require('node:worker_threads'); const t = process.hrtime.bigint(); let left = ${n};
         for (let i = 0; i < ${n}; i++) new Worker(${JSON.stringify(spin)}, { eval: true }).on('message', () => {
           if (--left === 0) console.log(Number(process.hrtime.bigint() - t) / 1e6); });`,
      ],
      { encoding: 'utf8' },
    );
    return Number(child.stdout);
  };
  return (2 * time(1)) / time(2);
}

/**
 * @typedef {{ files: number, posts: number, cpus: number, offMs: number, autoMs: number,
 *   speedup: number, offCpuMs: number, autoCpuMs: number, offRss: number, autoRss: number,
 *   parallelism: number, same: boolean, detail: string }} ConcurrencyFigures
 */

/** @returns {ConcurrencyFigures} */
export function measureConcurrency() {
  const tmp = mkdtempSync(join(os.tmpdir(), 'strategy-concurrency-'));
  try {
    const dir = join(tmp, 'plans');
    mkdirSync(dir);
    const text = strategyText(POSTS);
    for (let i = 0; i < FILES; i++)
      writeFileSync(join(dir, `plan-${String(i).padStart(3, '0')}.strategy.yaml`), text);
    const free = [parallelism()];
    /** @type {Record<'off' | 'auto', {ms: number[], rss: number[], cpuMs: number[]}>} */
    const runs = { off: { ms: [], rss: [], cpuMs: [] }, auto: { ms: [], rss: [], cpuMs: [] } };
    /** @type {Partial<Record<'off' | 'auto', ReturnType<typeof lintOnce>>>} */
    const first = {};
    for (let i = 0; i < PAIRS; i++) {
      /** @type {('off' | 'auto')[]} */
      const order = i % 2 ? ['auto', 'off'] : ['off', 'auto'];
      for (const mode of order) {
        const r = lintOnce(dir, mode);
        first[mode] ??= r;
        runs[mode].ms.push(r.ms);
        runs[mode].rss.push(r.rss);
        runs[mode].cpuMs.push(r.cpuMs);
      }
    }
    free.push(parallelism());
    const { off, auto } = /** @type {Record<'off' | 'auto', ReturnType<typeof lintOnce>>} */ (first);
    const same = off.stdout === auto.stdout && off.stderr === auto.stderr && off.status === auto.status;
    const offMs = median(runs.off.ms);
    const autoMs = median(runs.auto.ms);
    return {
      files: FILES,
      posts: POSTS,
      cpus: os.availableParallelism(),
      offMs,
      autoMs,
      speedup: offMs / autoMs,
      offCpuMs: median(runs.off.cpuMs),
      autoCpuMs: median(runs.auto.cpuMs),
      offRss: Math.max(...runs.off.rss),
      autoRss: Math.max(...runs.auto.rss),
      parallelism: Math.min(...free),
      same,
      detail: `exit ${off.status} and ${auto.status}; ${off.stdout.length} and ${auto.stdout.length} bytes on stdout`,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const mb = (/** @type {number} */ b) => `${(b / 1024 ** 2).toFixed(0)} MB`;
const signedPercent = (/** @type {number} */ r) => `${r >= 0 ? '+' : '−'}${Math.abs(r * 100).toFixed(0)}%`;

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = measureConcurrency();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    console.log(
      `strategy-lint lint, ${FILES} files of ${POSTS} posts: node ${process.version}, ${figures.cpus} CPUs, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const row = (
      /** @type {string} */ mode,
      /** @type {number} */ ms,
      /** @type {number} */ cpu,
      /** @type {number} */ rss,
    ) =>
      console.log(
        `  --concurrency ${mode.padEnd(4)}  ${ms.toFixed(0).padStart(6)} ms wall, ${cpu.toFixed(0).padStart(6)} ms CPU, peak RSS ${mb(rss)}`,
      );
    row('off', figures.offMs, figures.offCpuMs, figures.offRss);
    row('auto', figures.autoMs, figures.autoCpuMs, figures.autoRss);
    console.log(
      `  ${figures.speedup >= TARGET_SPEEDUP ? 'ok' : 'MISSED'}  speed-up ${figures.speedup.toFixed(2)}x (target >= ${TARGET_SPEEDUP}x)`,
    );
    console.log(`  ${figures.same ? 'ok' : 'FAILED'}  same output in both modes (${figures.detail})`);
    console.log(
      `  (two busy threads got ${figures.parallelism.toFixed(2)} CPUs at the time: the speed-up's ceiling then;`,
    );
    console.log(
      `   with ${figures.cpus} CPUs free, at most ${((figures.offCpuMs * figures.cpus) / figures.autoCpuMs).toFixed(2)}x by CPU time (auto's CPU time ${signedPercent(figures.autoCpuMs / figures.offCpuMs - 1)} against off's))`,
    );
  }
}
