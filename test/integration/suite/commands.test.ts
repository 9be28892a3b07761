// Commands and panels: new file, lint workspace, export .ics, and the calendar panel's messages
// driven through its handler (a drag = a reschedule message), with undo restoring the file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CalendarViewModel, TrendsViewModel } from '../../../src/core/protocol';
import type { StrategyPanel } from '../../../src/extension/panels/panels';
import {
  EXTENSION_ID,
  closeAll,
  codeOf,
  extensionApi,
  openEditor,
  scratchCopy,
  strategyDiagnostics,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

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
    // The workspace's .strategy-lint.yaml ignores archive/ (issue 12).
    assert.deepEqual(strategyDiagnostics(workspaceUri('archive', 'old.strategy.yaml')), []);
  });

  it('skips a strategy file over the size limit and still checks the others (issue 7.12)', async () => {
    await extensionApi();
    const huge = workspaceUri('huge-export.strategy.yaml');
    // 21 MB of one unclosed flow list: reading and parsing it would exhaust the extension host.
    await vscode.workspace.fs.writeFile(huge, new TextEncoder().encode('[' + 'a, '.repeat(7 * 1024 * 1024)));
    try {
      const summary = await vscode.commands.executeCommand<{ files: number; errors: number }>(
        'strategy.lintWorkspace',
      );
      assert.ok(summary.errors >= 2, 'the other files were checked');
      assert.deepEqual(strategyDiagnostics(huge), []);
    } finally {
      await vscode.workspace.fs.delete(huge);
    }
  });

  it('reports a closed file that is not UTF-8 as one file/encoding problem (issue 7.2)', async () => {
    await extensionApi();
    const latin1 = workspaceUri('latin1.strategy.yaml');
    // "Café" saved in Latin-1: 0xE9 is not UTF-8.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('version: 1\nname: Caf'),
      0xe9,
      ...new TextEncoder().encode('\nperiod: {start: 2027-01-01, end: 2027-06-30}\n'),
    ]);
    await vscode.workspace.fs.writeFile(latin1, bytes);
    try {
      await vscode.commands.executeCommand('strategy.lintWorkspace');
      const found = await waitForDiagnostics(latin1, (d) => d.length > 0, 'the encoding problem');
      assert.deepEqual(
        found.map((d) => codeOf(d)),
        ['file/encoding'],
      );
      assert.match(found[0].message, /UTF-8/);
    } finally {
      await vscode.workspace.fs.delete(latin1);
    }
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

  it('shows a reschedule made in a file no editor shows', async () => {
    await extensionApi();
    const scratch = await scratchCopy('good.strategy.yaml', 'hidden.strategy.yaml');
    try {
      const panel = await vscode.commands.executeCommand<StrategyPanel>('strategy.openCalendar', scratch.uri);
      assert.ok(
        !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === scratch.uri.toString()),
      );
      const result = await panel.handleMessage({
        type: 'reschedule',
        version: panel.model!.version,
        index: 0,
        date: '2026-01-07',
      });
      assert.deepEqual(result, { ok: true, action: 'reschedule' });
      const editor = vscode.window.visibleTextEditors.find(
        (e) => e.document.uri.toString() === scratch.uri.toString(),
      );
      assert.ok(editor, 'the edited file is shown');
      assert.ok(editor.document.isDirty);
      assert.match(editor.document.lineAt(editor.selection.start.line).text, /date: 2026-01-07$/);
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('refuses edits while the file does not parse, and resends a moved post instead of revealing it', async () => {
    const api = await extensionApi();
    const scratch = await scratchCopy('good.strategy.yaml', 'broken.strategy.yaml');
    try {
      const editor = await openEditor(scratch.uri);
      const panel = await vscode.commands.executeCommand<StrategyPanel>('strategy.openCalendar', scratch.uri);
      // The first post is retitled; the panel still shows the old title.
      const at = editor.document.positionAt(editor.document.getText().indexOf('New winter menu'));
      await editor.edit((b) => b.replace(new vscode.Range(at, at.translate(0, 3)), 'Old'));
      const reveal = await panel.handleMessage({ type: 'reveal', version: panel.model!.version, index: 0 });
      assert.equal(reveal.ok, false);
      const resent = panel.model as CalendarViewModel;
      assert.equal(resent.posts.find((p) => p.index === 0)?.title, 'Old winter menu');
      assert.ok(panel.posted.at(-1)?.type === 'update');

      const end = editor.document.positionAt(editor.document.getText().length);
      await editor.edit((b) => b.insert(end, 'broken: [\n'));
      const text = editor.document.getText();
      await waitFor(
        api.store.onDidLint,
        () => (api.store.get(scratch.uri)?.version === editor.document.version ? true : undefined),
        'the broken text linted',
      );
      await panel.update();
      assert.ok(panel.model?.problem, 'the model says the file does not parse');
      const refused = await panel.handleMessage({
        type: 'reschedule',
        version: panel.model.version,
        index: 0,
        date: '2026-01-14',
      });
      assert.equal(refused.ok, false);
      assert.match((refused as { reason: string }).reason, /does not parse/);
      assert.equal(editor.document.getText(), text);
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
