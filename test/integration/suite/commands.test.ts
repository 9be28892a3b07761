// Commands and panels: new file, lint workspace, export .ics, and the calendar panel's messages
// driven through its handler (a drag = a reschedule message), with undo restoring the file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CalendarViewModel, TrendsViewModel } from '../../../src/core/protocol';
import type { StrategyPanel } from '../../../src/extension/panels/panels';
import { EXTENSION_ID, closeAll, extensionApi, openEditor, scratchCopy, workspaceUri } from './helpers';

describe('commands and panels', () => {
  afterEach(closeAll);

  it('creates a new strategy file from the Persian template, untitled', async () => {
    await extensionApi();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('strategy.newFile', {
      language: 'fa',
      target: 'untitled',
    });
    assert.equal(document.languageId, 'strategy-yaml');
    assert.ok(document.isUntitled);
    assert.match(document.getText(), /version: 1/);
    assert.match(document.getText(), /[\u0600-\u06FF]/, 'Persian text');
  });

  it('creates a new strategy file at a chosen path', async () => {
    await extensionApi();
    const target = workspaceUri('created.strategy.yaml');
    try {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>('strategy.newFile', {
        language: 'en',
        target,
      });
      assert.equal(document.uri.toString(), target.toString());
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), document.getText());
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(target);
    }
  });

  it('checks every strategy file of the workspace', async () => {
    await extensionApi();
    const summary = await vscode.commands.executeCommand<{ files: number; errors: number }>(
      'strategy.lintWorkspace',
    );
    assert.ok(summary.files >= 4, `${summary.files} files`);
    assert.ok(summary.errors >= 2);
  });

  it('exports the calendar as iCalendar', async () => {
    await extensionApi();
    const target = workspaceUri('good.ics');
    try {
      await vscode.commands.executeCommand('strategy.exportIcs', workspaceUri('good.strategy.yaml'), target);
      const ics = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(ics, /BEGIN:VCALENDAR/);
      assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 2);
      assert.match(ics, /New winter menu/);
    } finally {
      await vscode.workspace.fs.delete(target);
    }
  });

  it('opens the calendar panel; a drag reschedules the post and undo restores it', async () => {
    const api = await extensionApi();
    const scratch = await scratchCopy('good.strategy.yaml', 'panel.strategy.yaml');
    try {
      const editor = await openEditor(scratch.uri);
      const before = editor.document.getText();
      const panel = await vscode.commands.executeCommand<StrategyPanel>('strategy.openCalendar', scratch.uri);
      assert.equal(panel.panel.viewType, 'strategy.calendar');
      assertStrictWebview(panel.panel.webview);
      const model = panel.model as CalendarViewModel;
      assert.equal(model.kind, 'calendar');
      assert.equal(model.posts.length, 2);
      const updated = new Promise<void>((resolve) => {
        const l = api.store.onDidLint((e) => {
          if (e.uri.toString() === scratch.uri.toString()) {
            l.dispose();
            resolve();
          }
        });
      });
      const result = await panel.handleMessage({
        type: 'reschedule',
        version: model.version,
        index: 1,
        date: '2026-01-14',
      });
      assert.deepEqual(result, { ok: true, action: 'reschedule' });
      assert.match(
        editor.document.getText(),
        /date: 2026-01-14\n {4}time: "09:00"\n {4}platform: ig\n {4}title: Meet our barista/,
      );
      await updated;
      await panel.update();
      assert.ok((panel.model as CalendarViewModel).posts.some((p) => p.date === '2026-01-14'));

      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('rejects bad and stale messages without touching the file', async () => {
    await extensionApi();
    const scratch = await scratchCopy('good.strategy.yaml', 'panel2.strategy.yaml');
    try {
      const editor = await openEditor(scratch.uri);
      const before = editor.document.getText();
      const panel = await vscode.commands.executeCommand<StrategyPanel>('strategy.openCalendar', scratch.uri);
      const version = panel.model!.version;
      const bad = [
        null,
        'reschedule',
        { type: 'nope' },
        { type: 'reschedule', version, index: 99, date: '2026-01-14' },
        { type: 'reschedule', version, index: -1, date: '2026-01-14' },
        { type: 'reschedule', version, index: 0, date: '2026-02-30' },
        { type: 'reschedule', version, index: 0, date: '2026-01-14', time: '25:00' },
        { type: 'reschedule', version: version - 1, index: 0, date: '2026-01-14' },
        { type: 'reschedule', version, index: 0, date: '2026-01-14', extra: true },
        { type: 'exportCsv', csv: 42 },
      ];
      for (const message of bad) {
        const result = await panel.handleMessage(message);
        assert.equal(result.ok, false, JSON.stringify(message));
      }
      assert.equal(editor.document.getText(), before);

      const added = await panel.handleMessage({
        type: 'addPost',
        version: panel.model!.version,
        date: '2026-02-02',
      });
      assert.deepEqual(added, { ok: true, action: 'addPost' });
      assert.match(editor.document.getText(), /date: 2026-02-02/);
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('opens the trends panel', async () => {
    await extensionApi();
    const panel = await vscode.commands.executeCommand<StrategyPanel>(
      'strategy.showTrends',
      workspaceUri('good.strategy.yaml'),
    );
    try {
      assert.equal(panel.panel.viewType, 'strategy.trends');
      assertStrictWebview(panel.panel.webview);
      const model = panel.model as TrendsViewModel;
      assert.equal(model.kind, 'trends');
      assert.deepEqual(
        model.metrics.map((m) => m.id),
        ['ig-followers'],
      );
      assert.ok(panel.posted.some((m) => m.type === 'update' && m.model === model));
    } finally {
      panel.dispose();
    }
  });

  it('restores a panel after a reload, and closes one whose file is gone', async () => {
    const api = await extensionApi();
    // What the panel serializer calls with the panel VS Code recreated.
    const recreated = vscode.window.createWebviewPanel(
      'strategy.calendar',
      'Calendar',
      vscode.ViewColumn.One,
    );
    const restored = await api.panels.restore('calendar', workspaceUri('closed.strategy.yaml'), recreated);
    try {
      assert.ok(restored);
      assert.equal(restored.model?.kind, 'calendar');
      assert.equal(restored.model.posts.length, 1);
      assert.ok(restored.posted.some((m) => m.type === 'update'));
      assertStrictWebview(restored.panel.webview);
    } finally {
      restored?.dispose();
    }

    const orphan = vscode.window.createWebviewPanel('strategy.trends', 'Trends', vscode.ViewColumn.One);
    const closed = new Promise<void>((resolve) => orphan.onDidDispose(() => resolve()));
    const none = await api.panels.restore('trends', workspaceUri('gone.strategy.yaml'), orphan);
    assert.equal(none, undefined);
    await closed;
    assert.ok(!api.panels.all().some((p) => p.uri.path.endsWith('/gone.strategy.yaml')));
  });
});

/** The page's CSP and resource roots: nothing but our own bundles, scripts only with the nonce. */
function assertStrictWebview(webview: vscode.Webview): void {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(webview.html)?.[1];
  assert.ok(content, 'a CSP meta tag');
  const directives = new Map(
    content.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.ok(!/unsafe-/.test(content), content);
  const script = directives.get('script-src') ?? [];
  assert.equal(script.length, 1);
  assert.match(script[0], /^'nonce-[0-9a-f]{32}'$/);
  assert.ok(!directives.has('img-src'), 'no images are needed');
  // Only the webview's own resource origin (VS Code's cspSource), never another host or a wildcard.
  const own = new Set(webview.cspSource.split(/\s+/));
  for (const [name, values] of directives) {
    const foreign = values.filter((v) => !own.has(v) && (v === '*' || /^(https?|data|blob):/.test(v)));
    assert.deepEqual(foreign, name === 'font-src' ? ['data:'] : [], `${name}: ${values.join(' ')}`);
  }
  const roots = webview.options.localResourceRoots ?? [];
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
  assert.deepEqual(
    roots.map((r) => r.toString()),
    [vscode.Uri.joinPath(extension, 'dist', 'webview').toString()],
  );
}
