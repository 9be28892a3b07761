// The .vsix and the npm tarball are built by the real tools (vsce, npm pack) and their file lists
// checked: `npm start` once failed inside vsce while every other test passed (issue 7).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const VSCE = join(ROOT, 'node_modules', '.bin', 'vsce');

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('packaging (the .vsix and the npm tarball)', function () {
  this.timeout(120_000);
  let out: string;

  before(() => {
    // vsce and npm pack list what exists: the bundles must be there (npm test builds first).
    if (!existsSync(join(ROOT, 'dist', 'extension.js')) || !existsSync(join(ROOT, 'dist', 'cli.js'))) {
      run(process.execPath, ['esbuild.mjs']);
    }
    out = mkdtempSync(join(tmpdir(), 'strategy-package-'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('vsce packages the extension (the path npm start takes)', () => {
    const vsix = join(out, 'strategy-as-code.vsix');
    run(VSCE, ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix]);
    assert.ok(statSync(vsix).size > 50_000, 'the .vsix has content');
  });

  it('the .vsix holds what runs or is shown, and nothing else', () => {
    const files = run(VSCE, ['ls', '--no-dependencies']).split('\n').filter(Boolean).sort();
    for (const needed of [
      'package.json',
      'package.nls.json',
      'package.nls.fa.json',
      'dist/extension.js',
      'dist/webview/calendar.js',
      'dist/webview/calendar.css',
      'dist/webview/trends.js',
      'dist/webview/trends.css',
      'schemas/strategy.schema.json',
      'syntaxes/strategy-yaml.tmLanguage.json',
      'language-configuration.json',
      'l10n/bundle.l10n.fa.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      ...filesUnder('docs/rules'),
    ]) {
      assert.ok(files.includes(needed), `${needed} is in the .vsix`);
    }
    const stray = files.filter(
      (f) =>
        /^(src|test|scripts|bench|node_modules|examples|\.cache|\.ci)\//.test(f) ||
        f.endsWith('.map') ||
        f === 'dist/cli.js' ||
        f === 'dist/core.js' ||
        f.endsWith('.vsix'),
    );
    assert.deepEqual(stray, [], 'no sources, tests, maps or CLI in the .vsix');
  });

  it('npm pack ships the CLI, the core, the schema and the rule docs', () => {
    const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'])) as [
      { files: { path: string }[] },
    ];
    const files = pack.files.map((f) => f.path).sort();
    assert.deepEqual(
      files,
      [
        'LICENSE',
        'README.md',
        'dist/cli.js',
        'dist/core.js',
        ...filesUnder('docs/rules'),
        'package.json',
        ...filesUnder('schemas').filter((f) => f.endsWith('.json')),
      ].sort(),
    );
  });
});
