// An overdue post's quick fixes in the real editor (issue 9): "Mark as published" is the finding's own
// edit; "Move to another date…" asks for a date and writes only the post's date, as one undo step.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAll,
  codeOf,
  extensionApi,
  openEditor,
  scratchCopy,
  TODAY,
  waitForDiagnostics,
} from './helpers';

describe('overdue posts (issue 9)', () => {
  afterEach(async () => {
    const api = await extensionApi();
    api.pinToday(TODAY);
    api.commands.askDate = (await import('../../../src/extension/overdue')).askDate;
    await closeAll();
    await api.store.relintAll();
  });

  it('offers to move an overdue post to a date the user picks; one undo restores the file', async () => {
    const api = await extensionApi();
    const scratch = await scratchCopy('good.strategy.yaml', 'overdue.strategy.yaml');
    try {
      // The posts are on 5 and 12 January 2026: on the 20th both are past and not published.
      api.pinToday('2026-01-20');
      const editor = await openEditor(scratch.uri);
      const before = editor.document.getText();
      const diagnostics = await waitForDiagnostics(scratch.uri, (d) =>
        d.some((x) => codeOf(x) === 'calendar/overdue'),
      );
      const overdue = diagnostics.filter((d) => codeOf(d) === 'calendar/overdue');
      assert.equal(overdue.length, 2);
      const second = overdue.find((d) => d.message.includes('Meet our barista'))!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        scratch.uri,
        second.range,
      );
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Mark as published'), titles.join(' | '));
      const move = actions.find((a) => a.title === 'Move to another date…');
      assert.ok(move?.command, titles.join(' | '));
      let asked: [string, string | undefined] | undefined;
      api.commands.askDate = (today, current) => {
        asked = [today, current];
        return Promise.resolve('2026-01-26');
      };
      await vscode.commands.executeCommand(move.command.command, ...(move.command.arguments as unknown[]));
      assert.deepEqual(asked, ['2026-01-20', '2026-01-12']);
      assert.equal(editor.document.getText(), before.replace('date: 2026-01-12', 'date: 2026-01-26'));
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
    } finally {
      await scratch.dispose();
    }
  });
});
