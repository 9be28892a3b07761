// The catalogs: every English message has its Persian translation with the same placeholders, no id is
// defined twice or left unused, the Persian texts follow the conventions that keep a line in order
// (values as arguments inside isolates, quoted with « »), and rendering speaks each language.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SECTIONS, CATALOGS } from '../../../src/core/text/i18n/catalog';
import { msg, placeholders, render, renderLine, parseCatalogText } from '../../../src/core/text/i18n/message';
import type { MessageId } from '../../../src/core/text/i18n/message';

const ROOT = join(__dirname, '..', '..', '..');
const en = CATALOGS.en as Record<string, string>;
const fa = CATALOGS.fa as Record<string, string>;
const ids = Object.keys(en);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path.endsWith(join('text', 'i18n', 'en')) || path.endsWith(join('text', 'i18n', 'fa'))) continue;
      sourceFiles(path, out);
    } else if (/\.ts$/.test(name)) out.push(path);
  }
  return out;
}

describe('message catalogs', () => {
  it('has messages', () => {
    assert.ok(ids.length > 0);
  });

  it('defines each id once, across the sections', () => {
    const seen = new Map<string, string>();
    for (const [name, section] of Object.entries(SECTIONS.en)) {
      for (const id of Object.keys(section)) {
        assert.ok(!seen.has(id), `'${id}' is in both ${seen.get(id)} and ${name}`);
        seen.set(id, name);
      }
    }
    assert.equal(seen.size, ids.length);
  });

  it('has every English id in Persian, in the same section, and nothing else', () => {
    for (const [name, section] of Object.entries(SECTIONS.en)) {
      const faSection = (SECTIONS.fa as Record<string, Record<string, string>>)[name];
      assert.deepEqual(Object.keys(faSection).sort(), Object.keys(section).sort(), `section ${name}`);
    }
    for (const id of ids)
      assert.ok(typeof fa[id] === 'string' && fa[id].trim() !== '', `no Persian for '${id}'`);
  });

  it('uses the same placeholders in both languages', () => {
    const wrong = ids.filter((id) => placeholders(en[id]).join() !== placeholders(fa[id]).join());
    assert.deepEqual(
      wrong.map((id) => `${id}: ${placeholders(en[id]).join()} / ${placeholders(fa[id]).join()}`),
      [],
    );
  });

  it('parses every text as ICU MessageFormat', () => {
    for (const id of ids) {
      assert.doesNotThrow(() => parseCatalogText(en[id]), `en ${id}`);
      assert.doesNotThrow(() => parseCatalogText(fa[id]), `fa ${id}`);
    }
  });

  it('leaves no id unused: each appears as a string literal in the sources', () => {
    const sources = sourceFiles(join(ROOT, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = ids.filter((id) => !sources.includes(`'${id}'`) && !sources.includes(`"${id}"`));
    assert.deepEqual(unused, []);
  });

  it('keeps Latin values out of the Persian texts: digits and quoted values are arguments', () => {
    const offending = ids.filter((id) => {
      const literal = fa[id].replace(/\{[^{}]*\}/g, '');
      return /'\{|\{[a-zA-Z]+\}'/.test(fa[id]) || /[0-9]/.test(literal.replace(/R²|#|=\d+/g, ''));
    });
    assert.deepEqual(offending, []);
  });

  it('writes no Persian letters into the English texts', () => {
    assert.deepEqual(
      ids.filter((id) => /[\u0600-\u06ff]/.test(en[id])),
      [],
    );
  });
});

describe('render', () => {
  const id = 'cli.lint.problems' as MessageId;

  it('speaks English as the messages were written, plurals included', () => {
    const counts = { list: [msg('cli.lint.errors', { n: 1 }), msg('cli.lint.warnings', { n: 2 })] };
    assert.equal(
      render(msg(id, { problems: 3, counts, files: 1 })),
      '3 problems (1 error, 2 warnings) in 1 file',
    );
  });

  it('speaks Persian with Persian digits and the Persian comma', () => {
    const counts = { list: [msg('cli.lint.errors', { n: 1 }), msg('cli.lint.warnings', { n: 12 })] };
    assert.equal(
      render(msg(id, { problems: 13, counts, files: 2 }), { language: 'fa' }),
      '۱۳ مشکل (۱ خطا، ۱۲ هشدار) در ۲ فایل',
    );
  });

  it('keeps a value from the file inside a first-strong isolate in Persian, and as written in English', () => {
    const m = msg('engine.internalError', { check: 'ig-followers', error: 'x' });
    assert.ok(render(m, { language: 'fa' }).includes('«\u2068ig-followers\u2069»'));
    assert.ok(render(m).includes("'ig-followers'"));
    assert.ok(!render(m).includes('\u2068'));
  });

  it('wraps a Persian line in a right-to-left isolate, and leaves an English one alone', () => {
    const m = msg('cli.trends.noGoals');
    assert.equal(renderLine(m, { language: 'fa' }), `\u2067${render(m, { language: 'fa' })}\u2069`);
    assert.equal(renderLine(m), render(m));
  });

  it('names dates in the calendar system, the Gregorian date beside in Persian', () => {
    const m = msg('cli.review.added', { month: { date: '2027-01-04' }, file: 'a.strategy.yaml' });
    assert.ok(render(m).startsWith('Added the review of 4 January 2027 to a.strategy.yaml'));
    assert.ok(
      render(m, { language: 'fa', calendar: 'persian' }).startsWith('بازبینی ۱۴ دی ۱۴۰۵ (۴ ژانویه ۲۰۲۷) به'),
      render(m, { language: 'fa', calendar: 'persian' }),
    );
  });

  it('never throws, whatever arrives as an argument from untyped data', () => {
    for (const id of [null, true, { a: 1 }, [1], undefined, { list: 'x' }] as unknown[]) {
      const m = msg('engine.internalError', { check: id as string, error: 'x' });
      assert.doesNotThrow(() => render(m, { language: 'fa' }));
      assert.doesNotThrow(() => render(m));
    }
    assert.equal(render({ id: 'no.such.id' as MessageId }), 'no.such.id');
  });

  it('isolates a day that is not real as written, and leaves out isolates where a program reads the text', () => {
    const m = msg('cli.review.added', { month: { date: '2027-05-32' }, file: 'a.strategy.yaml' });
    assert.ok(render(m, { language: 'fa', calendar: 'persian' }).includes('\u20682027-05-32\u2069'));
    assert.ok(!render(m, { language: 'fa', isolates: false }).includes('\u2068'));
  });
});
