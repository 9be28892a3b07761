// The `strategy.rules` setting in package.json is generated from RULES (scripts/generate-settings.ts):
// settings completion offers every code and every category wildcard, and a new rule cannot be forgotten.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULE_SETTINGS, RULES } from '../../../src/core';
import {
  PACKAGE_JSON,
  RULES_SETTING,
  rulesProperties,
  withRulesSetting,
} from '../../../scripts/generate-settings';

interface Manifest {
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
}

describe('package.json strategy.rules (generated from RULES)', () => {
  const text = readFileSync(PACKAGE_JSON, 'utf8');
  const setting = (JSON.parse(text) as Manifest).contributes.configuration.properties[RULES_SETTING];

  it('lists every rule code and category wildcard as a property, as RULES gives them', () => {
    const properties = setting.properties as Record<string, unknown>;
    // Key order too: it is the order package.json shows them in.
    assert.deepEqual(
      Object.keys(properties),
      Object.keys(rulesProperties()),
      'run `tsx scripts/generate-settings.ts`',
    );
    assert.deepEqual(properties, rulesProperties(), 'run `tsx scripts/generate-settings.ts`');
    for (const rule of RULES) assert.ok(rule.code in properties, rule.code);
    const categories = new Set(RULES.map((r) => r.code.split('/')[0]));
    for (const category of categories) assert.ok(`${category}/*` in properties, `${category}/*`);
  });

  it('gives each code its default severity, summary and documentation link', () => {
    const properties = rulesProperties();
    for (const rule of RULES) {
      const p = properties[rule.code];
      assert.deepEqual(p.enum, ['off', 'info', 'warning', 'error']);
      assert.equal(p.default, rule.severity);
      assert.equal(p.description, rule.summary);
      assert.match(p.markdownDescription, new RegExp(`docs/rules/${rule.code}\\.md\\)$`));
    }
  });

  it('still accepts any other key with a severity, as the extension reads the setting', () => {
    assert.deepEqual(setting.additionalProperties, { type: 'string', enum: [...RULE_SETTINGS] });
    assert.equal(setting.type, 'object');
    assert.deepEqual(setting.default, {});
  });

  it('is current: regenerating changes no byte of package.json', () => {
    assert.ok(withRulesSetting(text) === text, 'run `tsx scripts/generate-settings.ts`');
  });

  it('rewrites only the setting, whatever the rest of the file looks like', () => {
    const before = [
      '{"name":"x",  "contributes": {"configuration": {"properties": {',
      '    "strategy.rules": { "type": "object", "default": {}, "markdownDescription": "a \\"}\\" brace",',
      '      "additionalProperties": {"type": "string"} },',
      '  "other":   {"default": "strategy.rules"} } } } }',
      '',
    ].join('\n');
    const after = withRulesSetting(before);
    const start = before.indexOf('{', before.indexOf('"strategy.rules"'));
    const tail = '\n  "other":   {"default": "strategy.rules"} } } } }\n';
    assert.equal(after.slice(0, start), before.slice(0, start));
    assert.ok(after.endsWith(`,${tail}`), 'the text after the setting is kept');
    const value = (JSON.parse(after) as Manifest).contributes.configuration.properties[RULES_SETTING];
    assert.deepEqual(Object.keys(value), [
      'type',
      'default',
      'markdownDescription',
      'properties',
      'additionalProperties',
    ]);
    assert.equal(value.markdownDescription, 'a "}" brace');
    assert.equal(withRulesSetting(after), after, 'a second run changes nothing');
  });
});
