// The page each panel serves: the bundled script and stylesheet from dist/webview, under a strict
// Content Security Policy with a fresh nonce (no inline code without it, nothing from the network).
import * as vscode from 'vscode';

export function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [webviewRoot(extensionUri)],
    // State survives hiding through getState/setState and the panel serializer instead.
    retainContextWhenHidden: false,
    enableFindWidget: true,
  };
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function panelHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  page: 'calendar' | 'trends',
  title: string,
  /** The file's language: the page's first paint (its "loading" line) speaks it before any message. */
  language: 'en' | 'fa' = 'en',
): string {
  const n = nonce();
  const root = webviewRoot(extensionUri);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, `${page}.js`));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, `${page}.css`));
  const csp = [
    "default-src 'none'",
    // No img-src: nothing shows an image. FullCalendar's icon font is inlined as a data: font.
    `style-src ${webview.cspSource} 'nonce-${n}'`,
    `script-src 'nonce-${n}'`,
    `font-src ${webview.cspSource} data:`,
  ].join('; ');
  const dir = language === 'fa' ? 'rtl' : 'ltr';
  return `<!DOCTYPE html>
<html lang="${language}" dir="${dir}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(style.toString())}">
<title>${escapeAttr(title)}</title>
</head>
<body data-panel="${page}">
<script nonce="${n}" src="${escapeAttr(script.toString())}"></script>
</body>
</html>`;
}
