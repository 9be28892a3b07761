// Shared test helpers: reach the extension's API, open fixtures, and wait for events (never sleep).
import * as vscode from 'vscode';
import type { StrategyApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'strategy-as-code.strategy-as-code';
const WAIT_MS = 15_000;

/**
 * The date the suite runs "on": before every post of the workspace's files, so that findings that
 * depend on today (calendar/overdue) do not change with the day the tests run. The CLI's tests pin it
 * with --today.
 */
export const TODAY = '2026-01-01';
let pinned = false;

export async function extensionApi(): Promise<StrategyApi> {
  const ext = vscode.extensions.getExtension<StrategyApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  await api.ready;
  if (!pinned) {
    pinned = true;
    api.pinToday(TODAY);
    // What the workspace scan linted with the real date, again with the pinned one.
    await api.store.relintAll();
  }
  return api;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Resolves when `check` returns a value other than undefined, re-checking on each event. */
export function waitFor<T>(
  event: vscode.Event<unknown>,
  check: () => T | undefined,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const now = check();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise<T>((resolve, reject) => {
    // The timer is a failsafe that turns a hang into a readable failure, not a wait.
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const listener = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

export function strategyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'strategy-lint');
}

/** Waits until the file's strategy diagnostics satisfy `ok`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const d = strategyDiagnostics(uri);
      return ok(d) ? d : undefined;
    },
    `${what} on ${uri.path}`,
  );
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

let scratchCount = 0;

/** A scratch copy of a fixture (deleted by the returned disposable), so a test may edit it freely. */
export async function scratchCopy(
  fixture: string,
  name: string,
): Promise<{ uri: vscode.Uri; dispose(): Promise<void> }> {
  // A fresh name each time: VS Code keeps a closed document's model for a while, and a new file at the
  // same path could meet the old model.
  const uri = workspaceUri(name.replace(/\.strategy\.yaml$/, `-${++scratchCount}.strategy.yaml`));
  const bytes = await vscode.workspace.fs.readFile(workspaceUri(fixture));
  await vscode.workspace.fs.writeFile(uri, bytes);
  return {
    uri,
    dispose: async () => {
      await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    },
  };
}

export async function openEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Closes every editor, reverting unsaved changes first (tests leave nothing open or dirty). */
export async function closeAll(): Promise<void> {
  // Only the documents tests open (workspace files, untitled ones): the workbench may hold its own
  // User/settings.json dirty for a moment, and showing it races with the workbench opening it.
  const ours = (d: vscode.TextDocument) =>
    d.uri.scheme === 'untitled' || vscode.workspace.getWorkspaceFolder(d.uri) !== undefined;
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && ours(d))) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function offsetOf(document: vscode.TextDocument, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' not found in ${document.uri.path}`);
  }
  return at;
}

export function positionOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  return document.positionAt(offsetOf(document, needle, nth));
}
