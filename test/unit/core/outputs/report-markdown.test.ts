// reportMarkdown: a checked-in snapshot of three files' report (English, Persian, and one whose text
// tries every Markdown and HTML trick), and the rules the snapshot relies on.
// After a deliberate change: UPDATE_SNAPSHOTS=1 npx mocha --no-config -r tsx/cjs <this file>, then read the diff.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../../src/core/engine/lint';
import { monthReport, reportMarkdown, type ReportData } from '../../../../src/core/outputs/report';
import { escapeMarkdown, escapeMarkdownLine } from '../../../../src/core/outputs/report/escape';

const FIXTURES = join(__dirname, '../../../fixtures/report');
const TODAY = '2027-03-03';
const EXPECTED = join(FIXTURES, 'expected.md');

function report(name: string): ReportData {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const { findings, analysis } = lint(text, { today: TODAY });
  return monthReport(analysis, findings, { today: TODAY, file: `test/fixtures/report/${name}` });
}

describe('reportMarkdown', () => {
  const files = ['studio.strategy.yaml', 'persian.strategy.yaml', 'hostile.strategy.yaml'].map(report);

  it('matches the checked-in report of three files', () => {
    const markdown = reportMarkdown(files);
    if (process.env.UPDATE_SNAPSHOTS) writeFileSync(EXPECTED, markdown);
    assert.equal(markdown, readFileSync(EXPECTED, 'utf8'));
  });

  it('ranks the overview by goals off pace, each row linking to its section', () => {
    const markdown = reportMarkdown(files);
    const rows = markdown.split('\n').filter((l) => /^\| \[.*\]\(#report-/.test(l));
    // The hostile file has 1 goal off track and an error-free file; the studio 1 at risk: ties keep
    // the input order after errors and warnings (studio 4 warnings, hostile 1).
    assert.deepEqual(
      rows.map((r) => /\(#(report-\d)\)/.exec(r)?.[1]),
      ['report-1', 'report-3', 'report-2'],
    );
    for (const anchor of ['report-1', 'report-2', 'report-3'])
      assert.ok(markdown.includes(`<a id="${anchor}"></a>`));
  });

  it('gives one file without an overview, its name as the title', () => {
    const markdown = reportMarkdown(files[0]);
    assert.ok(markdown.startsWith('<a id="report-1"></a>\n\n# Northwind Studio – Social Strategy 2027\n'));
    assert.ok(!markdown.includes('## Overview'));
    assert.ok(markdown.includes('## Review (draft)'));
  });

  it('keeps text from the file as text: no tag, no link, no broken table', () => {
    const markdown = reportMarkdown(files[2]);
    assert.ok(!/<(script|img|iframe|svg|b|em|u)\b/i.test(markdown), 'no raw tag');
    assert.ok(markdown.includes('&lt;script&gt;alert("owned")&lt;/script&gt; &amp; "quotes"'));
    assert.ok(markdown.includes('\\[link\\](https://evil.example)'), 'no link made from the text');
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.replace(/\\\|/g, '').split('|').length;
      assert.ok(cells >= 5, line);
    }
  });

  it('escapes what would format, link, end a cell or start a list', () => {
    assert.equal(
      escapeMarkdown('*a* _b_ `c` [d](e) | # ~f~ \\'),
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\| \\# \\~f\\~ \\\\',
    );
    assert.equal(escapeMarkdown('<b>&amp;</b>'), '&lt;b&gt;&amp;amp;&lt;/b&gt;');
    assert.equal(escapeMarkdownLine('1. first'), '1\\. first');
    assert.equal(escapeMarkdownLine('- item'), '\\- item');
    assert.equal(escapeMarkdown('+5% - 1.'), '+5% - 1.');
    assert.equal(escapeMarkdown('two\nlines\r\nhere'), 'two lines here');
  });
});
