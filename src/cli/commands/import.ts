// strategy-lint import STRATEGY CSV...: analytics exports into `metrics[].values` (contract, "Importing
// analytics exports"). The core reads the CSVs and computes the minimal edits; this file reads and
// writes the files. Nothing is written when a CSV cannot be read or the strategy does not parse.
import { dirname, relative, resolve, sep } from 'node:path';
import {
  applyEdits,
  decodeFile,
  encodeFile,
  importMetrics,
  msg,
  type CsvInput,
  type Language,
  type ImportResult,
} from '../../core';
import { choice, flag, type ParsedArgs } from '../args';
import { UsageError, type Io } from '../io';
import { displayPath, reason } from '../resolve-files';
import { printable } from '../style';
import { languageFor, LOCALE, speak, speech, type Speech } from '../speech';
import { HELP, loadOne, MAX_FILE_SIZE, maxFileSize, TODAY, today, type Command } from './shared';

export interface ImportOptions {
  strategy: string;
  csvs: string[];
  overwrite: boolean;
  partial: boolean;
  dryRun: boolean;
  format: 'text' | 'json';
  maxFileSize: number;
  today: string;
  speech: Speech;
}

export const importCommand: Command<ImportOptions> = {
  name: 'import',
  summary: 'Import month values from analytics exports (CSV) into the metrics.',
  usage: 'strategy-lint import STRATEGY CSV... [options]',
  options: [
    {
      name: 'overwrite',
      description: 'Replace month values that differ from the export (else they are reported and kept).',
    },
    { name: 'partial', description: "Also import months whose rows do not reach the month's last day." },
    { name: 'dry-run', description: 'Change nothing; report what an import would do.' },
    { name: 'format', short: 'f', value: 'text|json', description: 'Output format (default: text).' },
    TODAY,
    LOCALE,
    MAX_FILE_SIZE,
    HELP,
  ],
  more: [
    "A metric takes part when its 'source.column' names a column of the CSV (and its 'source.file', when",
    "given, matches the CSV's path relative to the strategy file). Rows are grouped by month with the",
    "metric's 'aggregation' (default: last, the value on the month's last day).",
    'Exit 0 when the import wrote or had nothing to write, 1 when conflicts are left, 2 when a file cannot',
    'be read (then nothing is written).',
  ].join('\n'),

  parse(args: ParsedArgs, io: Io): ImportOptions {
    const [strategy, ...csvs] = args.positionals;
    if (strategy === undefined || csvs.length === 0)
      throw new UsageError(`'import' needs a strategy file and at least one CSV: ${importCommand.usage}`);
    return {
      strategy,
      csvs,
      overwrite: flag(args, 'overwrite'),
      partial: flag(args, 'partial'),
      dryRun: flag(args, 'dry-run'),
      format: choice(args, 'format', ['text', 'json'] as const, 'text'),
      maxFileSize: maxFileSize(args),
      today: today(args),
      speech: speech(args, io.env),
    };
  },

  async run(options: ImportOptions, io: Io): Promise<number> {
    const loaded = await loadOne(io, options.strategy, options.maxFileSize, options.today, options.speech);
    if (typeof loaded === 'number') return 2;
    const folder = dirname(loaded.path);
    const language = languageFor(loaded.result.analysis.model, options.speech);
    const inputs: CsvInput[] = [];
    for (const csv of options.csvs) {
      const path = resolve(io.cwd, csv);
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(path, options.maxFileSize);
      } catch (e) {
        throw new UsageError(`Cannot read '${csv}': ${reason(e)}.`);
      }
      const decoded = decodeFile(bytes, { language });
      if (!decoded.ok) throw new UsageError(`'${csv}': ${decoded.finding.message}`);
      inputs.push({ path: relative(folder, path).split(sep).join('/'), text: decoded.text });
    }
    const { analysis } = loaded.result;
    const result = importMetrics(analysis, inputs, {
      overwrite: options.overwrite,
      partial: options.partial,
      render: { language },
    });
    const shown = displayPath(io, loaded.path);
    if (result.problems.length) {
      for (const p of result.problems)
        io.stderr(`${printable(p.path)}: error: ${printable(p.message)} Nothing was written.\n`);
      return 2;
    }
    if (result.edits.length && !options.dryRun) {
      const bytes = await io.readFile(loaded.path, options.maxFileSize);
      const decoded = decodeFile(bytes);
      if (!decoded.ok || decoded.text !== analysis.text)
        throw new UsageError(
          `'${shown}' changed while importing; nothing was written. Run the import again.`,
        );
      const text = applyEdits(analysis.text, result.edits);
      try {
        await io.writeFile(loaded.path, encodeFile(text, decoded));
      } catch (e) {
        io.stderr(`${printable(shown)}: error: cannot write the file: ${reason(e, true)}.\n`);
        return 2;
      }
    }
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify(importJson(shown, result), null, 2)}\n`
        : importText(shown, result, options, language),
    );
    return result.conflicts.length ? 1 : 0;
  },
};

/** The contract's JSON: file, changes, conflicts, partial, unmatched. */
function importJson(file: string, r: ImportResult) {
  return { file, changes: r.changes, conflicts: r.conflicts, partial: r.partial, unmatched: r.unmatched };
}

function importText(file: string, r: ImportResult, options: ImportOptions, language: Language): string {
  const lines: string[] = [];
  const shown = printable(file);
  const t = (m: Parameters<typeof speak>[0]) => speak(m, language);
  if (r.changes.length === 0) lines.push(t(msg('cli.import.nothing', { file: shown })));
  else {
    const n = r.changes.length;
    lines.push(
      t(
        options.dryRun
          ? msg('cli.import.wouldWrite', { n, file: shown })
          : msg('cli.import.wrote', { n, file: shown }),
      ),
    );
    for (const c of r.changes)
      lines.push(`  ${c.metric}  ${c.month}: ${c.old === null ? '' : `${c.old} → `}${c.new}`);
  }
  if (r.conflicts.length) {
    lines.push('', t(msg('cli.import.conflicts', { n: r.conflicts.length, option: '--overwrite' })));
    for (const c of r.conflicts)
      lines.push(`  ${c.metric}  ${c.month}: ${t(msg('cli.import.conflict', { file: c.file, csv: c.csv }))}`);
  }
  if (r.partial.length) {
    lines.push('', t(msg('cli.import.partial', { n: r.partial.length, option: '--partial' })));
    for (const p of r.partial) lines.push(`  ${p.metric}  ${p.month}`);
  }
  if (r.unmatched.length)
    lines.push(
      '',
      t(
        msg('cli.import.unmatched', {
          hint: 'source: {column: ...}',
          columns: { list: r.unmatched.map(printable) },
        }),
      ),
    );
  return `${lines.join('\n')}\n`;
}
