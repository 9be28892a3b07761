// `.strategy-lint.yaml`: per-code severities, looked up from the file's folder upward by the adapters.
//   rules:
//     smart/relevant: off
//     calendar/*: info
//   ignore:               # files the CLI's folder and glob expansion skips (relative to this folder)
//     - test/fixtures/
import { parse } from './parse';
import { LineIndex } from '../text/positions';
import { ruleMeta, RULES } from '../rules/registry';
import { closest } from './suggest';
import type { RuleSetting } from '../types';

export const CONFIG_FILE_NAMES = ['.strategy-lint.yaml', '.strategy-lint.yml'];

/** What a rule can be set to, in the configuration file, the editor's settings and --rule. */
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

export interface Config {
  rules: Record<string, RuleSetting>;
  /** Globs relative to the configuration file's folder: files a folder or glob expansion skips. */
  ignore: string[];
  /** Plain-language problems with the configuration; the adapters show them and go on. */
  problems: string[];
}

export function parseConfig(text: string): Config {
  const problems: string[] = [];
  // The same reading as a strategy file: plain-language YAML messages, and aliases under a budget.
  const { analysis, findings } = parse(text);
  const broken = findings.find((f) => f.code === 'yaml/syntax');
  if (broken) {
    const line = new LineIndex(text).position(broken.start).line + 1;
    return {
      rules: {},
      ignore: [],
      problems: [`The configuration can't be read (line ${line}): ${broken.message}`],
    };
  }
  const data = analysis.data;
  if (data === null || data === undefined) return { rules: {}, ignore: [], problems };
  if (typeof data !== 'object' || Array.isArray(data))
    return {
      rules: {},
      ignore: [],
      problems: ["The configuration should be a section with the fields 'rules' and 'ignore'."],
    };
  const { rules: raw, ignore, ...rest } = data as Record<string, unknown>;
  for (const key of Object.keys(rest)) {
    const guess = closest(key, ['rules', 'ignore']);
    problems.push(
      `Unknown configuration field '${key}'.${guess ? ` Did you mean '${guess}'?` : " It can have 'rules' and 'ignore'."}`,
    );
  }
  return { rules: checkRules(raw, problems), ignore: checkIgnore(ignore, problems), problems };
}

function checkIgnore(raw: unknown, problems: string[]): string[] {
  if (raw === undefined || raw === null) return [];
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === '')) {
    problems.push(
      "'ignore' should be a list of file patterns, e.g. ['test/fixtures/', 'drafts/*.strategy.yaml'].",
    );
    return Array.isArray(list)
      ? list.filter((p): p is string => typeof p === 'string' && p.trim() !== '')
      : [];
  }
  return list as string[];
}

/** Validates a code → severity mapping (from the config file, the editor's settings or --rule). */
export function checkRules(raw: unknown, problems: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (raw === undefined || raw === null) return rules;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push("'rules' should map rule codes to off, info, warning or error.");
    return rules;
  }
  for (const [code, setting] of Object.entries(raw as Record<string, unknown>)) {
    const problem = checkRule(code, setting);
    if (problem) problems.push(problem);
    else rules[code] = setting as RuleSetting;
  }
  return rules;
}

export function checkRule(code: string, setting: unknown): string | undefined {
  const known =
    ruleMeta(code) || (code.endsWith('/*') && RULES.some((r) => r.code.startsWith(code.slice(0, -1))));
  if (!known) {
    const guess = closest(
      code,
      RULES.map((r) => r.code),
    );
    return `Unknown rule '${code}'.${guess ? ` Did you mean '${guess}'?` : ''}`;
  }
  if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting as RuleSetting))
    return `The rule '${code}' is set to '${String(setting)}'; use off, info, warning or error.`;
  return undefined;
}

/**
 * One set of rule settings over another: the editor's `strategy.rules` or the CLI's `--rule` over a
 * `.strategy-lint.yaml`'s. A `category/*` on top also replaces the settings of that category's codes
 * underneath, since an exact code would otherwise win over it (`settingFor`).
 */
export function mergeRules(
  base: Record<string, RuleSetting>,
  over: Record<string, RuleSetting>,
): Record<string, RuleSetting> {
  const merged = { ...base };
  for (const code of Object.keys(over)) {
    if (!code.endsWith('/*')) continue;
    for (const c of Object.keys(merged)) if (c.startsWith(code.slice(0, -1))) delete merged[c];
  }
  return { ...merged, ...over };
}

/** The severity a code has under the settings: an exact code wins over `category/*`. */
export function settingFor(
  code: string,
  rules: Record<string, RuleSetting> | undefined,
): RuleSetting | undefined {
  if (!rules) return undefined;
  return rules[code] ?? rules[code.slice(0, code.indexOf('/') + 1) + '*'];
}
