// The core's data: findings are plain objects with UTF-16 offsets into the text. Lines and columns
// are computed only at the edges (the editor's positionAt, the CLI's line index). Rules say what they
// found as messages (an id and arguments, text/i18n); the engine's last stage renders them in the
// language chosen for the file.
import type { Args, Message, MessageId } from './text/i18n/message';
import type { Language } from './text/words';

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
  /** The title as a message (an id and arguments), for an adapter that renders it again. */
  titleMessage?: Message;
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
  /** The message in the language chosen for the file. */
  message: string;
  /** The message's id in the catalogs, and its arguments: the same in every language. */
  messageId: MessageId;
  args?: Args;
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
  /** The user's explicit language (`--locale`, `strategy.locale`): wins over the file's. 'auto' is no choice. */
  locale?: Language | 'auto';
  /** The environment's locale (`LANG`/`LC_ALL`, the editor's display language): after the file's own. */
  environmentLocale?: string;
}

/** A fix as a rule makes it: the title is a message, rendered with the finding. */
export interface RuleFix extends Omit<Fix, 'title' | 'titleMessage'> {
  title: Message;
}

export interface RuleRelated extends Omit<Related, 'message'> {
  message: Message;
}

/** A finding before configuration: the rule's default severity is applied by the engine. */
export interface RuleFinding {
  code: string;
  message: Message;
  start: number;
  end: number;
  fixes?: RuleFix[];
  related?: RuleRelated[];
}
