// The month's end in the editor (issue 10): importing a CSV into the metrics through the real command
// (its picker and confirmation replaced), the CodeLens on `metrics`, the month report panel, and the
// review drafted as a snippet, from the palette and from the reviews/missing quick fix.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StrategyApi } from '../../../src/extension/extension';
import type { ReportPanel } from '../../../src/extension/reportPanel';
import { closeAll, codeOf, extensionApi, openEditor, waitForDiagnostics, workspaceUri } from './helpers';

const STRATEGY = `version: 1
name: Month End Test
period: {start: 2025-09-01, end: 2026-12-31}
metrics:
  # followers at the month's end
  - id: followers
    name: Followers
    source: {column: Followers}
    values:
      '2025-10': 1000 # from the old sheet
      '2025-11': 1100
reviews: []
`;

const CSV = `Date,Followers
2025-11-01,1090
2025-11-30,1100
2025-12-01,1110
2025-12-31,1250
`;

const IMPORTED = STRATEGY.replace(
  "      '2025-11': 1100\n",
  "      '2025-11': 1100\n      '2025-12': 1250\n",
);

let count = 0;

/** A strategy file (and files next to it) written for one test, deleted by the returned disposable. */
async function scratchFiles(files: Record<string, string>): Promise<{
  uris: vscode.Uri[];
  dispose(): Promise<void>;
}> {
  const n = ++count;
  const uris: vscode.Uri[] = [];
  for (const [name, text] of Object.entries(files)) {
    const uri = workspaceUri(name.replace('#', String(n)));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    uris.push(uri);
  }
  return {
    uris,
    dispose: async () => {
      for (const uri of uris)
        await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    },
  };
}

describe('month end (issue 10)', () => {
  let api: StrategyApi;
  const original: Partial<Pick<StrategyApi['monthEnd'], 'pick' | 'confirm' | 'askLeftovers'>> = {};

  before(async () => {
    api = await extensionApi();
    original.pick = api.monthEnd.pick;
    original.confirm = api.monthEnd.confirm;
    original.askLeftovers = api.monthEnd.askLeftovers;
  });

  afterEach(async () => {
    Object.assign(api.monthEnd, original);
    await closeAll();
  });

  it('imports a CSV through the command: a diff, a confirmation, one edit one undo takes back', async () => {
    const scratch = await scratchFiles({
      'month-end-#.strategy.yaml': STRATEGY,
      'month-end-#.csv': CSV,
    });
    try {
      const [strategy, csv] = scratch.uris;
      const editor = await openEditor(strategy);
      const asked: string[] = [];
      let diffShown = false;
      api.monthEnd.pick = () => Promise.resolve([csv]);
      api.monthEnd.confirm = (summary) => {
        asked.push(summary);
        diffShown = vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .some(
            (t) =>
              t.input instanceof vscode.TabInputTextDiff &&
              t.input.original.toString() === strategy.toString(),
          );
        return Promise.resolve(true);
      };
      api.monthEnd.askLeftovers = () => Promise.reject(new Error('no conflicts expected'));
      const outcome = await vscode.commands.executeCommand<{ applied: boolean }>(
        'strategy.importMetrics',
        strategy,
      );
      assert.equal(outcome.applied, true);
      assert.equal(asked.length, 1, 'asked once');
      assert.ok(diffShown, 'the diff was open while asking');
      assert.equal(editor.document.getText(), IMPORTED);
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), STRATEGY, 'one undo restores every byte');
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('writes nothing when the import is not confirmed, and offers to overwrite conflicts', async () => {
    const scratch = await scratchFiles({
      'month-end-#.strategy.yaml': STRATEGY,
      'month-end-#.csv': CSV.replace('2025-11-30,1100', '2025-11-30,1105'),
    });
    try {
      const [strategy, csv] = scratch.uris;
      const editor = await openEditor(strategy);
      api.monthEnd.pick = () => Promise.resolve([csv]);
      api.monthEnd.confirm = () => Promise.resolve(false);
      const told: string[] = [];
      api.monthEnd.askLeftovers = (message) => {
        told.push(message);
        return Promise.resolve(undefined);
      };
      const outcome = await vscode.commands.executeCommand<{ applied: boolean }>(
        'strategy.importMetrics',
        strategy,
      );
      assert.equal(outcome.applied, false);
      assert.equal(editor.document.getText(), STRATEGY);
      assert.equal(told.length, 0, 'not confirmed: nothing more is asked');

      // Confirmed: December is written; November's 1100 differs from the export's 1105 and is kept
      // until the user chooses Overwrite.
      api.monthEnd.confirm = () => Promise.resolve(true);
      api.monthEnd.askLeftovers = (message, canOverwrite) => {
        told.push(message);
        assert.ok(canOverwrite);
        return Promise.resolve(told.length === 1 ? 'overwrite' : undefined);
      };
      const again = await vscode.commands.executeCommand<{ applied: boolean }>(
        'strategy.importMetrics',
        strategy,
      );
      assert.equal(again.applied, true);
      assert.equal(told.length, 1);
      assert.match(told[0], /1 values? that the export disagrees with/);
      assert.equal(editor.document.getText(), IMPORTED.replace("'2025-11': 1100", "'2025-11': 1105"));
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('shows an "Import from CSV…" CodeLens on `metrics`', async () => {
    const scratch = await scratchFiles({ 'month-end-#.strategy.yaml': STRATEGY });
    try {
      const [strategy] = scratch.uris;
      const editor = await openEditor(strategy);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        strategy,
        100,
      );
      const lens = lenses.find((l) => l.command?.command === 'strategy.importMetrics');
      assert.ok(lens, 'import lens');
      assert.equal(lens.range.start.line, editor.document.getText().split('\n').indexOf('metrics:'));
      assert.equal(String(lens.command?.arguments?.[0]), strategy.toString());
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('opens the month report in a panel with the strategy in it, under a script-free policy', async () => {
    const scratch = await scratchFiles({ 'month-end-#.strategy.yaml': STRATEGY });
    try {
      const [strategy] = scratch.uris;
      const panel = await vscode.commands.executeCommand<ReportPanel | undefined>(
        'strategy.monthReport',
        strategy,
      );
      assert.ok(panel, 'a report panel');
      const html = panel.panel.webview.html;
      assert.ok(html.includes('Month End Test'), 'the strategy name is in the report');
      assert.ok(
        html.includes("default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
        'the policy allows inline styles only',
      );
      assert.equal(panel.panel.webview.options.enableScripts, false);
      assert.equal(panel.panel.viewType, 'strategy.report');
      const saved = workspaceUri(`month-end-report-${++count}.md`);
      try {
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
          'strategy.report.saveMarkdown',
          saved,
        );
        assert.equal(written?.toString(), saved.toString());
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(saved));
        assert.ok(text.includes('Month End Test'));
      } finally {
        await vscode.workspace.fs.delete(saved, { useTrash: false }).then(undefined, () => undefined);
      }
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it("drafts into a block list of reviews, indented as the file's, with the actions as tab stops", async () => {
    const text = `version: 1
name: Snippet Test
period: {start: 2025-09-01, end: 2026-12-31}
goals:
  - id: grow
    title: Grow followers to 5000
    metric: followers
    baseline: 1000
    target: 5000
    deadline: 2026-03-31
metrics:
  - id: followers
    name: Followers
    values:
      '2025-10': 1000
      '2025-11': 1010
reviews:
  - date: 2025-10-05
    findings: Started
`;
    const scratch = await scratchFiles({ 'month-end-#.strategy.yaml': text });
    try {
      const [strategy] = scratch.uris;
      const editor = await openEditor(strategy);
      const inserted = await vscode.commands.executeCommand<boolean>('strategy.draftReview', strategy);
      assert.equal(inserted, true);
      const after = editor.document.getText();
      assert.ok(after.startsWith(text), 'appended after the last review');
      const added = after.slice(text.length);
      assert.ok(
        added.startsWith('  - date: 2026-01-01\n    month: 2025-11\n    goals: [grow]\n    findings: '),
        JSON.stringify(added),
      );
      assert.ok(added.endsWith("    actions:\n      - ''\n"), JSON.stringify(added));
      // Snippet mode: the first action is selected, ready to be written over.
      assert.equal(editor.document.getText(editor.selection), "''");
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), text, 'one undo takes the draft back');
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('reports every strategy file of a folder in one panel', async () => {
    const scratch = await scratchFiles({
      'month-end-folder-#/a.strategy.yaml': STRATEGY,
      'month-end-folder-#/b.strategy.yaml': STRATEGY.replace('Month End Test', 'Second Client'),
    });
    const folder = vscode.Uri.joinPath(scratch.uris[0], '..');
    try {
      const panel = await vscode.commands.executeCommand<ReportPanel | undefined>(
        'strategy.monthReport',
        folder,
      );
      assert.ok(panel, 'a report panel');
      assert.equal(panel.data.length, 2);
      const html = panel.panel.webview.html;
      assert.ok(html.includes('Month End Test') && html.includes('Second Client'), 'both files');
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
      await vscode.workspace.fs
        .delete(folder, { recursive: true, useTrash: false })
        .then(undefined, () => undefined);
    }
  });

  it('drafts the month review as a snippet, and offers it as the reviews/missing quick fix', async () => {
    const scratch = await scratchFiles({ 'month-end-#.strategy.yaml': STRATEGY });
    try {
      const [strategy] = scratch.uris;
      const editor = await openEditor(strategy);
      const diagnostics = await waitForDiagnostics(
        strategy,
        (d) => d.some((x) => codeOf(x) === 'reviews/missing'),
        'reviews/missing',
      );
      const missing = diagnostics.find((x) => codeOf(x) === 'reviews/missing')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        strategy,
        missing.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const draft = actions.find((a) => a.title === "Draft the month's review");
      assert.ok(draft, 'the quick fix is offered');
      assert.equal(draft.command?.command, 'strategy.draftReview');

      const inserted = await vscode.commands.executeCommand<boolean>('strategy.draftReview', strategy);
      assert.equal(inserted, true);
      const text = editor.document.getText();
      assert.match(text, /month: '?2025-11'?/);
      assert.ok(!text.includes('${'), 'the snippet syntax is not in the file');
      assert.ok(text.startsWith(STRATEGY.slice(0, STRATEGY.indexOf('reviews:'))), 'nothing else changed');
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });
});
