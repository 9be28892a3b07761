// Issue 11: with VS Code in English, a Persian file's findings, quick fixes, hovers and rule pages are
// Persian; `strategy.locale` overrides the file; an English file stays English.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  closeAll,
  codeOf,
  extensionApi,
  openEditor,
  positionOf,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

const PERSIAN = /[\u0600-\u06ff]/;
const FIXTURE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'i18n',
  'persian-mistakes.strategy.yaml',
);
const exec = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);
const config = () => vscode.workspace.getConfiguration('strategy');

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) =>
      h.contents.map((c) =>
        c instanceof vscode.MarkdownString ? c.value : typeof c === 'string' ? c : c.value,
      ),
    )
    .join('\n');
}

describe('language (issue 11)', () => {
  let uri: vscode.Uri;
  let count = 0;

  before(async () => {
    await extensionApi();
    assert.equal(vscode.env.language, 'en', 'VS Code runs in English');
  });

  beforeEach(async () => {
    uri = workspaceUri(`persian-mistakes-${++count}.strategy.yaml`);
    await vscode.workspace.fs.writeFile(uri, readFileSync(FIXTURE));
  });

  afterEach(async () => {
    await config().update('locale', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
    await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  it("speaks the Persian file's language in the Problems list, its ids isolated, its rule pages in Persian", async () => {
    await openEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length >= 10, 'Persian findings');
    for (const d of diagnostics) {
      assert.ok(PERSIAN.test(d.message), d.message);
      assert.ok(d.message.startsWith('\u2067') && d.message.endsWith('\u2069'), 'a right-to-left line');
      const target = (d.code as { target: vscode.Uri }).target;
      assert.ok(target.path.endsWith(`/docs/rules/fa/${codeOf(d)}.md`), target.path);
    }
    const metric = diagnostics.find((d) => codeOf(d) === 'ref/unknown-metric');
    assert.ok(metric?.message.includes('«\u2068ig-folowers\u2069»'), metric?.message);
  });

  it('titles the quick fixes in Persian, and the docs action opens the Persian page', async () => {
    const editor = await openEditor(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'ref/unknown-metric'), 'the typo');
    const at = positionOf(editor.document, 'ig-folowers');
    const actions = await exec<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(at, at.translate(0, 3)),
    );
    const change = actions.find((a) => a.title.includes('ig-followers'));
    assert.ok(change && PERSIAN.test(change.title), actions.map((a) => a.title).join(' | '));
    const docs = actions.find((a) => a.command?.command === 'strategy.showRuleDocs');
    assert.deepEqual(docs?.command?.arguments, ['ref/unknown-metric', 'fa']);
    assert.ok(docs && PERSIAN.test(docs.title), docs?.title);
  });

  it('hovers a goal in Persian, with Persian digits', async () => {
    const editor = await openEditor(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'linted');
    const hovers = await exec<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      positionOf(editor.document, 'id: telegram-members-2500').translate(0, 5),
    );
    const text = hoverText(hovers);
    assert.ok(PERSIAN.test(text), text);
    assert.match(text, /[۰-۹]/);
    assert.doesNotMatch(text, /\b(Target|Deadline|by)\b/);
  });

  it('strategy.locale: en makes the Persian file speak English, and auto gives it back its own', async () => {
    await openEditor(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0 && PERSIAN.test(d[0].message), 'Persian');
    await config().update('locale', 'en', vscode.ConfigurationTarget.Global);
    const english = await waitForDiagnostics(
      uri,
      (d) => d.length > 0 && d.every((x) => !x.message.startsWith('\u2067')),
      'English',
    );
    const metric = english.find((d) => codeOf(d) === 'ref/unknown-metric');
    assert.equal(metric?.message, "No metric has the id 'ig-folowers'. Did you mean 'ig-followers'?");
    await config().update('locale', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      uri,
      (d) => d.length > 0 && d.every((x) => PERSIAN.test(x.message)),
      'Persian again',
    );
  });

  it('keeps an English file in English', async () => {
    const good = workspaceUri('problems.strategy.yaml');
    await openEditor(good);
    const diagnostics = await waitForDiagnostics(good, (d) => d.length > 0, 'English findings');
    for (const d of diagnostics)
      assert.ok(!PERSIAN.test(d.message) || d.message.includes('\u2068'), d.message);
    assert.ok(diagnostics.every((d) => !d.message.startsWith('\u2067')));
  });
});
