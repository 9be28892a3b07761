// Quick fixes through vscode.executeCodeActionProvider, each applied and its resulting text checked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, extensionApi, openEditor, scratchCopy, waitForDiagnostics } from './helpers';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
}

describe('quick fixes', () => {
  let scratch: { uri: vscode.Uri; dispose(): Promise<void> };
  let editor: vscode.TextEditor;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    await extensionApi();
  });
  beforeEach(async () => {
    scratch = await scratchCopy('problems.strategy.yaml', 'fixes.strategy.yaml');
    editor = await openEditor(scratch.uri);
    diagnostics = await waitForDiagnostics(scratch.uri, (d) => d.length >= 7);
  });
  afterEach(async () => {
    await closeAll();
    await scratch.dispose();
  });

  const diagnostic = (code: string) => diagnostics.find((d) => codeOf(d) === code)!;
  const apply = async (action: vscode.CodeAction | undefined, all: vscode.CodeAction[] = []) => {
    assert.ok(action, `action found among: ${all.map((a) => a.title).join(' | ')}`);
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
    if (action.command)
      await vscode.commands.executeCommand(
        action.command.command,
        ...((action.command.arguments ?? []) as unknown[]),
      );
  };
  const line = (n: number) => editor.document.lineAt(n).text;

  it('offers the did-you-mean replacement first, preferred, and applies it', async () => {
    const d = diagnostic('ref/unknown-platform');
    const actions = await actionsAt(scratch.uri, d.range);
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], "Change to 'instagram'");
    assert.ok(actions[0].isPreferred);
    assert.ok(titles.includes("Add a platform 'instagran' under platforms"));
    assert.ok(titles.includes('Disable ref/unknown-platform for this line'));
    assert.ok(titles.includes('Show documentation for ref/unknown-platform'));
    await apply(actions[0]);
    assert.equal(line(13), '    platform: instagram');
    await waitForDiagnostics(
      scratch.uri,
      (all) => !all.some((x) => codeOf(x) === 'ref/unknown-platform'),
      'fixed',
    );
  });

  it('creates the missing platform', async () => {
    const actions = await actionsAt(scratch.uri, diagnostic('ref/unknown-platform').range);
    await apply(actions.find((a) => a.title.startsWith('Add a platform')));
    assert.match(editor.document.getText(), /- id: instagran\n {4}network: other/);
  });

  it('disables a rule for one line with a comment above it', async () => {
    const actions = await actionsAt(scratch.uri, diagnostic('schema/additional-property').range);
    await apply(
      actions.find((a) => a.title === 'Disable schema/additional-property for this line'),
      actions,
    );
    assert.equal(line(15).trim(), '# strategy-lint-disable-next-line schema/additional-property');
    assert.equal(line(16), '    stauts: draft');
    await waitForDiagnostics(
      scratch.uri,
      (all) => !all.some((x) => codeOf(x) === 'schema/additional-property'),
    );
  });

  it('adds the missing SMART fields the file can tell as a snippet, and nothing it cannot', async () => {
    // No objective or metric is defined: only the deadline (the period's end) is known.
    // (Several SMART findings share the goal's id: only the actions for smart/measurable count.)
    const measurable = await actionsAt(scratch.uri, diagnostic('smart/measurable').range);
    assert.ok(
      !measurable.some(
        (a) =>
          a.title.startsWith('Add the missing SMART fields') &&
          a.diagnostics?.some((d) => codeOf(d) === 'smart/measurable'),
      ),
    );
    const actions = await actionsAt(scratch.uri, diagnostic('smart/time-bound').range);
    const fix = actions.find((a) => a.title === 'Add the missing SMART fields to this goal (deadline)');
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => [a.title, !!a.edit, a.command?.command])));
    await apply(fix);
    // Applied as a snippet: the value keeps its default text, tab stops disappear.
    assert.match(editor.document.getText(), /title: More\n {4}deadline: 2026-06-30\ncalendar:/);
    assert.doesNotMatch(editor.document.getText(), /\$\{\d|objective-id|platform-id|baseline/);
    await waitForDiagnostics(scratch.uri, (all) => !all.some((x) => codeOf(x) === 'smart/time-bound'));
  });

  it('has a docs action that opens the rule page', async () => {
    const actions = await actionsAt(scratch.uri, diagnostic('smart/specific').range);
    const docs = actions.find((a) => a.title === 'Show documentation for smart/specific');
    assert.equal(docs?.command?.command, 'strategy.showRuleDocs');
    assert.deepEqual(docs.command.arguments, ['smart/specific', 'en']);
  });

  it('fixes all safe problems with source.fixAll.strategy', async () => {
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await actionsAt(scratch.uri, whole, 'source.fixAll.strategy');
    assert.equal(actions.length, 1);
    await apply(actions[0]);
    assert.equal(line(13), '    platform: instagram');
    assert.equal(line(15), '    status: draft');
    assert.equal(line(10), '    title: More', 'unsafe fixes are left alone');
  });
});
