// strategy-lint calendar FILE --ics OUT.ics: the content calendar as iCalendar, to a file or stdout.
import { resolve } from 'node:path';
import { msg, toICalendar } from '../../core';
import { flag, value, type ParsedArgs } from '../args';
import { UsageError, type Io } from '../io';
import { displayPath, reason, STRATEGY_FILE } from '../resolve-files';
import { printable } from '../style';
import { languageFor, LOCALE, speak, speech, type Speech } from '../speech';
import { HELP, loadOne, MAX_FILE_SIZE, maxFileSize, oneFile, type Command, TODAY, today } from './shared';

export interface CalendarOptions {
  file: string;
  /** Where the calendar goes, as given; '-' is stdout. */
  out: string;
  name: string | undefined;
  /** DTSTAMP of the events (--now or STRATEGY_LINT_NOW); undefined for the clock. */
  now: Date | undefined;
  force: boolean;
  maxFileSize: number;
  today: string;
  speech: Speech;
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

export const calendar: Command<CalendarOptions> = {
  name: 'calendar',
  summary: 'Export the content calendar as iCalendar (.ics).',
  usage: 'strategy-lint calendar FILE --ics OUT.ics [options]',
  options: [
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
    TODAY,
    LOCALE,
    MAX_FILE_SIZE,
    {
      name: 'now',
      value: 'ISO-DATE',
      hidden: true,
      description: 'DTSTAMP of the events (reproducible output).',
    },
    HELP,
  ],
  more: [
    'Import OUT.ics into Google Calendar, Outlook or Apple Calendar. Exporting again updates the same events.',
    'OUT is never a strategy file, and an existing OUT that is not an .ics file is replaced only with --force.',
  ].join('\n'),

  parse(args: ParsedArgs, io: Io): CalendarOptions {
    const out = value(args, 'ics');
    if (out === undefined) throw new UsageError(`'calendar' needs --ics OUT.ics (or --ics - for stdout).`);
    if (out.trim() === '') throw new UsageError('--ics needs a file name (or - for stdout).');
    const now = nowFrom(args, io);
    const name = value(args, 'name');
    const file = oneFile(args, calendar);
    return {
      file,
      out,
      name,
      now,
      force: flag(args, 'force'),
      maxFileSize: maxFileSize(args),
      today: today(args),
      speech: speech(args, io.env),
    };
  },

  async run(options: CalendarOptions, io: Io): Promise<number> {
    const { out, name, now } = options;
    const loaded = await loadOne(io, options.file, options.maxFileSize, options.today, options.speech);
    if (typeof loaded === 'number') return loaded;
    const target = out === '-' ? undefined : await calendarTarget(io, out, loaded.path, options.force);
    const model = loaded.result.analysis.model;
    const language = languageFor(model, options.speech);
    const ics = toICalendar(model, {
      ...(name !== undefined ? { name } : {}),
      ...(now ? { now } : {}),
      language,
    });
    // Whole lines only: a post titled 'BEGIN:VEVENT' sits inside a SUMMARY line and must not count.
    const events = ics.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
    const skipped = model.calendar.length - events;
    const where = target === undefined ? msg('cli.calendar.stdout') : printable(out);
    const summary = `${speak(msg('cli.calendar.wrote', { events, target: where, skipped: Math.max(0, skipped) }), language)}\n`;
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
  },
};
