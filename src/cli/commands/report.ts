// strategy-lint report PATHS...: the month report (contract, "The month report") for one file or a
// folder of clients, as html (one self-contained page), md or json, to stdout or --out FILE|DIR.
import { basename, join, resolve } from 'node:path';
import { isMonth, reportHtml, reportJson, reportMarkdown, type ReportData } from '../../core';
import { choice, value, type ParsedArgs } from '../args';
import { UsageError, type Io } from '../io';
import { configLookup, displayPath, reason, resolveFiles, type PathProblem } from '../resolve-files';
import { plural, printable } from '../style';
import { runReportJob, type ReportJob, type ReportJobResult } from '../lint-job';
import { LintPool, workerCount, type Concurrency } from '../workers';
import { LOCALE, lintLanguage, speech, type Speech } from '../speech';
import {
  concurrency,
  concurrencyOption,
  HELP,
  MAX_FILE_SIZE,
  maxFileSize,
  readStrategy,
  TODAY,
  today,
  unreadable,
  type Command,
} from './shared';

export interface ReportOptions {
  paths: string[];
  month: string | undefined;
  format: 'html' | 'md' | 'json';
  out: string | undefined;
  today: string;
  maxFileSize: number;
  concurrency: Concurrency;
  speech: Speech;
}

const EXTENSION = { html: 'html', md: 'md', json: 'json' } as const;

export const reportCommand: Command<ReportOptions> = {
  name: 'report',
  summary: 'Write the month report (goals, charts, calendar execution, review) for files or a folder.',
  usage: 'strategy-lint report PATHS... [options]',
  options: [
    {
      name: 'month',
      value: 'YYYY-MM',
      description: 'The month to report (default: the latest month with metric values).',
    },
    { name: 'format', short: 'f', value: 'html|md|json', description: 'Output format (default: html).' },
    {
      name: 'out',
      short: 'o',
      value: 'FILE|DIR',
      description: 'Write to FILE, or into DIR as report-<month>.<format> (default: stdout).',
    },
    TODAY,
    LOCALE,
    concurrencyOption('Report'),
    MAX_FILE_SIZE,
    HELP,
  ],
  more: [
    'For several files (a folder of clients), one report with an overview first, ranked by goals off pace.',
    'html is one file with its styles and charts inside: open it in a browser, print it or send it.',
  ].join('\n'),

  parse(args: ParsedArgs, io: Io): ReportOptions {
    const month = value(args, 'month');
    if (month !== undefined && !isMonth(month))
      throw new UsageError(`--month '${month}' should be a month written YYYY-MM, e.g. --month 2027-03.`);
    const out = value(args, 'out');
    if (out !== undefined && out.trim() === '') throw new UsageError('--out needs a file or folder name.');
    return {
      paths: args.positionals,
      month,
      format: choice(args, 'format', ['html', 'md', 'json'] as const, 'html'),
      out,
      today: today(args),
      maxFileSize: maxFileSize(args),
      concurrency: concurrency(args),
      speech: speech(args, io.env),
    };
  },

  async run(options: ReportOptions, io: Io): Promise<number> {
    let failed = 0;
    const problem = ({ path, message }: PathProblem): void => {
      failed++;
      io.stderr(`${printable(displayPath(io, path))}: error: ${message}\n`);
    };
    const configs = configLookup(io, () => undefined);
    const files = await resolveFiles(io, options.paths, problem, (path) => configs.isIgnored(path));
    if (files.length === 0) return 2;
    const progress = progressOn(io, files.length);
    const reports: ReportData[] = [];
    // Files are read here, in order; their numbers are computed in worker threads when there are
    // many (--concurrency), and the report lists them in the files' order whatever finishes first.
    const workers = workerCount(options.concurrency, files.length);
    const pool = workers > 0 ? new LintPool(workers) : undefined;
    const jobs: { shown: string; work?: Promise<ReportJobResult>; said?: string }[] = [];
    let done = 0;
    try {
      for (const path of files) {
        const shown = displayPath(io, path);
        let text: string;
        try {
          const decoded = await readStrategy(io, path, options.maxFileSize);
          if (!decoded.ok) {
            jobs.push({ shown, said: `${printable(shown)}: error: ${printable(decoded.finding.message)}\n` });
            continue;
          }
          text = decoded.text;
        } catch (e) {
          jobs.push({ shown, said: unreadable(io, path, e, options.maxFileSize) });
          continue;
        }
        const config = await configs.forFile(path);
        const job: ReportJob = {
          kind: 'report',
          file: shown,
          text,
          rules: config?.config.rules ?? {},
          today: options.today,
          ...(options.month ? { month: options.month } : {}),
          ...lintLanguage(options.speech),
        };
        const work = (pool ? pool.report(job) : Promise.resolve(runReportJob(job))).then((r) => {
          progress(++done);
          return r;
        });
        jobs.push({ shown, work });
      }
      for (const { shown, work, said } of jobs) {
        if (said !== undefined) {
          failed++;
          io.stderr(said);
          continue;
        }
        const result = await work!;
        if ('problem' in result) {
          failed++;
          io.stderr(
            `${printable(shown)}: error: ${result.problem}; run 'strategy-lint lint ${printable(shown)}' to see why. Not reported.\n`,
          );
        } else reports.push(result.data);
      }
    } finally {
      await pool?.close();
    }
    progress(files.length);
    if (reports.length === 0) return 2;
    const one = reports.length === 1 ? reports[0] : undefined;
    const output =
      options.format === 'json'
        ? `${JSON.stringify(one ? reportJson(one) : reportJson(reports), null, 2)}\n`
        : options.format === 'md'
          ? reportMarkdown(one ?? reports)
          : reportHtml(one ?? reports);
    if (options.out === undefined) {
      io.stdout(output);
      return failed ? 2 : 0;
    }
    let target = resolve(io.cwd, options.out);
    if ((await io.stat(target)) === 'directory') {
      const month = one?.month ?? reports[0].month;
      target = join(target, `report-${month}.${EXTENSION[options.format]}`);
    }
    if (/\.strategy\.ya?ml$/i.test(basename(target)))
      throw new UsageError(`--out '${options.out}' is a strategy file; the report never replaces one.`);
    try {
      await io.writeFile(target, new TextEncoder().encode(output));
    } catch (e) {
      io.stderr(`strategy-lint: cannot write '${printable(options.out)}': ${reason(e, true)}.\n`);
      return 2;
    }
    io.stderr(
      `Wrote the report of ${plural(reports.length, 'file')} to ${printable(displayPath(io, target))}\n`,
    );
    return failed ? 2 : 0;
  },
};

/**
 * "Reporting 12 of 200 files…" on stderr, only on a terminal and only once the run has taken more than
 * a second: never in the output, never for a quick run.
 */
function progressOn(io: Io, total: number): (done: number) => void {
  if (!io.isTTY || total < 2) return () => undefined;
  const started = Date.now();
  let shown = false;
  return (done) => {
    if (done >= total) {
      if (shown) io.stderr('\r\x1b[K');
      return;
    }
    if (Date.now() - started < 1000) return;
    shown = true;
    io.stderr(`\rReporting ${done + 1} of ${total} files…`);
  };
}
