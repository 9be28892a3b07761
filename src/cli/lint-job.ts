// The work of `lint` on one file's text, the same whether it runs in the CLI's own thread or in a
// worker (--concurrency): a plain object in, a plain object out, so it crosses threads as it is.
import {
  fixAll,
  lint,
  monthReport,
  renderContext,
  type AppliedFix,
  type Language,
  type LintOptions,
  type ReportData,
  type RuleSetting,
} from '../core';
import { fileFindings, type JsonFinding } from './report';

export interface LintJob {
  /** The file as the report shows it. */
  file: string;
  text: string;
  rules: Record<string, RuleSetting>;
  /** YYYY-MM-DD: what calendar/overdue compares dates with. */
  today: string;
  /** Apply the safe fixes (--fix). */
  fix: boolean;
  /** --locale, and the environment's locale: the language the findings are rendered in. */
  locale?: LintOptions['locale'];
  environmentLocale?: string;
}

export interface LintJobResult {
  /** The findings of the text, or with fixes made, of the fixed text. */
  findings: JsonFinding[];
  /** With --fix, when a fix changed the text: what to write, and what was fixed. */
  fixed?: { text: string; fixes: AppliedFix[] };
  /** The language the file's findings speak. */
  language: Language;
}

export function lintOptionsOf(job: Omit<LintJob, 'file' | 'text' | 'fix'>): LintOptions {
  return {
    rules: job.rules,
    today: job.today,
    ...(job.locale ? { locale: job.locale } : {}),
    ...(job.environmentLocale ? { environmentLocale: job.environmentLocale } : {}),
  };
}

export function runLintJob(job: LintJob): LintJobResult {
  const options = lintOptionsOf(job);
  if (!job.fix) {
    const result = lint(job.text, options);
    const { language } = renderContext(result.analysis, options);
    return { findings: fileFindings(job.file, job.text, result.findings), language };
  }
  const report = fixAll(job.text, options);
  const findings = fileFindings(job.file, report.text, report.result.findings);
  const { language } = renderContext(report.result.analysis, options);
  return report.text === job.text
    ? { findings, language }
    : { findings, fixed: { text: report.text, fixes: report.fixed }, language };
}

/** One file's month report (`report`, with several files in worker threads): text in, numbers out. */
export interface ReportJob {
  kind: 'report';
  /** The file as the report shows it. */
  file: string;
  text: string;
  rules: Record<string, RuleSetting>;
  today: string;
  month?: string;
  /** --locale, and the environment's locale (LC_ALL, LANG): the language of a file that does not say its own. */
  locale?: LintOptions['locale'];
  environmentLocale?: string;
}

/** The report's numbers, or why the file has none (it is not valid YAML). */
export type ReportJobResult = { data: ReportData } | { problem: string };

export function runReportJob(job: ReportJob): ReportJobResult {
  const options = lintOptionsOf(job);
  const { findings, analysis } = lint(job.text, options);
  if (findings.some((f) => f.code === 'yaml/syntax')) return { problem: 'not valid YAML' };
  return {
    data: monthReport(analysis, findings, {
      today: job.today,
      ...(job.month ? { month: job.month } : {}),
      file: job.file,
      language: renderContext(analysis, options).language,
    }),
  };
}
