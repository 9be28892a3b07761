// The ids declared once in src/extension (commands, settings, views) against package.json: every one
// contributed, every contribution declared, with the metadata principle 8 asks for.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIX_ALL } from '../../../src/extension/codeActions';
import {
  Commands,
  ContextKeys,
  ContextValues,
  FIX_ALL_KIND,
  PALETTE_COMMANDS,
  Settings,
  TASK_TYPE,
  Views,
} from '../../../src/extension/ids';
import { SETTING_SCHEMA } from '../../../src/extension/settings';
import { EXTENSION_ID, extensionApi } from './helpers';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    viewsWelcome: { view: string; when?: string }[];
    configuration: { properties: Record<string, Record<string, unknown>> };
    views: Record<string, { id: string }[]>;
    taskDefinitions: { type: string }[];
    problemMatchers: { name: string }[];
  };
}

describe('package.json contributions', () => {
  const manifest = () => vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;

  before(async () => {
    await extensionApi();
  });

  it('declares every command once, with a category, and registers each', async () => {
    const declared = manifest()
      .contributes.commands.map((c) => c.command)
      .sort();
    assert.deepEqual(declared, Object.values(Commands).sort());
    for (const c of manifest().contributes.commands) assert.ok(c.category, `${c.command} has a category`);
    const registered = await vscode.commands.getCommands(true);
    for (const id of Object.values(Commands)) assert.ok(registered.includes(id), `${id} is registered`);
  });

  it('gives every command a palette `when`, hiding the internal ones', () => {
    const palette = manifest().contributes.menus.commandPalette;
    for (const id of Object.values(Commands)) {
      const entry = palette.find((m) => m.command === id);
      assert.ok(entry?.when, `${id} has a commandPalette when`);
      assert.equal(entry.when === 'false', !PALETTE_COMMANDS.includes(id), `${id} palette visibility`);
    }
  });

  it('declares every setting with scope, markdownDescription and the schema the code reads', () => {
    const properties = manifest().contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), Object.values(Settings).sort());
    for (const [id, schema] of Object.entries(SETTING_SCHEMA)) {
      const p = properties[id];
      assert.ok(p.markdownDescription, `${id} markdownDescription`);
      assert.equal(p.scope, schema.scope, `${id} scope`);
      assert.equal(p.type, schema.type, `${id} type`);
      assert.deepEqual(p.default, schema.default, `${id} default`);
      if ('enum' in schema) assert.deepEqual(p.enum, schema.enum, `${id} enum`);
    }
  });

  it('declares the views, the task type, the problem matcher and the fix-all kind', () => {
    const m = manifest();
    const views = m.contributes.views[Views.container].map((v) => v.id).sort();
    assert.deepEqual(
      views,
      Object.values(Views)
        .filter((v) => v !== Views.container)
        .sort(),
    );
    assert.ok(m.contributes.taskDefinitions.some((t) => t.type === TASK_TYPE));
    assert.ok(m.contributes.problemMatchers.some((p) => p.name === 'strategy-lint'));
    assert.equal(FIX_ALL.value, FIX_ALL_KIND);
    assert.ok(m.activationEvents.includes('onLanguage:strategy-yaml'));
  });

  it('names only declared tree items, views and context keys in `when` clauses', () => {
    const m = manifest();
    const whens = [
      ...Object.values(m.contributes.menus).flatMap((items) => items.map((i) => i.when ?? '')),
      ...m.contributes.viewsWelcome.map((w) => w.when ?? ''),
    ];
    const items: string[] = Object.values(ContextValues);
    const views: string[] = Object.values(Views);
    const keys: string[] = Object.values(ContextKeys);
    let checked = 0;
    for (const when of whens) {
      for (const [, v] of when.matchAll(/viewItem\s*==\s*([\w.-]+)/g)) {
        assert.ok(items.includes(v), `viewItem ${v} is a ContextValues entry`);
        checked++;
      }
      for (const [, v] of when.matchAll(/\bview\s*==\s*([\w.-]+)/g)) {
        assert.ok(views.includes(v), `view ${v} is a Views entry`);
        checked++;
      }
      for (const [, v] of when.matchAll(/\bview\s*=~\s*\/((?:[^/\\]|\\.)*)\//g)) {
        const re = new RegExp(v);
        assert.ok(
          views.some((id) => re.test(id)),
          `view =~ /${v}/ matches a Views entry`,
        );
        checked++;
      }
      // Context keys (settings are read as config.strategy.*, so a preceding dot rules them out).
      for (const [key] of when.matchAll(/(?<![\w.\\])strategy\.\w[\w.]*/g)) {
        assert.ok(keys.includes(key), `${key} is a ContextKeys entry`);
        checked++;
      }
    }
    assert.ok(checked > 5, `${checked} checked`);
    for (const w of m.contributes.viewsWelcome) assert.ok(views.includes(w.view), w.view);
  });

  it('activates in under 100 ms (measured inside VS Code)', async () => {
    const api = await extensionApi();
    assert.ok(api.activationMs < 100, `${api.activationMs.toFixed(1)} ms`);
  });

  it('has a working problem matcher for the CLI text format', () => {
    const matcher = (manifest().contributes.problemMatchers[0] as unknown as { pattern: { regexp: string } })
      .pattern;
    const line = "examples/a.strategy.yaml:12:5  error  No platform has the id 'x'.  ref/unknown-platform";
    const m = new RegExp(matcher.regexp).exec(line);
    assert.ok(m);
    assert.deepEqual(m.slice(1), [
      'examples/a.strategy.yaml',
      '12',
      '5',
      'error',
      "No platform has the id 'x'.",
      'ref/unknown-platform',
    ]);
  });
});

describe('localization', () => {
  const extensionUri = () => vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
  const readJson = async (...path: string[]) =>
    JSON.parse(
      new TextDecoder().decode(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri(), ...path)),
      ),
    ) as Record<string, string>;

  async function sourceFiles(dir: vscode.Uri): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      const child = vscode.Uri.joinPath(dir, name);
      if (type === vscode.FileType.Directory) out.push(...(await sourceFiles(child)));
      else if (name.endsWith('.ts')) out.push(child);
    }
    return out;
  }

  it('translates every vscode.l10n.t string of the extension into Persian', async () => {
    const fa = await readJson('l10n', 'bundle.l10n.fa.json');
    const missing: string[] = [];
    for (const file of await sourceFiles(vscode.Uri.joinPath(extensionUri(), 'src', 'extension'))) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        const key = m[1].replace(/\\'/g, "'");
        if (!fa[key]) missing.push(key);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('has an English and a Persian text for every %key% of package.json', async () => {
    // From disk: the packageJSON VS Code hands out already has the placeholders replaced.
    const manifest = JSON.stringify(await readJson('package.json'));
    const en = await readJson('package.nls.json');
    const fa = await readJson('package.nls.fa.json');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    for (const key of keys) {
      assert.ok(en[key], `package.nls.json: ${key}`);
      assert.ok(fa[key], `package.nls.fa.json: ${key}`);
    }
    assert.deepEqual(Object.keys(fa).sort(), Object.keys(en).sort());
  });
});
