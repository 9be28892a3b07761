// The ids declared once in src/extension (commands, settings, views) against package.json: every one
// contributed, every contribution declared, with the metadata principle 8 asks for.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIX_ALL } from '../../../src/extension/codeActions';
import {
  Commands,
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
