// @ts-check
// A tiny localhost server for the webview tests and bench: serves dist/webview and a page built the
// way the extension builds it (nonce CSP, one script, one stylesheet), plus a fake acquireVsCodeApi.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_BIN } from '../harness/config.mjs';

/** @type {Record<string, string>} */
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** @typedef {{ bodyClass: string, vars: Record<string, string> }} Theme */

// Enough of VS Code's theme variables to see the panels as they will look.
/** @type {Record<string, Theme>} */
const THEMES = {
  light: {
    bodyClass: 'vscode-light',
    vars: {
      'editor-background': '#ffffff',
      'editor-foreground': '#3b3b3b',
      foreground: '#3b3b3b',
      descriptionForeground: '#717171',
      focusBorder: '#005fb8',
      'button-background': '#005fb8',
      'button-foreground': '#ffffff',
      'button-hoverBackground': '#0258a8',
      'button-secondaryBackground': '#e5e5e5',
      'button-secondaryForeground': '#3b3b3b',
      'button-secondaryHoverBackground': '#cccccc',
      'input-background': '#ffffff',
      'input-foreground': '#3b3b3b',
      'input-border': '#cecece',
      'input-placeholderForeground': '#767676',
      'dropdown-background': '#ffffff',
      'dropdown-foreground': '#3b3b3b',
      'dropdown-border': '#cecece',
      'editorWidget-background': '#f8f8f8',
      'editorWidget-border': '#e5e5e5',
      'list-hoverBackground': '#f2f2f2',
      'textLink-foreground': '#005fb8',
      'textLink-activeForeground': '#005fb8',
      'editorWarning-foreground': '#bf8803',
      'editorError-foreground': '#e51400',
      'inputValidation-errorBackground': '#f2dede',
      'inputValidation-errorBorder': '#be1100',
      'inputValidation-errorForeground': '#3b3b3b',
      'charts-foreground': '#616161',
      'charts-lines': 'rgba(97,97,97,0.3)',
      'charts-blue': '#1a85ff',
      'charts-red': '#e51400',
      'charts-green': '#388a34',
      'charts-yellow': '#bf8803',
      'charts-orange': '#d18616',
      'charts-purple': '#652d90',
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'font-size': '13px',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      'editor-background': '#1f1f1f',
      'editor-foreground': '#cccccc',
      foreground: '#cccccc',
      descriptionForeground: '#9d9d9d',
      focusBorder: '#0078d4',
      'button-background': '#0078d4',
      'button-foreground': '#ffffff',
      'button-hoverBackground': '#026ec1',
      'button-secondaryBackground': '#313131',
      'button-secondaryForeground': '#cccccc',
      'button-secondaryHoverBackground': '#3c3c3c',
      'input-background': '#313131',
      'input-foreground': '#cccccc',
      'input-border': '#3c3c3c',
      'input-placeholderForeground': '#989898',
      'dropdown-background': '#313131',
      'dropdown-foreground': '#cccccc',
      'dropdown-border': '#3c3c3c',
      'editorWidget-background': '#202020',
      'editorWidget-border': '#454545',
      'list-hoverBackground': '#2a2d2e',
      'textLink-foreground': '#4daafc',
      'textLink-activeForeground': '#4daafc',
      'editorWarning-foreground': '#cca700',
      'editorError-foreground': '#f14c4c',
      'inputValidation-errorBackground': '#5a1d1d',
      'inputValidation-errorBorder': '#be1100',
      'inputValidation-errorForeground': '#cccccc',
      'charts-foreground': '#cccccc',
      'charts-lines': 'rgba(204,204,204,0.3)',
      'charts-blue': '#3794ff',
      'charts-red': '#f14c4c',
      'charts-green': '#89d185',
      'charts-yellow': '#cca700',
      'charts-orange': '#d18616',
      'charts-purple': '#b180d7',
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'font-size': '13px',
    },
  },
  hc: {
    bodyClass: 'vscode-high-contrast',
    vars: {
      'editor-background': '#000000',
      'editor-foreground': '#ffffff',
      foreground: '#ffffff',
      descriptionForeground: '#ffffff',
      focusBorder: '#f38518',
      contrastBorder: '#6fc3df',
      contrastActiveBorder: '#f38518',
      'button-background': '#000000',
      'button-foreground': '#ffffff',
      'button-border': '#6fc3df',
      'input-background': '#000000',
      'input-foreground': '#ffffff',
      'input-border': '#6fc3df',
      'editorWidget-background': '#0c141f',
      'editorWidget-border': '#6fc3df',
      'textLink-foreground': '#21a6ff',
      'charts-foreground': '#ffffff',
      'charts-lines': 'rgba(255,255,255,0.5)',
      'charts-blue': '#3794ff',
      'charts-green': '#89d185',
      'charts-orange': '#d18616',
      'charts-purple': '#b180d7',
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'font-size': '13px',
    },
  },
  'hc-light': {
    // VS Code gives a high contrast light theme both classes.
    bodyClass: 'vscode-high-contrast vscode-high-contrast-light',
    vars: {
      'editor-background': '#ffffff',
      'editor-foreground': '#292929',
      foreground: '#292929',
      descriptionForeground: '#292929',
      focusBorder: '#006bbd',
      contrastBorder: '#0f4a85',
      contrastActiveBorder: '#006bbd',
      'button-background': '#0f4a85',
      'button-foreground': '#ffffff',
      'button-border': '#0f4a85',
      'input-background': '#ffffff',
      'input-foreground': '#292929',
      'input-border': '#0f4a85',
      'editorWidget-background': '#ffffff',
      'editorWidget-border': '#0f4a85',
      'textLink-foreground': '#0f4a85',
      'charts-foreground': '#292929',
      'charts-lines': 'rgba(41,41,41,0.5)',
      'charts-blue': '#0f4a85',
      'charts-green': '#374e06',
      'charts-orange': '#b5200d',
      'charts-purple': '#8f1d9c',
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'font-size': '13px',
    },
  },
};

/**
 * The document the extension serves, with `extraHead` standing in for what VS Code itself adds.
 * @param {import('./server.d.mts').WebviewHtmlOptions} options
 * @returns {string}
 */
export function webviewHtml({
  panel,
  cspSource,
  nonce,
  scriptUri,
  styleUri,
  title,
  extraHead = '',
  bodyClass = '',
}) {
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${extraHead}<link rel="stylesheet" href="${styleUri}">
<title>${title}</title>
</head>
<body class="${bodyClass}" data-panel="${panel}">
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}

/**
 * @param {string} origin
 * @param {'calendar' | 'trends'} panel
 * @param {string} theme
 */
function harnessHtml(origin, panel, theme) {
  const nonce = randomBytes(16).toString('base64');
  const t = THEMES[theme] ?? THEMES.light;
  const vars = Object.entries(t.vars)
    .map(([k, v]) => `--vscode-${k}: ${v};`)
    .join(' ');
  // The fake API keeps state in sessionStorage so a reload restores it, as VS Code's serializer does.
  const extraHead = `<style nonce="${nonce}">html { ${vars} }</style>
<script nonce="${nonce}">
  window.__messages = [];
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi may only be called once');
    acquired = true;
    return {
      postMessage: (m) => window.__messages.push(JSON.parse(JSON.stringify(m))),
      getState: () => JSON.parse(sessionStorage.getItem('vscode-state') ?? 'null') ?? undefined,
      setState: (s) => { sessionStorage.setItem('vscode-state', JSON.stringify(s)); return s; },
    };
  };
</script>
`;
  return webviewHtml({
    panel,
    cspSource: origin,
    nonce,
    scriptUri: `${origin}/dist/webview/${panel}.js`,
    styleUri: `${origin}/dist/webview/${panel}.css`,
    title: panel,
    extraHead,
    bodyClass: t.bodyClass,
  });
}

/**
 * Serves `root` (the repository) on a free localhost port.
 * @param {string} [root]
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startServer(root = process.cwd()) {
  let origin = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const page = /^\/page\/(calendar|trends)\.html$/.exec(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      const panel = /** @type {'calendar' | 'trends'} */ (page[1]);
      res.end(harnessHtml(origin, panel, url.searchParams.get('theme') ?? 'light'));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path = normalize(url.pathname);
    if (!path.startsWith('/dist/webview/')) {
      res.writeHead(404).end();
      return;
    }
    // node:http ignores a handler's promise: both outcomes of the read answer here, a failed one with 404.
    readFile(join(root, path)).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/** Debian's Chromium with the same flags the VS Code runner uses (headless, as root, no network). */
export const CHROMIUM_OPTIONS = { executablePath: CHROMIUM_BIN, headless: true, args: CHROMIUM_ARGS };
