// The one `.strategy-lint.yaml` discovery (issue 8), over an in-memory host: the nearest file wins for
// rules, `ignore` is relative to its own file's folder and honoured from every level, problems are
// reported once per file, and a folder is read once. And mergeRules, which the CLI's --rule and the
// editor's setting both go through.
import assert from 'node:assert/strict';
import { ConfigLookup, mergeRules, type ConfigHost, type FoundConfig } from '../../../../src/core';
import { settingFor } from '../../../../src/core/engine/config';

/** Slash-separated paths; the root is '/', the search stops above it (or at `top`). */
function memoryHost(files: Record<string, string>, top = '/'): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  const dirname = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';
  return {
    reads,
    readFile(path) {
      reads.push(path);
      return Promise.resolve(files[path]);
    },
    folderOf: dirname,
    parent: (folder) => (folder === top || folder === '/' ? undefined : dirname(folder)),
    join: (folder, name) => (folder === '/' ? `/${name}` : `${folder}/${name}`),
    relative: (folder, path) => path.slice(folder === '/' ? 1 : folder.length + 1),
  };
}

describe('ConfigLookup (core)', () => {
  const FILES = {
    '/repo/.strategy-lint.yaml':
      'rules:\n  smart/*: off\nignore:\n  - fixtures/\n  - clients/*/old.strategy.yaml\n',
    '/repo/clients/.strategy-lint.yml': 'rules:\n  calendar/conflict: error\n',
    '/repo/clients/acme/plan.strategy.yaml': 'version: 1\n',
  };

  it('finds the nearest configuration file upward, alone (no merging with the ones above)', async () => {
    const lookup = new ConfigLookup(memoryHost(FILES));
    const near = await lookup.forFile('/repo/clients/acme/plan.strategy.yaml');
    assert.equal(near?.path, '/repo/clients/.strategy-lint.yml');
    assert.equal(near?.folder, '/repo/clients');
    assert.deepEqual(near?.config.rules, { 'calendar/conflict': 'error' });
    const root = await lookup.forFile('/repo/plans/q1.strategy.yaml');
    assert.equal(root?.path, '/repo/.strategy-lint.yaml');
    assert.equal(await lookup.forFile('/elsewhere/x.strategy.yaml'), undefined);
  });

  it('prefers .strategy-lint.yaml over .strategy-lint.yml in one folder', async () => {
    const lookup = new ConfigLookup(
      memoryHost({ '/a/.strategy-lint.yaml': 'rules: {}\n', '/a/.strategy-lint.yml': 'rules: {}\n' }),
    );
    assert.equal((await lookup.forFile('/a/x.strategy.yaml'))?.path, '/a/.strategy-lint.yaml');
  });

  it("reads `ignore` relative to its own file's folder, from every configuration above", async () => {
    const lookup = new ConfigLookup(memoryHost(FILES));
    assert.equal(await lookup.isIgnored('/repo/fixtures/broken.strategy.yaml'), true);
    assert.equal(await lookup.isIgnored('/repo/fixtures/deep/er.strategy.yaml'), true);
    // The root's pattern applies below clients/, which has a configuration of its own.
    assert.equal(await lookup.isIgnored('/repo/clients/acme/old.strategy.yaml'), true);
    assert.equal(await lookup.isIgnored('/repo/clients/acme/plan.strategy.yaml'), false);
    // Relative to /repo: the same names one level down are not matched.
    assert.equal(await lookup.isIgnored('/repo/sub/fixtures/x.strategy.yaml'), false);
  });

  it('stops where the host says the search stops (an editor: the workspace folder)', async () => {
    const lookup = new ConfigLookup(memoryHost(FILES, '/repo/clients/acme'));
    assert.equal(await lookup.forFile('/repo/clients/acme/plan.strategy.yaml'), undefined);
    assert.equal(await lookup.isIgnored('/repo/clients/acme/old.strategy.yaml'), false);
  });

  it('reports the problems of each configuration file once, with the file', async () => {
    const reported: FoundConfig[] = [];
    const lookup = new ConfigLookup(
      memoryHost({
        '/p/.strategy-lint.yaml': 'rules:\n  smart/specfic: off\n  smart/relevant: loud\nignor: []\n',
      }),
      (found) => reported.push(found),
    );
    const found = await lookup.forFile('/p/a.strategy.yaml');
    await lookup.forFile('/p/b.strategy.yaml');
    await lookup.isIgnored('/p/sub/c.strategy.yaml');
    assert.equal(reported.length, 1);
    assert.equal(reported[0], found);
    assert.deepEqual(found?.config.problems, [
      "Unknown configuration field 'ignor'. Did you mean 'ignore'?",
      "Unknown rule 'smart/specfic'. Did you mean 'smart/specific'?",
      "The rule 'smart/relevant' is set to 'loud'; use off, info, warning or error.",
    ]);
    assert.deepEqual(found?.config.rules, {});
  });

  it('reads each folder once: a cache hit does not read again, clear() does', async () => {
    const host = memoryHost(FILES);
    const lookup = new ConfigLookup(host);
    await lookup.forFile('/repo/clients/acme/plan.strategy.yaml');
    const first = [...host.reads];
    assert.deepEqual(first, [
      '/repo/clients/acme/.strategy-lint.yaml',
      '/repo/clients/acme/.strategy-lint.yml',
      '/repo/clients/.strategy-lint.yaml',
      '/repo/clients/.strategy-lint.yml',
    ]);
    await lookup.forFile('/repo/clients/acme/other.strategy.yaml');
    await lookup.isIgnored('/repo/clients/acme/plan.strategy.yaml');
    // isIgnored went on to the folders above clients/, read for the first time; nothing was read twice.
    assert.deepEqual(host.reads.slice(0, first.length), first);
    assert.equal(new Set(host.reads).size, host.reads.length, `no path read twice: ${host.reads.join(', ')}`);
    const before = host.reads.length;
    await lookup.forFile('/repo/clients/acme/plan.strategy.yaml');
    assert.equal(host.reads.length, before, 'a cache hit reads nothing');
    lookup.clear();
    await lookup.forFile('/repo/clients/acme/plan.strategy.yaml');
    assert.equal(host.reads.length, before + first.length, 'after clear(), read again');
  });

  it('shares one read between requests made at the same time', async () => {
    const host = memoryHost(FILES);
    const lookup = new ConfigLookup(host);
    await Promise.all([
      lookup.forFile('/repo/a.strategy.yaml'),
      lookup.forFile('/repo/b.strategy.yaml'),
      lookup.isIgnored('/repo/c.strategy.yaml'),
    ]);
    assert.equal(host.reads.filter((p) => p === '/repo/.strategy-lint.yaml').length, 1);
  });

  it('passes a failed read on (the adapter words it), and keeps it', async () => {
    const host = memoryHost({});
    host.readFile = () => Promise.reject(new Error('permission denied'));
    const lookup = new ConfigLookup(host);
    await assert.rejects(lookup.forFile('/x/a.strategy.yaml'), /permission denied/);
    await assert.rejects(lookup.forFile('/x/b.strategy.yaml'), /permission denied/);
  });
});

describe('mergeRules', () => {
  it("lets a category wildcard on top replace the exact codes underneath (--rule smart/*=off over the file's smart/specific)", () => {
    const merged = mergeRules({ 'smart/specific': 'error' }, { 'smart/*': 'off' });
    assert.deepEqual(merged, { 'smart/*': 'off' });
    assert.equal(settingFor('smart/specific', merged), 'off');
  });

  it('keeps the other settings underneath, and an exact code on top wins as it is', () => {
    const merged = mergeRules(
      { 'smart/specific': 'error', 'calendar/conflict': 'info', 'smart/*': 'warning' },
      { 'smart/relevant': 'off' },
    );
    assert.deepEqual(merged, {
      'smart/specific': 'error',
      'calendar/conflict': 'info',
      'smart/*': 'warning',
      'smart/relevant': 'off',
    });
    assert.equal(settingFor('smart/measurable', merged), 'warning');
  });
});
