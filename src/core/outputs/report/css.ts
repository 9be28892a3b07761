// The report's stylesheet, inlined into the page: light by default and in print, dark where the
// reader's system asks for it; logical properties (inline-start/end), so a Persian section mirrors.

export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #59636e;
  --faint: #818b98;
  --line: #d1d9e0;
  --soft: #eef1f4;
  --surface: #f6f8fa;
  --accent: #0b5cad;
  --accent-soft: #ddeafb;
  --values: #0b5cad;
  --trend: #8250df;
  --ok: #1a7f37;
  --ok-soft: #dcf5e3;
  --warn: #9a6700;
  --warn-soft: #fff1c2;
  --bad: #c4242f;
  --bad-soft: #ffe1e0;
  --none: #6e7781;
  --none-soft: #eaeef2;
  --radius: 10px;
  --font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif;
  --font-fa: Vazirmatn, 'Segoe UI', Tahoma, 'Noto Sans Arabic', 'DejaVu Sans', sans-serif;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1419;
    --fg: #e6edf3;
    --muted: #9ba6b2;
    --faint: #7d8894;
    --line: #333d48;
    --soft: #1f2731;
    --surface: #161d25;
    --accent: #6cb0ff;
    --accent-soft: #15304f;
    --values: #6cb0ff;
    --trend: #c4a5ff;
    --ok: #4ccf6a;
    --ok-soft: #143823;
    --warn: #e3b341;
    --warn-soft: #3b2e0c;
    --bad: #ff7b72;
    --bad-soft: #43191b;
    --none: #9ba6b2;
    --none-soft: #262e38;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body {
  margin: 0;
  font: 15px/1.55 var(--font);
  -webkit-font-smoothing: antialiased;
}
[lang='fa'] { font-family: var(--font-fa); }
main { max-width: 1080px; margin: 0 auto; padding: 40px 32px 64px; }
h1, h2, h3 { line-height: 1.25; margin: 0; font-weight: 650; letter-spacing: -0.01em; }
[lang='fa'] h1, [lang='fa'] h2, [lang='fa'] h3 { letter-spacing: 0; }
.doc-head { margin-block-end: 28px; }
.doc-head h1 { font-size: 30px; }
.eyebrow {
  margin: 0 0 6px;
  color: var(--accent);
  font-size: 13px;
  font-weight: 650;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}
[lang='fa'] .eyebrow { letter-spacing: 0; text-transform: none; }
.lede { color: var(--muted); margin: 8px 0 0; }
.file { padding-block-start: 8px; }
.file + .file, .doc-head + .file { margin-block-start: 56px; padding-block-start: 40px; border-block-start: 3px solid var(--line); }
.file-head h1, .file-head h2.name { font-size: 28px; }
.meta {
  display: flex;
  flex-wrap: wrap;
  gap: 8px 28px;
  margin: 14px 0 0;
  padding: 0;
}
.meta div { min-width: 0; }
.meta dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; }
[lang='fa'] .meta dt { text-transform: none; letter-spacing: 0; }
.meta dd { margin: 2px 0 0; font-weight: 550; overflow-wrap: anywhere; }
.aside { color: var(--muted); font-weight: 400; font-size: 0.88em; }
.path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace; font-size: 0.88em; }
.tiles {
  display: grid;
  grid-template-columns: repeat(4, minmax(0, 1fr));
  gap: 14px;
  margin: 26px 0 8px;
}
.tile {
  background: var(--surface);
  border: 1px solid var(--line);
  border-radius: var(--radius);
  padding: 14px 16px;
}
.tile-label { display: block; color: var(--muted); font-size: 13px; }
.tile-value { display: block; font-size: 30px; font-weight: 700; line-height: 1.2; margin-block-start: 4px; font-variant-numeric: tabular-nums; }
.tile-value small { font-size: 14px; font-weight: 500; color: var(--muted); }
.tile-value .sep { display: inline-block; width: 18px; }
.tile-sub { display: block; color: var(--muted); font-size: 13px; margin-block-start: 4px; }
.tile.bad { border-color: var(--bad); box-shadow: inset 4px 0 0 var(--bad); }
.tile.warn { border-color: var(--warn); box-shadow: inset 4px 0 0 var(--warn); }
[dir='rtl'] .tile.bad { box-shadow: inset -4px 0 0 var(--bad); }
[dir='rtl'] .tile.warn { box-shadow: inset -4px 0 0 var(--warn); }
.chips { display: flex; flex-wrap: wrap; gap: 4px 6px; margin-block-start: 6px; }
section.part { margin-block-start: 36px; }
section.part > h2, section.part > h3 {
  font-size: 19px;
  padding-block-end: 8px;
  margin-block-end: 6px;
  border-block-end: 1px solid var(--line);
}
.help { color: var(--muted); font-size: 13.5px; margin: 6px 0 12px; }
.empty { color: var(--muted); font-style: italic; margin: 10px 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 9px 12px; text-align: start; vertical-align: top; border-block-end: 1px solid var(--soft); }
th {
  color: var(--muted);
  font-size: 12px;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  border-block-end: 1.5px solid var(--line);
  white-space: nowrap;
}
[lang='fa'] th { text-transform: none; letter-spacing: 0; font-size: 13px; }
td.num, th.num { text-align: end; white-space: nowrap; }
tbody tr:nth-child(even) td { background: color-mix(in srgb, var(--surface) 70%, transparent); }
td .sub { display: block; color: var(--muted); font-size: 12.5px; }
td.name { font-weight: 550; }
td.goal { min-width: 240px; }
td.date { white-space: nowrap; }
td.goal .sub { font-weight: 400; }
.pill {
  display: inline-block;
  padding: 2px 10px;
  border-radius: 999px;
  font-size: 12.5px;
  font-weight: 600;
  white-space: nowrap;
}
.v-achieved, .v-on-track { color: var(--ok); background: var(--ok-soft); }
.v-at-risk { color: var(--warn); background: var(--warn-soft); }
.v-off-track { color: var(--bad); background: var(--bad-soft); }
.v-insufficient-data { color: var(--none); background: var(--none-soft); }
.s-error { color: var(--bad); background: var(--bad-soft); }
.s-warning { color: var(--warn); background: var(--warn-soft); }
.s-info { color: var(--accent); background: var(--accent-soft); }
.bar {
  display: inline-block;
  width: 72px;
  height: 8px;
  border-radius: 4px;
  background: var(--soft);
  vertical-align: middle;
  margin-inline-end: 8px;
  overflow: hidden;
}
.bar > span { display: block; height: 100%; border-radius: 4px; background: var(--accent); }
.bar.ok > span { background: var(--ok); }
.bar.warn > span { background: var(--warn); }
.bar.bad > span { background: var(--bad); }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 18px; margin-block-start: 14px; }
figure.card {
  margin: 0;
  border: 1px solid var(--line);
  border-radius: var(--radius);
  padding: 14px 14px 8px;
  background: var(--bg);
}
figure.card figcaption { display: flex; flex-direction: column; gap: 2px; }
figure.card .title { font-weight: 650; }
figure.card .figure { color: var(--muted); font-size: 13px; }
svg.chart { display: block; width: 100%; height: auto; direction: ltr; margin-block-start: 4px; }
svg.chart text { fill: var(--muted); font-size: 11.5px; font-family: inherit; }
svg.chart .c-year { fill: var(--faint); font-size: 10.5px; }
svg.chart .c-axis-title { fill: var(--muted); font-size: 11.5px; font-weight: 600; }
.c-grid line { stroke: var(--soft); stroke-width: 1; }
.c-axis, .c-tick line { stroke: var(--line); stroke-width: 1; }
.c-values { fill: none; stroke: var(--values); stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
.c-dots circle { fill: var(--values); stroke: var(--bg); stroke-width: 1.5; }
.c-trend { fill: none; stroke: var(--trend); stroke-width: 2; stroke-dasharray: 6 5; }
.c-forecast { fill: var(--bg); stroke: var(--trend); stroke-width: 2; }
svg.chart .c-forecast-label { fill: var(--trend); font-weight: 700; font-size: 12px; }
svg.chart .c-forecast-label, svg.chart .c-target text {
  paint-order: stroke;
  stroke: var(--bg);
  stroke-width: 4px;
  stroke-linejoin: round;
}
.c-target { background: none; }
.c-target path { stroke: var(--bg); stroke-width: 1.5; }
.c-target text { font-weight: 700; font-size: 12px; }
.c-target-guide { stroke-dasharray: 2 4; stroke-width: 1; }
.c-target.v-achieved path, .c-target.v-on-track path { fill: var(--ok); }
.c-target.v-at-risk path { fill: var(--warn); }
.c-target.v-off-track path { fill: var(--bad); }
.c-target.v-insufficient-data path { fill: var(--none); }
.c-target.v-achieved text, .c-target.v-on-track text { fill: var(--ok); }
.c-target.v-at-risk text { fill: var(--warn); }
.c-target.v-off-track text { fill: var(--bad); }
.c-target.v-insufficient-data text { fill: var(--none); }
.c-target.v-achieved .c-target-guide, .c-target.v-on-track .c-target-guide { stroke: var(--ok); }
.c-target.v-at-risk .c-target-guide { stroke: var(--warn); }
.c-target.v-off-track .c-target-guide { stroke: var(--bad); }
.c-target.v-insufficient-data .c-target-guide { stroke: var(--none); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 20px; margin: 10px 0 0; padding: 0; list-style: none; color: var(--muted); font-size: 13px; }
.legend li { display: inline-flex; align-items: center; gap: 8px; }
.legend svg { width: 28px; height: 14px; flex: none; }
.review {
  border: 1px solid var(--line);
  border-radius: var(--radius);
  padding: 18px 22px;
  background: var(--surface);
  margin-block-start: 12px;
}
.review.draft { border-style: dashed; border-color: var(--warn); background: var(--bg); }
.review .note {
  display: flex;
  gap: 10px;
  align-items: baseline;
  margin: 0 0 14px;
  color: var(--warn);
  font-size: 13.5px;
  font-weight: 600;
}
.review dl { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0 0 12px; }
.review dt { color: var(--muted); font-size: 12px; }
.review dd { margin: 0; font-weight: 550; }
.review .sub-head { margin: 14px 0 6px; font-size: 14px; color: var(--muted); font-weight: 600; }
.review p { margin: 0; }
.review ol, .review ul { margin: 0; padding-inline-start: 22px; }
.review ul.sentences li { margin: 3px 0; }
[lang='fa'] ol { list-style-type: persian; }
.review li { margin: 4px 0; }
.review .blank { color: var(--faint); font-style: italic; }
.overview td.name a { color: var(--accent); text-decoration: none; font-weight: 600; }
.overview td.name a:hover { text-decoration: underline; }
.overview .rank { color: var(--faint); width: 1%; }
.zero { color: var(--faint); }
.errors-count { color: var(--bad); font-weight: 700; }
.warnings-count { color: var(--warn); font-weight: 700; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace; font-size: 0.9em; }
.findings td.code { white-space: nowrap; }
.findings td.line { color: var(--muted); }
footer.doc-foot { margin-block-start: 48px; color: var(--faint); font-size: 12px; }
@media (max-width: 760px) {
  main { padding: 24px 16px 48px; }
  .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .charts { grid-template-columns: minmax(0, 1fr); }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html, body { background: #ffffff; color: #1f2328; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .file + .file, .doc-head + .file { break-before: page; margin-block-start: 0; padding-block-start: 0; border: 0; }
  .tiles { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  figure.card, .tile, .review, tr, .legend { break-inside: avoid; }
  section.part > h2, section.part > h3 { break-after: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  th, td { padding: 5px 6px; }
  th { font-size: 7.5pt; }
  td.goal { min-width: 0; }
  td .sub { font-size: 8pt; }
  .bar { width: 36px; margin-inline-end: 4px; }
  .pill { padding: 1px 6px; font-size: 8pt; }
  .tiles { gap: 8px; }
  .tile { padding: 8px 10px; }
  .tile-value { font-size: 20pt; }
  .tile-value small { font-size: 9pt; }
  .tile-value .sep { width: 8px; }
  .file-head h1, .file-head h2.name { font-size: 20pt; }
  section.part { margin-block-start: 20px; }
  .charts { gap: 10px; }
  figure.card { padding: 8px 8px 4px; }
  svg.chart text, svg.chart .c-axis-title, svg.chart .c-forecast-label, svg.chart .c-target text { font-size: 13px; }
  svg.chart .c-year { font-size: 11.5px; }
  tbody tr:nth-child(even) td { background: none; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
