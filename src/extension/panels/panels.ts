// The calendar and trends panels: one WebviewPanel per (kind, file). The panel posts the view model
// (core views.ts) after each lint of its file and the display settings; it acts on webview messages
// only after checking them (protocol.ts) and only against the text the webview was shown. Everything
// it shows or asks speaks the file's language (language.ts), whatever VS Code's display language and
// the calendar system the page draws in.
import * as vscode from 'vscode';
import {
  calendarViewModel,
  detachOccurrenceEdits,
  ENGLISH,
  msg,
  newPostEdit,
  rangeAt,
  render,
  rescheduleEdits,
  shiftSeriesEdits,
  trendsViewModel,
  type Arg,
  type CalendarViewModel,
  type ExtensionToWebview,
  type Message,
  type RenderContext,
  type TrendsViewModel,
  type WebviewToExtension,
} from '../../core';
import { renderContextFor } from '../language';
import { toTextEdit } from '../convert';
import { fileName } from '../uri-names';
import { PanelTypes } from '../ids';
import type { Log } from '../log';
import { revealOffsets } from '../reveal';
import * as settings from '../settings';
import type { FileEntry } from '../documents/state';
import type { StrategyStore } from '../store';
import { panelHtml, webviewOptions } from './html';
import { checkMessage } from './message-check';
import { localDate } from '../today';

export type PanelKind = 'calendar' | 'trends';

/** What handling a message did; the integration tests assert on it. */
export type Handled = { ok: true; action: WebviewToExtension['type'] } | { ok: false; reason: string };

/** How a later occurrence of a series moves: on its own, or with the whole series. */
export type SeriesChoice = 'one' | 'series';

/** What the panel asks before moving a later occurrence of a series. */
export interface SeriesQuestion {
  title: string;
  /** The series' rule in words, e.g. "every Monday and Thursday until 30 June 2027, 35 posts". */
  words: string;
  /** The occurrence's date, and where it was dropped. */
  from: string;
  to: string;
}

/**
 * Asks in a modal dialog, in the file's language (`ctx`); undefined when the user cancels (Escape,
 * or the dialog's Cancel).
 */
export async function askSeriesMove(
  q: SeriesQuestion,
  ctx: RenderContext = ENGLISH,
): Promise<SeriesChoice | undefined> {
  // English has always named the days as the file writes them; Persian names them in its calendar.
  const day = (iso: string): Arg => (ctx.language === 'en' ? iso : { date: iso });
  const one = render(msg('panels.series.one'), ctx);
  const all = render(msg('panels.series.all'), ctx);
  const answer = await vscode.window.showInformationMessage(
    render(
      msg('panels.series.question', { title: q.title, words: { word: q.words }, from: day(q.from) }),
      ctx,
    ),
    {
      modal: true,
      detail: render(msg('panels.series.detail', { from: day(q.from), to: day(q.to) }), ctx),
    },
    one,
    all,
  );
  return answer === one ? 'one' : answer === all ? 'series' : undefined;
}

/** A service's refusal as text: a message in the file's language (or a text the service wrote). */
function refusal(error: string | Message, ctx: RenderContext): string {
  return typeof error === 'string' ? error : render(error, ctx);
}

export class StrategyPanel implements vscode.Disposable {
  /** The last view model sent, and the text it was built from. */
  model: CalendarViewModel | TrendsViewModel | undefined;
  private sentText: string | undefined;
  /**
   * The file's language and its own calendar system (its `calendarSystem`, else from its language or
   * name), from its latest lint: what the view models, the dialogs and the page speak and draw in.
   */
  private ctx: RenderContext;
  /** What the last `settings` message said, to resend only on a change. */
  private sentSettings: string | undefined;
  /** Everything posted to the webview, newest last (bounded; for tests and diagnostics). */
  readonly posted: ExtensionToWebview[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  private readonly didPost = new vscode.EventEmitter<ExtensionToWebview>();
  /** Fires with every message posted to the page (tests wait on it). */
  readonly onDidPost = this.didPost.event;
  readonly onDidDispose = this.disposed.event;
  /** Asks how a later occurrence of a series moves; tests replace it, a modal dialog cannot be clicked. */
  ask: (question: SeriesQuestion, ctx: RenderContext) => Thenable<SeriesChoice | undefined> = askSeriesMove;

  constructor(
    readonly kind: PanelKind,
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly store: StrategyStore,
    extensionUri: vscode.Uri,
    private readonly log: Log,
    ctx: RenderContext = ENGLISH,
  ) {
    this.ctx = ctx;
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = panelHtml(panel.webview, extensionUri, kind, panel.title, ctx.language);
    this.subscriptions.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage(log.guard('webview message', (m: unknown) => this.handleMessage(m))),
      // A hidden panel's page is gone (retainContextWhenHidden is off); it asks again with `ready`.
      store.onDidLint(
        log.guard('panel update', (entry: FileEntry) => {
          // Returned, not voided: the guard catches (and logs) a failure of the promise too.
          return entry.uri.toString() === this.uri.toString() ? this.update(entry) : undefined;
        }),
      ),
      vscode.workspace.onDidChangeConfiguration(
        log.guard('panel settings', (e: vscode.ConfigurationChangeEvent) => {
          // A new language changes the model's words too; the calendar setting only the drawing.
          if (e.affectsConfiguration('strategy.locale')) return this.update();
          return e.affectsConfiguration('strategy.calendar') ? this.sendSettings() : undefined;
        }),
      ),
    );
  }

  /** Builds the view model from the file's latest lint and posts it. */
  async update(given?: FileEntry): Promise<void> {
    const entry = given ?? (await this.current());
    if (!entry) return;
    const { analysis, findings } = entry.result;
    const meta = { uri: this.uri.toString(), fileName: fileName(this.uri), version: entry.revision };
    const ctx = (this.ctx = renderContextFor(analysis.model));
    this.model =
      this.kind === 'calendar'
        ? calendarViewModel(analysis, findings, { ...meta, today: localDate() }, ctx)
        : trendsViewModel(analysis, findings, meta, ctx);
    this.sentText = analysis.text;
    this.panel.title = this.title(analysis.model.name);
    await this.sendSettings(false);
    await this.post({ type: 'update', model: this.model });
  }

  /**
   * The calendar system and language the page draws with: the file's own calendar system, unless the
   * user set `strategy.calendar.system` (then it overrides the drawing; the rules always count the
   * file's weeks), and the file's language, which that setting never changes. `always` false: only
   * when that changed since the last message.
   */
  async sendSettings(always = true): Promise<void> {
    const message = {
      type: 'settings' as const,
      calendarSystem: settings.calendarSystemOverride() ?? this.ctx.calendar ?? 'gregorian',
      language: this.ctx.language,
    };
    const key = JSON.stringify(message);
    if (!always && key === this.sentSettings) return;
    this.sentSettings = key;
    await this.post(message);
  }

  /** Checks and acts on one message from the webview. Never throws. */
  async handleMessage(raw: unknown): Promise<Handled> {
    const model = this.model;
    const posts = model?.kind === 'calendar' ? model.posts : [];
    // A series is one CalendarPost per occurrence, all with the entry's index.
    const laterOccurrences = new Map<number, Set<string>>();
    for (const p of posts) {
      if (!p.occurrence || p.occurrence.nth === 0) continue;
      const dates = laterOccurrences.get(p.index) ?? new Set<string>();
      dates.add(p.date);
      laterOccurrences.set(p.index, dates);
    }
    const checked = checkMessage(raw, {
      version: model?.version ?? -1,
      postCount: posts.reduce((n, p) => Math.max(n, p.index + 1), 0),
      metricIds: model?.kind === 'trends' ? model.metrics.map((m) => m.id) : [],
      laterOccurrences,
    });
    if (!checked.ok) {
      this.log.info(`Ignored a message from the ${this.kind} panel: ${checked.reason}`);
      // A stale webview is resynchronised rather than left acting on an old picture.
      if (checked.stale) await this.update();
      return checked;
    }
    const message = checked.message;
    try {
      const done = await this.act(message);
      return done ?? { ok: true, action: message.type };
    } catch (err) {
      this.log.failure(`${this.kind} panel ${message.type}`, err);
      return { ok: false, reason: String(err) };
    }
  }

  private async act(message: WebviewToExtension): Promise<Handled | undefined> {
    const model = this.model;
    switch (message.type) {
      case 'ready':
        // A new page knows nothing yet: settings (from the file, so the first drawing is in its own
        // calendar) and then the model.
        this.sentSettings = undefined;
        await this.update();
        await this.sendSettings(false);
        return undefined;
      case 'exportCsv':
        await vscode.env.clipboard.writeText(message.csv);
        void vscode.window.showInformationMessage(render(msg('panels.csv.copied'), this.ctx));
        return undefined;
      case 'reveal':
      case 'revealMetric': {
        // Revealing does not edit: the current text will do, provided the post is still the one shown.
        const entry = await this.current();
        if (!entry) return this.stale();
        const { analysis } = entry.result;
        let target;
        if (message.type === 'reveal') {
          const shown =
            model?.kind === 'calendar' ? model.posts.find((p) => p.index === message.index) : undefined;
          target = analysis.model.calendar.find((p) => p.index === message.index);
          const same =
            shown !== undefined &&
            target !== undefined &&
            target.value.date === (shown.occurrence?.first ?? shown.date) &&
            (target.value.title ?? '') === shown.title;
          if (!same) return this.stale();
        } else {
          target = analysis.model.metrics.find((m) => m.value.id === message.id);
        }
        const range =
          target &&
          (rangeAt(analysis, [...target.path, message.type === 'reveal' ? 'title' : 'id']) ??
            rangeAt(analysis, target.path));
        if (!range) return { ok: false, reason: 'not found' };
        await revealOffsets(this.uri, range.start, range.end);
        return undefined;
      }
      case 'reschedule':
      case 'addPost': {
        if (model?.problem !== undefined) {
          // The model is the last good one: an edit computed from it could land anywhere.
          const reason = render(msg('panels.edit.unparsed', { file: fileName(this.uri) }), this.ctx);
          void vscode.window.showWarningMessage(reason);
          await this.update();
          return { ok: false, reason };
        }
        // A later occurrence of a series: the user says whether it moves alone or with its series.
        let choice: SeriesChoice | undefined;
        if (message.type === 'reschedule' && message.occurrence !== undefined) {
          const shown =
            model?.kind === 'calendar' ? model.posts.find((p) => p.index === message.index) : undefined;
          choice = await this.ask(
            {
              title: shown?.title ?? '',
              words: shown?.occurrence?.words ?? '',
              from: message.occurrence,
              to: message.date,
            },
            this.ctx,
          );
          if (!choice) {
            // Nothing changes: the page redraws the post where it was (the drag moved it on screen).
            await this.update();
            return { ok: false, reason: 'the post was left where it was' };
          }
        }
        const document = await vscode.workspace.openTextDocument(this.uri);
        const entry = await this.checkedEntry(document);
        if (!entry) return this.stale();
        const { analysis } = entry.result;
        const out =
          message.type === 'addPost'
            ? newPostEdit(analysis, message.date, message.time)
            : choice === 'one'
              ? detachOccurrenceEdits(
                  analysis,
                  message.index,
                  message.occurrence!,
                  message.date,
                  message.time,
                )
              : choice === 'series'
                ? shiftSeriesEdits(analysis, message.index, message.occurrence!, message.date, message.time)
                : rescheduleEdits(analysis, message.index, message.date, message.time);
        if ('error' in out) {
          const reason = refusal(out.error, this.ctx);
          void vscode.window.showWarningMessage(reason);
          // The page drew the move already: draw the file as it is.
          await this.update();
          return { ok: false, reason };
        }
        const edits = Array.isArray(out) ? out : out.edits;
        const visible = vscode.window.visibleTextEditors.some(
          (e) => e.document.uri.toString() === this.uri.toString(),
        );
        const edit = new vscode.WorkspaceEdit();
        edit.set(
          document.uri,
          edits.map((e) => toTextEdit(document, e)),
        );
        // applyEdit goes through the document's undo stack: Ctrl+Z in the editor restores the text.
        if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, reason: 'edit refused' };
        if (!Array.isArray(out)) {
          await revealOffsets(this.uri, out.cursor, out.cursor);
        } else if (!visible && edits.length > 0) {
          // The edit is unsaved: show it, or the user would not know the file changed. A post moved
          // out of its series is shown where it was written (after the series' except).
          const shown = choice === 'one' ? edits[edits.length - 1] : edits[0];
          const at = shown.start;
          await revealOffsets(this.uri, at, at + shown.newText.length, { preserveFocus: true });
        }
        return undefined;
      }
    }
  }

  /** The current result, provided its text is still the one the webview was shown. */
  private async checkedEntry(document: vscode.TextDocument): Promise<FileEntry | undefined> {
    const entry = await this.store.analysisFor(document);
    return entry.result.analysis.text === this.sentText ? entry : undefined;
  }

  private async stale(): Promise<Handled> {
    await this.update();
    return { ok: false, reason: 'the file changed since the panel was drawn' };
  }

  private current(): Promise<FileEntry | undefined> {
    return this.store.ensure(this.uri);
  }

  private title(name: string | undefined): string {
    const what = { name: name ?? fileName(this.uri) };
    const title =
      this.kind === 'calendar' ? msg('panels.title.calendar', what) : msg('panels.title.trends', what);
    return render(title, this.ctx);
  }

  private async post(message: ExtensionToWebview): Promise<void> {
    this.posted.push(message);
    if (this.posted.length > 20) this.posted.shift();
    this.didPost.fire(message);
    await this.panel.webview.postMessage(message);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.subscriptions.length = 0;
    this.disposed.fire();
    this.disposed.dispose();
    this.didPost.dispose();
    this.panel.dispose();
  }
}

/** Opens, finds and restores panels; one per kind and file. */
export class PanelManager implements vscode.Disposable {
  private readonly panels = new Map<string, StrategyPanel>();
  private disposing = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: StrategyStore,
    private readonly extensionUri: vscode.Uri,
    private readonly log: Log,
    /** Remembers which files the open panels show, for restoring them after a reload. */
    private readonly memory?: vscode.Memento,
  ) {
    for (const kind of ['calendar', 'trends'] as const) {
      this.subscriptions.push(
        vscode.window.registerWebviewPanelSerializer(PanelTypes[kind], {
          deserializeWebviewPanel: async (panel, state: unknown) => {
            const uri = stateUri(state) ?? this.remembered(kind);
            if (!uri) {
              panel.dispose();
              return;
            }
            await this.restore(kind, uri, panel);
          },
        }),
      );
    }
  }

  all(): StrategyPanel[] {
    return [...this.panels.values()];
  }

  /** The panel the user is in, if any: commands run from it act on its file. */
  active(): StrategyPanel | undefined {
    return this.all().find((p) => p.panel.active);
  }

  /**
   * Shows `uri` in a panel of `kind`: the open one, revealed where it is; else a new one in the group
   * the panels already use, or beside the editor when there is none yet (so that a few commands never
   * split the window into cramped columns).
   */
  async open(kind: PanelKind, uri: vscode.Uri): Promise<StrategyPanel> {
    const existing = this.panels.get(`${kind}:${uri.toString()}`);
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PanelTypes[kind],
      kind === 'calendar' ? vscode.l10n.t('Calendar') : vscode.l10n.t('Trends'),
      { viewColumn: this.panelColumn() ?? vscode.ViewColumn.Beside, preserveFocus: false },
      webviewOptions(this.extensionUri),
    );
    const open = await this.restore(kind, uri, panel);
    if (!open) throw new Error(vscode.l10n.t('Could not read {0}.', vscode.workspace.asRelativePath(uri)));
    return open;
  }

  /**
   * Shows a file in a panel (a new one, or one VS Code restores after a reload): makes sure a result
   * exists before the first paint, so the webview's `ready` finds a model. A file that is gone closes
   * the panel with a message. Returns the panel, or undefined when it was closed.
   */
  async restore(
    kind: PanelKind,
    uri: vscode.Uri,
    panel: vscode.WebviewPanel,
  ): Promise<StrategyPanel | undefined> {
    const entry = await this.store.ensure(uri);
    if (!entry) {
      panel.dispose();
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'The {0} panel was closed: {1} could not be read.',
          kind === 'calendar' ? vscode.l10n.t('Calendar') : vscode.l10n.t('Trends'),
          vscode.workspace.asRelativePath(uri),
        ),
      );
      return undefined;
    }
    const open = this.adopt(kind, uri, panel, renderContextFor(entry.result.analysis.model));
    await open.update(entry);
    return open;
  }

  private adopt(
    kind: PanelKind,
    uri: vscode.Uri,
    panel: vscode.WebviewPanel,
    ctx: RenderContext,
  ): StrategyPanel {
    const key = `${kind}:${uri.toString()}`;
    const open = new StrategyPanel(kind, uri, panel, this.store, this.extensionUri, this.log, ctx);
    this.panels.set(key, open);
    open.onDidDispose(() => {
      if (this.panels.get(key) === open) this.panels.delete(key);
      this.remember().catch((err: unknown) => this.log.failure('remember panels', err));
    });
    this.remember().catch((err: unknown) => this.log.failure('remember panels', err));
    return open;
  }

  /** The group of the active panel, else of a visible one, else of any. */
  private panelColumn(): vscode.ViewColumn | undefined {
    const panels = this.all().filter((p) => p.panel.viewColumn !== undefined);
    return (panels.find((p) => p.panel.active) ?? panels.find((p) => p.panel.visible) ?? panels[0])?.panel
      .viewColumn;
  }

  /** A file a panel of this kind showed before the reload and that no restored panel shows yet. */
  private remembered(kind: PanelKind): vscode.Uri | undefined {
    const uris = this.memory?.get<string[]>(`panels.${kind}`) ?? [];
    const free = uris.find((u) => !this.panels.has(`${kind}:${u}`));
    return free ? vscode.Uri.parse(free) : undefined;
  }

  private async remember(): Promise<void> {
    // Shutting down closes every panel: keep the list, it is what a reload restores.
    if (this.disposing) return;
    for (const kind of ['calendar', 'trends'] as const) {
      const uris = this.all()
        .filter((p) => p.kind === kind)
        .map((p) => p.uri.toString());
      await this.memory?.update(`panels.${kind}`, uris);
    }
  }

  dispose(): void {
    this.disposing = true;
    for (const p of [...this.panels.values()]) p.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The file a saved webview state names (the webview keeps its last model, which carries the uri). */
function stateUri(state: unknown): vscode.Uri | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const s = state as { uri?: unknown; model?: { uri?: unknown } };
  const raw = typeof s.uri === 'string' ? s.uri : typeof s.model?.uri === 'string' ? s.model.uri : undefined;
  if (!raw) return undefined;
  try {
    return vscode.Uri.parse(raw, true);
  } catch {
    return undefined;
  }
}
