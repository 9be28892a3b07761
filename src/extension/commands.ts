// The palette commands (category "Strategy") and the internal ones that tree items, CodeLenses and
// quick fixes run. Commands accept a Uri or a tree node (context menus) and fall back to the file of the
// calendar or trends panel the user is in, then the active strategy editor, then to a pick among the
// workspace's strategy files. The post commands (approve, send for review) take a Calendar tree node,
// the calendar panel's context-menu context (`postIndex`), or the post at the editor's cursor.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { rangeAt, statusEdits, strategyTemplate, toICalendar, type Language } from '../core';
import { ruleDocsUri, toTextEdit } from './convert';
import { Commands, LANGUAGE_ID } from './ids';
import type { Log } from './log';
import type { PanelManager, StrategyPanel } from './panels/panels';
import { askDate, moveOverduePost, type AskDate } from './overdue';
import { revealOffsets } from './reveal';
import { renderContextFor } from './language';
import { isStrategyDocument } from './documents/scan';
import * as settings from './settings';
import type { StrategyStore } from './store';
import { localDate } from './today';

/** How long `git config user.name` may take before the user is asked instead. */
const GIT_TIMEOUT_MS = 3000;

/** A post a command acts on; `shown` is what the calendar panel drew, when the command came from it. */
interface PostTarget {
  uri: vscode.Uri;
  index: number;
  shown?: { date: string; title: string }[];
}

/** git's `user.name` seen from `cwd`; undefined when git is missing, slow, failing or has no name. */
function gitUserName(cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['config', 'user.name'],
      { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true },
      (err, stdout) => resolve((err ? '' : String(stdout).trim()) || undefined),
    );
  });
}

export interface NewFileOptions {
  language?: 'en' | 'fa';
  /** Where to save; 'untitled' opens an unsaved editor. Asked for when absent. */
  target?: vscode.Uri | 'untitled';
}

export class StrategyCommands {
  /** The date question of "Move to another date…" (tests replace it). */
  askDate: AskDate = askDate;

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
      reg(Commands.approvePost, (arg?: unknown) => this.setPostStatus('approved', arg)),
      reg(Commands.sendPostForReview, (arg?: unknown) => this.setPostStatus('in-review', arg)),
      reg(Commands.reveal, (uri: vscode.Uri | string, start: number, end: number) =>
        revealOffsets(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, start, end),
      ),
      reg(Commands.showRuleDocs, (code: string, language?: Language) => this.showRuleDocs(code, language)),
      reg(Commands.moveOverduePost, (uri: vscode.Uri, offset: number) =>
        moveOverduePost(this.store, uri, offset, this.askDate),
      ),
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
    const { language } = renderContextFor(model);
    const ics = toICalendar(model, model.name ? { name: model.name, language } : { language });
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

  /** A rule's page, in the language of the file's messages (Persian pages under docs/rules/fa). */
  async showRuleDocs(code: string, language?: Language): Promise<void> {
    const uri = ruleDocsUri(this.extensionUri, code, language === 'fa' ? 'fa' : 'en');
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.commands.executeCommand('vscode.open', uri);
    }
  }

  /**
   * Sets a post's status as one undoable edit: `approved` with `approvedBy` (the `strategy.approver`
   * setting, else git's `user.name`, else the user's answer), or `in-review`. Returns whether the file
   * changed (or already said so).
   */
  async setPostStatus(status: 'approved' | 'in-review', arg: unknown): Promise<boolean> {
    const target = await this.postTarget(arg);
    if (!target) return false;
    let approvedBy: string | undefined;
    if (status === 'approved') {
      approvedBy = await this.approver(target.uri);
      if (approvedBy === undefined) return false;
    }
    const document = await vscode.workspace.openTextDocument(target.uri);
    const { analysis } = (await this.store.analysisFor(document)).result;
    // The edit is computed from this text: it must still be the document's (typing goes on meanwhile).
    if (analysis.text !== document.getText())
      return this.refuse(vscode.l10n.t('The file changed: try again.'));
    if (analysis.doc.errors.length > 0) {
      return this.refuse(
        vscode.l10n.t(
          '{0} does not parse, so the post cannot be changed. Fix the file first.',
          vscode.workspace.asRelativePath(document.uri),
        ),
      );
    }
    if (target.shown) {
      const post = analysis.model.calendar.find((p) => p.index === target.index)?.value;
      const title = post?.title ?? '';
      const same =
        post !== undefined &&
        target.shown.some((s) => s.title === title) &&
        (post.repeat !== undefined || target.shown.some((s) => s.date === post.date));
      if (!same) return this.refuse(vscode.l10n.t('The calendar changed since it was drawn: try again.'));
    }
    const edits = statusEdits(analysis, target.index, status, approvedBy, renderContextFor(analysis.model));
    if ('error' in edits) return this.refuse(edits.error);
    if (edits.length === 0) return true;
    const visible = vscode.window.visibleTextEditors.some(
      (e) => e.document.uri.toString() === document.uri.toString(),
    );
    const edit = new vscode.WorkspaceEdit();
    edit.set(
      document.uri,
      edits.map((e) => toTextEdit(document, e)),
    );
    // One WorkspaceEdit: one step on the document's undo stack.
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    if (!visible) {
      // The change is unsaved: show it, or the user would not know the file changed.
      const at = edits[0].start;
      await revealOffsets(document.uri, at, at, { preserveFocus: true });
    }
    const approvers = analysis.model.governance?.approval?.approvers;
    if (approvedBy !== undefined && approvers && approvers.length > 0 && !approvers.includes(approvedBy)) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0} is not one of the approvers this strategy lists (governance.approval.approvers).',
          approvedBy,
        ),
      );
    }
    return true;
  }

  private refuse(message: string): false {
    void vscode.window.showWarningMessage(message);
    return false;
  }

  /** The post a post command is about: a tree node, the calendar panel's context, or the cursor's post. */
  private async postTarget(arg: unknown): Promise<PostTarget | undefined> {
    const given = typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>) : {};
    if (given.uri instanceof vscode.Uri && typeof given.index === 'number')
      return { uri: given.uri, index: given.index };
    if (typeof given.postIndex === 'number') {
      // The calendar panel's context menu: the panel the user is in (else the only calendar open).
      const calendars = this.panels.all().filter((p) => p.kind === 'calendar');
      const panel =
        calendars.find((p) => p.panel.active) ?? (calendars.length === 1 ? calendars[0] : undefined);
      const model = panel?.model?.kind === 'calendar' ? panel.model : undefined;
      const shown = model?.posts.filter((p) => p.index === given.postIndex) ?? [];
      if (!panel || shown.length === 0) {
        this.refuse(vscode.l10n.t('The calendar changed since it was drawn: try again.'));
        return undefined;
      }
      return {
        uri: panel.uri,
        index: given.postIndex,
        shown: shown.map((p) => ({ date: p.date, title: p.title })),
      };
    }
    const editor = vscode.window.activeTextEditor;
    if (editor && isStrategyDocument(editor.document)) {
      const { document } = editor;
      const { analysis } = (await this.store.analysisFor(document)).result;
      const offset = document.offsetAt(editor.selection.active);
      const text = document.getText();
      // The innermost post around the cursor; on an item's first line, its dash and indentation count.
      let post: { index: number; start: number } | undefined;
      for (const p of analysis.model.calendar) {
        const range = rangeAt(analysis, p.path);
        if (!range || offset > range.end) continue;
        const lineStart = document.offsetAt(document.positionAt(range.start).with({ character: 0 }));
        const inside =
          offset >= range.start ||
          (offset >= lineStart && /^[\s-]*$/.test(text.slice(lineStart, range.start)));
        if (inside && (!post || range.start > post.start)) post = { index: p.index, start: range.start };
      }
      if (post) return { uri: document.uri, index: post.index };
    }
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Put the cursor in a post of the calendar, or right-click a post in the Calendar view or panel.',
      ),
    );
    return undefined;
  }

  /** Who approves: `strategy.approver`, else git's `user.name` for the file's folder, else the user's answer. */
  private async approver(uri: vscode.Uri): Promise<string | undefined> {
    const configured = settings.approver();
    if (configured) return configured;
    const folder =
      uri.scheme === 'file'
        ? vscode.Uri.joinPath(uri, '..').fsPath
        : vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
    const fromGit = await gitUserName(folder);
    if (fromGit) return fromGit;
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Approve Post'),
      prompt: vscode.l10n.t('Who approves this post? Set strategy.approver to skip this question.'),
      placeHolder: vscode.l10n.t('Your name'),
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Write a name.')),
    });
    return typed?.trim() || undefined;
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
