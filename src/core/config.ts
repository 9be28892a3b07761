// `.strategy-lint.yaml`: per-code severities, looked up from the file's folder upward by the adapters.
//   rules:
//     smart/relevant: off
//     calendar/*: info
import { parse } from './parse';
import { LineIndex } from './positions';
import { ruleMeta, RULES } from './rules/registry';
import { closest } from './suggest';
import type { RuleSetting } from './types';

export const CONFIG_FILE_NAMES = ['.strategy-lint.yaml', '.strategy-lint.yml'];

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

export interface Config {
  rules: Record<string, RuleSetting>;
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
    return { rules: {}, problems: [`The configuration can't be read (line ${line}): ${broken.message}`] };
  }
  const data = analysis.data;
  if (data === null || data === undefined) return { rules: {}, problems };
  if (typeof data !== 'object' || Array.isArray(data))
    return { rules: {}, problems: ["The configuration should be a section with a 'rules' field."] };
  const { rules: raw, ...rest } = data as Record<string, unknown>;
  for (const key of Object.keys(rest))
    problems.push(`Unknown configuration field '${key}' (only 'rules' is supported).`);
  return { rules: checkRules(raw, problems), problems };
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
  if (typeof setting !== 'string' || !SETTINGS.includes(setting as RuleSetting))
    return `The rule '${code}' is set to '${String(setting)}'; use off, info, warning or error.`;
  return undefined;
}

/** The severity a code has under the settings: an exact code wins over `category/*`. */
export function settingFor(
  code: string,
  rules: Record<string, RuleSetting> | undefined,
): RuleSetting | undefined {
  if (!rules) return undefined;
  return rules[code] ?? rules[code.slice(0, code.indexOf('/') + 1) + '*'];
}
