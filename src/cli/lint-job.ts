// The work of `lint` on one file's text, the same whether it runs in the CLI's own thread or in a
// worker (--concurrency): a plain object in, a plain object out, so it crosses threads as it is.
import { fixAll, lint, type AppliedFix, type RuleSetting } from '../core';
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
}

export interface LintJobResult {
  /** The findings of the text, or with fixes made, of the fixed text. */
  findings: JsonFinding[];
  /** With --fix, when a fix changed the text: what to write, and what was fixed. */
  fixed?: { text: string; fixes: AppliedFix[] };
}

export function runLintJob(job: LintJob): LintJobResult {
  const options = { rules: job.rules, today: job.today };
  if (!job.fix) return { findings: fileFindings(job.file, job.text, lint(job.text, options).findings) };
  const report = fixAll(job.text, options);
  const findings = fileFindings(job.file, report.text, report.result.findings);
  return report.text === job.text
    ? { findings }
    : { findings, fixed: { text: report.text, fixes: report.fixed } };
}
