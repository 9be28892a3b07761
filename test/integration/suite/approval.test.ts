// Approving a post and sending it for review (issue 9): from the Calendar view's context menu, the
// calendar panel's context menu (its `data-vscode-context`) and the palette (the post at the cursor).
// Each is one edit that one undo takes back, byte for byte.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StrategyNode } from '../../../src/extension/views/trees';
import type { StrategyPanel } from '../../../src/extension/panels/panels';
import { EXTENSION_ID, closeAll, extensionApi, offsetOf, openEditor, scratchCopy, waitFor } from './helpers';

const APPROVER = 'Test Approver';
const FIXTURE = 'competitors.strategy.yaml';

const label = (n: StrategyNode) => (typeof n.item.label === 'string' ? n.item.label : n.item.label?.label);

async function undoAll(editor: vscode.TextEditor, before: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
  assert.equal(editor.document.getText(), before, 'one undo restores every byte');
}

describe('post approval (issue 9)', () => {
  const config = () => vscode.workspace.getConfiguration('strategy');

  before(async () => {
    await extensionApi();
    // The setting wins over git's user.name, so the name written is known (and no input box opens).
    await config().update('approver', APPROVER, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await config().update('approver', undefined, vscode.ConfigurationTarget.Global);
  });

  afterEach(closeAll);

  it('Approve Post writes status and approvedBy as one edit that one undo takes back', async () => {
    const scratch = await scratchCopy(FIXTURE, 'approve.strategy.yaml');
    try {
      const editor = await openEditor(scratch.uri);
      const before = editor.document.getText();
      const done = await vscode.commands.executeCommand<boolean>('strategy.approvePost', {
        uri: scratch.uri,
        index: 0,
      });
      assert.equal(done, true);
      assert.equal(
        editor.document.getText(),
        before.replace(
          '    status: draft # needs music\n',
          `    status: approved # needs music\n    approvedBy: ${APPROVER}\n`,
        ),
      );
      await undoAll(editor, before);
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('is offered on Calendar view posts, and adds the fields a post lacks', async () => {
    const api = await extensionApi();
    const scratch = await scratchCopy(FIXTURE, 'approve-tree.strategy.yaml');
    try {
      const editor = await openEditor(scratch.uri);
      const before = editor.document.getText();
      const node = await waitFor(
        api.trees.calendar.onDidChangeTreeData,
        () =>
          api.trees.calendar
            .getChildren()
            .find((n) => n.uri.toString() === scratch.uri.toString())
            ?.children?.[0]?.children?.find((p) => label(p)?.endsWith('The new bag design')),
        'the post in the Calendar view',
      );
      // package.json offers both commands on this context value (view/item/context).
      assert.equal(node.item.contextValue, 'strategyPost');
      assert.equal(await vscode.commands.executeCommand<boolean>('strategy.approvePost', node), true);
      assert.equal(
        editor.document.getText(),
        before.replace(
          '    title: The new bag design\n',
          `    title: The new bag design\n    status: approved\n    approvedBy: ${APPROVER}\n`,
        ),
      );
      const relabelled = await waitFor(
        api.trees.calendar.onDidChangeTreeData,
        () =>
          api.trees.calendar
            .getChildren()
            .find((n) => n.uri.toString() === scratch.uri.toString())
            ?.children?.[0]?.children?.find(
              (p) =>
                label(p)?.endsWith('The new bag design') &&
                p.item.description === `ig · approved · by ${APPROVER}`,
            ),
        'the approved post in the Calendar view',
      );
      assert.equal((relabelled.item.iconPath as vscode.ThemeIcon).id, 'verified');
      await undoAll(editor, before);
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('Send Post for Review from the palette acts on the post at the cursor, in flow style too', async () => {
    const scratch = await scratchCopy(FIXTURE, 'review.strategy.yaml');
    try {
      const editor = await openEditor(scratch.uri);
      const before = editor.document.getText();
      const at = editor.document.positionAt(offsetOf(editor.document, 'Cupping notes'));
      editor.selection = new vscode.Selection(at, at);
      assert.equal(await vscode.commands.executeCommand<boolean>('strategy.sendPostForReview'), true);
      assert.equal(
        editor.document.getText(),
        before.replace('title: Cupping notes, status: idea}', 'title: Cupping notes, status: in-review}'),
      );
      await undoAll(editor, before);
      // On the dash of a block post: that post, and approvedBy is left as it is.
      const dash = editor.document.positionAt(offsetOf(editor.document, '- date: 2027-01-08'));
      editor.selection = new vscode.Selection(dash, dash);
      assert.equal(await vscode.commands.executeCommand<boolean>('strategy.sendPostForReview'), true);
      assert.equal(
        editor.document.getText(),
        before.replace('    status: scheduled\n', '    status: in-review\n'),
      );
      await undoAll(editor, before);
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('from the calendar panel context menu, approves the post the panel shows', async () => {
    const scratch = await scratchCopy(FIXTURE, 'approve-panel.strategy.yaml');
    try {
      const editor = await openEditor(scratch.uri);
      const before = editor.document.getText();
      const panel = await vscode.commands.executeCommand<StrategyPanel>('strategy.openCalendar', scratch.uri);
      // What VS Code passes a `webview/context` command: the chip's data-vscode-context.
      const context = { webviewSection: 'post', postIndex: 3, preventDefaultContextMenuItems: true };
      assert.equal(await vscode.commands.executeCommand<boolean>('strategy.approvePost', context), true);
      assert.equal(
        editor.document.getText(),
        before.replace('    status: scheduled\n', `    status: approved\n    approvedBy: ${APPROVER}\n`),
      );
      // A post the panel does not show changes nothing.
      const stale = { webviewSection: 'post', postIndex: 42, preventDefaultContextMenuItems: true };
      assert.equal(await vscode.commands.executeCommand<boolean>('strategy.approvePost', stale), false);
      panel.dispose();
      await undoAll(editor, before);
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('declares the calendar panel context menu for post chips', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { menus: Record<string, { command: string; when: string }[]> };
    };
    const menus = manifest.contributes.menus['webview/context'];
    for (const command of ['strategy.approvePost', 'strategy.sendPostForReview']) {
      const entry = menus.find((m) => m.command === command);
      assert.ok(entry, command);
      assert.match(entry.when, /webviewId =~ \/\^strategy\\\.calendar\$\//);
      assert.match(entry.when, /webviewSection == 'post'/);
    }
  });
});
