// The month report in a webview: the core's self-contained page (no script, its own CSP allowing only
// inline styles and data: images), for one file or every strategy file of a folder. Saving and opening
// in a browser are editor title actions, outside the report's content.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { monthReport, msg, render, reportHtml, reportMarkdown, type ReportData } from '../core';
import { isExcluded } from './documents/scan';
import { renderContextFor } from './language';
import type { FileEntry } from './documents/state';
import { PanelTypes, STRATEGY_GLOB } from './ids';
import type { Log } from './log';
import type { StrategyStore } from './store';
import { localDate } from './today';

/** The policy of the report's page: inline styles and data: images, nothing else. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The report's page with the policy in its head (the core's page has it; this keeps it so). */
export function withCsp(html: string): string {
  if (html.includes('Content-Security-Policy')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;
  return /<head>/i.test(html) ? html.replace(/<head>/i, `<head>\n${meta}`) : `${meta}\n${html}`;
}

export class ReportPanel implements vscode.Disposable {
  html = '';
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    /** The file or folder reported. */
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    public data: ReportData[],
  ) {
    this.subscriptions.push(panel.onDidDispose(() => this.dispose()));
    this.show(data);
  }

  show(data: ReportData[]): void {
    this.data = data;
    this.html = reportHtml(data.length === 1 ? data[0] : data);
    // One file's report speaks its language (ReportData.language); a folder's, VS Code's.
    this.panel.title =
      data.length === 1
        ? render(msg('panels.report.title', { name: data[0].name ?? data[0].file }), {
            language: data[0].language,
          })
        : vscode.l10n.t('Report: {0}', this.folderName());
    this.panel.webview.html = withCsp(this.html);
  }

  markdown(): string {
    return reportMarkdown(this.data.length === 1 ? this.data[0] : this.data);
  }

  /** The month in the file names: `report-<month>`. */
  baseName(): string {
    return `report-${this.data[0]?.month ?? localDate().slice(0, 7)}`;
  }

  private folderName(): string {
    return this.uri.path.split('/').filter(Boolean).at(-1) ?? this.uri.path;
  }

  private done = false;

  dispose(): void {
    if (this.done) return;
    this.done = true;
    for (const s of this.subscriptions) s.dispose();
    this.disposed.fire();
    this.disposed.dispose();
    this.panel.dispose();
  }
}

export class ReportPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ReportPanel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: StrategyStore,
    private readonly log: Log,
  ) {
    this.subscriptions.push(
      store.onDidLint(
        log.guard('report update', (entry: FileEntry) => {
          // A file's report follows its edits; a folder's is a snapshot (reopen it to refresh).
          const open = this.panels.get(entry.uri.toString());
          if (!open) return;
          const data = this.reportOf(entry);
          if (data) open.show([data]);
        }),
      ),
    );
  }

  all(): ReportPanel[] {
    return [...this.panels.values()];
  }

  /** The report the user is in, else the only one open. */
  active(): ReportPanel | undefined {
    const all = this.all();
    return all.find((p) => p.panel.active) ?? (all.length === 1 ? all[0] : undefined);
  }

  async openFile(uri: vscode.Uri): Promise<ReportPanel | undefined> {
    const entry = await this.store.ensure(uri);
    if (!entry) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Could not read {0}.', vscode.workspace.asRelativePath(uri)),
      );
      return undefined;
    }
    const data = this.reportOf(entry);
    if (!data) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0} is not valid YAML, so it has no report. Fix the file first.',
          vscode.workspace.asRelativePath(uri),
        ),
      );
      return undefined;
    }
    return this.show(uri, [data]);
  }

  /** One report of every strategy file in the folder, with the progress of reading them. */
  async openFolder(folder: vscode.Uri): Promise<ReportPanel | undefined> {
    const files = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, STRATEGY_GLOB)))
      .filter((uri) => !isExcluded(uri))
      .sort((a, b) => a.path.localeCompare(b.path));
    if (files.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} holds no strategy files.', vscode.workspace.asRelativePath(folder)),
      );
      return undefined;
    }
    const data = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Month report'),
        cancellable: true,
      },
      async (progress, token) => {
        const out: ReportData[] = [];
        for (const [i, uri] of files.entries()) {
          if (token.isCancellationRequested) return undefined;
          progress.report({
            message: vscode.l10n.t(
              '{0} of {1}: {2}',
              i + 1,
              files.length,
              vscode.workspace.asRelativePath(uri),
            ),
            increment: 100 / files.length,
          });
          const entry = await this.store.ensure(uri);
          const report = entry && this.reportOf(entry);
          if (report) out.push(report);
          else
            this.log.info(
              `Month report: left out ${vscode.workspace.asRelativePath(uri)} (unreadable or not valid YAML)`,
            );
        }
        return out;
      },
    );
    if (!data || data.length === 0) return undefined;
    return this.show(folder, data);
  }

  /** Writes the active report as html or markdown where the user says. */
  async save(format: 'html' | 'md', given?: unknown): Promise<vscode.Uri | undefined> {
    const open = this.active();
    if (!open) return this.noReport();
    const near = this.folderOf(open);
    // A target a test (or another extension) gives; the title bar passes the webview's own uri, not one.
    const wanted = format === 'html' ? /\.html?$/i : /\.md$/i;
    let target = given instanceof vscode.Uri && wanted.test(given.path) ? given : undefined;
    target ??= await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(near, `${open.baseName()}.${format}`),
      filters:
        format === 'html'
          ? { [vscode.l10n.t('Web pages')]: ['html'] }
          : { [vscode.l10n.t('Markdown files')]: ['md'] },
      title:
        format === 'html'
          ? vscode.l10n.t('Save the report as HTML')
          : vscode.l10n.t('Save the report as Markdown'),
    });
    if (!target) return undefined;
    if (/\.strategy\.ya?ml$/i.test(target.path)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The report never replaces a strategy file.'));
      return undefined;
    }
    const text = format === 'html' ? open.html : open.markdown();
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Saved the report to {0}.', vscode.workspace.asRelativePath(target)),
    );
    return target;
  }

  /** Writes the active report to a temporary file and opens it in the default browser. */
  async openInBrowser(): Promise<vscode.Uri | undefined> {
    const open = this.active();
    if (!open) return this.noReport();
    const random = Math.random().toString(36).slice(2, 8);
    const target = vscode.Uri.file(join(tmpdir(), `strategy-${open.baseName()}-${random}.html`));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(open.html));
    await vscode.env.openExternal(target);
    return target;
  }

  private noReport(): undefined {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a month report first.'));
    return undefined;
  }

  private folderOf(open: ReportPanel): vscode.Uri {
    const fromFile = /\.strategy\.ya?ml$/i.test(open.uri.path);
    return fromFile ? vscode.Uri.joinPath(open.uri, '..') : open.uri;
  }

  private reportOf(entry: FileEntry): ReportData | undefined {
    const { analysis, findings } = entry.result;
    if (findings.some((f) => f.code === 'yaml/syntax')) return undefined;
    return monthReport(analysis, findings, {
      today: localDate(),
      file: vscode.workspace.asRelativePath(entry.uri),
      // The file's language by the contract's precedence: `strategy.locale`, the file, VS Code.
      language: renderContextFor(analysis.model).language,
    });
  }

  private show(uri: vscode.Uri, data: ReportData[]): ReportPanel {
    const key = uri.toString();
    const existing = this.panels.get(key);
    if (existing) {
      existing.show(data);
      existing.panel.reveal(existing.panel.viewColumn);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PanelTypes.report,
      vscode.l10n.t('Report'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      // The page has no script and loads nothing: no scripts, no local resources.
      { enableScripts: false, localResourceRoots: [], enableFindWidget: true },
    );
    const open = new ReportPanel(uri, panel, data);
    this.panels.set(key, open);
    open.onDidDispose(() => {
      if (this.panels.get(key) === open) this.panels.delete(key);
    });
    return open;
  }

  dispose(): void {
    for (const p of [...this.panels.values()]) p.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
