// The month report as GitHub Flavored Markdown: for several files an overview table first (ranked by
// goals off pace, each row linking to its file's section), then per file its goals, metrics, calendar
// execution, overdue posts, findings by code and the month's review (or a drafted one). Every text
// from a file is escaped; labels are in the file's language.
import type { Verdict } from '../../protocol';
import { docsUrl, ruleMeta } from '../../rules/registry';
import type { Language } from '../../text/words';
import { isList, type ReportData } from './data';
import { escapeMarkdown as md, escapeMarkdownLine } from './escape';
import { LocaleFormat } from '../../text/i18n/locale-format';
import { ranked, summarize, VERDICT_ORDER, type FileSummary } from './summary';

export interface MarkdownOptions {
  /** The overview's language (several files); default: the files' own when they share one, else English. */
  language?: Language;
}

const VERDICT_MARK: Record<Verdict, string> = {
  'off-track': '🔴',
  'at-risk': '🟠',
  'on-track': '🟢',
  achieved: '✅',
  'insufficient-data': '⚪',
};

export function reportMarkdown(
  data: ReportData | readonly ReportData[],
  options: MarkdownOptions = {},
): string {
  const files = isList(data) ? data : [data];
  const out: string[] = [];
  if (files.length === 1) {
    out.push(...fileSection(summarize(files[0], 0), 1));
  } else {
    const language = options.language ?? sharedLanguage(files);
    const fmt = new LocaleFormat(language, 'gregorian');
    out.push(`# ${md(fmt.w.heading)}`, '', ...overview(ranked(files), fmt));
    files.forEach((d, i) => out.push('', ...fileSection(summarize(d, i), 2)));
  }
  return out.join('\n') + '\n';
}

/** The language every file speaks, else English. */
export function sharedLanguage(files: readonly ReportData[]): Language {
  const first = files[0]?.language ?? 'en';
  return files.every((f) => f.language === first) ? first : 'en';
}

function overview(rows: FileSummary[], fmt: LocaleFormat): string[] {
  const w = fmt.w;
  const out = [
    `## ${md(w.overview)}`,
    '',
    md(w.overviewHelp),
    '',
    row([w.strategy, w.goalsByVerdict, w.publishedOfPlanned, w.errors, w.warnings].map(md)),
    '|---|---|--:|--:|--:|',
  ];
  for (const s of rows) {
    const name = s.data.name ?? s.data.file;
    out.push(
      row([
        `[${md(name)}](#${s.anchor})<br>${md(s.data.file)}`,
        verdictSummary(s, fmt),
        publishedOfPlanned(s, fmt),
        fmt.count(s.data.counts.error),
        fmt.count(s.data.counts.warning),
      ]),
    );
  }
  return out;
}

/** "🔴 2 off track, 🟠 1 at risk" (the bad news first); "—" without goals. */
function verdictSummary(s: FileSummary, fmt: LocaleFormat): string {
  const parts = VERDICT_ORDER.filter((v) => s.verdicts[v] > 0).map(
    (v) => `${VERDICT_MARK[v]} ${fmt.count(s.verdicts[v])} ${md(fmt.words.verdicts[v])}`,
  );
  return parts.length ? parts.join(fmt.language === 'fa' ? '، ' : ', ') : '—';
}

function publishedOfPlanned(s: FileSummary, fmt: LocaleFormat): string {
  return `${fmt.count(s.published)} / ${s.planned === null ? '—' : fmt.count(s.planned)}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function fileSection(s: FileSummary, level: number): string[] {
  const d = s.data;
  const fmt = new LocaleFormat(d.language, d.calendarSystem);
  const w = fmt.w;
  const t = fmt.words.trends;
  const h = (n: number) => '#'.repeat(level + n);
  const out: string[] = [];
  out.push(`<a id="${s.anchor}"></a>`, '', `${h(0)} ${md(d.name ?? d.file)}`, '');
  const month = fmt.monthSpan(d.month);
  const meta: string[] = [];
  if (d.owner !== undefined) meta.push(`**${md(w.owner)}:** ${md(d.owner)}`);
  if (d.period?.start !== undefined && d.period.end !== undefined)
    meta.push(`**${md(w.period)}:** ${md(periodText(fmt, d.period.start, d.period.end))}`);
  meta.push(`**${md(w.month)}:** ${md(month.aside ? `${month.main} (${month.aside})` : month.main)}`);
  meta.push(`**${md(w.prepared)}:** ${md(fmt.dateText(d.today))}`);
  meta.push(`**${md(w.file)}:** ${md(d.file)}`);
  out.push(meta.join('<br>'), '');

  out.push(`${h(1)} ${md(w.goals)}`, '');
  if (d.goals.length === 0) out.push(md(w.noGoals), '');
  else {
    out.push(
      row([t.goal, t.baseline, t.last, t.target, t.deadline, t.forecast, t.progress, t.verdict].map(md)),
      '|---|--:|--:|--:|---|--:|--:|---|',
    );
    for (const g of d.goals) {
      const num = (n: number | null) => (n === null ? '—' : md(fmt.withUnit(n, g.unit)));
      out.push(
        row([
          md(g.title ?? g.id),
          num(g.baseline),
          num(g.last),
          num(g.target),
          g.deadline === null ? '—' : md(fmt.dateText(g.deadline)),
          num(g.forecast),
          g.progress === null ? '—' : fmt.percent(g.progress),
          `${VERDICT_MARK[g.verdict]} ${md(fmt.words.verdicts[g.verdict])}`,
        ]),
      );
    }
    out.push('');
  }

  out.push(`${h(1)} ${md(w.metrics)}`, '');
  if (d.metrics.length === 0) out.push(md(w.noMetrics), '');
  else {
    out.push(row([t.metric, t.last, t.mom, t.slope].map(md)), '|---|--:|--:|--:|');
    for (const m of d.metrics) {
      const last = m.values[m.values.length - 1];
      out.push(
        row([
          md(m.name),
          `${md(fmt.withUnit(last.value, m.unit))} (${md(fmt.month(last.month))})`,
          m.mom === null ? '—' : fmt.change(m.mom),
          m.slope === null ? '—' : md((m.slope > 0 ? '+' : '') + fmt.withUnit(m.slope, m.unit)),
        ]),
      );
    }
    out.push('');
  }

  out.push(`${h(1)} ${md(w.execution)}`, '', md(w.executionHelp), '');
  if (d.platforms.length === 0) out.push(md(w.noPlatforms), '');
  else {
    out.push(row([w.platform, w.planned, w.posts, w.published].map(md)), '|---|--:|--:|--:|');
    for (const p of d.platforms) {
      out.push(
        row([
          p.network !== undefined ? `${md(p.network)} (${md(p.id)})` : md(p.id),
          p.planned === null ? '—' : fmt.count(p.planned),
          fmt.count(p.posts),
          fmt.count(p.published),
        ]),
      );
    }
    out.push('');
  }

  out.push(`${h(1)} ${md(w.overdue)}`, '');
  if (d.overdue.length === 0) out.push(md(w.noOverdue), '');
  else {
    out.push(md(w.overdueHelp), '', row([w.date, w.platform, w.title].map(md)), '|---|---|---|');
    for (const o of d.overdue) out.push(row([md(fmt.dateText(o.date)), md(o.platform), md(o.title)]));
    out.push('');
  }

  out.push(`${h(1)} ${md(w.findings)}`, '');
  if (d.findings.length === 0) out.push(md(w.noFindings), '');
  else {
    out.push(row([w.code, w.severity, w.line, w.message].map(md)), '|---|---|--:|---|');
    for (const group of d.findings) {
      group.findings.forEach((f, i) => {
        const code = ruleMeta(group.code)
          ? `[${md(group.code)}](${docsUrl(group.code, fmt.language)})`
          : md(group.code);
        out.push(row([i === 0 ? code : '', md(w.severities[f.severity]), fmt.count(f.line), md(f.message)]));
      });
    }
    out.push('');
  }

  const r = d.review;
  out.push(`${h(1)} ${md(r.draft ? w.draftReview : w.review)}`, '');
  if (r.draft) out.push(`> ${md(w.draftNote)}`, '');
  const facts: string[] = [];
  if (r.date !== undefined) facts.push(`**${md(w.reviewDate)}:** ${md(fmt.dateText(r.date))}`);
  if (r.month !== undefined) facts.push(`**${md(w.reviewMonth)}:** ${md(fmt.month(r.month))}`);
  if (r.goals.length) facts.push(`**${md(w.reviewGoals)}:** ${r.goals.map((g) => md(g)).join(', ')}`);
  if (facts.length) out.push(facts.join('<br>'), '');
  if (r.findings !== undefined) out.push(`**${md(w.reviewFindings)}:** ${md(r.findings)}`, '');
  out.push(`**${md(w.reviewActions)}:**`, '');
  if (r.actions.length === 0) out.push(md(w.noActions));
  else
    for (const a of r.actions)
      out.push(`- ${a.trim() === '' ? `_${md(w.emptyAction)}_` : escapeMarkdownLine(a)}`);
  return out;
}

/** "1 January 2027 – 30 June 2027"; in the Persian calendar with the Gregorian dates beside. */
export function periodText(fmt: LocaleFormat, start: string, end: string): string {
  const a = fmt.date(start);
  const b = fmt.date(end);
  const main = `${a.main} – ${b.main}`;
  return a.aside !== undefined && b.aside !== undefined ? `${main} (${a.aside} – ${b.aside})` : main;
}
