// Quick fixes keyed on the findings' codes: every fix the core attached to the finding (did-you-mean
// replacements first and preferred), "Disable CODE for this line" and "Show documentation for CODE".
// `source.fixAll.strategy` runs the core's fix loop, the one `strategy-lint lint --fix` runs, and
// applies what it did as one edit (one undo step) touching only what the fixes change. Every title
// is in the file's language, as its findings are (language.ts).
import * as vscode from 'vscode';
import {
  disableRuleFix,
  fixAll,
  msg,
  render,
  safeFixEdits,
  type Finding,
  type Fix,
  type LintResult,
  type RenderContext,
} from '../core';
import { diagnosticCode, toRange, toTextEdit } from './convert';
import { Commands, LANGUAGE_ID } from './ids';
import { renderContextFor } from './language';
import { WorkspaceConfigs } from './lintConfig';
import type { StrategyStore } from './store';

export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('strategy');

/** Fix all, for one document; its edit is computed when it is applied (resolveCodeAction) unless asked for by kind. */
class FixAllAction extends vscode.CodeAction {
  constructor(
    readonly document: vscode.TextDocument,
    ctx: RenderContext,
  ) {
    super(render(msg('action.fixAll'), ctx), FIX_ALL);
  }
}

export class StrategyCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
  };

  constructor(
    private readonly store: StrategyStore,
    /** The store's configuration lookup (one cache); without it, each fix all looks the rules up afresh. */
    private readonly configs?: WorkspaceConfigs,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const entry = await this.store.analysisFor(document);
    const { result } = entry;
    const ctx = renderContextFor(result.analysis.model);
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (!only || FIX_ALL.contains(only) || only.contains(FIX_ALL)) {
      if (safeFixEdits(result.findings).length > 0 || (only && FIX_ALL.contains(only))) {
        const action = new FixAllAction(document, ctx);
        // Asked for by kind (on save, the Source Action menu): the edit now. Offered among the rest
        // (the light bulb, at every cursor move): when chosen, in resolveCodeAction.
        if (only) action.edit = await this.fixAllEdit(document, entry);
        actions.push(action);
      }
    }
    if (
      only &&
      !vscode.CodeActionKind.QuickFix.contains(only) &&
      !only.contains(vscode.CodeActionKind.QuickFix)
    ) {
      return actions;
    }
    for (const diagnostic of context.diagnostics) {
      const code = diagnosticCode(diagnostic);
      if (!code) continue;
      const finding = findingFor(document, result.findings, diagnostic, code);
      if (!finding) continue;
      actions.push(...this.fixesFor(document, finding, diagnostic, ctx));
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (action instanceof FixAllAction && !action.edit) action.edit = await this.fixAllEdit(action.document);
    return action;
  }

  /**
   * The core's fix loop over the document's text, as one WorkspaceEdit of the loop's composed edits.
   * The store's lint of the document (the same rules), when it is of the current text, saves the loop's first lint.
   */
  private async fixAllEdit(
    document: vscode.TextDocument,
    linted?: { version: number | undefined; result: LintResult },
  ): Promise<vscode.WorkspaceEdit> {
    const rules = await (this.configs ?? new WorkspaceConfigs({ info: () => undefined })).rulesFor(
      document.uri,
    );
    const initial = linted?.version === document.version ? linted.result : undefined;
    const { edits } = fixAll(document.getText(), { rules }, initial);
    const edit = new vscode.WorkspaceEdit();
    edit.set(
      document.uri,
      edits.map((e) => toTextEdit(document, e)),
    );
    return edit;
  }

  private fixesFor(
    document: vscode.TextDocument,
    finding: Finding,
    diagnostic: vscode.Diagnostic,
    ctx: RenderContext,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    if (finding.code === 'reviews/missing') {
      // The draft is a snippet (its actions are tab stops) inserted in the editor: a command, not an edit.
      const draft = new vscode.CodeAction(
        render(msg('action.draftReview'), ctx),
        vscode.CodeActionKind.QuickFix,
      );
      draft.command = { title: draft.title, command: Commands.draftReview, arguments: [document.uri] };
      draft.diagnostics = [diagnostic];
      draft.isPreferred = true;
      actions.push(draft);
    }
    if (finding.code === 'calendar/overdue') {
      // Beside the finding's own "Mark as published": a new date the user picks.
      const move = new vscode.CodeAction(render(msg('action.moveDate'), ctx), vscode.CodeActionKind.QuickFix);
      move.command = {
        title: move.title,
        command: Commands.moveOverduePost,
        arguments: [document.uri, finding.start],
      };
      move.diagnostics = [diagnostic];
      actions.push(move);
    }
    const fixes = [...(finding.fixes ?? [])].sort((a, b) => Number(b.safe) - Number(a.safe));
    fixes.forEach((fix, i) => {
      // The rule's title again in the language every other feature of this file speaks.
      const titled = fix.titleMessage ? { ...fix, title: render(fix.titleMessage, ctx) } : fix;
      const action = fixAction(document, titled, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      // The first safe fix (a did-you-mean replacement) is what Ctrl+. Enter and auto-fix pick.
      action.isPreferred = i === 0 && fix.safe;
      actions.push(action);
    });
    const disable = fixAction(
      document,
      disableRuleFix(document.getText(), finding, ctx),
      vscode.CodeActionKind.QuickFix,
    );
    disable.title = render(msg('action.disableLine', { code: finding.code }), ctx);
    disable.diagnostics = [diagnostic];
    actions.push(disable);
    const docs = new vscode.CodeAction(
      render(msg('action.showDocumentation', { code: finding.code }), ctx),
      vscode.CodeActionKind.QuickFix,
    );
    docs.command = {
      title: docs.title,
      command: Commands.showRuleDocs,
      arguments: [finding.code, ctx.language],
    };
    docs.diagnostics = [diagnostic];
    actions.push(docs);
    return actions;
  }
}

/**
 * A code action applying a core fix. An edit with a snippet form becomes a SnippetTextEdit (its values
 * are tab stops) where this VS Code has them; otherwise, and for every other edit, its plain text.
 */
export function fixAction(
  document: vscode.TextDocument,
  fix: Fix,
  kind: vscode.CodeActionKind,
): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, kind);
  const edit = new vscode.WorkspaceEdit();
  const snippets = 'SnippetTextEdit' in vscode && 'SnippetString' in vscode;
  edit.set(
    document.uri,
    fix.edits.map((e) =>
      e.snippet !== undefined && snippets
        ? new vscode.SnippetTextEdit(
            toRange(document, e),
            new vscode.SnippetString(relativeIndent(document.getText(), e.start, e.snippet)),
          )
        : toTextEdit(document, e),
    ),
  );
  action.edit = edit;
  return action;
}

/**
 * VS Code indents every line after a snippet's first by the insertion line's indentation (and the
 * `keepWhitespace` opt-out needs 1.98 and is lost through executeCodeActionProvider), while the core
 * writes absolute indentation: remove the insertion line's indentation so it is not applied twice.
 */
export function relativeIndent(text: string, offset: number, snippet: string): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
  if (!indent) return snippet;
  return snippet
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}

function findingFor(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  diagnostic: vscode.Diagnostic,
  code: string,
): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return (
    findings.find((f) => f.code === code && f.start === start && f.end === end) ??
    findings.find((f) => f.code === code && f.start <= start && f.end >= end)
  );
}

export function registerCodeActions(store: StrategyStore, configs?: WorkspaceConfigs): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    { language: LANGUAGE_ID },
    new StrategyCodeActions(store, configs),
    StrategyCodeActions.metadata,
  );
}
