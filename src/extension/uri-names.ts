// Small helpers about file names, shared by the views and the panels.
import type * as vscode from 'vscode';

/** The last path segment: `a/b/shop.strategy.yaml` -> `shop.strategy.yaml`. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
