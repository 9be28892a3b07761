// strategy-lint trends FILE: each metric's trend and each goal's forecast, as a table or the contract's JSON.
import { computeTrends, trendsJson } from '../../core';
import { choice, type ParsedArgs } from '../args';
import type { Io } from '../io';
import { styleFor } from '../style';
import { languageFor, LOCALE, speech, type Speech } from '../speech';
import { HELP, loadOne, MAX_FILE_SIZE, maxFileSize, oneFile, TODAY, today, type Command } from './shared';

/**
 * The table is loaded when this command runs, so that every start-up does not pay for it
 * (bench/startup.mjs). `require`, not `import()`: esbuild bundles it as a module evaluated on first
 * use, and the tests' tsx/cjs hook resolves it (it leaves `import()` to Node).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const trendsTable = () => require('../trends-table') as typeof import('../trends-table');

export interface TrendsOptions {
  file: string;
  format: 'text' | 'json';
  maxFileSize: number;
  today: string;
  speech: Speech;
}

export const trends: Command<TrendsOptions> = {
  name: 'trends',
  summary: "Show each metric's trend and each goal's forecast.",
  usage: 'strategy-lint trends FILE [options]',
  options: [
    { name: 'format', short: 'f', value: 'text|json', description: 'Output format (default: text).' },
    TODAY,
    LOCALE,
    MAX_FILE_SIZE,
    HELP,
  ],

  parse(args: ParsedArgs, io: Io): TrendsOptions {
    const format = choice(args, 'format', ['text', 'json'] as const, 'text');
    return {
      format,
      file: oneFile(args, trends),
      maxFileSize: maxFileSize(args),
      today: today(args),
      speech: speech(args, io.env),
    };
  },

  async run(options: TrendsOptions, io: Io): Promise<number> {
    const loaded = await loadOne(io, options.file, options.maxFileSize, options.today, options.speech);
    if (typeof loaded === 'number') return loaded;
    const computed = computeTrends(loaded.result.analysis.model);
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify(trendsJson(computed), null, 2)}\n`
        : trendsTable().formatTrends(
            computed,
            styleFor(io),
            languageFor(loaded.result.analysis.model, options.speech),
          ),
    );
    return 0;
  },
};
