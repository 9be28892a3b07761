// docs/format.md is generated from the JSON Schema and RULES (scripts/generate-format-doc.ts): it must be
// current, say every field, value and code, and link only to places that exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RULES } from '../../../src/core';
import { FORMAT_DOC, SCHEMA_FILE, formatDoc } from '../../../scripts/generate-format-doc';

interface Node {
  properties?: Record<string, Node>;
  items?: Node;
  enum?: unknown[];
  markdownEnumDescriptions?: string[];
  definitions?: Record<string, Node>;
}

describe('docs/format.md (generated from the schema and RULES)', () => {
  const doc = () => readFileSync(FORMAT_DOC, 'utf8');
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Node;

  it('is current: regenerating it changes nothing', async () => {
    assert.ok(existsSync(FORMAT_DOC), 'run `tsx scripts/generate-format-doc.ts`');
    assert.ok(
      (await formatDoc()) === doc(),
      'docs/format.md is stale: run `tsx scripts/generate-format-doc.ts`',
    );
  });

  it('has a row for every field and every enum value of the schema', () => {
    const text = doc();
    const walk = (node: Node) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        assert.match(text, new RegExp(`^\\| \`${key}\` +\\|`, 'm'), `the field ${key}`);
        walk(child);
      }
      if (node.items) walk(node.items);
      for (const value of node.enum ?? []) {
        assert.ok(text.includes(`\`${String(value)}\``), `the value ${String(value)}`);
      }
    };
    walk(schema);
    for (const definition of Object.values(schema.definitions ?? {})) walk(definition);
  });

  it('lists every code with its default severity and a link to its page', () => {
    const text = doc();
    for (const rule of RULES) {
      const row = new RegExp(
        `^\\| \\[\`${rule.code}\`\\]\\(rules/${rule.code}\\.md\\) +\\| ${rule.severity} +\\|`,
        'm',
      );
      assert.match(text, row, rule.code);
    }
  });

  it('links only to headings and files that exist', () => {
    const text = doc();
    const anchors = new Set(
      [...text.matchAll(/^#+ (.+)$/gm)].map(([, h]) =>
        h
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, '')
          .replace(/\s/g, '-'),
      ),
    );
    let links = 0;
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      links++;
      if (target.startsWith('#')) assert.ok(anchors.has(target.slice(1)), `heading ${target}`);
      else assert.ok(existsSync(join(dirname(FORMAT_DOC), target.replace(/#.*$/, ''))), `file ${target}`);
    }
    assert.ok(links > RULES.length, `${links} links checked`);
  });
});
