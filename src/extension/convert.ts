// Offsets (the core's currency) to VS Code positions and back, and findings to diagnostics. Only the
// edge converts: an open document converts with its own positionAt, a file read from disk with the
// core's LineIndex, so both give the same line/column for the same text.
import * as vscode from 'vscode';
import { docsPath, LineIndex } from '../core';
import type { Finding, Language, Range as CoreRange, Severity, TextEdit as CoreTextEdit } from '../core';
import { DIAGNOSTIC_SOURCE } from './ids';

export interface Positions {
  positionAt(offset: number): vscode.Position;
  offsetAt(position: vscode.Position): number;
}

/** Positions for text that is not open in an editor. */
export function textPositions(text: string): Positions {
  const index = new LineIndex(text);
  return {
    positionAt: (offset) => {
      const p = index.position(offset);
      return new vscode.Position(p.line, p.column);
    },
    offsetAt: (position) => index.offset(position.line, position.character),
  };
}

export function toRange(positions: Positions, range: CoreRange): vscode.Range {
  return new vscode.Range(positions.positionAt(range.start), positions.positionAt(range.end));
}

export function toTextEdit(positions: Positions, edit: CoreTextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(positions, edit), edit.newText);
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}

/**
 * The bundled page that explains a rule, in a language (the core names the path:
 * `docs/rules/<code>.md`, in Persian `docs/rules/fa/<code>.md`).
 */
export function ruleDocsUri(extensionUri: vscode.Uri, code: string, language: Language = 'en'): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, docsPath(code, language));
}

/** The diagnostic's code links to the rule's page in the language of its message. */
export function toDiagnostic(
  positions: Positions,
  uri: vscode.Uri,
  finding: Finding,
  extensionUri: vscode.Uri,
  language: Language = 'en',
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    toRange(positions, finding),
    finding.message,
    toSeverity(finding.severity),
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.code, target: ruleDocsUri(extensionUri, finding.code, language) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r) =>
        new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(positions, r)), r.message),
    );
  }
  return diagnostic;
}

/** The code of a diagnostic this extension made, else undefined. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
