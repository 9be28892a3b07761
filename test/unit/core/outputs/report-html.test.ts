// reportHtml: one self-contained page (no script, no remote resource), every text from the file
// escaped, a Persian file right to left in Persian digits with Solar Hijri dates, a chart per metric.
// test/report/run.mjs opens the same pages in Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../../src/core/engine/lint';
import { monthReport, reportHtml, type ReportData } from '../../../../src/core/outputs/report';
import { directionOf } from '../../../../src/core/outputs/report/escape';

const FIXTURES = join(__dirname, '../../../fixtures/report');
const TODAY = '2027-03-03';

function report(text: string, file = 'x.strategy.yaml'): ReportData {
  const { findings, analysis } = lint(text, { today: TODAY });
  return monthReport(analysis, findings, { today: TODAY, file });
}

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const STUDIO = report(fixture('studio.strategy.yaml'), 'studio.strategy.yaml');
const PERSIAN = report(fixture('persian.strategy.yaml'), 'persian.strategy.yaml');

/** The page without its stylesheet, where the text and markup are. */
function body(html: string): string {
  return html.slice(html.indexOf('</style>'));
}

describe('reportHtml', () => {
  it('is one self-contained page: inline styles and SVG, no script, no link, no URL', () => {
    const html = reportHtml([STUDIO, PERSIAN]);
    assert.ok(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">'));
    assert.equal(html.match(/<style>/g)?.length, 1);
    assert.doesNotMatch(html, /<(script|link|img|iframe|object|embed|base)\b/i);
    assert.doesNotMatch(html, /\b(src|href)="(?!#)/, 'only in-page links');
    assert.doesNotMatch(html, /https?:\/\//);
    assert.doesNotMatch(html, /url\(/, 'no resource from the stylesheet either');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*">/);
    assert.match(html, /@media print/);
    assert.match(html, /prefers-color-scheme: dark/);
  });

  it('escapes every text from the file, in text and in attributes', () => {
    const text = fixture('studio.strategy.yaml')
      .replace('name: Northwind Studio – Social Strategy 2027', `name: '<script>alert("x")</script> & "Co"'`)
      .replace(
        'title: Reach 3,000 Instagram followers',
        `title: '"><img src=x onerror=alert(1)> & <b>bold</b>'`,
      )
      .replace('name: Instagram followers', `name: "</title><script>alert('svg')</script>"`)
      .replace('title: Behind the desk', `title: '</td><script>alert(2)</script>'`);
    const html = reportHtml(report(text));
    const page = body(html);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(page, /<b>/);
    assert.ok(page.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;'));
    assert.ok(page.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;'));
    assert.ok(page.includes('&lt;/title&gt;&lt;script&gt;alert(&#39;svg&#39;)&lt;/script&gt;'));
    assert.ok(page.includes('&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
    // Every tag left is one the report writes.
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]));
    const ours =
      'html head meta title style body main section header p h1 h2 h3 dl div dt dd span table thead tbody tr th td a ul li ol svg desc g line text path circle figure figcaption code small';
    assert.deepEqual(
      [...tags].filter((t) => !ours.split(' ').includes(t)),
      [],
    );
  });

  it('draws a Persian file right to left, in Persian words and digits, Solar Hijri dates first', () => {
    const html = reportHtml(PERSIAN);
    assert.ok(html.startsWith('<!doctype html>\n<html lang="fa" dir="rtl">'));
    assert.match(html, /<section class="file" id="report-1" lang="fa" dir="rtl">/);
    const page = body(html);
    assert.match(page, /گزارش ماهانه/);
    assert.match(page, /۱۲ بهمن – ۹ اسفند ۱۴۰۵/, 'the month as the Solar Hijri days it spans');
    assert.match(page, /فوریه ۲۰۲۷/, 'with the Gregorian month beside');
    assert.match(page, /۹ تیر ۱۴۰۶<span class="sub">۳۰ ژوئن ۲۰۲۷<\/span>/, 'a deadline, Gregorian beside');
    // Numbers the report writes are in Persian digits (the file's own ids and paths stay as written).
    const tiles = [...page.matchAll(/<span class="tile-value">(.*?)<\/span>/g)].map((m) => m[1]);
    assert.ok(
      tiles.length === 4 && tiles.every((t) => !/[0-9]/.test(t.replace(/<[^>]*>/g, ''))),
      tiles.join(' | '),
    );
    assert.match(page, /۴٬۱۰۰/);
  });

  it('keeps an English file left to right in ASCII digits', () => {
    const html = reportHtml(STUDIO);
    assert.ok(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">'));
    assert.doesNotMatch(body(html), /[۰-۹]/);
    assert.match(body(html), /15 January 2027 – 30 June 2027/);
  });

  it('draws a chart per metric: values, the trend line, and each goal target at its deadline', () => {
    const page = body(reportHtml(STUDIO));
    assert.equal(page.match(/<svg class="chart"/g)?.length, 2);
    assert.equal(page.match(/class="c-values"/g)?.length, 2 + 1, 'two charts and the legend');
    assert.equal(page.match(/<path class="c-trend"/g)?.length, 2 + 1);
    // Two goals, one per metric: a target and a forecast mark on each chart.
    assert.equal(page.match(/<g class="c-target v-/g)?.length, 2 + 1);
    assert.equal(page.match(/<circle class="c-forecast"/g)?.length, 2 + 1);
    assert.match(page, /<text class="c-axis-title"[^>]*>followers<\/text>/);
    assert.match(page, /<text class="c-axis-title"[^>]*>Month<\/text>/);
    // Paths are d3-shape's: absolute moves and lines, one decimal.
    const chart = page.slice(page.indexOf('<svg class="chart"'));
    const d = /<path class="c-trend" d="([^"]+)"/.exec(chart)![1];
    assert.match(d, /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
  });

  it('puts an overview first for several files, most goals off pace first, linking to each section', () => {
    const hostile = report(fixture('hostile.strategy.yaml'), 'hostile.strategy.yaml');
    const page = body(reportHtml([PERSIAN, STUDIO, hostile]));
    const links = [...page.matchAll(/<td class="name"><a href="#(report-\d)"/g)].map((m) => m[1]);
    // Studio: 1 at risk, 4 warnings; hostile: 1 off track, 1 warning; Persian: none off pace.
    assert.deepEqual(links, ['report-2', 'report-3', 'report-1']);
    for (const id of links) assert.match(page, new RegExp(`<section class="file" id="${id}"`));
    assert.ok(page.indexOf('class="overview"') < page.indexOf('<section class="file"'));
  });

  it('marks a drafted review as a draft', () => {
    const page = body(reportHtml(STUDIO));
    assert.match(page, /<div class="review draft">/);
    assert.match(page, /Review \(draft\)/);
    assert.doesNotMatch(body(reportHtml(PERSIAN)), /review draft/);
  });

  it('reads a text in the direction of most of its letters', () => {
    assert.equal(directionOf('"پیش‌سفارش" (1 March 2027) was due 4 days ago'), 'ltr');
    assert.equal(directionOf('بهمن بهترین ماه بود (+7%)'), 'rtl');
    assert.equal(directionOf('12'), 'ltr');
  });
});
