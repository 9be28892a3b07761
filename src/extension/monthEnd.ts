// The month's end in the editor: import analytics exports (CSV) into the metrics, the month report,
// and the month's review drafted as a snippet. Each is the core function `strategy-lint import`,
// `report` and `review` call; this file picks files, shows the change and applies it as one edit.
import { posix } from 'node:path';
import * as vscode from 'vscode';
import {
  applyEdits,
  decodeFile,
  draftReview,
  importMetrics,
  type CsvInput,
  type ImportResult,
} from '../core';
import { relativeIndent } from './codeActions';
import { toRange, toTextEdit } from './convert';
import { Commands } from './ids';
import type { Log } from './log';
import type { ReportPanels } from './reportPanel';
import type { StrategyStore } from './store';
import { localDate } from './today';
import { renderContextFor } from './language';

/** The scheme of the read-only documents that hold an import's proposed text (the diff's right side). */
export const PROPOSED_SCHEME = 'strategy-import';

/** What the user may do about conflicts and partial months after an import. */
export type LeftoverChoice = 'overwrite' | 'details' | undefined;

/** What an import did; the integration tests assert on it. */
export interface ImportOutcome {
  applied: boolean;
  result?: ImportResult;
}

/** Asks for the CSV files, starting in the strategy's folder. */
export async function pickCsvs(folder: vscode.Uri): Promise<vscode.Uri[] | undefined> {
  return vscode.window.showOpenDialog({
    defaultUri: folder,
    canSelectMany: true,
    canSelectFiles: true,
    canSelectFolders: false,
    filters: { [vscode.l10n.t('CSV files')]: ['csv', 'tsv', 'txt'] },
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import Metrics from CSV'),
  });
}

/**
 * Asks beside the diff whether to write the imported values: a notification, not a modal dialog, so
 * the diff can still be scrolled while the user decides.
 */
export async function confirmImport(summary: string): Promise<boolean> {
  const apply = vscode.l10n.t('Apply');
  const answer = await vscode.window.showInformationMessage(summary, apply, vscode.l10n.t('Cancel'));
  return answer === apply;
}

/** Tells how many values were kept and months skipped; offers to overwrite and to show the list. */
export async function askLeftovers(message: string, canOverwrite: boolean): Promise<LeftoverChoice> {
  const overwrite = vscode.l10n.t('Overwrite');
  const details = vscode.l10n.t('Show details');
  const answer = await vscode.window.showWarningMessage(
    message,
    ...(canOverwrite ? [overwrite, details] : [details]),
  );
  return answer === overwrite ? 'overwrite' : answer === details ? 'details' : undefined;
}

export class MonthEndCommands implements vscode.TextDocumentContentProvider {
  /** Proposed texts by their `strategy-import:` uri, while their diff may be open. */
  private readonly proposed = new Map<string, string>();
  private proposals = 0;
  /** The file picker; tests replace it (a native dialog cannot be clicked). */
  pick: (folder: vscode.Uri) => Thenable<vscode.Uri[] | undefined> = pickCsvs;
  /** The confirmation shown over the diff; tests replace it. */
  confirm: (summary: string) => Thenable<boolean> = confirmImport;
  /** The notification about conflicts and partial months; tests replace it. */
  askLeftovers: (message: string, canOverwrite: boolean) => Thenable<LeftoverChoice> = askLeftovers;

  constructor(
    private readonly store: StrategyStore,
    private readonly reports: ReportPanels,
    private readonly log: Log,
    /** The strategy file a command is about (StrategyCommands.resolveUri). */
    private readonly resolveUri: (arg: unknown) => Promise<vscode.Uri | undefined>,
  ) {}

  register(): vscode.Disposable[] {
    return [
      vscode.workspace.registerTextDocumentContentProvider(PROPOSED_SCHEME, this),
      // Only the file: the explorer passes its selection second, and that is no list of CSVs.
      vscode.commands.registerCommand(Commands.importMetrics, (arg?: unknown) => this.importMetrics(arg)),
      vscode.commands.registerCommand(Commands.monthReport, (arg?: unknown) => this.monthReport(arg)),
      vscode.commands.registerCommand(Commands.draftReview, (arg?: unknown) => this.draftReview(arg)),
      vscode.commands.registerCommand(Commands.reportSaveHtml, (target?: unknown) =>
        this.reports.save('html', target),
      ),
      vscode.commands.registerCommand(Commands.reportSaveMarkdown, (target?: unknown) =>
        this.reports.save('md', target),
      ),
      vscode.commands.registerCommand(Commands.reportOpenInBrowser, () => this.reports.openInBrowser()),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.proposed.get(uri.toString()) ?? '';
  }

  /**
   * Imports CSVs into the file's metrics: shows the change as a diff, asks, and applies it as one edit
   * (one undo step). Conflicts and partial months are kept and told in a notification that offers to
   * overwrite (the import again with `overwrite`) and to list them in the log.
   */
  async importMetrics(arg: unknown, given?: vscode.Uri[], overwrite = false): Promise<ImportOutcome> {
    const uri = await this.resolveUri(arg);
    if (!uri) return { applied: false };
    const document = await vscode.workspace.openTextDocument(uri);
    const { analysis } = (await this.store.analysisFor(document)).result;
    if (analysis.text !== document.getText())
      return this.refuse(vscode.l10n.t('The file changed: try again.'));
    if (analysis.doc.errors.length > 0) {
      return this.refuse(
        vscode.l10n.t(
          '{0} does not parse, so nothing can be imported into it. Fix the file first.',
          vscode.workspace.asRelativePath(uri),
        ),
      );
    }
    const folder = vscode.Uri.joinPath(uri, '..');
    const csvs = given ?? (await this.pick(folder));
    if (!csvs || csvs.length === 0) return { applied: false };
    const inputs: CsvInput[] = [];
    for (const csv of csvs) {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(csv);
      } catch (err) {
        return this.refuse(
          vscode.l10n.t(
            'Could not read {0}: {1}',
            vscode.workspace.asRelativePath(csv),
            err instanceof Error ? err.message : String(err),
          ),
        );
      }
      const decoded = decodeFile(bytes, renderContextFor(analysis.model));
      if (!decoded.ok)
        return this.refuse(`${vscode.workspace.asRelativePath(csv)}: ${decoded.finding.message}`);
      // `source.file` patterns are relative to the strategy's folder, with '/' separators.
      const path =
        csv.scheme === folder.scheme && csv.authority === folder.authority
          ? posix.relative(folder.path, csv.path)
          : posix.basename(csv.path);
      inputs.push({ path, text: decoded.text });
    }
    const result = importMetrics(analysis, inputs, { overwrite, render: renderContextFor(analysis.model) });
    if (result.problems.length > 0) {
      for (const p of result.problems) this.log.info(`Import: ${p.path}: ${p.message}`);
      return this.refuse(
        vscode.l10n.t(
          'Nothing was imported: {0}',
          result.problems.map((p) => `${p.path}: ${p.message}`).join(' '),
        ),
      );
    }
    let applied = false;
    if (result.edits.length > 0) {
      applied = await this.proposeAndApply(document, analysis.text, result);
      if (!applied) return { applied, result };
      // The change is unsaved: show it (the diff is closed now), or the user would not know the file changed.
      const shown = vscode.window.visibleTextEditors.some(
        (e) => e.document.uri.toString() === document.uri.toString(),
      );
      if (!shown) await vscode.window.showTextDocument(document, { preserveFocus: true });
    } else if (result.conflicts.length === 0 && result.partial.length === 0) {
      void vscode.window.showInformationMessage(
        result.unmatched.length > 0 && result.changes.length === 0
          ? vscode.l10n.t(
              'No metric takes a column of these files. Give a metric a `source` with the `column` to import; the columns are: {0}',
              result.unmatched.join(', '),
            )
          : vscode.l10n.t('Nothing to import: the metrics already hold these months.'),
      );
    }
    if (result.conflicts.length > 0 || result.partial.length > 0) {
      this.logLeftovers(uri, result);
      const choice = await this.askLeftovers(this.leftoverMessage(result), result.conflicts.length > 0);
      if (choice === 'details') this.log.channel.show(true);
      if (choice === 'overwrite') {
        const again = await this.importMetrics(uri, csvs, true);
        return { applied: applied || again.applied, result: again.result ?? result };
      }
    }
    return { applied, result };
  }

  /** Shows the diff and, when the user agrees, applies the import's edits as one WorkspaceEdit. */
  private async proposeAndApply(
    document: vscode.TextDocument,
    text: string,
    result: ImportResult,
  ): Promise<boolean> {
    const proposedUri = vscode.Uri.from({
      scheme: PROPOSED_SCHEME,
      path: document.uri.path,
      query: String(++this.proposals),
    });
    this.proposed.set(proposedUri.toString(), applyEdits(text, result.edits));
    try {
      await vscode.commands.executeCommand(
        'vscode.diff',
        document.uri,
        proposedUri,
        vscode.l10n.t('{0} ↔ Imported', posix.basename(document.uri.path)),
        { preview: true },
      );
      const summary = vscode.l10n.t(
        'Write {0} month values into {1}?',
        result.changes.length,
        vscode.workspace.asRelativePath(document.uri),
      );
      if (!(await this.confirm(summary))) return false;
      // The edits are of the text the import read: typing may have gone on meanwhile.
      if (document.getText() !== text) {
        this.refuse(vscode.l10n.t('The file changed: try again.'));
        return false;
      }
      const edit = new vscode.WorkspaceEdit();
      edit.set(
        document.uri,
        result.edits.map((e) => toTextEdit(document, e)),
      );
      // One WorkspaceEdit: one step on the document's undo stack.
      return await vscode.workspace.applyEdit(edit);
    } finally {
      await this.closeDiff(proposedUri);
      this.proposed.delete(proposedUri.toString());
    }
  }

  private async closeDiff(proposedUri: vscode.Uri): Promise<void> {
    const key = proposedUri.toString();
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === key);
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  }

  private leftoverMessage(result: ImportResult): string {
    const { conflicts, partial } = result;
    if (conflicts.length > 0 && partial.length > 0)
      return vscode.l10n.t(
        'Kept {0} values that the export disagrees with, and skipped {1} months the export does not cover to their last day.',
        conflicts.length,
        partial.length,
      );
    if (conflicts.length > 0)
      return vscode.l10n.t('Kept {0} values that the export disagrees with.', conflicts.length);
    return vscode.l10n.t('Skipped {0} months the export does not cover to their last day.', partial.length);
  }

  private logLeftovers(uri: vscode.Uri, result: ImportResult): void {
    const file = vscode.workspace.asRelativePath(uri);
    for (const c of result.conflicts)
      this.log.info(
        `Import into ${file}: ${c.metric} ${c.month}: the file has ${c.file}, the export ${c.csv}`,
      );
    for (const p of result.partial)
      this.log.info(
        `Import into ${file}: ${p.metric} ${p.month}: skipped, the export does not reach the month's last day`,
      );
    if (result.unmatched.length > 0)
      this.log.info(`Import into ${file}: columns no metric takes: ${result.unmatched.join(', ')}`);
  }

  /** The month report of a strategy file, or of every strategy file in a folder. */
  async monthReport(arg: unknown): Promise<unknown> {
    if (arg instanceof vscode.Uri) {
      const stat = await vscode.workspace.fs.stat(arg).then(
        (s) => s,
        () => undefined,
      );
      if (stat && stat.type & vscode.FileType.Directory) return this.reports.openFolder(arg);
    }
    const uri = await this.resolveUri(arg);
    return uri ? this.reports.openFile(uri) : undefined;
  }

  /** Inserts the month's review, drafted from the figures, as a snippet: its actions are tab stops. */
  async draftReview(arg: unknown): Promise<boolean> {
    const uri = await this.resolveUri(arg);
    if (!uri) return false;
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const { analysis } = (await this.store.analysisFor(document)).result;
    if (analysis.text !== document.getText()) return this.warn(vscode.l10n.t('The file changed: try again.'));
    const draft = draftReview(analysis, {
      today: localDate(),
      language: renderContextFor(analysis.model).language,
    });
    const edit = draft.edits[0];
    if (!edit) {
      return this.warn(
        vscode.l10n.t(
          '{0} has no place for a review (`reviews` is not a list).',
          vscode.workspace.asRelativePath(uri),
        ),
      );
    }
    const at = snippetPlace(analysis.text, edit.start, edit.end, edit.snippet ?? edit.newText);
    // A range location replaces what it covers; the whole insertion is one undo step. The editor
    // then sits in snippet mode at the first action: Tab goes to the next.
    return editor.insertSnippet(
      new vscode.SnippetString(at.snippet),
      toRange(document, { start: at.start, end: at.end }),
    );
  }

  private refuse(message: string): ImportOutcome {
    this.warn(message);
    return { applied: false };
  }

  private warn(message: string): false {
    void vscode.window.showWarningMessage(message);
    return false;
  }
}

/**
 * Where to insert a snippet so that VS Code's indentation of its later lines does no harm. An insertion
 * at a line's end that starts with the line break moves to the next line's start (the same text results),
 * where there is no indentation to add; elsewhere the insertion line's indentation is taken off.
 */
export function snippetPlace(
  text: string,
  start: number,
  end: number,
  snippet: string,
): { start: number; end: number; snippet: string } {
  const eol = /^\r?\n/.exec(snippet)?.[0];
  if (eol && start === end && text.startsWith(eol, start)) {
    const at = start + eol.length;
    return { start: at, end: at, snippet: snippet.slice(eol.length) + eol };
  }
  return { start, end, snippet: relativeIndent(text, start, snippet) };
}
