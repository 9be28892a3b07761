#!/usr/bin/env node
// @ts-check
// Compiles every integration suite test/integration/<name>/ to
// out/test/integration/<name>/ for the VS Code extension host:
//   index.ts      -> index.js       (the entry exporting run())
//   **/*.test.ts  -> **/*.test.js   (one CommonJS bundle per test file)
// `vscode` is provided by the extension host. `mocha` stays external and is
// required from <repo>/node_modules at run time (out/ is inside the repo, so
// Node's resolution finds it); mocha 11 is CommonJS, so require() works.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from './config.mjs';

const SRC = path.join(REPO_ROOT, 'test', 'integration');
const OUT = path.join(REPO_ROOT, 'out', 'test', 'integration');

/** @param {string} dir */
function testFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

// Optional arguments: suite names to build (default: all of them).
const only = process.argv.slice(2);
const suites = (
  fs.existsSync(SRC)
    ? fs
        .readdirSync(SRC, { withFileTypes: true })
        .filter((e) => e.isDirectory() && fs.existsSync(path.join(SRC, e.name, 'index.ts')))
        .map((e) => e.name)
        .sort()
    : []
).filter((name) => only.length === 0 || only.includes(name));

if (suites.length === 0) {
  console.error(
    `[build-tests] no test/integration/${only.length ? `{${only.join(',')}}` : '*'}/index.ts found`,
  );
  process.exit(1);
}

const started = Date.now();
/** @type {string[]} */
const failed = [];
for (const suite of suites) {
  const srcDir = path.join(SRC, suite);
  const outDir = path.join(OUT, suite);
  // Start clean so a deleted test file cannot linger in out/ and still run.
  fs.rmSync(outDir, { recursive: true, force: true });
  try {
    await esbuild.build({
      entryPoints: [path.join(srcDir, 'index.ts'), ...testFiles(srcDir)],
      outbase: srcDir,
      outdir: outDir,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode', 'mocha'],
      sourcemap: 'inline',
      logLevel: 'warning',
    });
    console.log(`[build-tests] ${suite} -> ${path.relative(REPO_ROOT, outDir)}`);
  } catch {
    // esbuild already printed the errors; build the other suites anyway.
    failed.push(suite);
  }
}
if (failed.length) {
  console.error(`[build-tests] FAILED to build: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`[build-tests] ${suites.length} suite(s) built in ${Date.now() - started} ms`);
