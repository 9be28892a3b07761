#!/usr/bin/env node
// `npm start`: builds the extension, packages the .vsix, installs it into a local code-server (the
// offline VS Code of scripts/vscode/) and serves the examples/ folder until Ctrl+C.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VSIX = path.join(ROOT, 'dist', 'strategy-as-code.vsix');
const log = (msg) => console.log(`[start] ${msg}`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });

log('building and packaging the extension');
run(process.execPath, ['esbuild.mjs', '--production']);
run(path.join(ROOT, 'node_modules', '.bin', 'vsce'), [
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  '-o',
  VSIX,
]);
run(process.execPath, [path.join(ROOT, 'scripts', 'vscode', 'setup.mjs')]);

// Imported after setup so a missing code-server is installed first.
const { createRunDir, isolatedEnv, removeRunDir, startCodeServer } = await import('./vscode/code-server.mjs');
const { CODE_SERVER_ENTRY, NODE_BIN } = await import('./vscode/config.mjs');

const runDir = createRunDir('start');
const extensionsDir = path.join(runDir, 'extensions');
fs.mkdirSync(extensionsDir, { recursive: true });
log(`installing ${path.relative(ROOT, VSIX)} into code-server`);
execFileSync(
  NODE_BIN,
  [
    CODE_SERVER_ENTRY,
    '--extensions-dir',
    extensionsDir,
    '--user-data-dir',
    path.join(runDir, 'user-data'),
    '--install-extension',
    VSIX,
  ],
  { stdio: 'inherit', env: isolatedEnv(runDir) },
);

const server = await startCodeServer({
  runDir,
  settings: { 'workbench.startupEditor': 'none' },
  // Nothing here may reach the network.
  env: { EXTENSIONS_GALLERY: '{}' },
});
const url = `${server.origin}/?folder=${encodeURIComponent(path.join(ROOT, 'examples'))}`;
console.log(`\n  Strategy as Code is running in VS Code at:\n\n    ${url}\n\n  Press Ctrl+C to stop.\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  log('stopping code-server');
  await server.stop();
  removeRunDir(runDir);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Keep running until a signal arrives.
setInterval(() => {}, 1 << 30);
