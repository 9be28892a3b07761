// The Strategy views' tree items, read through the providers the extension exports for tests.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StrategyNode, StrategyTree } from '../../../src/extension/views/trees';
import { closeAll, extensionApi, openEditor, waitFor, workspaceUri } from './helpers';

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

  it('show goals with their SMART status in words and the lens verdict', async () => {
    const api = await extensionApi();
    const [good] = fileNode(api.trees.goals, 'good.strategy.yaml').children!;
    assert.equal(label(good), 'Grow Instagram followers to 2000');
    // 10% a month from 1,210 does not reach 2,000 by the deadline: at risk, as the CodeLens says. Pace
    // is a forecast (goals/off-pace is info): at risk shows the info icon, never the error icon (issue 7.15).
    assert.equal(icon(good), 'info');
    // appendText escapes markdown characters with \ and spaces as &nbsp;: read it back as text.
    const tooltip = (good.item.tooltip as vscode.MarkdownString).value
      .replace(/\\/g, '')
      .replace(/&nbsp;/g, ' ');
    assert.ok(
      tooltip.includes(
        'achievable, but behind pace: at the current trend 1,838 of 2,000 followers by 30 June 2026',
      ),
      tooltip,
    );
    assert.equal(good.item.description, 'grow-followers · SMART · at risk');
    const [vague] = fileNode(api.trees.goals, 'problems.strategy.yaml').children!;
    assert.equal(icon(vague), 'warning');
    assert.equal(
      vague.item.description,
      'vague · SMART: not yet specific, measurable, achievable, relevant, time-bound',
    );
    assert.equal(vague.item.contextValue, 'strategyGoal');
  });

  it('render goal titles in tooltips as text, not markdown', async () => {
    const api = await extensionApi();
    const title = '*Grow* [fast](command:workbench.action.quit) <b>now</b>';
    const document = await vscode.workspace.openTextDocument({
      language: 'strategy-yaml',
      content: `version: 1\nname: Hostile\ngoals:\n  - id: g\n    title: "${title}"\n`,
    });
    await vscode.window.showTextDocument(document); // so afterEach's closeAll closes it
    const goal = await waitFor(
      api.trees.goals.onDidChangeTreeData,
      () =>
        api.trees.goals.getChildren().find((n) => n.uri.toString() === document.uri.toString())
          ?.children?.[0],
      'the untitled file in the goals view',
    );
    assert.equal(label(goal), title);
    const tooltip = goal.item.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(!tooltip.isTrusted);
    // Every markdown character of the title is escaped: it renders literally.
    assert.ok(tooltip.value.startsWith('**\\*Grow\\*'), tooltip.value);
    assert.ok(tooltip.value.includes('\\[fast\\]\\(command:'), tooltip.value);
    assert.ok(!tooltip.supportHtml);
  });

  it('show audiences and relationships, platforms with cadence, the calendar by month, metrics with trend', async () => {
    const api = await extensionApi();
    const groups = fileNode(api.trees.audiences, 'good.strategy.yaml').children!;
    assert.deepEqual(groups.map(label), ['Audiences', 'Relationships']);
    assert.equal(label(groups[0].children![0]), 'Students near campus');
    const [ig] = fileNode(api.trees.platforms, 'good.strategy.yaml').children!;
    assert.equal(label(ig), 'Instagram (ig)');
    // No post this ISO week (the posts are in January 2026); the one checked week has its 1 post.
    assert.equal(ig.item.description, '0/1 this week · no short weeks');
    // The network's icon and its own colour, as on the calendar's chips (issue 12).
    assert.equal(icon(ig), 'device-camera');
    // ThemeColor keeps its id in a field the 1.90 typings do not declare.
    const color = (ig.item.iconPath as vscode.ThemeIcon).color as unknown as { id: string };
    assert.equal(color.id, 'strategy.network.instagram');
    const months = fileNode(api.trees.calendar, 'good.strategy.yaml').children!;
    assert.deepEqual(months.map(label), ['2026-01']);
    assert.deepEqual(months[0].children!.map(icon), ['clock', 'lightbulb']);
    const [metric] = fileNode(api.trees.metrics, 'good.strategy.yaml').children!;
    assert.equal(icon(metric), 'arrow-up');
    assert.equal(metric.item.description, 'last 1,210 followers · +10.0% vs previous month');
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
    const expected = 'Lift Instagram followers to 2000';
    const changed = waitFor(
      api.trees.goals.onDidChangeTreeData,
      () =>
        label(fileNode(api.trees.goals, 'good.strategy.yaml').children![0]) === expected ? true : undefined,
      'the goal relabelled',
    );
    const at = editor.document.positionAt(
      editor.document.getText().indexOf('Grow Instagram followers to 2000'),
    );
    await editor.edit((b) => b.replace(new vscode.Range(at, at.translate(0, 4)), 'Lift'));
    await changed;
    const [goal] = fileNode(api.trees.goals, 'good.strategy.yaml').children!;
    assert.equal(label(goal), expected);
  });

  it('say in words how often a recurring post goes out (issue 9)', async () => {
    const api = await extensionApi();
    const editor = await openEditor(workspaceUri('good.strategy.yaml'));
    const description = () =>
      fileNode(api.trees.calendar, 'good.strategy.yaml')
        .children![0].children!.map((n) => String(n.item.description))
        .find((d) => d.includes('↻'));
    const shown = waitFor(api.trees.calendar.onDidChangeTreeData, description, 'the repeat in words');
    const at = editor.document.positionAt(
      editor.document.getText().indexOf('    status: idea\n') + '    status: idea\n'.length,
    );
    await editor.edit((b) => b.insert(at, '    repeat: {every: week, count: 4}\n'));
    assert.equal(await shown, 'ig · idea · ↻ every Monday, 4 times');
  });
});
