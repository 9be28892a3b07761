// Proves the runner end to end: the tests execute inside a real VS Code
// extension host, with the workspace folder the runner opened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('offline VS Code runner (smoke)', () => {
  it('runs inside a real VS Code extension host', () => {
    assert.equal(typeof vscode.version, 'string');
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  it('opened the workspace folder passed with --workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
  });

  it('opens a workspace file as a TextDocument and shows it in an editor', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const uri = vscode.Uri.joinPath(folder.uri, 'smoke-fixture.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('hello from the smoke test\n'));

    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.lineAt(0).text, 'hello from the smoke test');
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(editor.document.uri.toString(), uri.toString());
  });

  it('applies the user settings the runner wrote', () => {
    // Both runners write the quiet settings into a fresh profile.
    assert.equal(vscode.workspace.getConfiguration('telemetry').get('telemetryLevel'), 'off');
  });

  it('sees the extension under development', () => {
    const ext = vscode.extensions.getExtension('strategy-as-code.strategy-as-code');
    assert.ok(ext, 'extension strategy-as-code.strategy-as-code is loaded');
  });
});
