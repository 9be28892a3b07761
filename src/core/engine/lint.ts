// The engine in two stages: structure (YAML, then the schema), then conclude (the model rules; severities from
// configuration, inline directives applied, findings in text order). Nothing throws out of here, whatever the input.
import { matchesCode, parseDirectives } from './directives';
import type { Analysis } from './model';
import { parse, type Parsed } from './parse';
import { rangeAt } from '../text/ranges';
import { MODEL_RULES, ruleMeta } from '../rules/registry';
import type { RuleContext } from '../rules/rule';
import type { RuleFinding } from '../types';
import { validateSchema } from './schema';
import { settingFor } from './config';
import { LineIndex } from '../text/positions';
import type { Finding, LintOptions } from '../types';

export interface LintResult {
  findings: Finding[];
  analysis: Analysis;
}

/**
 * The whole pipeline. `IncrementalLinter` runs the same two stages, re-doing the first for one item
 * only when it can.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const { parsed, structural, semantic } = structure(text);
  return conclude(text, parsed.analysis, structural, semantic, options);
}

/** What the first stage hands on: the parsed text and the findings of its YAML and schema layers. */
export interface Structure {
  parsed: Parsed;
  /** YAML findings, then schema findings (none when the YAML layer blocks the rest). */
  structural: RuleFinding[];
  /** Whether the schema ran and the model rules should: false when the YAML layer failed badly. */
  semantic: boolean;
}

/** Stage 1: YAML (with its limits), then the JSON Schema. */
export function structure(text: string): Structure {
  const parsed = parse(text);
  const semantic = !blocksSemantics(parsed) && parsed.analysis.doc.contents !== null;
  const schema = semantic ? guard('schema', () => validateSchema(parsed.analysis)) : [];
  return { parsed, structural: [...parsed.findings, ...schema], semantic };
}

/** Stage 2: the model rules over the analysis, then severities, directives and text order. */
export function conclude(
  text: string,
  analysis: Analysis,
  structural: readonly RuleFinding[],
  semantic: boolean,
  options: LintOptions,
): LintResult {
  const raw = semantic ? [...structural, ...modelFindings(analysis, options.today)] : [...structural];
  return { findings: finish(text, raw, options), analysis };
}

/** Whether the YAML layer failed badly enough that the schema and rules would only add noise. */
export function blocksSemantics(parsed: Parsed): boolean {
  return parsed.aliasBomb || parsed.analysis.doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
}

export function modelFindings(analysis: Analysis, today?: string): RuleFinding[] {
  const ctx: RuleContext = { analysis, rangeAt: (path, part) => rangeAt(analysis, path, part), today };
  return MODEL_RULES.flatMap((rule) => guard(rule.meta[0]?.code ?? 'rule', () => rule.check(ctx)));
}

/** A bug in one rule becomes one finding instead of a crash of the whole check. */
function guard(name: string, run: () => RuleFinding[]): RuleFinding[] {
  try {
    return run();
  } catch (e) {
    return [
      {
        code: 'internal/error',
        message: `strategy-lint could not finish the '${name}' check (${e instanceof Error ? e.message : String(e)}). Please report this.`,
        start: 0,
        end: 0,
      },
    ];
  }
}

/** Severities from configuration, 'off' dropped, inline directives applied, text order. */
export function finish(text: string, raw: RuleFinding[], options: LintOptions): Finding[] {
  const directives = parseDirectives(text);
  const lines = directives.lines.size ? new LineIndex(text) : undefined;
  const out: Finding[] = [];
  for (const f of raw) {
    const setting = settingFor(f.code, options.rules) ?? ruleMeta(f.code)?.severity ?? 'error';
    if (setting === 'off') continue;
    if (directives.file.size && matchesCode(directives.file, f.code)) continue;
    if (lines) {
      const codes = directives.lines.get(lines.position(f.start).line);
      if (codes && matchesCode(codes, f.code)) continue;
    }
    out.push({ ...f, severity: setting });
  }
  return out.sort(compareFindings);
}

type Ordered = Pick<Finding, 'start' | 'end' | 'code' | 'message'>;

export function compareFindings(a: Ordered, b: Ordered): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
