// strategy-lint: lint strategy files, show metric trends, export the content calendar. Everything
// outside comes in through `io`; the result is the exit code (0 fine, 1 problems found, 2 usage or I/O).
import { resolve } from 'node:path';
import {
  applyEdits,
  checkRules,
  closest,
  computeTrends,
  decodeFile,
  encodeFile,
  finishFindings,
  formatSize,
  LineIndex,
  lint,
  MAX_FILE_SIZE_DEFAULT,
  safeFixEdits,
  toICalendar,
  trendsJson,
  type Decoded,
  type Finding,
  type LintOptions,
  type LintResult,
  type RuleSetting,
} from '../core';
import { version as packageVersion } from '../../package.json';
import { choice, flag, optionHelp, parseArgs, value, values, type OptionSpec, type ParsedArgs } from './args';
import {
  ConfigLookup,
  displayPath,
  reason,
  resolveFiles,
  STRATEGY_FILE,
  type PathProblem,
} from './resolve-files';
import { FileTooLarge, UsageError, type Io } from './io';
import {
  counts,
  formatJson,
  formatSarif,
  formatText,
  jsonFindings,
  oneLine,
  type FileResult,
} from './report';
import { plural, printable, styleFor } from './style';

export type { Io } from './io';

export const VERSION: string = packageVersion;

/**
 * What one command needs and `lint` does not (the trends table), loaded when that command runs so that
 * every start-up does not pay for it (ical-generator, bundled, costs a few milliseconds and comes through the index: bench/startup.mjs). `require`, not `import()`: esbuild bundles it as a
 * module evaluated on first use, and the tests' tsx/cjs hook resolves it (it leaves `import()` to Node).
 */
const onDemand = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  trendsTable: () => require('./trends-table') as typeof import('./trends-table'),
};

/** `--fix` re-lints after each round of fixes, since one fix can reveal the next; this many rounds at most. */
const MAX_FIX_PASSES = 5;

const HELP: OptionSpec = { name: 'help', short: 'h', description: 'Show this help.' };

const MAX_FILE_SIZE: OptionSpec = {
  name: 'max-file-size',
  value: 'SIZE',
  description: `Refuse files larger than SIZE: bytes, or KB, MB, GB (1 KB = 1024 bytes). Default: ${formatSize(MAX_FILE_SIZE_DEFAULT)}.`,
};

const LINT_OPTIONS: OptionSpec[] = [
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
  MAX_FILE_SIZE,
  HELP,
];

const TRENDS_OPTIONS: OptionSpec[] = [
  { name: 'format', short: 'f', value: 'text|json', description: 'Output format (default: text).' },
  MAX_FILE_SIZE,
  HELP,
];

const CALENDAR_OPTIONS: OptionSpec[] = [
  {
    name: 'ics',
    value: 'OUT.ics',
    description: "Write the calendar as iCalendar to OUT.ics ('-' for stdout).",
  },
  { name: 'name', value: 'NAME', description: "The calendar's name (default: the strategy's name)." },
  {
    name: 'force',
    description: 'Let OUT replace an existing file that is not an .ics (never a strategy file).',
  },
  MAX_FILE_SIZE,
  {
    name: 'now',
    value: 'ISO-DATE',
    hidden: true,
    description: 'DTSTAMP of the events (reproducible output).',
  },
  HELP,
];

const MAIN_OPTIONS: OptionSpec[] = [HELP, { name: 'version', short: 'v', description: 'Show the version.' }];

const COMMANDS: Record<string, { summary: string; usage: string; options: OptionSpec[]; more?: string }> = {
  lint: {
    summary: 'Check strategy files and report problems.',
    usage: 'strategy-lint lint [PATHS...] [options]',
    options: LINT_OPTIONS,
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
  },
  trends: {
    summary: "Show each metric's trend and each goal's forecast.",
    usage: 'strategy-lint trends FILE [options]',
    options: TRENDS_OPTIONS,
  },
  calendar: {
    summary: 'Export the content calendar as iCalendar (.ics).',
    usage: 'strategy-lint calendar FILE --ics OUT.ics [options]',
    options: CALENDAR_OPTIONS,
    more: [
      'Import OUT.ics into Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.',
      'OUT is never a strategy file, and an existing OUT that is not an .ics file is replaced only with --force.',
    ].join('\n'),
  },
};

function mainHelp(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `strategy-lint ${VERSION}: check social media strategy files (*.strategy.yaml).`,
    '',
    'Usage: strategy-lint <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`),
    '',
    'Options:',
    optionHelp(MAIN_OPTIONS),
    '',
    "Run 'strategy-lint <command> --help' for a command's options.",
    '',
  ].join('\n');
}

function commandHelp(name: string): string {
  const c = COMMANDS[name];
  return [
    c.summary,
    '',
    `Usage: ${c.usage}`,
    '',
    'Options:',
    optionHelp(c.options),
    ...(c.more ? ['', c.more] : []),
    '',
  ].join('\n');
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    // Messages quote arguments and file names: shown escaped, like everything from outside.
    if (e instanceof UsageError) {
      io.stderr(`strategy-lint: ${printable(e.message)}\n`);
      return 2;
    }
    // A bug of ours: still one line, no stack trace, and a way to report it.
    io.stderr(
      `strategy-lint: unexpected failure (${printable(e instanceof Error ? e.message : String(e))}). Please report this.\n`,
    );
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith('-')) {
    const args = parseArgs(argv, MAIN_OPTIONS, '');
    if (flag(args, 'version')) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (flag(args, 'help')) {
      io.stdout(mainHelp());
      return 0;
    }
    io.stderr(mainHelp());
    return 2;
  }
  if (first === 'help') {
    const topic = rest[0];
    io.stdout(topic !== undefined && Object.hasOwn(COMMANDS, topic) ? commandHelp(topic) : mainHelp());
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    const guess = closest(first, Object.keys(COMMANDS));
    if (guess) throw new UsageError(`Unknown command '${first}'. Did you mean '${guess}'?`);
    if (/\.ya?ml$/.test(first) || first.includes('/') || first === '.')
      throw new UsageError(`Unknown command '${first}'. To check it: strategy-lint lint ${first}`);
    throw new UsageError(`Unknown command '${first}'. Commands: ${Object.keys(COMMANDS).join(', ')}.`);
  }
  const args = parseArgs(rest, command.options, first);
  if (flag(args, 'help')) {
    io.stdout(commandHelp(first));
    return 0;
  }
  if (first === 'lint') return lintCommand(args, io);
  if (first === 'trends') return trendsCommand(args, io);
  return calendarCommand(args, io);
}

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b|bytes?)?$/i;
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** --max-file-size: bytes, or a number with a unit (KB, MB, GB; K, KiB... too), 1 KB = 1024 bytes. */
function maxFileSize(args: ParsedArgs): number {
  const v = value(args, 'max-file-size');
  if (v === undefined) return MAX_FILE_SIZE_DEFAULT;
  const m = SIZE.exec(v.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[(m[2] ?? '').charAt(0).toLowerCase()]) : NaN;
  if (!(bytes > 0))
    throw new UsageError(`--max-file-size '${v}' should be a size such as 20MB, 512KB or a number of bytes.`);
  return bytes;
}

function tooLarge(size: number, limit: number): string {
  return `${formatSize(size)}, over the ${formatSize(limit)} limit (--max-file-size): not checked.`;
}

/**
 * Reads a file as the editor sees it: decoded strictly (a file that is not UTF-8 is a finding, never
 * text with U+FFFD), without its byte order mark (which would shift every column).
 */
async function readStrategy(io: Io, path: string, limit: number): Promise<Decoded> {
  return decodeFile(await io.readFile(path, limit));
}

/** Why a file was not checked, one line for stderr: `path: error: ...`. */
function unreadable(io: Io, path: string, e: unknown, limit: number): string {
  const why =
    e instanceof FileTooLarge
      ? `the file is ${tooLarge(e.size, limit)}`
      : `cannot read the file: ${reason(e)}.`;
  return `${printable(displayPath(io, path))}: error: ${why}\n`;
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

/**
 * The configuration's rules with the command line's on top. A `category/*` given on the command line
 * also replaces the configuration's settings of that category's codes, since an exact code would
 * otherwise win over it.
 */
function mergeRules(
  config: Record<string, RuleSetting>,
  cli: Record<string, RuleSetting>,
): Record<string, RuleSetting> {
  const merged = { ...config };
  for (const code of Object.keys(cli)) {
    if (!code.endsWith('/*')) continue;
    for (const c of Object.keys(merged)) if (c.startsWith(code.slice(0, -1))) delete merged[c];
  }
  return { ...merged, ...cli };
}

function maxWarnings(args: ParsedArgs): number {
  const v = value(args, 'max-warnings');
  if (v === undefined) return Infinity;
  if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings '${v}' should be a whole number (0 or more).`);
  return Number(v);
}

interface FixReport {
  fixed: { line: number; column: number; what: string; code: string }[];
  result: LintResult;
  text: string;
}

function describeFix(text: string, finding: Finding): string {
  const fix = finding.fixes!.find((x) => x.safe && !x.snippet)!;
  const only = fix.edits.length === 1 ? fix.edits[0] : undefined;
  if (only && only.end > only.start && only.newText)
    return `'${text.slice(only.start, only.end)}' → '${only.newText}'`;
  return fix.title;
}

/** Applies safe fixes, re-linting until nothing more is fixable (one fix may make another possible). */
function fixText(text: string, options: LintOptions): FixReport {
  const fixed: FixReport['fixed'] = [];
  let current = text;
  let result = lint(current, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = safeFixEdits(result.findings);
    if (edits.length === 0) break;
    const chosen = new Set(edits);
    const lines = new LineIndex(current);
    for (const f of result.findings) {
      const fix = f.fixes?.find((x) => x.safe && !x.snippet);
      if (!fix || !fix.edits.every((e) => chosen.has(e))) continue;
      const at = lines.position(f.start);
      fixed.push({ line: at.line + 1, column: at.column + 1, what: describeFix(current, f), code: f.code });
    }
    current = applyEdits(current, edits);
    result = lint(current, options);
  }
  return { fixed, result, text: current };
}

async function lintCommand(args: ParsedArgs, io: Io): Promise<number> {
  const format = choice(args, 'format', ['text', 'json', 'sarif'] as const, 'text');
  const overrides = cliRules(args);
  const limit = maxWarnings(args);
  const maxBytes = maxFileSize(args);
  const quiet = flag(args, 'quiet');
  const fix = flag(args, 'fix');
  const style = styleFor(io);
  // A path that cannot be read is reported on its own line and the run goes on; it makes the exit 2.
  const failed = { files: 0, folders: 0, writes: 0 };
  const folderProblem = ({ path, message }: PathProblem): void => {
    failed.folders++;
    io.stderr(`${printable(displayPath(io, path))}: error: ${message}\n`);
  };
  const configs = new ConfigLookup(io, ({ path, config }) => {
    for (const p of config.problems)
      io.stderr(`strategy-lint: ${printable(displayPath(io, path))}: ${printable(p)}\n`);
  });
  const files = await resolveFiles(io, args.positionals, folderProblem, (path) => configs.isIgnored(path));
  // With JSON or SARIF, stdout carries only the report; what --fix did goes to stderr.
  const note = format === 'text' ? io.stdout : io.stderr;
  const results: FileResult[] = [];
  let fixedFiles = 0;
  for (const path of files) {
    const shown = displayPath(io, path);
    let decoded: Decoded;
    try {
      decoded = await readStrategy(io, path, maxBytes);
    } catch (e) {
      failed.files++;
      io.stderr(unreadable(io, path, e, maxBytes));
      continue;
    }
    const config = await configs.forFile(path);
    const options: LintOptions = { rules: mergeRules(config?.config.rules ?? {}, overrides) };
    if (!decoded.ok) {
      // Not text we can read: one finding, and --fix leaves the file alone.
      results.push({
        file: shown,
        text: decoded.text,
        findings: finishFindings(decoded.text, [decoded.finding], options),
      });
      continue;
    }
    const { text } = decoded;
    let final: { text: string; result: LintResult } | undefined;
    if (fix) {
      const report = fixText(text, options);
      if (report.text === text) final = report;
      else {
        try {
          await io.writeFile(path, encodeFile(report.text, decoded));
          final = report;
          fixedFiles++;
          note(`Fixed ${plural(report.fixed.length, 'problem')} in ${printable(shown)}:\n`);
          for (const f of report.fixed) note(`  ${f.line}:${f.column}  ${oneLine(f.what)}  ${f.code}\n`);
        } catch (e) {
          failed.writes++;
          io.stderr(
            `${printable(shown)}: error: cannot write the fixes: ${reason(e, true)}. The file is unchanged.\n`,
          );
        }
      }
    }
    final ??= { text, result: lint(text, options) };
    results.push({ file: shown, text: final.text, findings: final.result.findings });
  }
  if (fixedFiles > 0 && format === 'text') note('\n');

  const all = jsonFindings(results);
  const total = counts(all);
  const shownFindings = quiet ? all.filter((f) => f.severity === 'error') : all;
  if (format === 'json') io.stdout(formatJson(shownFindings));
  else if (format === 'sarif') io.stdout(formatSarif(shownFindings, VERSION));
  // "No problems in 0 files" would read as a pass: with nothing checked, stderr says why.
  else if (results.length || !(failed.files + failed.folders))
    io.stdout(formatText(shownFindings, results.length, style));

  const tooManyWarnings = total.warning > limit;
  if (tooManyWarnings)
    io.stderr(
      `strategy-lint: ${plural(total.warning, 'warning')}, more than --max-warnings ${limit} allows.\n`,
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

/** The single FILE of trends and calendar, linted; a file that is not valid YAML stops here (exit 1). */
async function loadOne(
  args: ParsedArgs,
  io: Io,
  command: string,
): Promise<{ result: LintResult; path: string } | number> {
  const [file, ...extra] = args.positionals;
  if (file === undefined)
    throw new UsageError(`'${command}' needs a strategy file: ${COMMANDS[command].usage}`);
  if (extra.length) throw new UsageError(`'${command}' takes one file; got ${args.positionals.length}.`);
  const path = resolve(io.cwd, file);
  const kind = await io.stat(path);
  if (kind === undefined) throw new UsageError(`No such file: '${file}'.`);
  if (kind === 'directory') throw new UsageError(`'${file}' is not a file.`);
  const limit = maxFileSize(args);
  let decoded: Decoded;
  try {
    decoded = await readStrategy(io, path, limit);
  } catch (e) {
    if (e instanceof FileTooLarge) throw new UsageError(`'${file}' is ${tooLarge(e.size, limit)}`);
    throw new UsageError(`Cannot read '${file}': ${reason(e)}.`);
  }
  const { text } = decoded;
  // Not readable as text (file/encoding), or not valid YAML: nothing further can be trusted.
  const result = decoded.ok ? lint(text) : undefined;
  const broken = result ? result.findings.filter((f) => f.code === 'yaml/syntax') : [];
  if (!decoded.ok) broken.push(decoded.finding);
  if (!result || broken.length) {
    const shown = displayPath(io, path);
    const report = jsonFindings([{ file: shown, text, findings: broken }]);
    io.stderr(formatText(report, 1, styleFor(io)).replace(/\n\n.*\n$/, '\n'));
    io.stderr(
      `strategy-lint: '${printable(shown)}' ${result ? 'is not valid YAML' : 'cannot be read'}; fix the errors above first.\n`,
    );
    return 1;
  }
  return { result, path };
}

async function trendsCommand(args: ParsedArgs, io: Io): Promise<number> {
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  const loaded = await loadOne(args, io, 'trends');
  if (typeof loaded === 'number') return loaded;
  const trends = computeTrends(loaded.result.analysis.model);
  const { formatTrends } = onDemand.trendsTable();
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(trendsJson(trends), null, 2)}\n`
      : formatTrends(trends, styleFor(io)),
  );
  return 0;
}

function nowFrom(args: ParsedArgs, io: Io): Date | undefined {
  const raw = value(args, 'now') ?? io.env.STRATEGY_LINT_NOW;
  if (raw === undefined || raw === '') return undefined;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--now '${raw}' is not an ISO date-time (e.g. 2026-01-01T00:00:00Z).`);
  return date;
}

/**
 * Where the calendar goes, refusing what would destroy data: the strategy itself (symbolic links
 * resolved), any strategy file, and without --force an existing file that is not an .ics.
 */
async function calendarTarget(io: Io, out: string, input: string, force: boolean): Promise<string> {
  const target = resolve(io.cwd, out);
  const real = await io.realpath(target);
  const replaces = (why: string): UsageError =>
    new UsageError(`--ics '${out}' ${why}: the calendar would replace it. Write to a file ending in .ics.`);
  if ((real ?? target) === ((await io.realpath(input)) ?? input))
    throw replaces('is the strategy file itself');
  const strategyName = new RegExp(STRATEGY_FILE.source, 'i');
  if (strategyName.test(target)) throw replaces('is named like a strategy file');
  if (real !== undefined && strategyName.test(real))
    throw replaces(`leads to the strategy file '${displayPath(io, real)}'`);
  const kind = await io.stat(target);
  if (kind === 'directory') throw new UsageError(`Cannot write '${out}': it is a folder.`);
  // 'other' with a real path is a pipe, a device or a socket; without one, a link to a file to create.
  if (kind === 'other' && real !== undefined)
    throw new UsageError(`Cannot write '${out}': it is not a regular file.`);
  if (kind === 'file' && !/\.ics$/i.test(real ?? target) && !force)
    throw new UsageError(`'${out}' already exists and is not an .ics file; add --force to replace it.`);
  return target;
}

async function calendarCommand(args: ParsedArgs, io: Io): Promise<number> {
  const out = value(args, 'ics');
  if (out === undefined) throw new UsageError(`'calendar' needs --ics OUT.ics (or --ics - for stdout).`);
  if (out.trim() === '') throw new UsageError('--ics needs a file name (or - for stdout).');
  const now = nowFrom(args, io);
  const name = value(args, 'name');
  const loaded = await loadOne(args, io, 'calendar');
  if (typeof loaded === 'number') return loaded;
  const target = out === '-' ? undefined : await calendarTarget(io, out, loaded.path, flag(args, 'force'));
  const model = loaded.result.analysis.model;
  const ics = toICalendar(model, { ...(name !== undefined ? { name } : {}), ...(now ? { now } : {}) });
  // Whole lines only: a post titled 'BEGIN:VEVENT' sits inside a SUMMARY line and must not count.
  const events = ics.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
  const skipped = model.calendar.length - events;
  const summary = `Wrote ${plural(events, 'event')} to ${target === undefined ? 'stdout' : printable(out)}${
    skipped > 0 ? ` (${plural(skipped, 'post')} without a valid date skipped)` : ''
  }\n`;
  if (target === undefined) {
    io.stdout(ics);
    io.stderr(summary);
    return 0;
  }
  try {
    await io.writeFile(target, Buffer.from(ics, 'utf8'));
  } catch (e) {
    throw new UsageError(`Cannot write '${out}': ${reason(e, true)}.`);
  }
  io.stdout(summary);
  return 0;
}
