// Writes the per-rule entries of the `strategy.rules` setting into package.json from RULES, so settings
// completion offers every code and a new rule cannot be forgotten (test/unit/tooling/settings-metadata.test.ts
// fails when package.json is stale). Only that setting's text changes; every other byte is kept.
//   tsx scripts/generate-settings.ts          rewrite package.json
//   tsx scripts/generate-settings.ts --check  exit 1 when package.json is not current
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULE_SETTINGS, docsUrl, type RuleMeta, type RuleSetting } from '../src/core';

export const PACKAGE_JSON = join(__dirname, '..', 'package.json');
export const RULES_SETTING = 'strategy.rules';

export interface RuleProperty {
  type: 'string';
  enum: RuleSetting[];
  default?: RuleSetting;
  description: string;
  markdownDescription: string;
}

const list = (codes: readonly string[]) => codes.map((c) => `\`${c}\``).join(', ');

/**
 * One property per category wildcard (`smart/*`) followed by one per code of that category, in the order
 * RULES lists them. `description` is what the Settings editor shows, `markdownDescription` the hover.
 */
export function rulesProperties(rules: readonly RuleMeta[] = RULES): Record<string, RuleProperty> {
  const categories = new Map<string, RuleMeta[]>();
  for (const rule of rules) {
    const category = rule.code.slice(0, rule.code.indexOf('/'));
    categories.set(category, [...(categories.get(category) ?? []), rule]);
  }
  const out: Record<string, RuleProperty> = {};
  for (const [category, members] of categories) {
    const codes = members.map((r) => r.code);
    const all = `Every \`${category}/…\` rule at once (${members.length === 1 ? '' : `${members.length}: `}${list(codes)}).`;
    out[`${category}/*`] = {
      type: 'string',
      enum: [...RULE_SETTINGS],
      description: all.replace(/`/g, ''),
      markdownDescription: `${all} A rule's own code, set here too, wins over the wildcard.`,
    };
    for (const rule of members) {
      out[rule.code] = {
        type: 'string',
        enum: [...RULE_SETTINGS],
        default: rule.severity,
        description: rule.summary,
        markdownDescription: `${rule.summary} Default: \`${rule.severity}\`. [Documentation](${docsUrl(rule.code)})`,
      };
    }
  }
  return out;
}

/** The value of `strategy.rules` with its generated parts (the codes, and what any other key accepts). */
export function rulesSetting(current: Record<string, unknown>): Record<string, unknown> {
  const generated = {
    properties: rulesProperties(),
    additionalProperties: { type: 'string', enum: [...RULE_SETTINGS] },
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(current)) {
    // `properties` goes right before `additionalProperties`, wherever it was (or was not) before.
    if (key === 'properties') continue;
    if (key === 'additionalProperties') out.properties = generated.properties;
    out[key] = key in generated ? generated[key as keyof typeof generated] : value;
  }
  out.properties ??= generated.properties;
  out.additionalProperties ??= generated.additionalProperties;
  return out;
}

/** Where the JSON value starting at `start` ends (exclusive); strings may hold braces and escapes. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  throw new Error('package.json: unbalanced JSON');
}

/** package.json's text with only the value of `strategy.rules` replaced, in the file's 2-space style. */
export function withRulesSetting(text: string): string {
  const manifest = JSON.parse(text) as {
    contributes?: { configuration?: { properties?: Record<string, Record<string, unknown>> } };
  };
  const current = manifest.contributes?.configuration?.properties?.[RULES_SETTING];
  if (!current) throw new Error(`package.json declares no ${RULES_SETTING} setting`);
  const key = `"${RULES_SETTING}":`;
  const at = text.indexOf(key);
  if (at < 0 || text.indexOf(key, at + 1) >= 0) throw new Error(`package.json: ${key} must occur once`);
  const start = text.indexOf('{', at + key.length);
  const end = valueEnd(text, start);
  const indent = /[ \t]*$/.exec(text.slice(text.lastIndexOf('\n', at) + 1, at))![0];
  const value = JSON.stringify(rulesSetting(current), null, 2).replace(/\n/g, `\n${indent}`);
  const out = text.slice(0, start) + value + text.slice(end);
  // The edit must be the setting alone: the rest of the manifest parses back unchanged.
  const after = JSON.parse(out) as typeof manifest;
  after.contributes!.configuration!.properties![RULES_SETTING] = current;
  if (JSON.stringify(after) !== JSON.stringify(manifest))
    throw new Error('package.json: edit escaped its setting');
  return out;
}

function main(argv: readonly string[]): number {
  const text = readFileSync(PACKAGE_JSON, 'utf8');
  const next = withRulesSetting(text);
  if (argv.includes('--check')) {
    if (next === text) return 0;
    console.error(`package.json: ${RULES_SETTING} is stale; run \`tsx scripts/generate-settings.ts\`.`);
    return 1;
  }
  if (next !== text) writeFileSync(PACKAGE_JSON, next);
  console.log(next === text ? `${RULES_SETTING} is current` : `wrote ${RULES_SETTING} to package.json`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
