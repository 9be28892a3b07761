// Language features through VS Code's own commands (the same path the editor takes).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, extensionApi, openEditor, positionOf, workspaceUri } from './helpers';

const exec = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);

describe('language features', () => {
  let document: vscode.TextDocument;
  const uri = workspaceUri('good.strategy.yaml');

  before(async () => {
    await extensionApi();
    document = (await openEditor(uri)).document;
  });
  after(closeAll);

  it('completes platform ids in a post', async () => {
    const at = positionOf(document, 'platform: ig\n    title: Meet').translate(0, 'platform: '.length);
    const list = await exec<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('ig'), labels.join(', '));
    // What the id names is shown in the list and matched when typed (issue 12).
    const ig = list.items.find((i) => typeof i.label !== 'string' && i.label.label === 'ig');
    assert.ok(ig && typeof ig.label !== 'string', 'the item has a label with a description');
    assert.match(ig.label.description ?? '', /instagram/);
    assert.match(ig.filterText ?? '', /^ig .*instagram/);
  });

  it('completes keys of a post', async () => {
    const at = positionOf(document, 'status: idea').translate(0, 'status: idea'.length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, at, '\n    ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const list = await exec<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        uri,
        at.translate(1, 4 - at.character),
      );
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('campaign'), labels.join(', '));
      assert.ok(!labels.includes('status'), 'keys already present are not offered');
    } finally {
      await exec('undo');
    }
  });

  it('hovers a reference with what it names', async () => {
    const hovers = await exec<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      positionOf(document, 'grow-sales', 1),
    );
    const text = hovers
      .flatMap((h) =>
        h.contents.map((c) =>
          c instanceof vscode.MarkdownString ? c.value : typeof c === 'string' ? c : c.value,
        ),
      )
      .join('\n');
    assert.match(text, /Grow online sales/);
  });

  it('goes to the definition of a platform reference', async () => {
    const at = positionOf(document, 'platform: ig\n    title: New').translate(0, 'platform: '.length);
    const locations = await exec<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      uri,
      at,
    );
    assert.equal(locations.length, 1);
    const range = 'range' in locations[0] ? locations[0].range : locations[0].targetRange;
    assert.equal(document.getText(range), 'ig');
    assert.equal(range.start.line, positionOf(document, '- id: ig').line);
  });

  it('finds every reference to a platform', async () => {
    const at = positionOf(document, '- id: ig').translate(0, 6);
    const locations = await exec<vscode.Location[]>('vscode.executeReferenceProvider', uri, at);
    assert.equal(locations.length, 6);
    for (const l of locations) assert.equal(document.getText(l.range), 'ig');
  });

  it('renames a platform id everywhere, and refuses a non-id', async () => {
    const at = positionOf(document, '- id: ig').translate(0, 6);
    const edit = await exec<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, at, 'insta');
    const edits = edit.get(uri);
    assert.equal(edits.length, 6);
    assert.ok(edits.every((e) => e.newText === 'insta'));
    await assert.rejects(
      Promise.resolve(
        exec('vscode.executeDocumentRenameProvider', uri, positionOf(document, 'Corner Café'), 'x'),
      ),
    );
  });

  it('lists sections and items as document symbols', async () => {
    const symbols = await exec<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const names = symbols.map((s) => s.name);
    for (const section of ['goals', 'platforms', 'calendar', 'metrics'])
      assert.ok(names.includes(section), names.join());
    const goals = symbols.find((s) => s.name === 'goals')!;
    assert.equal(goals.children.length, 1);
  });

  it('shows CodeLenses on goals, metrics and the calendar; the calendar one opens it', async () => {
    const lenses = await exec<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    assert.ok(lenses.length >= 3, `${lenses.length} lenses`);
    const calendar = lenses.find((l) => l.command?.command === 'strategy.openCalendar');
    assert.ok(calendar, 'calendar lens');
    assert.equal(calendar.range.start.line, positionOf(document, 'calendar:').line);
    for (const l of lenses) assert.ok(l.command?.title, 'lens has a title');
  });
});
