// What the commands share: the shape of a command, the options more than one takes, reading a strategy
// file, and the single FILE that trends and calendar work on.
import { resolve } from 'node:path';
import {
  dayNumber,
  decodeFile,
  localDay,
  formatSize,
  lint,
  MAX_FILE_SIZE_DEFAULT,
  type Decoded,
  type LintResult,
} from '../../core';
import { value, type OptionSpec, type ParsedArgs } from '../args';
import { FileTooLarge, UsageError, type Io } from '../io';
import type { Concurrency } from '../workers';
import { formatText, jsonFindings } from '../report';
import { displayPath, reason } from '../resolve-files';
import { printable, styleFor } from '../style';
import { lintLanguage, type Speech } from '../speech';

/**
 * A subcommand: its help, and its run in two steps, so that every option is read (and a bad one
 * refused) once, into a typed object, before anything is done.
 */
export interface Command<Options> {
  name: string;
  summary: string;
  usage: string;
  options: readonly OptionSpec[];
  /** Help text after the options. */
  more?: string;
  parse(args: ParsedArgs, io: Io): Options;
  run(options: Options, io: Io): Promise<number>;
}

export const HELP: OptionSpec = { name: 'help', short: 'h', description: 'Show this help.' };

/** --concurrency, its help saying what the threads do ('Lint', 'Report'). */
export function concurrencyOption(verb: string): OptionSpec {
  return {
    name: 'concurrency',
    value: 'auto|N|off',
    description: `${verb} in worker threads: auto (default) uses them for many files, N is at most N threads, off none.`,
  };
}

/** --concurrency: auto, off or a number of threads. */
export function concurrency(args: ParsedArgs): Concurrency {
  const v = value(args, 'concurrency');
  if (v === undefined || v === 'auto') return 'auto';
  if (v === 'off') return 'off';
  if (/^\d+$/.test(v) && Number(v) > 0) return Number(v);
  throw new UsageError(`--concurrency '${v}' should be auto, off or a number of threads (1 or more).`);
}

export const TODAY: OptionSpec = {
  name: 'today',
  value: 'YYYY-MM-DD',
  description: "The date to check the plan against (overdue posts); default: today's local date.",
};

/** --today: a real day as YYYY-MM-DD; default the local date. */
export function today(args: ParsedArgs): string {
  const v = value(args, 'today');
  // The local date: the core never reads the clock.
  if (v === undefined) return localDay(new Date());
  if (dayNumber(v) === undefined)
    throw new UsageError(`--today '${v}' should be a real day written YYYY-MM-DD, e.g. --today 2027-03-15.`);
  return v;
}

export const MAX_FILE_SIZE: OptionSpec = {
  name: 'max-file-size',
  value: 'SIZE',
  description: `Refuse files larger than SIZE: bytes, or KB, MB, GB (1 KB = 1024 bytes). Default: ${formatSize(MAX_FILE_SIZE_DEFAULT)}.`,
};

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b|bytes?)?$/i;
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** --max-file-size: bytes, or a number with a unit (KB, MB, GB; K, KiB... too), 1 KB = 1024 bytes. */
export function maxFileSize(args: ParsedArgs): number {
  const v = value(args, 'max-file-size');
  if (v === undefined) return MAX_FILE_SIZE_DEFAULT;
  const m = SIZE.exec(v.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[(m[2] ?? '').charAt(0).toLowerCase()]) : NaN;
  if (!(bytes > 0))
    throw new UsageError(`--max-file-size '${v}' should be a size such as 20MB, 512KB or a number of bytes.`);
  return bytes;
}

export function tooLarge(size: number, limit: number): string {
  return `${formatSize(size)}, over the ${formatSize(limit)} limit (--max-file-size): not checked.`;
}

/**
 * Reads a file as the editor sees it: decoded strictly (a file that is not UTF-8 is a finding, never
 * text with U+FFFD), without its byte order mark (which would shift every column).
 */
export async function readStrategy(io: Io, path: string, limit: number): Promise<Decoded> {
  return decodeFile(await io.readFile(path, limit));
}

/** Why a file was not checked, one line for stderr: `path: error: ...`. */
export function unreadable(io: Io, path: string, e: unknown, limit: number): string {
  const why =
    e instanceof FileTooLarge
      ? `the file is ${tooLarge(e.size, limit)}`
      : `cannot read the file: ${reason(e)}.`;
  return `${printable(displayPath(io, path))}: error: ${why}\n`;
}

/** The one FILE of trends and calendar, from the positionals; more or fewer is a usage error. */
export function oneFile(args: ParsedArgs, command: Pick<Command<unknown>, 'name' | 'usage'>): string {
  const [file, ...extra] = args.positionals;
  if (file === undefined) throw new UsageError(`'${command.name}' needs a strategy file: ${command.usage}`);
  if (extra.length) throw new UsageError(`'${command.name}' takes one file; got ${args.positionals.length}.`);
  return file;
}

/** The single FILE of trends and calendar, linted; a file that is not valid YAML stops here (exit 1). */
export async function loadOne(
  io: Io,
  file: string,
  limit: number,
  today?: string,
  language?: Speech,
): Promise<{ result: LintResult; path: string } | number> {
  const path = resolve(io.cwd, file);
  const kind = await io.stat(path);
  if (kind === undefined) throw new UsageError(`No such file: '${file}'.`);
  if (kind === 'directory') throw new UsageError(`'${file}' is not a file.`);
  let decoded: Decoded;
  try {
    decoded = await readStrategy(io, path, limit);
  } catch (e) {
    if (e instanceof FileTooLarge) throw new UsageError(`'${file}' is ${tooLarge(e.size, limit)}`);
    throw new UsageError(`Cannot read '${file}': ${reason(e)}.`);
  }
  const { text } = decoded;
  // Not readable as text (file/encoding), or not valid YAML: nothing further can be trusted.
  const options = {
    ...(today === undefined ? {} : { today }),
    ...(language ? lintLanguage(language) : {}),
  };
  const result = decoded.ok ? lint(text, options) : undefined;
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
