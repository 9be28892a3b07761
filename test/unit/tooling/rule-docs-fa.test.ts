// Every rule's page exists in Persian too (docs/rules/fa/<code>.md), and a finding rendered in Persian
// links to it: docsPath/docsUrl take the language, English keeps today's paths and URLs.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { DOCS_URL_BASE, RULES, docsPath, docsUrl } from '../../../src/core';

const ROOT = join(__dirname, '..', '..', '..');
const RULES_DIR = join(ROOT, 'docs', 'rules');
const FA_DIR = join(RULES_DIR, 'fa');
const PUBLISHED = 'https://github.com/strategy-as-code/strategy-as-code/blob/main/';

/** `smart/measurable` for docs/rules/smart/measurable.md: the codes a folder of pages documents. */
function codesUnder(dir: string, skip?: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md')
    .map((e) => relative(dir, join(e.parentPath, e.name)).replace(/\\/g, '/').replace(/\.md$/, ''))
    .filter((code) => !skip || !code.startsWith(`${skip}/`))
    .sort();
}

const englishCodes = codesUnder(RULES_DIR, 'fa');
const persianCodes = codesUnder(FA_DIR);
const allCodes = [...new Set([...RULES.map((r) => r.code), ...englishCodes])].sort();
const page = (code: string) => readFileSync(join(FA_DIR, `${code}.md`), 'utf8');

/** The markdown outside fenced code blocks, and the blocks themselves. */
function split(text: string): { prose: string[]; blocks: { lang: string; body: string; line: number }[] } {
  const prose: string[] = [];
  const blocks: { lang: string; body: string; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)$/.exec(lines[i]);
    if (!open) {
      prose.push(lines[i]);
      continue;
    }
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    blocks.push({ lang: open[1], body: body.join('\n'), line: start });
  }
  return { prose, blocks };
}

describe('the rule pages in Persian (docs/rules/fa)', () => {
  it('exist for every code in RULES and every code documented in English, and for no other', () => {
    assert.ok(allCodes.length >= 32, `${allCodes.length} codes`);
    for (const code of allCodes)
      assert.ok(existsSync(join(FA_DIR, `${code}.md`)), `docs/rules/fa/${code}.md`);
    assert.deepEqual(persianCodes, englishCodes, 'a Persian page for each English page, no more');
    assert.ok(existsSync(join(FA_DIR, 'README.md')), 'the Persian index');
  });

  it('have a heading with the code in Latin, and the rule default severity', () => {
    for (const code of persianCodes) {
      const text = page(code);
      assert.ok(text.split('\n').includes(`# ${code}`), `${code}: a heading "# ${code}"`);
      const severity = RULES.find((r) => r.code === code)?.severity;
      if (severity)
        assert.match(text, new RegExp(`^\\*\\*شدت پیش‌فرض:\\*\\* .*\\(\`${severity}\`\\)`, 'm'), code);
    }
  });

  it('are right to left, with code blocks left to right', () => {
    for (const code of [...persianCodes, 'README']) {
      const text = page(code);
      assert.ok(text.startsWith('<div dir="rtl">\n\n'), `${code}: opens a right-to-left block`);
      assert.ok(text.endsWith('\n\n</div>\n'), `${code}: closes it`);
      const lines = text.split('\n');
      const { blocks } = split(text);
      assert.ok(blocks.length > 0, code);
      for (const block of blocks) {
        assert.deepEqual(
          lines.slice(block.line - 2, block.line),
          ['<div dir="ltr">', ''],
          `${code}:${block.line + 1}`,
        );
      }
    }
  });

  it('link back to the English page, which links to them', () => {
    for (const code of persianCodes) {
      assert.ok(page(code).includes(`](../../${code}.md)`), `${code}: a link to the English page`);
      const english = readFileSync(join(RULES_DIR, `${code}.md`), 'utf8');
      assert.ok(
        english.includes(`](../fa/${code}.md)`),
        `${code}: the English page links to the Persian one`,
      );
    }
    assert.ok(readFileSync(join(RULES_DIR, 'README.md'), 'utf8').includes('](fa/README.md)'), 'the index');
  });

  it('link only to files that exist', () => {
    let links = 0;
    for (const code of [...persianCodes, 'README']) {
      const file = join(FA_DIR, `${code}.md`);
      for (const line of split(page(code)).prose) {
        for (const [, target] of line.matchAll(/\]\(([^)\s]+)\)/g)) {
          if (/^[a-z]+:/.test(target) || target.startsWith('#')) continue;
          links++;
          const path = join(dirname(file), target.replace(/#.*$/, ''));
          assert.ok(existsSync(path), `${code}: ${target}`);
        }
      }
    }
    assert.ok(links > persianCodes.length * 3, `${links} links checked`);
  });

  it('the index lists every code with a link to its page', () => {
    const index = page('README');
    for (const code of persianCodes) assert.ok(index.includes(`[\`${code}\`](${code}.md)`), code);
  });

  it('keep YAML examples valid, with Latin keys (only yaml/syntax shows broken YAML)', () => {
    for (const code of persianCodes) {
      for (const block of split(page(code)).blocks.filter((b) => b.lang === 'yaml')) {
        const doc = parseDocument(block.body);
        if (code !== 'yaml/syntax') assert.deepEqual(doc.errors, [], `${code}:${block.line + 1}`);
        for (const [, key] of block.body.matchAll(/^\s*(?:- )?([^\s#:'"-][^:]*):(?: |$)/gm)) {
          assert.match(key, /^[A-Za-z0-9./*-]+$/, `${code}:${block.line + 1}: the key '${key}' stays Latin`);
        }
      }
    }
  });

  it('write می/نمی and the plural suffix with a zero-width non-joiner, not a space', () => {
    for (const code of [...persianCodes, 'README']) {
      for (const line of split(page(code)).prose) {
        assert.doesNotMatch(line, /(^|[\s(«])ن?می [\u0600-\u06FF]/, `${code}: ${line}`);
        assert.doesNotMatch(line, /[\u0600-\u06FF] های?(\s|$)/, `${code}: ${line}`);
      }
    }
  });
});

describe('docsPath and docsUrl', () => {
  it('name the Persian page for the language fa, and it exists', () => {
    for (const code of allCodes) {
      assert.equal(docsPath(code, 'fa'), `docs/rules/fa/${code}.md`);
      assert.ok(existsSync(join(ROOT, docsPath(code, 'fa'))), docsPath(code, 'fa'));
      assert.equal(docsUrl(code, 'fa'), `${PUBLISHED}docs/rules/fa/${code}.md`);
    }
  });

  it('keep the English paths and URLs by default', () => {
    assert.equal(DOCS_URL_BASE, PUBLISHED);
    for (const code of allCodes) {
      assert.equal(docsPath(code), `docs/rules/${code}.md`);
      assert.equal(docsPath(code, 'en'), docsPath(code));
      assert.ok(existsSync(join(ROOT, docsPath(code))), docsPath(code));
      assert.equal(docsUrl(code), `${PUBLISHED}docs/rules/${code}.md`);
      assert.equal(docsUrl(code, 'en'), docsUrl(code));
    }
  });
});
