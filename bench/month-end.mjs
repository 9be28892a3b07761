// @ts-check
// The month-end loop's speed (issue 10): importing five years of daily rows with 20 columns into 20
// metrics, and the month report of a 10,000-post file against its lint. Run with `npm run bench`
// (which builds dist/core.js first). Prints MISSED for a target not met; the exit code stays 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strategyText } from './run.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = require(join(ROOT, 'dist', 'core.js'));

const TARGETS = { importMs: 200, reportRatio: 1.5 };

/** @param {() => unknown} fn @param {number} runs */
function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    fn();
    if (i >= 2) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

// Five years of daily rows (2022-01-01 to 2026-12-31), a date column and 20 figures.
const COLUMNS = Array.from({ length: 20 }, (_, i) => `Figure ${i + 1}`);
const rows = [`Date,${COLUMNS.join(',')}`];
for (let day = Date.UTC(2022, 0, 1); day <= Date.UTC(2026, 11, 31); day += 86_400_000) {
  const date = new Date(day).toISOString().slice(0, 10);
  rows.push(`${date},${COLUMNS.map((_, i) => ((day / 86_400_000) * (i + 1)) % 997).join(',')}`);
}
const csv = `${rows.join('\n')}\n`;
const AGGREGATIONS = ['last', 'sum', 'mean', 'max', 'min'];
const strategy = [
  'version: 1',
  'name: Import benchmark',
  'period: {start: 2022-01-01, end: 2026-12-31}',
  'metrics:',
  ...COLUMNS.flatMap((column, i) => [
    `  - id: figure-${i + 1}`,
    `    name: ${column}`,
    `    aggregation: ${AGGREGATIONS[i % AGGREGATIONS.length]}`,
    `    source: {column: ${column}}`,
  ]),
  '',
].join('\n');
const analysis = core.lint(strategy).analysis;
const check = core.importMetrics(analysis, [{ path: 'daily.csv', text: csv }]);
const importMs = median(() => core.importMetrics(analysis, [{ path: 'daily.csv', text: csv }]), 7);

// The report of a 10,000-post file against its lint.
const text = strategyText(10_000);
const lintMs = median(() => core.lint(text), 5);
const linted = core.lint(text);
const reportMs = median(() => {
  const data = core.monthReport(linted.analysis, linted.findings, { today: '2027-06-01' });
  core.reportHtml(data);
}, 5);

const verdict = (/** @type {boolean} */ ok) => (ok ? 'ok' : 'MISSED');
console.log(`month-end benchmark: node ${process.version}`);
console.log(
  `  ${verdict(importMs < TARGETS.importMs).padEnd(6)}  import 5 years x 20 columns (${rows.length - 1} rows, ${check.changes.length} month values) into 20 metrics < ${TARGETS.importMs} ms: ${importMs.toFixed(1)} ms`,
);
console.log(
  `  ${verdict(lintMs + reportMs <= TARGETS.reportRatio * lintMs).padEnd(6)}  report of 10,000 posts (lint, then numbers and html) <= ${TARGETS.reportRatio}x the lint: ${(lintMs + reportMs).toFixed(0)} ms against ${lintMs.toFixed(0)} ms (${((lintMs + reportMs) / lintMs).toFixed(2)}x)`,
);

// A folder of 200 clients reported with all cores (worker threads) against one thread.
const folder = mkdtempSync(join(os.tmpdir(), 'strategy-report-bench-'));
try {
  for (let i = 0; i < 200; i++)
    writeFileSync(join(folder, `client-${String(i).padStart(3, '0')}.strategy.yaml`), strategyText(500));
  const CLI = join(ROOT, 'dist', 'cli.js');
  /** @param {string} concurrency */
  const timed = (concurrency) => {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [CLI, 'report', folder, '--today', '2027-06-01', '--concurrency', concurrency],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    return { ms: performance.now() - t0, out: r.stdout, status: r.status };
  };
  const off = timed('off');
  const auto = timed('auto');
  const same = off.out === auto.out && off.status === auto.status;
  console.log(
    `  ${(same ? 'ok' : 'FAILED').padEnd(6)}  report of a folder of 200 files, ${os.availableParallelism()} CPUs: ${(off.ms / auto.ms).toFixed(2)}x faster with --concurrency auto (${auto.ms.toFixed(0)} ms against ${off.ms.toFixed(0)} ms), the same page: ${same}`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
