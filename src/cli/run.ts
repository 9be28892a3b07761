// strategy-lint: lint strategy files, show metric trends, export the content calendar. Everything
// outside comes in through `io`; the result is the exit code (0 fine, 1 problems found, 2 usage or I/O).
import { resolve } from 'node:path';
import {
  applyEdits,
  checkRules,
  closest,
  computeTrends,
  LineIndex,
  lint,
  safeFixEdits,
  toICalendar,
  trendsJson,
  type Finding,
  type LintOptions,
  type LintResult,
  type RuleSetting,
} from '../core';
import { version as packageVersion } from '../../package.json';
import { choice, flag, optionHelp, parseArgs, value, values, type OptionSpec, type ParsedArgs } from './args';
import { ConfigLookup, displayPath, reason, resolveFiles } from './files';
import { UsageError, type Io } from './io';
import {
  counts,
  formatJson,
  formatSarif,
  formatText,
  jsonFindings,
  oneLine,
  type FileResult,
} from './report';
import { plural, styleFor } from './style';
import { formatTrends } from './trends-table';

export type { Io } from './io';

export const VERSION: string = packageVersion;

/** `--fix` re-lints after each round of fixes, since one fix can reveal the next; this many rounds at most. */
const MAX_FIX_PASSES = 5;

const HELP: OptionSpec = { name: 'help', short: 'h', description: 'Show this help.' };

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
  HELP,
];

const TRENDS_OPTIONS: OptionSpec[] = [
  { name: 'format', short: 'f', value: 'text|json', description: 'Output format (default: text).' },
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
    more: 'Import OUT.ics into Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.',
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
    if (e instanceof UsageError) {
      io.stderr(`strategy-lint: ${e.message}\n`);
      return 2;
    }
    // A bug of ours: still one line, no stack trace, and a way to report it.
    io.stderr(
      `strategy-lint: unexpected failure (${e instanceof Error ? e.message : String(e)}). Please report this.\n`,
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

/** Reads a file as the editor sees it: without a byte order mark (which would shift every column). */
async function readText(io: Io, path: string): Promise<{ text: string; bom: boolean }> {
  let raw: string;
  try {
    raw = await io.readFile(path);
  } catch (e) {
    throw new UsageError(`Cannot read '${displayPath(io, path)}': ${reason(e)}.`);
  }
  return raw.startsWith('\uFEFF') ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
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
  const quiet = flag(args, 'quiet');
  const fix = flag(args, 'fix');
  const style = styleFor(io);
  const files = await resolveFiles(io, args.positionals);
  const configs = new ConfigLookup(io, ({ path, config }) => {
    for (const p of config.problems) io.stderr(`strategy-lint: ${displayPath(io, path)}: ${p}\n`);
  });
  // With JSON or SARIF, stdout carries only the report; what --fix did goes to stderr.
  const note = format === 'text' ? io.stdout : io.stderr;
  const results: FileResult[] = [];
  for (const path of files) {
    const shown = displayPath(io, path);
    const { text, bom } = await readText(io, path);
    const config = await configs.forFile(path);
    const options: LintOptions = { rules: mergeRules(config?.config.rules ?? {}, overrides) };
    let final: { text: string; result: LintResult };
    if (fix) {
      const report = fixText(text, options);
      if (report.text !== text) {
        try {
          await io.writeFile(path, (bom ? '\uFEFF' : '') + report.text);
        } catch (e) {
          throw new UsageError(`Cannot write '${shown}': ${reason(e, true)}.`);
        }
        note(`Fixed ${plural(report.fixed.length, 'problem')} in ${shown}:\n`);
        for (const f of report.fixed) note(`  ${f.line}:${f.column}  ${oneLine(f.what)}  ${f.code}\n`);
      }
      final = report;
    } else {
      final = { text, result: lint(text, options) };
    }
    results.push({ file: shown, text: final.text, findings: final.result.findings });
  }
  if (fix && format === 'text' && results.length) note('\n');

  const all = jsonFindings(results);
  const total = counts(all);
  const shownFindings = quiet ? all.filter((f) => f.severity === 'error') : all;
  if (format === 'json') io.stdout(formatJson(shownFindings));
  else if (format === 'sarif') io.stdout(formatSarif(shownFindings, VERSION));
  else io.stdout(formatText(shownFindings, results.length, style));

  if (total.error > 0) return 1;
  if (total.warning > limit) {
    io.stderr(
      `strategy-lint: ${plural(total.warning, 'warning')}, more than --max-warnings ${limit} allows.\n`,
    );
    return 1;
  }
  return 0;
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
  if (kind !== 'file') throw new UsageError(`'${file}' is not a file.`);
  const { text } = await readText(io, path);
  const result = lint(text);
  const broken = result.findings.filter((f) => f.code === 'yaml/syntax');
  if (broken.length) {
    const shown = displayPath(io, path);
    const report = jsonFindings([{ file: shown, text, findings: broken }]);
    io.stderr(formatText(report, 1, styleFor(io)).replace(/\n\n.*\n$/, '\n'));
    io.stderr(`strategy-lint: '${shown}' is not valid YAML; fix the errors above first.\n`);
    return 1;
  }
  return { result, path };
}

async function trendsCommand(args: ParsedArgs, io: Io): Promise<number> {
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  const loaded = await loadOne(args, io, 'trends');
  if (typeof loaded === 'number') return loaded;
  const trends = computeTrends(loaded.result.analysis.model);
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

async function calendarCommand(args: ParsedArgs, io: Io): Promise<number> {
  const out = value(args, 'ics');
  if (out === undefined) throw new UsageError(`'calendar' needs --ics OUT.ics (or --ics - for stdout).`);
  const now = nowFrom(args, io);
  const name = value(args, 'name');
  const loaded = await loadOne(args, io, 'calendar');
  if (typeof loaded === 'number') return loaded;
  const model = loaded.result.analysis.model;
  const ics = toICalendar(model, { ...(name !== undefined ? { name } : {}), ...(now ? { now } : {}) });
  // Whole lines only: a post titled 'BEGIN:VEVENT' sits inside a SUMMARY line and must not count.
  const events = ics.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
  const skipped = model.calendar.length - events;
  const summary = `Wrote ${plural(events, 'event')} to ${out === '-' ? 'stdout' : out}${
    skipped > 0 ? ` (${plural(skipped, 'post')} without a valid date skipped)` : ''
  }\n`;
  if (out === '-') {
    io.stdout(ics);
    io.stderr(summary);
    return 0;
  }
  try {
    await io.writeFile(resolve(io.cwd, out), ics);
  } catch (e) {
    throw new UsageError(`Cannot write '${out}': ${reason(e, true)}.`);
  }
  io.stdout(summary);
  return 0;
}
