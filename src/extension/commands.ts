// The palette commands (category "Strategy") and the internal ones that tree items, CodeLenses and
// quick fixes run. Commands accept a Uri or a tree node (context menus) and fall back to the file of the
// calendar or trends panel the user is in, then the active strategy editor, then to a pick among the
// workspace's strategy files.
import * as vscode from 'vscode';
import { strategyTemplate, toICalendar } from '../core';
import { ruleDocsUri } from './convert';
import { Commands, LANGUAGE_ID } from './ids';
import type { Log } from './log';
import type { PanelManager, StrategyPanel } from './panels/panels';
import { revealOffsets } from './reveal';
import { isStrategyDocument } from './documents/scan';
import type { StrategyStore } from './store';
import { localDate } from './today';

export interface NewFileOptions {
  language?: 'en' | 'fa';
  /** Where to save; 'untitled' opens an unsaved editor. Asked for when absent. */
  target?: vscode.Uri | 'untitled';
}

export class StrategyCommands {
  constructor(
    private readonly store: StrategyStore,
    private readonly panels: PanelManager,
    private readonly log: Log,
    private readonly extensionUri: vscode.Uri,
  ) {}

  register(): vscode.Disposable[] {
    const reg = <A extends unknown[]>(id: string, fn: (...args: A) => unknown) =>
      vscode.commands.registerCommand(id, fn);
    return [
      reg(Commands.newFile, (options?: NewFileOptions) => this.newFile(options)),
      reg(Commands.lintWorkspace, () => this.lintWorkspace()),
      reg(Commands.lintFile, (arg?: unknown) => this.lintFile(arg)),
      reg(Commands.openCalendar, (arg?: unknown) => this.openPanel('calendar', arg)),
      reg(Commands.showTrends, (arg?: unknown) => this.openPanel('trends', arg)),
      reg(Commands.exportIcs, (arg?: unknown, target?: vscode.Uri) => this.exportIcs(arg, target)),
      reg(Commands.showOutput, () => this.log.channel.show()),
      reg(Commands.reveal, (uri: vscode.Uri | string, start: number, end: number) =>
        revealOffsets(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, start, end),
      ),
      reg(Commands.showRuleDocs, (code: string) => this.showRuleDocs(code)),
    ];
  }

  async newFile(options: NewFileOptions = {}): Promise<vscode.TextDocument | undefined> {
    let language = options.language;
    if (!language) {
      const picked = await vscode.window.showQuickPick(
        [
          {
            label: 'English',
            description: vscode.l10n.t('A strategy with English examples'),
            language: 'en' as const,
          },
          {
            label: 'فارسی',
            description: vscode.l10n.t('A strategy with Persian examples'),
            language: 'fa' as const,
          },
        ],
        {
          title: vscode.l10n.t('New Strategy File'),
          placeHolder: vscode.l10n.t('Which language should the template use?'),
        },
      );
      if (!picked) return undefined;
      language = picked.language;
    }
    const content = strategyTemplate(language, localDate());
    let target = options.target;
    if (!target) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      if (folder) {
        target = await vscode.window.showSaveDialog({
          defaultUri: vscode.Uri.joinPath(folder, 'social-media.strategy.yaml'),
          filters: { [vscode.l10n.t('Strategy files')]: ['strategy.yaml', 'yaml'] },
          title: vscode.l10n.t('Save the new strategy file'),
        });
        if (!target) return undefined;
      } else {
        target = 'untitled';
      }
    }
    let document: vscode.TextDocument;
    if (target === 'untitled') {
      document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
    } else {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      document = await vscode.workspace.openTextDocument(target);
    }
    await vscode.window.showTextDocument(document);
    return document;
  }

  async lintWorkspace(): Promise<{ files: number; errors: number; warnings: number }> {
    const files = await this.store.lintWorkspace();
    let errors = 0;
    let warnings = 0;
    for (const entry of this.store.all()) {
      for (const f of entry.result.findings) {
        if (f.severity === 'error') errors++;
        else if (f.severity === 'warning') warnings++;
      }
    }
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Checked {0} strategy files: {1} errors, {2} warnings.', files, errors, warnings),
    );
    return { files, errors, warnings };
  }

  async lintFile(arg: unknown): Promise<void> {
    const uri = await this.resolveUri(arg);
    if (uri) await this.store.lintUri(uri);
  }

  async openPanel(kind: 'calendar' | 'trends', arg: unknown): Promise<StrategyPanel | undefined> {
    const uri = await this.resolveUri(arg);
    return uri ? this.panels.open(kind, uri) : undefined;
  }

  async exportIcs(arg: unknown, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const uri = await this.resolveUri(arg);
    if (!uri) return undefined;
    const entry = await this.store.ensure(uri);
    if (!entry) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Could not read {0}.', vscode.workspace.asRelativePath(uri)),
      );
      return undefined;
    }
    const { model } = entry.result.analysis;
    target ??= await vscode.window.showSaveDialog({
      defaultUri: uri.with({ path: uri.path.replace(/\.strategy\.ya?ml$/i, '') + '.ics' }),
      filters: { [vscode.l10n.t('iCalendar files')]: ['ics'] },
      title: vscode.l10n.t('Export the content calendar'),
    });
    if (!target) return undefined;
    const ics = toICalendar(model, model.name ? { name: model.name } : {});
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(ics));
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Exported {0} posts to {1}.',
        model.calendar.length,
        vscode.workspace.asRelativePath(target),
      ),
    );
    return target;
  }

  async showRuleDocs(code: string): Promise<void> {
    const uri = ruleDocsUri(this.extensionUri, code);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.commands.executeCommand('vscode.open', uri);
    }
  }

  /** The strategy file a command is about. */
  async resolveUri(arg: unknown): Promise<vscode.Uri | undefined> {
    if (arg instanceof vscode.Uri) return arg;
    if (typeof arg === 'object' && arg !== null && (arg as { uri?: unknown }).uri instanceof vscode.Uri) {
      return (arg as { uri: vscode.Uri }).uri;
    }
    // "Show Metric Trends" from the calendar means this calendar's file.
    const panel = this.panels.active();
    if (panel) return panel.uri;
    const active = vscode.window.activeTextEditor?.document;
    if (active && isStrategyDocument(active)) return active.uri;
    const files = this.store.all().map((e) => e.uri);
    if (files.length === 1) return files[0];
    if (files.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No strategy file is open.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
      { placeHolder: vscode.l10n.t('Choose a strategy file') },
    );
    return picked?.uri;
  }
}
