// Three builds from one script: the extension (node, cjs, vscode external), the CLI (node, with a
// shebang) and the webviews (browser). `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: { extension: 'src/extension/extension.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
  },
  {
    entryPoints: { cli: 'src/cli/bin.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entryPoints: { core: 'src/core/index.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
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

const common = {
  bundle: true,
  outdir: 'dist',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const active = builds
  .map((b) => ({
    ...b,
    entryPoints: Object.fromEntries(Object.entries(b.entryPoints).filter(([, file]) => existsSync(file))),
  }))
  .filter((b) => Object.keys(b.entryPoints).length > 0);

if (watch) {
  for (const b of active) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(active.map((b) => esbuild.build({ ...common, ...b })));
}
