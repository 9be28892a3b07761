// The webview's only channel to the extension: typed messages out, persisted state in and out.
import type { WebviewApi } from 'vscode-webview';
import type { WebviewToExtension } from '../../core/protocol';

let api: WebviewApi<unknown> | undefined;

function vscode(): WebviewApi<unknown> {
  // acquireVsCodeApi may be called once per page.
  api ??= acquireVsCodeApi<unknown>();
  return api;
}

export function post(message: WebviewToExtension): void {
  vscode().postMessage(message);
}

export function loadState(): unknown {
  return vscode().getState();
}

/** The file the panel shows: kept in the state so VS Code can restore the panel after a reload. */
let documentUri: string | undefined;

export function setDocumentUri(uri: string): void {
  if (uri === documentUri) return;
  documentUri = uri;
  const saved = vscode().getState();
  vscode().setState({ ...(typeof saved === 'object' && saved !== null ? saved : {}), uri });
}

export function saveState(state: object): void {
  vscode().setState(documentUri === undefined ? state : { ...state, uri: documentUri });
}
