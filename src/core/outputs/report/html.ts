// The month report as one self-contained HTML page: inline CSS and inline SVG charts, no script and
// no remote resource (a Content-Security-Policy says so to the browser too), print-ready (a page per
// file), light or dark as the reader's system is. A Persian file's section is right to left, in
// Persian words and digits, its dates Solar Hijri with the Gregorian beside. Every text from a file
// is escaped.
import type { Verdict } from '../../protocol';
import type { Language } from '../../text/words';
import { metricChart } from './chart';
import { REPORT_CSS } from './css';
import { isList, type ReportData, type ReportGoal, type ReportMetric } from './data';
import { directionOf, escapeHtml as esc } from './escape';
import { LocaleFormat } from '../../text/i18n/locale-format';
import { periodText, sharedLanguage } from './markdown';
import { ranked, summarize, VERDICT_ORDER, type FileSummary } from './summary';

export interface HtmlOptions {
  /**
   * The page's language (its title, the overview); default: the files' own when they share one, else
   * English. Each file's section speaks its own language (ReportData.language).
   */
  language?: Language;
}

/** No script, no request: only inline styles and data: images may load. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function reportHtml(data: ReportData | readonly ReportData[], options: HtmlOptions = {}): string {
  const files = isList(data) ? data : [data];
  const language = options.language ?? sharedLanguage(files);
  const fmt = new LocaleFormat(language, 'gregorian');
  const single = files.length === 1;
  const title = single
    ? `${files[0].name ?? files[0].file}${fmt.sep}${fmt.w.heading}`
    : `${fmt.w.heading}${fmt.sep}${files.map((f) => f.name ?? f.file).join(', ')}`;
  const body: string[] = [];
  if (single) body.push(fileSection(summarize(files[0], 0), 1));
  else {
    body.push(
      '<header class="doc-head">',
      `<p class="eyebrow">${esc(fmt.w.heading)}</p>`,
      `<h1>${esc(fmt.w.overview)}</h1>`,
      `<p class="lede">${esc(fmt.w.overviewHelp)}</p>`,
      overview(ranked(files), fmt),
      '</header>',
    );
    files.forEach((d, i) => body.push(fileSection(summarize(d, i), 2)));
  }
  return [
    '<!doctype html>',
    `<html lang="${language}" dir="${language === 'fa' ? 'rtl' : 'ltr'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function overview(rows: FileSummary[], fmt: LocaleFormat): string {
  const w = fmt.w;
  const out = [
    '<div class="table-wrap"><table class="overview">',
    `<thead><tr><th class="rank">#</th><th>${esc(w.strategy)}</th><th>${esc(w.goalsByVerdict)}</th>`,
    `<th class="num">${esc(w.publishedOfPlanned)}</th><th class="num">${esc(w.errors)}</th><th class="num">${esc(w.warnings)}</th></tr></thead>`,
    '<tbody>',
  ];
  rows.forEach((s, i) => {
    const { error, warning } = s.data.counts;
    out.push(
      '<tr>',
      `<td class="rank">${fmt.count(i + 1)}</td>`,
      `<td class="name"><a href="#${s.anchor}" dir="auto">${esc(s.data.name ?? s.data.file)}</a><span class="sub path">${esc(s.data.file)}</span></td>`,
      `<td>${verdictChips(s, fmt)}</td>`,
      `<td class="num">${publishedOfPlanned(s, fmt)}</td>`,
      `<td class="num">${countCell(error, 'errors-count', fmt)}</td>`,
      `<td class="num">${countCell(warning, 'warnings-count', fmt)}</td>`,
      '</tr>',
    );
  });
  out.push('</tbody></table></div>');
  return out.join('');
}

function countCell(n: number, cls: string, fmt: LocaleFormat): string {
  return `<span class="${n === 0 ? 'zero' : cls}">${fmt.count(n)}</span>`;
}

function verdictChips(s: FileSummary, fmt: LocaleFormat): string {
  const chips = VERDICT_ORDER.filter((v) => s.verdicts[v] > 0).map((v) => pill(v, fmt, s.verdicts[v]));
  return chips.length ? `<span class="chips">${chips.join('')}</span>` : '<span class="zero">—</span>';
}

function pill(v: Verdict, fmt: LocaleFormat, count?: number): string {
  const words = fmt.words.verdicts[v];
  return `<span class="pill v-${v}">${count === undefined ? '' : `${fmt.count(count)} `}${esc(words)}</span>`;
}

function publishedOfPlanned(s: FileSummary, fmt: LocaleFormat): string {
  return `${fmt.count(s.published)} / ${s.planned === null ? '—' : fmt.count(s.planned)}`;
}

/** A date with the Gregorian beside it (Persian calendar) on a second, quieter line. */
function dateCell(fmt: LocaleFormat, iso: string): string {
  const { main, aside } = fmt.date(iso);
  return aside === undefined ? esc(main) : `${esc(main)}<span class="sub">${esc(aside)}</span>`;
}

function fileSection(s: FileSummary, level: 1 | 2): string {
  const d = s.data;
  const fmt = new LocaleFormat(d.language, d.calendarSystem);
  const w = fmt.w;
  const h = (n: number) => `h${Math.min(6, level + n)}`;
  const dir = d.language === 'fa' ? 'rtl' : 'ltr';
  const month = fmt.monthSpan(d.month);
  const monthWords = month.aside ? `${month.main} (${month.aside})` : month.main;
  const out: string[] = [];
  out.push(`<section class="file" id="${s.anchor}" lang="${d.language}" dir="${dir}">`);

  // Who, what and when.
  out.push(
    '<header class="file-head">',
    `<p class="eyebrow">${esc(w.heading)}${fmt.sep}${esc(monthWords)}</p>`,
    `<${h(0)} class="name">${esc(d.name ?? d.file)}</${h(0)}>`,
    '<dl class="meta">',
  );
  const meta = (label: string, value: string) => `<div><dt>${esc(label)}</dt><dd>${value}</dd></div>`;
  if (d.owner !== undefined) out.push(meta(w.owner, esc(d.owner)));
  if (d.period?.start !== undefined && d.period.end !== undefined)
    out.push(meta(w.period, esc(periodText(fmt, d.period.start, d.period.end))));
  out.push(
    meta(
      w.month,
      month.aside ? `${esc(month.main)} <span class="aside">${esc(month.aside)}</span>` : esc(month.main),
    ),
  );
  out.push(meta(w.prepared, esc(fmt.dateText(d.today))));
  out.push(meta(w.file, `<span class="path" dir="ltr">${esc(d.file)}</span>`));
  out.push('</dl>', '</header>');

  // The month at a glance.
  const offPace = s.verdicts['off-track'] + s.verdicts['at-risk'];
  const tiles: string[] = [];
  tiles.push(
    tile(
      w.goalsTile,
      fmt.count(d.goals.length),
      verdictChips(s, fmt),
      s.verdicts['off-track'] > 0 ? 'bad' : offPace > 0 ? 'warn' : '',
    ),
  );
  const plannedSub =
    s.planned === null ? esc(w.noPlan) : esc(fmt.fill(w.ofPlanned, { planned: fmt.count(s.planned) }));
  tiles.push(
    tile(
      w.publishedTile,
      fmt.count(s.published),
      plannedSub,
      s.planned !== null && s.published < s.planned ? 'warn' : '',
    ),
  );
  tiles.push(tile(w.overdueTile, fmt.count(d.overdue.length), '', d.overdue.length > 0 ? 'warn' : ''));
  const { error, warning } = d.counts;
  tiles.push(
    tile(
      w.findingsTile,
      `${fmt.count(error)} <small>${esc(w.errors)}</small><span class="sep"></span>${fmt.count(warning)} <small>${esc(w.warnings)}</small>`,
      '',
      error > 0 ? 'bad' : warning > 0 ? 'warn' : '',
    ),
  );
  out.push(`<div class="tiles">${tiles.join('')}</div>`);

  out.push(part(h(1), w.goals, goalsTable(d.goals, fmt)));
  out.push(part(h(1), w.metrics, charts(d.metrics, fmt, s.anchor)));
  out.push(part(h(1), w.execution, platformsTable(d, fmt), w.executionHelp));
  out.push(part(h(1), w.overdue, overdueTable(d, fmt), d.overdue.length ? w.overdueHelp : undefined));
  out.push(part(h(1), w.findings, findingsTable(d, fmt)));
  out.push(part(h(1), d.review.draft ? w.draftReview : w.review, review(d, fmt, h(2))));
  out.push('</section>');
  return out.join('\n');
}

function tile(label: string, value: string, sub: string, tone: string): string {
  return (
    `<div class="tile${tone ? ` ${tone}` : ''}"><span class="tile-label">${esc(label)}</span>` +
    `<span class="tile-value">${value}</span>${sub ? `<span class="tile-sub">${sub}</span>` : ''}</div>`
  );
}

function part(tag: string, heading: string, content: string, help?: string): string {
  return (
    `<section class="part"><${tag}>${esc(heading)}</${tag}>` +
    (help ? `<p class="help">${esc(help)}</p>` : '') +
    `${content}</section>`
  );
}

function empty(text: string): string {
  return `<p class="empty">${esc(text)}</p>`;
}

function goalsTable(goals: readonly ReportGoal[], fmt: LocaleFormat): string {
  if (goals.length === 0) return empty(fmt.w.noGoals);
  const t = fmt.words.trends;
  const out = [
    '<div class="table-wrap"><table class="goals"><thead><tr>',
    `<th>${esc(t.goal)}</th><th class="num">${esc(t.baseline)}</th><th class="num">${esc(t.last)}</th>`,
    `<th class="num">${esc(t.target)}</th><th>${esc(t.deadline)}</th><th class="num">${esc(t.forecast)}</th>`,
    `<th>${esc(t.progress)}</th><th>${esc(t.verdict)}</th>`,
    '</tr></thead><tbody>',
  ];
  for (const g of goals) {
    const num = (n: number | null) => (n === null ? '<span class="zero">—</span>' : esc(fmt.number(n)));
    const sub = [
      g.title !== undefined ? `<span class="path" dir="ltr">${esc(g.id)}</span>` : '',
      g.unit ? esc(g.unit) : '',
    ]
      .filter(Boolean)
      .join(fmt.sep);
    const tone = g.verdict === 'off-track' ? 'bad' : g.verdict === 'at-risk' ? 'warn' : 'ok';
    const progress =
      g.progress === null
        ? '<span class="zero">—</span>'
        : `<span class="bar ${tone}"><span style="width:${Math.round(g.progress * 100)}%"></span></span>${fmt.percent(g.progress)}`;
    out.push(
      '<tr>',
      `<td class="name goal">${esc(g.title ?? g.id)}${sub ? `<span class="sub">${sub}</span>` : ''}</td>`,
      `<td class="num">${num(g.baseline)}</td><td class="num">${num(g.last)}</td><td class="num">${num(g.target)}</td>`,
      `<td class="date">${g.deadline === null ? '<span class="zero">—</span>' : dateCell(fmt, g.deadline)}</td>`,
      `<td class="num">${num(g.forecast)}</td>`,
      `<td style="white-space:nowrap">${progress}</td>`,
      `<td>${pill(g.verdict, fmt)}</td>`,
      '</tr>',
    );
  }
  out.push('</tbody></table></div>');
  return out.join('');
}

/** A short sample of a chart's line or mark, for the legend. */
function swatch(kind: 'values' | 'trend' | 'target' | 'forecast'): string {
  const svg = (inner: string) => `<svg viewBox="0 0 28 14" aria-hidden="true">${inner}</svg>`;
  if (kind === 'values')
    return svg('<path class="c-values" d="M2 7H26"/><g class="c-dots"><circle cx="14" cy="7" r="3.5"/></g>');
  if (kind === 'trend') return svg('<path class="c-trend" d="M1 7H27"/>');
  if (kind === 'forecast') return svg('<circle class="c-forecast" cx="14" cy="7" r="4.5"/>');
  return svg('<g class="c-target v-at-risk"><path d="M14 1L20 7L14 13L8 7Z"/></g>');
}

function charts(metrics: readonly ReportMetric[], fmt: LocaleFormat, anchor: string): string {
  if (metrics.length === 0) return empty(fmt.w.noMetrics);
  const w = fmt.w;
  const anyTarget = metrics.some((m) => m.targets.length > 0);
  const legend = [
    `<li>${swatch('values')}${esc(w.chartValues)}</li>`,
    `<li>${swatch('trend')}${esc(w.chartTrend)}</li>`,
    ...(anyTarget
      ? [
          `<li>${swatch('target')}${esc(w.chartTarget)}</li>`,
          `<li>${swatch('forecast')}${esc(fmt.words.trends.forecast)}</li>`,
        ]
      : []),
  ];
  const cards = metrics.map((m, i) => {
    const last = m.values[m.values.length - 1];
    const figure = esc(
      fmt.fill(w.chartLast, { value: fmt.withUnit(last.value, m.unit), month: fmt.month(last.month) }),
    );
    const change = m.mom === null ? '' : `${fmt.sep}${esc(fmt.change(m.mom))}`;
    return (
      '<figure class="card">' +
      `<figcaption><span class="title">${esc(m.name)}</span><span class="figure">${figure}${change}</span></figcaption>` +
      metricChart(m, fmt, `${anchor}-m${i + 1}`) +
      '</figure>'
    );
  });
  return `<ul class="legend">${legend.join('')}</ul><div class="charts">${cards.join('')}</div>`;
}

function platformsTable(d: ReportData, fmt: LocaleFormat): string {
  const w = fmt.w;
  if (d.platforms.length === 0) return empty(w.noPlatforms);
  const out = [
    '<div class="table-wrap"><table class="platforms"><thead><tr>',
    `<th>${esc(w.platform)}</th><th class="num">${esc(w.planned)}</th><th class="num">${esc(w.posts)}</th>`,
    `<th class="num">${esc(w.published)}</th><th>${esc(fmt.words.trends.progress)}</th>`,
    '</tr></thead><tbody>',
  ];
  for (const p of d.platforms) {
    const share = p.planned === null || p.planned === 0 ? null : Math.min(1, p.published / p.planned);
    const tone = share === null ? '' : share >= 1 ? 'ok' : share >= 0.8 ? 'warn' : 'bad';
    const bar =
      share === null
        ? `<span class="zero">${esc(p.planned === null ? w.noPlan : '—')}</span>`
        : `<span class="bar ${tone}"><span style="width:${Math.round(share * 100)}%"></span></span>${fmt.percent(share)}`;
    out.push(
      '<tr>',
      `<td class="name">${esc(p.network ?? p.id)}<span class="sub path" dir="ltr">${esc(p.id)}</span></td>`,
      `<td class="num">${p.planned === null ? '<span class="zero">—</span>' : fmt.count(p.planned)}</td>`,
      `<td class="num">${fmt.count(p.posts)}</td><td class="num">${fmt.count(p.published)}</td>`,
      `<td style="white-space:nowrap">${bar}</td>`,
      '</tr>',
    );
  }
  out.push('</tbody></table></div>');
  return out.join('');
}

function overdueTable(d: ReportData, fmt: LocaleFormat): string {
  const w = fmt.w;
  if (d.overdue.length === 0) return empty(w.noOverdue);
  const out = [
    '<div class="table-wrap"><table class="overdue"><thead><tr>',
    `<th>${esc(w.date)}</th><th>${esc(w.platform)}</th><th>${esc(w.title)}</th><th>${esc(w.status)}</th>`,
    '</tr></thead><tbody>',
  ];
  for (const o of d.overdue) {
    out.push(
      '<tr>',
      `<td class="date">${dateCell(fmt, o.date)}</td>`,
      `<td><span class="path" dir="ltr">${esc(o.platform)}</span></td>`,
      `<td class="name">${esc(o.title)}</td>`,
      `<td>${o.status === undefined ? `<span class="zero">${esc(w.statuses.idea)}</span>` : esc(statusWord(w, o.status))}</td>`,
      '</tr>',
    );
  }
  out.push('</tbody></table></div>');
  return out.join('');
}

/** A status in the report's words; one the format does not know, as written. */
function statusWord(w: LocaleFormat['w'], status: string): string {
  return Object.hasOwn(w.statuses, status) ? w.statuses[status as keyof typeof w.statuses] : status;
}

function findingsTable(d: ReportData, fmt: LocaleFormat): string {
  const w = fmt.w;
  if (d.findings.length === 0) return empty(w.noFindings);
  const out = [
    '<div class="table-wrap"><table class="findings"><thead><tr>',
    `<th>${esc(w.code)}</th><th>${esc(w.severity)}</th><th class="num">${esc(w.line)}</th><th>${esc(w.message)}</th>`,
    '</tr></thead><tbody>',
  ];
  for (const group of d.findings) {
    group.findings.forEach((f, i) => {
      out.push(
        '<tr>',
        i === 0
          ? `<td class="code" rowspan="${group.findings.length}"><code dir="ltr">${esc(group.code)}</code><span class="sub">${fmt.count(group.findings.length)}×</span></td>`
          : '',
        `<td><span class="pill s-${f.severity}">${esc(w.severities[f.severity])}</span></td>`,
        `<td class="num line">${fmt.count(f.line)}</td>`,
        `<td dir="${directionOf(f.message)}">${esc(f.message)}</td>`,
        '</tr>',
      );
    });
  }
  out.push('</tbody></table></div>');
  return out.join('');
}

function review(d: ReportData, fmt: LocaleFormat, tag: string): string {
  const w = fmt.w;
  const r = d.review;
  const out = [`<div class="review${r.draft ? ' draft' : ''}">`];
  if (r.draft) out.push(`<p class="note">${esc(w.draftNote)}</p>`);
  const facts: string[] = [];
  if (r.date !== undefined)
    facts.push(`<div><dt>${esc(w.reviewDate)}</dt><dd>${esc(fmt.dateText(r.date))}</dd></div>`);
  if (r.month !== undefined)
    facts.push(`<div><dt>${esc(w.reviewMonth)}</dt><dd>${esc(fmt.month(r.month))}</dd></div>`);
  if (r.goals.length)
    facts.push(
      `<div><dt>${esc(w.reviewGoals)}</dt><dd><span class="path" dir="ltr">${r.goals.map(esc).join(', ')}</span></dd></div>`,
    );
  if (facts.length) out.push(`<dl>${facts.join('')}</dl>`);
  if (r.findings !== undefined) {
    out.push(`<${tag} class="sub-head">${esc(w.reviewFindings)}</${tag}>`);
    // A drafted review's findings are one sentence per goal and metric: a list reads better.
    const sentences = r.draft ? r.findings.split(/(?<=[.!?؟])\s+/) : [r.findings];
    out.push(
      sentences.length > 1
        ? `<ul class="sentences">${sentences.map((t) => `<li dir="${directionOf(t)}">${esc(t)}</li>`).join('')}</ul>`
        : `<p dir="${directionOf(r.findings)}">${esc(r.findings)}</p>`,
    );
  }
  out.push(`<${tag} class="sub-head">${esc(w.reviewActions)}</${tag}>`);
  if (r.actions.length === 0) out.push(`<p class="blank">${esc(w.noActions)}</p>`);
  else
    out.push(
      `<ol>${r.actions
        .map((a) =>
          a.trim() === ''
            ? `<li class="blank">${esc(w.emptyAction)}</li>`
            : `<li dir="${directionOf(a)}">${esc(a)}</li>`,
        )
        .join('')}</ol>`,
    );
  out.push('</div>');
  return out.join('');
}
