// The core's data: findings are plain objects with UTF-16 offsets into the text. Lines and columns
// are computed only at the edges (the editor's positionAt, the CLI's line index).

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** Replace text[start, end) with newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `--fix` and `source.fixAll.strategy`; the rest are offered only. */
  safe: boolean;
  /** When true, newText uses VS Code snippet syntax ($1, ${2:placeholder}); the CLI never applies these. */
  snippet?: boolean;
}

export interface Related {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
  related?: Related[];
}

export interface Range {
  start: number;
  end: number;
}

export type PathSegment = string | number;
export type Path = PathSegment[];

export interface LintOptions {
  /** Severity overrides per code (from settings, .strategy-lint.yaml or --rule). */
  rules?: Record<string, RuleSetting>;
}
