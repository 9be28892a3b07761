// What a rule is: metadata keyed by stable codes, and a check over the analysed document.
import type { Analysis } from '../model';
import type { Fix, Path, Range, Related, Severity } from '../types';

export interface RuleMeta {
  code: string;
  severity: Severity;
  /** One line for a marketer: what the rule checks. */
  summary: string;
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

export interface RuleContext {
  analysis: Analysis;
  /** Where the value (or its key) at path sits; undefined when the path is absent. */
  rangeAt(path: Path, part?: 'key' | 'value'): Range | undefined;
}

export interface Rule {
  /** Every code the rule may report. */
  meta: RuleMeta[];
  check(ctx: RuleContext): RuleFinding[];
}
