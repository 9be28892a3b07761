// What a rule is: metadata keyed by stable codes, and a check over the analysed document.
import type { Analysis } from '../engine/model';
import type { Path, Range, RuleFinding, Severity } from '../types';

export interface RuleMeta {
  code: string;
  severity: Severity;
  /** One line for a marketer: what the rule checks. */
  summary: string;
}

export interface RuleContext {
  analysis: Analysis;
  /** Where the value (or its key) at path sits; undefined when the path is absent. */
  rangeAt(path: Path, part?: 'key' | 'value'): Range | undefined;
  /** Today as `YYYY-MM-DD`, as the adapter passed it (LintOptions.today); rules needing it do nothing without. */
  today?: string;
}

export interface Rule {
  /** Every code the rule may report. */
  meta: RuleMeta[];
  check(ctx: RuleContext): RuleFinding[];
}
