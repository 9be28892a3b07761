// The core's data: findings are plain objects with UTF-16 offsets into the text. Lines and columns
// are computed only at the edges (the editor's positionAt, the CLI's line index).

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** Replace text[start, end) with newText. */
export interface TextEdit {
  start: number;
  end: number;
  /** Plain text, valid as it is: what the CLI writes, and the editor when it cannot take a snippet. */
  newText: string;
  /** The same text in VS Code snippet syntax, its values tab stops (`${1:value}`), for the editor. */
  snippet?: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `--fix` and `source.fixAll.strategy`; the rest are offered only. */
  safe: boolean;
  /**
   * @deprecated No fix sets this: an edit's newText is always plain text and its `snippet` holds
   * the tab stops. Kept until the CLI stops reading it.
   */
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
  /**
   * Today as `YYYY-MM-DD` in the user's time zone: the core never reads the clock. Rules that need it
   * (`calendar/overdue`) report nothing without it.
   */
  today?: string;
}

/** A finding before configuration: the rule's default severity is applied by the engine. */
export interface RuleFinding {
  code: string;
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
  related?: Related[];
}
