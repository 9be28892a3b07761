// The Strategy views' tree items, read through the providers the extension exports for tests.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StrategyNode, StrategyTree } from '../../../src/extension/views/trees';
import { closeAll, extensionApi, openEditor, workspaceUri } from './helpers';

function fileNode(tree: StrategyTree, name: string): StrategyNode {
  const node = tree.getChildren().find((n) => n.uri.path.endsWith(`/${name}`));
  assert.ok(node, `${name} in ${tree.section}`);
  return node;
}

const label = (n: StrategyNode) => (typeof n.item.label === 'string' ? n.item.label : n.item.label?.label);
const icon = (n: StrategyNode) => (n.item.iconPath as vscode.ThemeIcon).id;

describe('Strategy views', () => {
  afterEach(closeAll);

  it('group every workspace strategy file, open or not', async () => {
    const api = await extensionApi();
    const files = api.trees.calendar.getChildren().map((n) => vscode.workspace.asRelativePath(n.uri));
    for (const f of ['good.strategy.yaml', 'problems.strategy.yaml', 'closed.strategy.yaml'])
      assert.ok(files.includes(f), files.join());
    // A file with nothing for a view is left out of it.
    assert.ok(!api.trees.goals.getChildren().some((n) => n.uri.path.endsWith('/closed.strategy.yaml')));
    assert.equal(label(fileNode(api.trees.goals, 'good.strategy.yaml')), 'Corner Café');
  });

  it('show goals with their SMART status as icons', async () => {
    const api = await extensionApi();
    const [good] = fileNode(api.trees.goals, 'good.strategy.yaml').children!;
    assert.equal(label(good), 'Grow Instagram followers to 2000');
    assert.ok(['pass', 'warning', 'error'].includes(icon(good)));
    const [vague] = fileNode(api.trees.goals, 'problems.strategy.yaml').children!;
    assert.equal(icon(vague), 'warning');
    assert.match(String(vague.item.description), /M/);
    assert.equal(vague.item.contextValue, 'strategyGoal');
  });

  it('show audiences and relationships, platforms with cadence, the calendar by month, metrics with trend', async () => {
    const api = await extensionApi();
    const groups = fileNode(api.trees.audiences, 'good.strategy.yaml').children!;
    assert.deepEqual(groups.map(label), ['Audiences', 'Relationships']);
    assert.equal(label(groups[0].children![0]), 'Students near campus');
    const [ig] = fileNode(api.trees.platforms, 'good.strategy.yaml').children!;
    assert.equal(label(ig), 'Instagram (ig)');
    assert.match(String(ig.item.description), /this week/);
    const months = fileNode(api.trees.calendar, 'good.strategy.yaml').children!;
    assert.deepEqual(months.map(label), ['2026-01']);
    assert.deepEqual(months[0].children!.map(icon), ['clock', 'lightbulb']);
    const [metric] = fileNode(api.trees.metrics, 'good.strategy.yaml').children!;
    assert.equal(icon(metric), 'arrow-up');
    assert.match(String(metric.item.description), /1210 followers ↑ \+10\.0%/);
  });

  it('reveal an item in the editor when clicked', async () => {
    const api = await extensionApi();
    const [, second] = fileNode(api.trees.calendar, 'good.strategy.yaml').children![0].children!;
    const command = second.item.command!;
    await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), workspaceUri('good.strategy.yaml').toString());
    assert.equal(editor.document.getText(editor.selection), '2026-01-12');
  });

  it('follow edits', async () => {
    const api = await extensionApi();
    const editor = await openEditor(workspaceUri('good.strategy.yaml'));
    const changed = new Promise<void>((resolve) => {
      const l = api.trees.goals.onDidChangeTreeData(() => {
        l.dispose();
        resolve();
      });
    });
    const at = editor.document.positionAt(
      editor.document.getText().indexOf('Grow Instagram followers to 2000'),
    );
    await editor.edit((b) => b.replace(new vscode.Range(at, at.translate(0, 4)), 'Lift'));
    await changed;
    const [goal] = fileNode(api.trees.goals, 'good.strategy.yaml').children!;
    assert.equal(label(goal), 'Lift Instagram followers to 2000');
  });
});
