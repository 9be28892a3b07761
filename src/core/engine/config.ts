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
import { msg, render, type Message } from '../text/i18n/message';

export const CONFIG_FILE_NAMES = ['.strategy-lint.yaml', '.strategy-lint.yml'];

/** What a rule can be set to, in the configuration file, the editor's settings and --rule. */
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

export interface Config {
  rules: Record<string, RuleSetting>;
  /** Globs relative to the configuration file's folder: files a folder or glob expansion skips. */
  ignore: string[];
  /** Plain-language problems with the configuration, in English; the adapters show them and go on. */
  problems: string[];
  /** The same problems as messages (`problems[i]` is `messages[i]` in English), to render in another language. */
  messages: Message[];
}

/** Where problems are said: each as a message, and in English (the older string form). */
class Problems {
  constructor(
    readonly problems: string[] = [],
    readonly messages: Message[] = [],
  ) {}

  add(message: Message): void {
    this.problems.push(render(message));
    this.messages.push(message);
  }
}

const FIELDS = { rules: 'rules', ignore: 'ignore' };
const SETTINGS = { off: 'off', info: 'info', warning: 'warning', error: 'error' };

export function parseConfig(text: string): Config {
  const said = new Problems();
  const empty = () => ({ rules: {}, ignore: [], problems: said.problems, messages: said.messages });
  // The same reading as a strategy file: plain-language YAML messages, and aliases under a budget.
  const { analysis, findings } = parse(text);
  const broken = findings.find((f) => f.code === 'yaml/syntax');
  if (broken) {
    const line = new LineIndex(text).position(broken.start).line + 1;
    said.add(msg('config.unreadable', { line, problem: broken.message }));
    return empty();
  }
  const data = analysis.data;
  if (data === null || data === undefined) return empty();
  if (typeof data !== 'object' || Array.isArray(data)) {
    said.add(msg('config.notSection', FIELDS));
    return empty();
  }
  const { rules: raw, ignore, ...rest } = data as Record<string, unknown>;
  for (const key of Object.keys(rest)) {
    const guess = closest(key, ['rules', 'ignore']);
    said.add(
      guess
        ? msg('config.unknownField.didYouMean', { field: key, suggestion: guess })
        : msg('config.unknownField', { field: key, ...FIELDS }),
    );
  }
  return {
    rules: checkRules(raw, said.problems, said.messages),
    ignore: checkIgnore(ignore, said),
    problems: said.problems,
    messages: said.messages,
  };
}

function checkIgnore(raw: unknown, said: Problems): string[] {
  if (raw === undefined || raw === null) return [];
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === '')) {
    said.add(
      msg('config.ignoreNotList', {
        field: 'ignore',
        example: "['test/fixtures/', 'drafts/*.strategy.yaml']",
      }),
    );
    return Array.isArray(list)
      ? list.filter((p): p is string => typeof p === 'string' && p.trim() !== '')
      : [];
  }
  return list as string[];
}

/**
 * Validates a code → severity mapping (from the config file, the editor's settings or --rule). Each
 * problem is pushed to `problems` in English and, when given, to `messages` as a message.
 */
export function checkRules(
  raw: unknown,
  problems: string[],
  messages: Message[] = [],
): Record<string, RuleSetting> {
  const said = new Problems(problems, messages);
  const rules: Record<string, RuleSetting> = {};
  if (raw === undefined || raw === null) return rules;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    said.add(msg('config.rulesNotMap', { field: 'rules', ...SETTINGS }));
    return rules;
  }
  for (const [code, setting] of Object.entries(raw as Record<string, unknown>)) {
    const problem = checkRuleMessage(code, setting);
    if (problem) said.add(problem);
    else rules[code] = setting as RuleSetting;
  }
  return rules;
}

/** What is wrong with one rule setting, in English; undefined when nothing is. */
export function checkRule(code: string, setting: unknown): string | undefined {
  const problem = checkRuleMessage(code, setting);
  return problem && render(problem);
}

/** What is wrong with one rule setting (an unknown code, a severity that is none); undefined when nothing is. */
export function checkRuleMessage(code: string, setting: unknown): Message | undefined {
  const known =
    ruleMeta(code) || (code.endsWith('/*') && RULES.some((r) => r.code.startsWith(code.slice(0, -1))));
  if (!known) {
    const guess = closest(
      code,
      RULES.map((r) => r.code),
    );
    return guess
      ? msg('config.unknownRule.didYouMean', { code, suggestion: guess })
      : msg('config.unknownRule', { code });
  }
  if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting as RuleSetting))
    return msg('config.badSetting', { code, value: String(setting), ...SETTINGS });
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
