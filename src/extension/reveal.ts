// Show a file with [start, end) selected: what tree items, CodeLenses and the panels' "reveal" do.
import * as vscode from 'vscode';

export async function revealOffsets(
  uri: vscode.Uri,
  start: number,
  end: number,
  options: { preserveFocus?: boolean } = {},
): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  // Reuse the column that already shows the file (the calendar usually sits beside it).
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    preserveFocus: options.preserveFocus ?? false,
  });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
