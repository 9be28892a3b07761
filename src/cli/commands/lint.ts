// strategy-lint lint [PATHS...]: check strategy files, report problems as text, JSON or SARIF, and with
// --fix apply the safe fixes in place. With --concurrency, worker threads do the linting; the files are
// still read, written and reported here, in order, so the output is the same either way.
import {
  checkRules,
  encodeFile,
  msg,
  type Language,
  finishFindings,
  formatSize,
  lint,
  MAX_FILE_SIZE_DEFAULT,
  mergeRules,
  type Decoded,
  type FoundConfig,
  type RuleSetting,
} from '../../core';
import { choice, flag, value, values, type ParsedArgs } from '../args';
import { UsageError, type Io } from '../io';
import { runLintJob, type LintJob, type LintJobResult } from '../lint-job';
import {
  counts,
  fileFindings,
  formatJson,
  formatSarif,
  formatText,
  oneLine,
  sortFindings,
  type JsonFinding,
} from '../report';
import { configLookup, displayPath, reason, resolveFiles, type PathProblem } from '../resolve-files';
import { plural, printable, printableMessage, styleFor } from '../style';
import { LOCALE, lintLanguage, runLanguage, speak, speech, type Speech } from '../speech';
import { VERSION } from '../version';
import { LintPool, workerCount, type Concurrency } from '../workers';
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

export interface LintCommandOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  /** --rule settings: over each file's configuration (mergeRules). */
  rules: Record<string, RuleSetting>;
  maxWarnings: number;
  maxFileSize: number;
  quiet: boolean;
  fix: boolean;
  concurrency: Concurrency;
  today: string;
  speech: Speech;
}

function cliRules(args: ParsedArgs): Record<string, RuleSetting> {
  const raw: Record<string, string> = {};
  for (const entry of values(args, 'rule')) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0)
      throw new UsageError(
        `--rule '${entry}' should look like CODE=SEVERITY, e.g. --rule smart/relevant=off.`,
      );
    raw[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  const problems: string[] = [];
  const rules = checkRules(raw, problems);
  if (problems.length) throw new UsageError(`--rule: ${problems[0]}`);
  return rules;
}

function maxWarnings(args: ParsedArgs): number {
  const v = value(args, 'max-warnings');
  if (v === undefined) return Infinity;
  if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings '${v}' should be a whole number (0 or more).`);
  return Number(v);
}

/** Paths that could not be read (files, folders) or written (fixes): each makes the exit 2. */
interface Failed {
  files: number;
  folders: number;
  writes: number;
}

/** What one file comes to, in the order the files are reported. */
interface Outcome {
  /** What was said while reading it, said when its turn comes (a configuration's problems...). */
  said: (() => void)[];
  findings?: JsonFinding[];
  /** The lint, under way; with what --fix needs to write its result back. */
  job?: { work: Promise<LintJobResult>; path: string; shown: string; decoded: Decoded & { ok: true } };
  rules?: Record<string, RuleSetting>;
}

export const lintCommand: Command<LintCommandOptions> = {
  name: 'lint',
  summary: 'Check strategy files and report problems.',
  usage: 'strategy-lint lint [PATHS...] [options]',
  options: [
    { name: 'format', short: 'f', value: 'text|json|sarif', description: 'Output format (default: text).' },
    {
      name: 'rule',
      value: 'CODE=SEVERITY',
      repeat: true,
      description: 'Set a rule to off, info, warning or error (repeatable; wins over .strategy-lint.yaml).',
    },
    { name: 'max-warnings', value: 'N', description: 'Exit with 1 when there are more than N warnings.' },
    { name: 'fix', description: 'Apply the safe fixes (typos in names and choices) in place.' },
    { name: 'quiet', short: 'q', description: 'Report errors only.' },
    TODAY,
    LOCALE,
    MAX_FILE_SIZE,
    concurrencyOption('Lint'),
    HELP,
  ],
  more: [
    'PATHS are files, folders (every *.strategy.yaml and *.strategy.yml below them, skipping',
    "node_modules and .git) or quoted globs ('plans/**/*.strategy.yaml'); the default is the",
    'current folder. Rule settings come from the nearest .strategy-lint.yaml above each file.',
    '',
    'Files must be saved as UTF-8 (or UTF-16 with a byte order mark); --fix writes them back the same',
    `way, through a temporary file. A file over --max-file-size (${formatSize(MAX_FILE_SIZE_DEFAULT)}), or one that cannot be read, is`,
    'reported on stderr and the other files are still checked; the exit status is then 2.',
    '',
    'Exit status: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or I/O failure.',
  ].join('\n'),

  parse(args: ParsedArgs, io: Io): LintCommandOptions {
    return {
      format: choice(args, 'format', ['text', 'json', 'sarif'] as const, 'text'),
      rules: cliRules(args),
      maxWarnings: maxWarnings(args),
      maxFileSize: maxFileSize(args),
      quiet: flag(args, 'quiet'),
      fix: flag(args, 'fix'),
      concurrency: concurrency(args),
      today: today(args),
      speech: speech(args, io.env),
      paths: args.positionals,
    };
  },

  async run(options: LintCommandOptions, io: Io): Promise<number> {
    const { format, maxFileSize: maxBytes } = options;
    // A path that cannot be read is reported on its own line and the run goes on; it makes the exit 2.
    const failed: Failed = { files: 0, folders: 0, writes: 0 };
    const folderProblem = ({ path, message }: PathProblem): void => {
      failed.folders++;
      io.stderr(`${printable(displayPath(io, path))}: error: ${message}\n`);
    };
    // Said at once while the files are found, and in a file's turn once they are read.
    let say = (write: () => void): void => write();
    const configs = configLookup(io, ({ path, config }: FoundConfig) => {
      // In the run's language: a configuration belongs to no one file.
      const language = runLanguage(options.speech, []);
      for (const m of config.messages)
        say(() =>
          io.stderr(
            `strategy-lint: ${printable(displayPath(io, path))}: ${printableMessage(speak(m, language))}\n`,
          ),
        );
    });
    const files = await resolveFiles(io, options.paths, folderProblem, (path) => configs.isIgnored(path));
    const workers = workerCount(options.concurrency, files.length);
    const pool = workers > 0 ? new LintPool(workers) : undefined;
    const lintJob = (job: LintJob): Promise<LintJobResult> =>
      pool ? pool.run(job) : Promise.resolve(runLintJob(job));

    /** Reads a file and its configuration, and starts its lint. */
    const start = async (path: string): Promise<Outcome> => {
      const outcome: Outcome = { said: [] };
      say = (write) => outcome.said.push(write);
      const shown = displayPath(io, path);
      let decoded: Decoded;
      try {
        decoded = await readStrategy(io, path, maxBytes);
      } catch (e) {
        failed.files++;
        say(() => io.stderr(unreadable(io, path, e, maxBytes)));
        return outcome;
      }
      const config = await configs.forFile(path);
      const rules = mergeRules(config?.config.rules ?? {}, options.rules);
      if (!decoded.ok) {
        // Not text we can read: one finding, and --fix leaves the file alone. Its language is the
        // choice or the environment's: the file's own cannot be read.
        const language = runLanguage(options.speech, []);
        const f = decoded.finding;
        const raw = { code: f.code, start: f.start, end: f.end, message: { id: f.messageId, args: f.args } };
        const findings = finishFindings(decoded.text, [raw], { rules }, { language });
        languages.push(language);
        return { ...outcome, findings: fileFindings(shown, decoded.text, findings) };
      }
      const work = lintJob({
        file: shown,
        text: decoded.text,
        rules,
        fix: options.fix,
        today: options.today,
        ...lintLanguage(options.speech),
      });
      // Settled in its turn; until then a failure must not count as unhandled.
      work.catch(() => undefined);
      return { ...outcome, rules, job: { work, path, shown, decoded } };
    };

    // With JSON or SARIF, stdout carries only the report; what --fix did goes to stderr.
    const note = format === 'text' ? io.stdout : io.stderr;
    const all: JsonFinding[] = [];
    /** The language of each file checked, for the summary. */
    const languages: Language[] = [];
    let checked = 0;
    let fixedFiles = 0;
    /** Says what a file came to and writes its fixes, in the files' order. */
    const finish = async (outcome: Outcome): Promise<void> => {
      for (const write of outcome.said) write();
      if (outcome.findings) {
        checked++;
        all.push(...outcome.findings);
      }
      if (!outcome.job) return;
      checked++;
      const { work, path, shown, decoded } = outcome.job;
      const result = await work;
      languages.push(result.language);
      let findings = result.findings;
      if (result.fixed) {
        try {
          await io.writeFile(path, encodeFile(result.fixed.text, decoded));
          fixedFiles++;
          const fixed = msg('cli.lint.fixed', { n: result.fixed.fixes.length, file: printable(shown) });
          note(`${speak(fixed, result.language)}\n`);
          for (const f of result.fixed.fixes)
            note(`  ${f.line + 1}:${f.column + 1}  ${oneLine(f.what)}  ${f.code}\n`);
        } catch (e) {
          failed.writes++;
          io.stderr(
            `${printable(shown)}: error: cannot write the fixes: ${reason(e, true)}. The file is unchanged.\n`,
          );
          findings = fileFindings(
            shown,
            decoded.text,
            lint(decoded.text, {
              rules: outcome.rules,
              today: options.today,
              ...lintLanguage(options.speech),
            }).findings,
          );
        }
      }
      all.push(...findings);
    };

    try {
      // Files are read in order and their lints started ahead, up to a few per worker; without
      // workers each file is finished before the next is read.
      const ahead = workers * 4;
      const started: Outcome[] = [];
      for (const path of files) {
        started.push(await start(path));
        while (started.length > ahead) await finish(started.shift()!);
      }
      while (started.length) await finish(started.shift()!);
    } finally {
      await pool?.close();
    }
    if (fixedFiles > 0 && format === 'text') note('\n');

    return report(io, options, sortFindings(all), checked, failed, runLanguage(options.speech, languages));
  },
};

/** The report, the summary lines on stderr, and the exit status. */
function report(
  io: Io,
  options: LintCommandOptions,
  all: JsonFinding[],
  checked: number,
  failed: Failed,
  language: Language,
): number {
  const { format } = options;
  const total = counts(all);
  const shownFindings = options.quiet ? all.filter((f) => f.severity === 'error') : all;
  if (format === 'json') io.stdout(formatJson(shownFindings));
  else if (format === 'sarif') io.stdout(formatSarif(shownFindings, VERSION));
  // "No problems in 0 files" would read as a pass: with nothing checked, stderr says why.
  else if (checked || !(failed.files + failed.folders))
    io.stdout(formatText(shownFindings, checked, styleFor(io), language));

  const tooManyWarnings = total.warning > options.maxWarnings;
  if (tooManyWarnings)
    io.stderr(
      `strategy-lint: ${plural(total.warning, 'warning')}, more than --max-warnings ${options.maxWarnings} allows.\n`,
    );
  if (failed.files + failed.folders) {
    const what = failed.folders
      ? plural(failed.files + failed.folders, 'file or folder', 'files or folders')
      : plural(failed.files, 'file');
    io.stderr(`strategy-lint: ${what} could not be checked.\n`);
  }
  if (failed.writes) io.stderr(`strategy-lint: ${plural(failed.writes, 'file')} could not be fixed.\n`);
  if (failed.files + failed.folders + failed.writes) return 2;
  return total.error > 0 || tooManyWarnings ? 1 : 0;
}
