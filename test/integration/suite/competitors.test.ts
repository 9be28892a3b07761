// The Competitors view (per network: their presence beside ours) and the Platforms view's content
// mix (each type's share against its target), for the competitors.strategy.yaml fixture (issue 9).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StrategyNode, StrategyTree } from '../../../src/extension/views/trees';
import { closeAll, extensionApi } from './helpers';

function fileNode(tree: StrategyTree, name: string): StrategyNode | undefined {
  return tree.getChildren().find((n) => n.uri.path.endsWith(`/${name}`));
}

const label = (n: StrategyNode) => (typeof n.item.label === 'string' ? n.item.label : n.item.label?.label);
const icon = (n: StrategyNode) => (n.item.iconPath as vscode.ThemeIcon).id;
const rows = (nodes: StrategyNode[]) => nodes.map((n) => [label(n), n.item.description]);

describe('Competitors and content mix views (issue 9)', () => {
  afterEach(closeAll);

  it('show per network the competitors beside our platforms, competitors-only networks marked', async () => {
    const api = await extensionApi();
    const file = fileNode(api.trees.competitors, 'competitors.strategy.yaml');
    assert.ok(file, 'the fixture in the Competitors view');
    assert.equal(label(file), 'Rival Roasters');
    const [instagram, tiktok, newsletter, ...rest] = file.children!;
    assert.deepEqual(rest, []);
    assert.deepEqual(rows([instagram, tiktok, newsletter]), [
      ['Instagram', 'you 2/week · 2 competitors, up to 5/week'],
      ['TikTok', 'competitors only · 1 competitor, up to 3/week'],
      ['Newsletter', 'you: no cadence · no competitor listed'],
    ]);
    // Where competitors are and we are not: the warning icon, in the warning colour.
    assert.equal(icon(tiktok), 'warning');
    const color = (tiktok.item.iconPath as vscode.ThemeIcon).color as unknown as { id: string };
    assert.equal(color.id, 'problemsWarningIcon.foreground');
    assert.equal(icon(instagram), 'device-camera');
    assert.deepEqual(rows(instagram.children!), [
      ['You (ig)', '2/week planned · image (2), reel (1)'],
      ['Bean House', '5/week · reel, contest'],
      ['Roast Lab', '2/week · image'],
      ['Only competitors post', 'contest'],
    ]);
    assert.deepEqual(rows(tiktok.children!), [
      ['Bean House', '3/week · video'],
      ['Only competitors post', 'video'],
    ]);
    const tooltip = (tiktok.item.tooltip as vscode.MarkdownString).value
      .replace(/\\/g, '')
      .replace(/&nbsp;/g, ' ');
    assert.ok(tooltip.includes('Competitors post here and you have no platform on this network.'), tooltip);
    // A file whose competitors list no presence is left out.
    assert.equal(fileNode(api.trees.competitors, 'good.strategy.yaml'), undefined);
  });

  it('reveal a competitor presence entry in the editor when clicked', async () => {
    const api = await extensionApi();
    const tiktok = fileNode(api.trees.competitors, 'competitors.strategy.yaml')!.children![1];
    const command = tiktok.children![0].item.command!;
    await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/competitors.strategy.yaml'));
    assert.match(editor.document.getText(editor.selection), /^platform: tiktok/);
  });

  it('show each type share against its mix target in the Platforms view, with the week against cadence', async () => {
    const api = await extensionApi();
    const [ig, news] = fileNode(api.trees.platforms, 'competitors.strategy.yaml')!.children!;
    assert.equal(label(ig), 'Instagram (ig)');
    // The week's posts against the cadence stay the description; the mix opens below.
    assert.match(String(ig.item.description), /^\d+\/2 this week · /);
    assert.equal(ig.item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    // 1 reel and 2 images of 3 posts, against 50% each: █ reached, ░ short of the target, ▒ over it.
    assert.deepEqual(rows(ig.children!), [
      ['reel', '33% of 50% ███░░'],
      ['image', '67% of 50% █████▒▒'],
    ]);
    assert.equal(
      ig.children![0].item.tooltip,
      [
        '1 of 3 posts are reel: 33%.',
        'Target 50%: 17 points under.',
        'Recurring posts count once for each time they go out.',
      ].join('\n'),
    );
    // Without a mix: the types posted, folded, with no target.
    assert.equal(news.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.deepEqual(rows(news.children!), [['text', '100% (no target) ██████████']]);
  });
});
