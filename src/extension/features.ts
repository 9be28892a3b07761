// Completion, hover, go to definition, references, rename, outline and CodeLens: each a thin adapter
// over src/core/service, reading the cached analysis of the document's current version and
// converting offsets at the edge with the document's positionAt/offsetAt. What they say about the file
// is in its language (language.ts), as its findings are.
import * as vscode from 'vscode';
import {
  codeLenses,
  completions,
  definition,
  documentSymbols,
  hover,
  msg,
  prepareRename,
  rangeAt,
  references,
  render,
  rename,
  type CompletionItem as CoreCompletion,
  type SymbolItem,
} from '../core';
import { toRange, toTextEdit } from './convert';
import { Commands, LANGUAGE_ID } from './ids';
import { renderContextFor } from './language';
import * as settings from './settings';
import type { StrategyStore } from './store';
import { localDate } from './today';

const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

const COMPLETION_KIND: Record<CoreCompletion['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  date: vscode.CompletionItemKind.Value,
  month: vscode.CompletionItemKind.Value,
  snippet: vscode.CompletionItemKind.Snippet,
};

const SYMBOL_KIND: Record<SymbolItem['kind'], vscode.SymbolKind> = {
  section: vscode.SymbolKind.Namespace,
  objective: vscode.SymbolKind.Class,
  goal: vscode.SymbolKind.Event,
  audience: vscode.SymbolKind.Interface,
  competitor: vscode.SymbolKind.Struct,
  platform: vscode.SymbolKind.Module,
  post: vscode.SymbolKind.Object,
  metric: vscode.SymbolKind.Number,
  relationship: vscode.SymbolKind.Constructor,
  engagement: vscode.SymbolKind.Function,
  review: vscode.SymbolKind.Field,
  field: vscode.SymbolKind.Property,
};

export function toCompletionItem(document: vscode.TextDocument, item: CoreCompletion): vscode.CompletionItem {
  // A reference shows what it names beside its id in the list itself (the detail alone appears only
  // for the selected item).
  const label =
    item.kind === 'reference' && item.detail ? { label: item.label, description: item.detail } : item.label;
  const out = new vscode.CompletionItem(label, COMPLETION_KIND[item.kind]);
  out.insertText = item.snippet ? new vscode.SnippetString(item.insertText) : item.insertText;
  out.range = toRange(document, item.range);
  if (item.detail) out.detail = item.detail;
  if (item.documentation) out.documentation = new vscode.MarkdownString(item.documentation);
  if (item.sortText) out.sortText = item.sortText;
  if (item.filterText) out.filterText = item.filterText;
  return out;
}

function toSymbol(document: vscode.TextDocument, item: SymbolItem): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(
    item.name || ' ', // VS Code rejects an empty name
    item.detail ?? '',
    SYMBOL_KIND[item.kind],
    toRange(document, item.range),
    toRange(document, item.selectionRange),
  );
  symbol.children = item.children.map((c) => toSymbol(document, c));
  return symbol;
}

export class StrategyCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly store: StrategyStore) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!settings.codeLensEnabled(document.uri)) return [];
    const { result } = await this.store.analysisFor(document);
    const ctx = renderContextFor(result.analysis.model);
    const lenses = codeLenses(result.analysis, result.findings, ctx).map((lens) => {
      const range = toRange(document, lens.range);
      const command: vscode.Command =
        lens.kind === 'calendar'
          ? { title: lens.title, command: Commands.openCalendar, arguments: [document.uri] }
          : lens.kind === 'metric'
            ? { title: lens.title, command: Commands.showTrends, arguments: [document.uri] }
            : {
                title: lens.title,
                command: Commands.reveal,
                arguments: [document.uri, lens.range.start, lens.range.end],
              };
      if (lens.tooltip) command.tooltip = lens.tooltip;
      return new vscode.CodeLens(range, command);
    });
    // The editor's own lens (the core's lenses are about figures, this one about bringing them in).
    const metrics = rangeAt(result.analysis, ['metrics'], 'key');
    if (metrics) {
      lenses.push(
        new vscode.CodeLens(toRange(document, metrics), {
          title: render(msg('lens.import.title'), ctx),
          tooltip: render(msg('lens.import.tooltip'), ctx),
          command: Commands.importMetrics,
          arguments: [document.uri],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerLanguageFeatures(store: StrategyStore): vscode.Disposable[] {
  const analysisOf = async (document: vscode.TextDocument) => (await store.analysisFor(document)).result;
  const lenses = new StrategyCodeLensProvider(store);
  return [
    lenses,
    vscode.languages.registerCodeLensProvider(SELECTOR, lenses),
    store.onDidLint(() => lenses.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('strategy.codeLens')) lenses.refresh();
    }),
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      {
        async provideCompletionItems(document, position) {
          const { analysis } = await analysisOf(document);
          const items = completions(
            analysis,
            document.offsetAt(position),
            { today: localDate() },
            renderContextFor(analysis.model),
          );
          return items.map((item) => toCompletionItem(document, item));
        },
      },
      ':',
      ' ',
      '-',
    ),
    vscode.languages.registerHoverProvider(SELECTOR, {
      async provideHover(document, position) {
        const { analysis, findings } = await analysisOf(document);
        const h = hover(
          analysis,
          document.offsetAt(position),
          findings,
          { today: localDate() },
          renderContextFor(analysis.model),
        );
        return h
          ? new vscode.Hover(new vscode.MarkdownString(h.markdown), toRange(document, h.range))
          : undefined;
      },
    }),
    vscode.languages.registerDefinitionProvider(SELECTOR, {
      async provideDefinition(document, position) {
        const range = definition((await analysisOf(document)).analysis, document.offsetAt(position));
        return range ? new vscode.Location(document.uri, toRange(document, range)) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(SELECTOR, {
      async provideReferences(document, position, context) {
        return references(
          (await analysisOf(document)).analysis,
          document.offsetAt(position),
          context.includeDeclaration,
        ).map((r) => new vscode.Location(document.uri, toRange(document, r)));
      },
    }),
    vscode.languages.registerRenameProvider(SELECTOR, {
      async prepareRename(document, position) {
        const { analysis } = await analysisOf(document);
        const at = prepareRename(analysis, document.offsetAt(position));
        if (!at) throw new Error(render(msg('rename.notRenamable'), renderContextFor(analysis.model)));
        return { range: toRange(document, at.range), placeholder: at.placeholder };
      },
      async provideRenameEdits(document, position, newName) {
        const { analysis } = await analysisOf(document);
        const out = rename(analysis, document.offsetAt(position), newName, renderContextFor(analysis.model));
        // Thrown errors are how a rename provider reports a refusal: VS Code shows the message.
        if ('error' in out) throw new Error(out.error);
        const edit = new vscode.WorkspaceEdit();
        edit.set(
          document.uri,
          out.edits.map((e) => toTextEdit(document, e)),
        );
        return edit;
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(
      SELECTOR,
      {
        async provideDocumentSymbols(document) {
          const { analysis } = await analysisOf(document);
          return documentSymbols(analysis, renderContextFor(analysis.model)).map((s) =>
            toSymbol(document, s),
          );
        },
      },
      { label: vscode.l10n.t('Strategy') },
    ),
  ];
}
