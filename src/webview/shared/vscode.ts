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

export function saveState(state: unknown): void {
  vscode().setState(state);
}
