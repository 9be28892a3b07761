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
import type { Finding, LintOptions, RuleFix } from '../types';
import { fileCalendarSystem, resolveLanguage } from '../domain/locale';
import { msg, renderLine, render, type RenderContext } from '../text/i18n/message';
import type { Fix, Related, RuleRelated } from '../types';

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
  return { findings: finish(text, raw, options, renderContext(analysis, options)), analysis };
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
        message: msg('engine.internalError', {
          check: name,
          error: e instanceof Error ? e.message : String(e),
        }),
        start: 0,
        end: 0,
      },
    ];
  }
}

/**
 * The language and calendar system the findings of a file are read in: the user's explicit choice,
 * the file's `language`, the environment, English (the contract's "Language, calendar system, pace").
 */
export function renderContext(analysis: Analysis, options: LintOptions): RenderContext {
  const model = analysis.model;
  return {
    language: resolveLanguage(model, options.locale, options.environmentLocale),
    calendar: fileCalendarSystem(model),
  };
}

/** A rule's finding in words: its message, fix titles and related notes rendered in the language. */
export function renderFinding(f: RuleFinding, severity: Finding['severity'], ctx: RenderContext): Finding {
  const out: Finding = {
    code: f.code,
    severity,
    message: renderLine(f.message, ctx),
    messageId: f.message.id,
    ...(f.message.args ? { args: f.message.args } : {}),
    start: f.start,
    end: f.end,
  };
  if (f.fixes) out.fixes = f.fixes.map((x) => renderFix(x, ctx));
  if (f.related) out.related = f.related.map((r) => renderRelated(r, ctx));
  return out;
}

export function renderFix(fix: RuleFix, ctx: RenderContext): Fix {
  return { ...fix, title: render(fix.title, ctx), titleMessage: fix.title };
}

function renderRelated(r: RuleRelated, ctx: RenderContext): Related {
  return { start: r.start, end: r.end, message: renderLine(r.message, ctx) };
}

/** Severities from configuration, 'off' dropped, inline directives applied, rendered, text order. */
export function finish(
  text: string,
  raw: RuleFinding[],
  options: LintOptions,
  ctx: RenderContext = { language: 'en' },
): Finding[] {
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
    out.push(renderFinding(f, setting, ctx));
  }
  return out.sort(compareFindings);
}

type Ordered = Pick<Finding, 'start' | 'end' | 'code'> & { message: string | RuleFinding['message'] };

const messageKey = (m: Ordered['message']) =>
  typeof m === 'string' ? m : m.args ? `${m.id} ${JSON.stringify(m.args)}` : m.id;

export function compareFindings(a: Ordered, b: Ordered): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const x = messageKey(a.message);
  const y = messageKey(b.message);
  return x < y ? -1 : x > y ? 1 : 0;
}
