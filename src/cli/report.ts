// The lint report in the three formats: text (people, and the editor's problem matcher), JSON (the
// contract's machine-readable output) and SARIF 2.1.0 (GitHub code scanning).
import { docsUrl, LineIndex, msg, RULES, type Finding, type Language, type Severity } from '../core';
import { speak } from './speech';
import { printable, printableMessage, type Style } from './style';

export interface FileResult {
  /** Relative to the working folder, forward slashes. */
  file: string;
  text: string;
  findings: Finding[];
}

/** The contract's JSON finding, keys in the contract's order; lines and columns 1-based, UTF-16. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

export function jsonFindings(results: readonly FileResult[]): JsonFinding[] {
  return sortFindings(results.flatMap(({ file, text, findings }) => fileFindings(file, text, findings)));
}

/** One file's findings as the contract's JSON (in the findings' order). */
export function fileFindings(file: string, text: string, findings: readonly Finding[]): JsonFinding[] {
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const start = lines.position(f.start);
    const end = lines.position(Math.max(f.start, f.end));
    return {
      file,
      line: start.line + 1,
      column: start.column + 1,
      endLine: end.line + 1,
      endColumn: end.column + 1,
      severity: f.severity,
      code: f.code,
      message: f.message,
    };
  });
}

/** The report's order: by file, line and column (a stable sort: ties keep their order). */
export function sortFindings(findings: JsonFinding[]): JsonFinding[] {
  return findings.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

export function formatJson(findings: readonly JsonFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}

/**
 * One line per finding, so the problem matcher sees every field; the control characters a message
 * quotes from the file are shown escaped (but the isolates that keep a Persian message in order).
 */
export function oneLine(message: string): string {
  return printableMessage(message.replace(/\s*[\r\n]+\s*/g, ' ').trim() || '(no message)');
}

export function counts(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/**
 * The findings a line each, then a summary in `language` (the files' language, or the one chosen).
 * The severity word stays English: the editor's problem matcher reads it.
 */
export function formatText(
  findings: readonly JsonFinding[],
  fileCount: number,
  style: Style,
  language: Language = 'en',
): string {
  const color = { error: style.red, warning: style.yellow, info: style.cyan };
  const lines = findings.map(
    (f) =>
      `${printable(f.file)}:${f.line}:${f.column}  ${color[f.severity](f.severity)}  ${oneLine(f.message)}  ${style.dim(printable(f.code))}`,
  );
  const c = counts(findings);
  const files = fileCount;
  if (findings.length === 0)
    return `${style.green('✔')} ${speak(msg('cli.lint.clean', { files }), language)}\n`;
  const parts = [msg('cli.lint.errors', { n: c.error }), msg('cli.lint.warnings', { n: c.warning })];
  if (c.info) parts.push(msg('cli.lint.infos', { n: c.info }));
  // Notes alone (a goal behind pace) are no failure: say so, calmly, instead of a red-looking ✖.
  if (c.error === 0 && c.warning === 0) {
    const notes = `${style.green('✔')} ${speak(msg('cli.lint.notesOnly', { files, notes: c.info }), language)}`;
    return `${lines.join('\n')}\n\n${style.bold(notes)}\n`;
  }
  const mark = c.error ? style.red('✖') : style.yellow('✖');
  const summary = `${mark} ${speak(msg('cli.lint.problems', { problems: findings.length, counts: { list: parts }, files }), language)}`;
  return `${lines.join('\n')}\n\n${style.bold(summary)}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export const INFORMATION_URI = 'https://github.com/strategy-as-code/strategy-as-code';

export function formatSarif(findings: readonly JsonFinding[], version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'strategy-lint',
            informationUri: INFORMATION_URI,
            version,
            semanticVersion: version,
            rules: RULES.map((r) => ({
              id: r.code,
              shortDescription: { text: r.summary },
              helpUri: docsUrl(r.code),
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => {
          const index = ruleIndex.get(f.code);
          return {
            ruleId: f.code,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: f.line,
                    startColumn: f.column,
                    endLine: f.endLine,
                    endColumn: f.endColumn,
                  },
                },
              },
            ],
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A relative URI reference for a slash-separated path (Persian names are percent-encoded). */
function fileUri(path: string): string {
  return encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c));
}
