// @ts-check
// Four builds from one script: the extension (node, cjs, vscode external), the CLI (node, with a
// shebang), the core as a library (node, cjs; `npm pack` ships it, the benchmarks load it) and the
// webviews (browser). The node builds target what package.json `engines` asks (node >= 20). Every entry
// point must exist: a missing one fails the build. `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const CORE = join(dirname(fileURLToPath(import.meta.url)), 'src', 'core') + sep;

/**
 * The core does nothing when it loads (STYLE.md: pure), so esbuild may leave out a core module that a
 * bundle reaches through the index but never calls. Without this, the CLI would load ical-generator at
 * every start-up: a module it `require`s on demand is wrapped, and the index's re-export would run it.
 * @type {esbuild.Plugin}
 */
const pureCore = {
  name: 'pure-core',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async ({ path, kind, importer, resolveDir, pluginData }) => {
      if (pluginData === pureCore) return undefined;
      const resolved = await build.resolve(path, { kind, importer, resolveDir, pluginData: pureCore });
      if (resolved.errors.length || !resolved.path.startsWith(CORE)) return undefined;
      return {
        path: resolved.path,
        namespace: resolved.namespace,
        suffix: resolved.suffix,
        sideEffects: false,
      };
    });
  },
};

/**
 * What the node builds share. A file a plugin resolved gets no tsconfig of its own (esbuild would drop
 * the bundle's "use strict"), so the tsconfig is named.
 * @type {esbuild.BuildOptions}
 */
const node = {
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  plugins: [pureCore],
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...node, entryPoints: { extension: 'src/extension/extension.ts' }, external: ['vscode'] },
  // Also the script of `lint --concurrency`'s worker threads (src/cli/workers.ts): one bundle to ship.
  { ...node, entryPoints: { cli: 'src/cli/bin.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: { core: 'src/core/index.ts' } },
  {
    entryPoints: {
      'webview/calendar': 'src/webview/calendar/main.ts',
      'webview/trends': 'src/webview/trends/main.ts',
    },
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    loader: { '.css': 'css' },
  },
];

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  outdir: 'dist',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  // esbuild has printed what failed (a missing entry point among it): the exit code says the rest.
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b }))).catch(() => {
    process.exitCode = 1;
  });
}
