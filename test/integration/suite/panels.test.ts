// Where the calendar and trends panels open (issue 12): beside the editor the first time, then in the
// panels' own group, never a new column per command; a command run from a panel acts on its file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StrategyPanel } from '../../../src/extension/panels/panels';
import { closeAll, extensionApi, scratchCopy, waitFor, workspaceUri } from './helpers';

function run(command: string, ...args: unknown[]): Promise<StrategyPanel> {
  return Promise.resolve(vscode.commands.executeCommand<StrategyPanel>(command, ...args));
}

/** Waits until the panel is the one the user is in (VS Code reports it a moment after opening it). */
function activeNow(panel: StrategyPanel): Promise<true> {
  return waitFor(
    panel.panel.onDidChangeViewState,
    () => (panel.panel.active ? true : undefined),
    `${panel.kind} panel active`,
  );
}

const groups = () => vscode.window.tabGroups.all.length;

describe('panel groups', () => {
  afterEach(closeAll);

  it('opens beside the editor once, then reuses the group; commands from a panel use its file', async () => {
    await extensionApi();
    await closeAll();
    const good = workspaceUri('good.strategy.yaml');
    const closed = workspaceUri('closed.strategy.yaml');
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(good),
      vscode.ViewColumn.One,
    );
    const before = groups();

    const calendar = await run('strategy.openCalendar', good);
    await activeNow(calendar);
    const column = calendar.panel.viewColumn;
    assert.equal(groups(), before + 1, 'the first panel opens beside the editor');
    assert.notEqual(column, vscode.ViewColumn.One);

    // "Show Metric Trends" with the calendar in focus: no file to choose, the calendar's own, same group.
    const trends = await run('strategy.showTrends');
    assert.equal(trends.uri.toString(), good.toString());
    assert.equal(trends.kind, 'trends');
    assert.equal(trends.panel.viewColumn, column);
    assert.equal(groups(), before + 1, 'no third column');
    await activeNow(trends);

    // The calendar again, from the trends panel: the same panel, revealed in its place.
    const again = await run('strategy.openCalendar');
    assert.equal(again, calendar);
    await activeNow(calendar);
    assert.equal(calendar.panel.viewColumn, column);

    // Another file's calendar, from the editor in the first column: a tab in the panels' group.
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(closed),
      vscode.ViewColumn.One,
    );
    const other = await run('strategy.openCalendar', closed);
    assert.notEqual(other, calendar);
    assert.equal(other.panel.viewColumn, column);
    assert.equal(groups(), before + 1);

    // Exporting from a focused panel also means its file (no pick).
    await activeNow(other);
    const api = await extensionApi();
    assert.equal((await api.commands.resolveUri(undefined))?.toString(), closed.toString());

    for (const p of [calendar, trends, other]) p.dispose();
  });

  it('draws a file in its own calendar system; the setting, when set, overrides the drawing', async () => {
    await extensionApi();
    const persian = await scratchCopy('good.strategy.yaml', 'persian-calendar.strategy.yaml');
    const config = vscode.workspace.getConfiguration('strategy');
    try {
      // The same file with calendarSystem: persian (the contract: never from a setting for the rules).
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(persian.uri));
      await vscode.workspace.fs.writeFile(
        persian.uri,
        new TextEncoder().encode(
          text.replace('name: Corner Café\n', 'name: Corner Café\ncalendarSystem: persian\n'),
        ),
      );
      const systemOf = (panel: StrategyPanel) => () => {
        for (let i = panel.posted.length - 1; i >= 0; i--) {
          const m = panel.posted[i];
          if (m.type === 'settings') return m.calendarSystem;
        }
        return undefined;
      };
      const lastSystem = (panel: StrategyPanel, want: string, what: string) =>
        waitFor(panel.onDidPost, () => (systemOf(panel)() === want ? true : undefined), what);

      const english = await run('strategy.openCalendar', workspaceUri('good.strategy.yaml'));
      const solar = await run('strategy.openCalendar', persian.uri);
      await lastSystem(english, 'gregorian', 'an English file in the Gregorian calendar');
      await lastSystem(solar, 'persian', 'a file with calendarSystem: persian in the Solar Hijri calendar');

      await config.update('calendar.system', 'gregorian', vscode.ConfigurationTarget.Global);
      await lastSystem(solar, 'gregorian', 'the setting overrides the drawing');
      await config.update('calendar.system', undefined, vscode.ConfigurationTarget.Global);
      await lastSystem(solar, 'persian', 'unset, the file decides again');
      english.dispose();
      solar.dispose();
    } finally {
      await config.update('calendar.system', undefined, vscode.ConfigurationTarget.Global);
      await persian.dispose();
    }
  });
});
