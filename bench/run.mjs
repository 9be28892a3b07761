// @ts-check
// Benchmark of the lint engine against its floor (yaml's parser) and against yaml-language-server with
// our schema, on generated strategies of 1,000, 10,000 and 50,000 posts. Run with `npm run bench`
// (builds dist/core.js first; --expose-gc lets each timed run start from a collected heap).
//
//   (a) floor: yaml parseDocument alone            (b) our full lint, cold: lint(text)
//   (c) re-lint after a one-character edit inside one post (IncrementalLinter)
//   (d) yaml-language-server doValidation with schemas/strategy.schema.json, in-process
//
// Targets at 10,000 posts: b/a <= 1.25, c <= 30 ms (so d/c >= 35); peak RSS at 50,000 posts < 1.5 GB
// (measured in a child process that does only our work); trends of 200 metrics x 60 months < 10 ms;
// `strategy-lint lint` over 400 files of 500 posts at least 1.6x faster with worker threads
// (--concurrency auto) than without (bench/concurrency.mjs, run in a child).
// The exit code is 0 even when a target is missed; misses are printed as MISSED.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** Run as a script, not imported for its generator (bench/concurrency.mjs does that). */
const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
const core = isMain ? require(join(ROOT, 'dist', 'core.js')) : undefined;
/** @typedef {{code: string}} Finding what the benchmark reads of the bundle's findings */
const { parseDocument } = require('yaml');

const SIZES = [1_000, 10_000, 50_000];
const TARGET_SIZE = 10_000;
const TARGETS = {
  ratioBA: 1.25,
  relintMs: 30,
  ratioDC: 35,
  rssBytes: 1.5 * 1024 ** 3,
  trendsMs: 10,
  concurrencySpeedup: 1.6,
};

// ---------------------------------------------------------------------------------------------
// Generated strategies: platforms, objectives, goals and metrics like the examples, and N posts of
// eight lines each, spread over two years, every post at its own platform, day and time slot (so
// the file is realistic and lints clean: the timings are of the normal case, not of error paths).

const NETWORKS = ['instagram', 'telegram', 'linkedin', 'youtube', 'x', 'newsletter'];
const TYPES = ['image', 'video', 'reel', 'story', 'carousel', 'text', 'poll', 'behind-the-scenes'];
const STATUSES = ['idea', 'draft', 'scheduled', 'published'];
const PERIOD = { start: '2027-01-01', end: '2028-12-31' };
const DAYS = 731;
const MONTHS = 24;

const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, '0');
const dayString = (/** @type {number} */ day) =>
  new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
const monthString = (/** @type {number} */ index) =>
  `${2025 + Math.floor(index / 12)}-${pad((index % 12) + 1)}`;

/**
 * @param {number} posts
 * @param {{metrics?: number, months?: number, goals?: number, recurring?: number}} [options]
 *   recurring: how many of the posts are weekly series over a year (issue 9), each at a platform,
 *   weekday and afternoon time of its own, so they clash with nothing
 */
export function strategyText(posts, { metrics = 12, months = MONTHS, goals = metrics, recurring = 0 } = {}) {
  const out = [
    '# Generated for the benchmark: a year-two plan of a busy brand.',
    'version: 1',
    `name: Benchmark strategy with ${posts} posts`,
    'owner: Bench Marker',
    'period:',
    `  start: ${PERIOD.start}`,
    `  end: ${PERIOD.end}`,
    'purposes: [marketing, collaboration]',
    'objectives:',
    '  - id: grow-sales',
    '    title: Grow online sales',
    '  - id: loyal-community',
    '    title: Build a loyal community',
    'platforms:',
  ];
  NETWORKS.forEach((network, i) =>
    out.push(
      `  - id: p${i}`,
      `    network: ${network}`,
      `    handle: "@brand-${network}"`,
      '    priority: primary',
    ),
  );
  out.push('goals:');
  for (let g = 0; g < goals; g++) {
    out.push(
      `  - id: goal-${g}`,
      `    title: Grow followers on platform ${g % NETWORKS.length} steadily`,
      `    objective: ${g % 2 ? 'loyal-community' : 'grow-sales'}`,
      `    metric: metric-${g % metrics}`,
      `    target: ${20_000 + g * 10}`,
      `    deadline: ${PERIOD.end}`,
      `    rationale: We grew about 5% a month last year.`,
    );
  }
  out.push('calendar:');
  for (let i = 0; i < recurring; i++) {
    const slot = Math.floor(i / (7 * NETWORKS.length));
    out.push(
      `  - date: ${dayString(3 + (Math.floor(i / NETWORKS.length) % 7))}`,
      `    time: "${pad(12 + Math.floor(slot / 2))}:${slot % 2 ? '30' : '00'}"`,
      `    platform: p${i % NETWORKS.length}`,
      `    type: ${TYPES[i % TYPES.length]}`,
      `    title: Weekly series ${i}`,
      `    status: scheduled`,
      `    goal: goal-${i % goals}`,
      '    repeat: {every: week, until: 2027-12-31}',
    );
  }
  for (let i = recurring; i < posts; i++) {
    const day = i % DAYS;
    const platform = Math.floor(i / DAYS) % NETWORKS.length;
    const slot = Math.floor(i / (DAYS * NETWORKS.length)) % 48;
    out.push(
      `  - date: ${dayString(day)}`,
      `    time: "${pad(Math.floor(slot / 2))}:${slot % 2 ? '30' : '00'}"`,
      `    platform: p${platform}`,
      `    type: ${TYPES[i % TYPES.length]}`,
      `    title: Post number ${i} about our spring collection`,
      `    status: ${STATUSES[i % STATUSES.length]}`,
      `    goal: goal-${i % goals}`,
      `    campaign: campaign-${i % 17}`,
    );
  }
  out.push('metrics:');
  for (let m = 0; m < metrics; m++) {
    out.push(
      `  - id: metric-${m}`,
      `    name: Metric ${m}`,
      `    platform: p${m % NETWORKS.length}`,
      '    unit: followers',
      '    values:',
    );
    for (let k = 0; k < months; k++)
      out.push(`      ${monthString(k)}: ${Math.round(10_000 * 1.05 ** k + ((m * 37 + k * 11) % 50))}`);
  }
  // A review of the latest month, as a team at the month's end writes it (else reviews/missing).
  out.push('reviews:', `  - {date: 2027-01-05, month: ${monthString(months - 1)}}`);
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Timing

const gc = globalThis.gc ?? (() => {});

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median milliseconds of fn over `runs` timed runs, after `warm` untimed ones.
 *  @param {(i: number) => unknown} fn
 *  @param {{warm: number, runs: number}} options */
async function measure(fn, { warm, runs }) {
  for (let i = 0; i < warm; i++) await fn(i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = process.hrtime.bigint();
    await fn(warm + i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

const runsFor = (/** @type {number} */ posts) =>
  posts <= 1_000 ? { warm: 5, runs: 15 } : posts <= 10_000 ? { warm: 2, runs: 7 } : { warm: 1, runs: 3 };

/** A one-character edit inside the middle post's title, and the edit that undoes it.
 *  @param {string} text
 *  @param {number} posts */
function titleEdit(text, posts) {
  const at = text.indexOf(`title: Post number ${posts >> 1} `) + 'title: Post'.length;
  return {
    forward: { start: at, end: at, newText: 'x' },
    back: { start: at, end: at + 1, newText: '' },
    edited: `${text.slice(0, at)}x${text.slice(at)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// yaml-language-server, driven in-process with our schema

const SCHEMA_URI = 'file:///bench/strategy.schema.json';

async function yamlLanguageService() {
  const [{ getLanguageService }, { TextDocument }] = await Promise.all([
    import('yaml-language-server'),
    import('vscode-languageserver-textdocument'),
  ]);
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'strategy.schema.json'), 'utf8'));
  const service = getLanguageService({
    schemaRequestService: (uri) => Promise.reject(new Error(`no network in the benchmark (${uri})`)),
    workspaceContext: { resolveRelativePath: (relative) => relative },
  });
  service.configure({
    validate: true,
    completion: false,
    hover: false,
    format: false,
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema }],
  });
  let version = 1;
  return (/** @type {string} */ text) =>
    service.doValidation(
      TextDocument.create('file:///bench/plan.strategy.yaml', 'yaml', version++, text),
      false,
    );
}

// ---------------------------------------------------------------------------------------------
// Child mode: peak memory of our own work at one size, in a fresh process.

if (isMain && process.argv[2] === '--rss-child') {
  const posts = Number(process.argv[3]);
  const text = strategyText(posts);
  const { forward, back, edited } = titleEdit(text, posts);
  const maxRSS = () => process.resourceUsage().maxRSS * 1024; // kilobytes to bytes
  gc();
  core.lint(text);
  // What one cold lint needs, from a collected heap.
  const oneLint = maxRSS();
  // Then an editing session, as the extension does it, with no forced collection: the target's figure.
  core.lint(text);
  if (typeof core.IncrementalLinter === 'function') {
    const linter = new core.IncrementalLinter();
    linter.lint(text);
    for (let i = 0; i < 5; i++) {
      linter.lint(edited, [forward]);
      linter.lint(text, [back]);
    }
  }
  process.stdout.write(JSON.stringify({ oneLint, session: maxRSS() }));
  process.exit(0);
}

// Child mode: the recurring-posts case (issue 9) in a fresh process, as an editor's extension host
// has it, not beside yaml-language-server's heap and the 50,000-post runs of this process.

if (isMain && process.argv[2] === '--series-child') {
  const seriesText = strategyText(TARGET_SIZE, { recurring: 500 });
  const findings = core.lint(seriesText).findings;
  const seriesA = await measure(() => parseDocument(seriesText), runsFor(TARGET_SIZE));
  const seriesB = await measure(() => core.lint(seriesText), runsFor(TARGET_SIZE));
  const { forward, back, edited } = titleEdit(seriesText, TARGET_SIZE);
  const linter = new core.IncrementalLinter();
  linter.lint(seriesText);
  let atEdited = false;
  const seriesC = await measure(
    () => {
      const result = atEdited ? linter.lint(seriesText, [back]) : linter.lint(edited, [forward]);
      atEdited = !atEdited;
      return result;
    },
    { warm: 4, runs: 21 },
  );
  process.stdout.write(
    JSON.stringify({
      seriesA,
      seriesB,
      seriesC,
      findings: findings.map((/** @type {Finding} */ f) => f.code),
      mode: linter.lastMode,
    }),
  );
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------

const fmtMs = (/** @type {number | undefined} */ ms) =>
  ms === undefined ? 'n/a' : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
const fmtRatio = (/** @type {number | undefined} */ r) =>
  r === undefined || !Number.isFinite(r) ? 'n/a' : r < 10 ? r.toFixed(2) : r.toFixed(0);
const fmtBytes = (/** @type {number} */ b) =>
  b >= 1024 ** 3
    ? `${(b / 1024 ** 3).toFixed(2)} GB`
    : b >= 1024 ** 2
      ? `${(b / 1024 ** 2).toFixed(1)} MB`
      : `${Math.round(b / 1024)} KB`;
const cell = (/** @type {unknown} */ s, /** @type {number} */ w) => String(s).padStart(w);

async function main() {
  console.log(
    `strategy-lint benchmark: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}${globalThis.gc ? '' : ', WITHOUT --expose-gc'}`,
  );
  const validate = await yamlLanguageService();
  const checks = [];

  // Both linters must really be validating: a deliberate error each must report.
  {
    const good = strategyText(200);
    const bad = good
      .replace('network: instagram', 'network: instagrm')
      .replace('status: scheduled', 'status: schedul');
    const badLines = [bad.indexOf('instagrm'), bad.indexOf('schedul\n')].map(
      (o) => bad.slice(0, o).split('\n').length - 1,
    );
    const yls = { good: await validate(good), bad: await validate(bad) };
    const ylsBad = yls.bad.filter((d) => d.severity === 1 || d.severity === 2);
    const ylsOk =
      yls.good.length === 0 && badLines.every((l) => ylsBad.some((d) => d.range.start.line === l));
    checks.push([
      'yaml-language-server validates (schema errors on the broken file)',
      ylsOk,
      `${yls.good.length} on the clean file; ${ylsBad.length} on the broken one: ${ylsBad.map((d) => `${d.range.start.line + 1}: ${(typeof d.message === 'string' ? d.message : d.message.value).slice(0, 40)}`).join(' | ')}`,
    ]);
    const ours = { good: core.lint(good).findings, bad: core.lint(bad).findings };
    const oursOk =
      ours.good.length === 0 &&
      ours.bad.filter((/** @type {Finding} */ f) => f.code === 'schema/enum').length === 2;
    checks.push([
      'our lint is clean on the generated file and finds both errors',
      oursOk,
      `${ours.good.length} findings clean; ${ours.bad.map((/** @type {Finding} */ f) => f.code).join(', ')}`,
    ]);
  }

  const rows = [];
  for (const posts of SIZES) {
    const text = strategyText(posts);
    const runs = runsFor(posts);
    const a = await measure(() => parseDocument(text), runs);
    const b = await measure(() => core.lint(text), runs);
    let c;
    let mode = 'n/a';
    if (typeof core.IncrementalLinter === 'function') {
      const { forward, back, edited } = titleEdit(text, posts);
      const linter = new core.IncrementalLinter();
      linter.lint(text);
      let atEdited = false;
      const modes = new Set();
      c = await measure(
        () => {
          const result = atEdited ? linter.lint(text, [back]) : linter.lint(edited, [forward]);
          modes.add(linter.lastMode ?? 'unknown');
          atEdited = !atEdited;
          return result;
        },
        { warm: 4, runs: 21 },
      );
      mode = [...modes].join('+');
      if (posts === TARGET_SIZE) {
        // The incremental result must equal a full lint, also when the edit introduces a finding.
        const base = atEdited ? edited : text;
        const at = base.indexOf('status: idea\n', base.length >> 1) + 'status: idea'.length;
        const typo = `${base.slice(0, at)}s${base.slice(at)}`;
        const incremental = linter.lint(typo, [{ start: at, end: at, newText: 's' }]).findings;
        const expected = core.lint(typo).findings;
        checks.push([
          'incremental re-lint equals a full lint (edit making status "ideas")',
          linter.lastMode === 'incremental' && JSON.stringify(incremental) === JSON.stringify(expected),
          `${linter.lastMode}: ${incremental.map((/** @type {Finding} */ f) => f.code).join(', ')}; full lint: ${expected.map((/** @type {Finding} */ f) => f.code).join(', ')}`,
        ]);
      }
    }
    const d = await measure(() => validate(text), posts >= 50_000 ? { warm: 1, runs: 3 } : runs);
    rows.push({ posts, bytes: Buffer.byteLength(text), a, b, c, d, mode });
    console.log(`  measured ${posts.toLocaleString('en-US')} posts`);
  }

  console.log('');
  const head = [
    'posts',
    'size',
    '(a) yaml parse',
    '(b) lint cold',
    '(c) re-lint edit',
    '(d) yaml-ls',
    'b/a',
    'd/b',
    'd/c',
    'c mode',
  ];
  const widths = [7, 8, 15, 14, 17, 12, 6, 6, 6, 12];
  console.log(head.map((h, i) => cell(h, widths[i])).join('  '));
  for (const r of rows)
    console.log(
      [
        r.posts.toLocaleString('en-US'),
        fmtBytes(r.bytes),
        `${fmtMs(r.a)} ms`,
        `${fmtMs(r.b)} ms`,
        r.c === undefined ? 'n/a' : `${fmtMs(r.c)} ms`,
        `${fmtMs(r.d)} ms`,
        fmtRatio(r.b / r.a),
        fmtRatio(r.d / r.b),
        r.c === undefined ? 'n/a' : fmtRatio(r.d / r.c),
        r.mode,
      ]
        .map((s, i) => cell(s, widths[i]))
        .join('  '),
    );
  console.log(
    '(medians in milliseconds; (c) alternates inserting and deleting one character in the middle post)',
  );

  // Peak memory at 50,000 posts: a child process doing only our work (generation, two cold lints, the
  // incremental linter), so yaml-language-server's memory does not count against us.
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), '--rss-child', '50000'],
    {
      encoding: 'utf8',
    },
  );
  let rss;
  let oneLintRss;
  try {
    ({ session: rss, oneLint: oneLintRss } = JSON.parse(child.stdout));
  } catch {
    console.log(`memory child failed: ${child.stderr.trim().split('\n')[0] ?? child.status}`);
  }

  // `strategy-lint lint` over 400 files of 500 posts, worker threads against none: its own script
  // (bench/concurrency.mjs), in a child so that this process's heap does not weigh on it.
  console.log('  measuring lint --concurrency off / auto (400 files of 500 posts)');
  const concurrencyChild = spawnSync(
    process.execPath,
    [join(dirname(fileURLToPath(import.meta.url)), 'concurrency.mjs'), '--json'],
    { encoding: 'utf8' },
  );
  /** @type {import('./concurrency.mjs').ConcurrencyFigures | undefined} */
  let concurrency;
  try {
    concurrency = JSON.parse(concurrencyChild.stdout);
  } catch {
    console.log(
      `concurrency child failed: ${concurrencyChild.stderr.trim().split('\n')[0] ?? concurrencyChild.status}`,
    );
  }

  // Recurring posts (issue 9): 10,000 posts of which 500 weekly series over a year (about 26,000
  // occurrences that cadence, conflicts and the mix count on every keystroke), in a fresh child.
  const seriesChild = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), '--series-child'],
    {
      encoding: 'utf8',
    },
  );
  /** @type {{seriesA: number, seriesB: number, seriesC: number, findings: string[], mode: string}} */
  let series = { seriesA: NaN, seriesB: NaN, seriesC: NaN, findings: ['(the child failed)'], mode: 'n/a' };
  try {
    series = JSON.parse(seriesChild.stdout);
  } catch {
    console.log(`series child failed: ${seriesChild.stderr.trim().split('\n')[0] ?? seriesChild.status}`);
  }
  const { seriesA, seriesB, seriesC } = series;
  checks.push([
    'the file with 500 weekly series lints clean, and a keystroke re-lints it incrementally',
    series.findings.length === 0 && series.mode === 'incremental',
    `${series.findings.length} findings ${[...new Set(series.findings)].join(', ')}; ${series.mode}`,
  ]);

  // Trends of 200 metrics x 60 months (and a goal per metric).
  const trendsText = strategyText(10, { metrics: 200, months: 60 });
  const model = core.lint(trendsText).analysis.model;
  const trendsMs = await measure(() => core.computeTrends(model), { warm: 20, runs: 51 });
  const trendsCount = core.computeTrends(model);

  const at = rows.find((r) => r.posts === TARGET_SIZE);
  if (!at) throw new Error(`no measurement at ${TARGET_SIZE} posts`);
  const verdict = (/** @type {boolean | undefined} */ ok) =>
    ok === undefined ? 'n/a' : ok ? 'ok' : 'MISSED';
  /** @type {[what: string, value: string, ok: boolean | undefined][]} */
  const targets = [
    [`b/a <= ${TARGETS.ratioBA} at 10,000 posts`, fmtRatio(at.b / at.a), at.b / at.a <= TARGETS.ratioBA],
    [
      `c <= ${TARGETS.relintMs} ms at 10,000 posts`,
      at.c === undefined ? 'n/a' : `${fmtMs(at.c)} ms`,
      at.c === undefined ? undefined : at.c <= TARGETS.relintMs,
    ],
    [
      `b/a <= ${TARGETS.ratioBA}, 10,000 posts, 500 weekly series`,
      `${fmtRatio(seriesB / seriesA)} (${fmtMs(seriesB)} / ${fmtMs(seriesA)} ms)`,
      seriesB / seriesA <= TARGETS.ratioBA,
    ],
    [
      `c <= ${TARGETS.relintMs} ms, 10,000 posts, 500 weekly series`,
      `${fmtMs(seriesC)} ms`,
      seriesC <= TARGETS.relintMs,
    ],
    [
      `d/c >= ${TARGETS.ratioDC} at 10,000 posts`,
      at.c === undefined ? 'n/a' : fmtRatio(at.d / at.c),
      at.c === undefined ? undefined : at.d / at.c >= TARGETS.ratioDC,
    ],
    [
      `peak RSS < ${fmtBytes(TARGETS.rssBytes)} at 50,000 posts`,
      rss === undefined ? 'n/a' : fmtBytes(rss),
      rss === undefined ? undefined : rss < TARGETS.rssBytes,
    ],
    [
      `trends of ${trendsCount.metrics.length} metrics x 60 months < ${TARGETS.trendsMs} ms`,
      `${fmtMs(trendsMs)} ms`,
      trendsMs < TARGETS.trendsMs && trendsCount.metrics.length === 200,
    ],
    [
      `lint --concurrency auto >= ${TARGETS.concurrencySpeedup}x off, 400 files`,
      concurrency === undefined
        ? 'n/a'
        : `${fmtRatio(concurrency.speedup)}x (${fmtMs(concurrency.offMs)} / ${fmtMs(concurrency.autoMs)} ms, ${concurrency.cpus} CPUs)`,
      concurrency === undefined ? undefined : concurrency.speedup >= TARGETS.concurrencySpeedup,
    ],
  ];
  console.log('\nTargets');
  for (const [what, value, ok] of targets)
    console.log(`  ${verdict(ok).padEnd(6)}  ${what.padEnd(44)}  ${value}`);
  if (oneLintRss !== undefined)
    console.log(
      `  (peak RSS: one cold lint of 50,000 posts from a collected heap ${fmtBytes(oneLintRss)}; the target counts two cold lints and ten re-lints without forced collection)`,
    );
  if (concurrency !== undefined)
    console.log(
      `  (lint --concurrency: peak RSS ${fmtBytes(concurrency.offRss)} off, ${fmtBytes(concurrency.autoRss)} auto; ${concurrency.parallelism.toFixed(2)} CPUs free for two threads at the time)`,
    );
  if (concurrency !== undefined)
    checks.push([
      'lint --concurrency auto prints what off prints, byte for byte, same exit code',
      concurrency.same,
      concurrency.detail,
    ]);
  console.log('\nChecks');
  for (const [what, ok, detail] of checks)
    console.log(`  ${(ok ? 'ok' : 'FAILED').padEnd(6)}  ${what}\n          ${detail}`);
  console.log(
    `\npeak RSS of this process (with yaml-language-server): ${fmtBytes(process.resourceUsage().maxRSS * 1024)}`,
  );
}

if (isMain) await main();
