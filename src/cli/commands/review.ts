// strategy-lint review STRATEGY: drafts the month's review in the file's own style (contract,
// "Drafting a review"); --write appends it to `reviews` as one minimal edit.
import { applyEdits, decodeFile, draftReview, encodeFile, isMonth, msg } from '../../core';
import { flag, value, type ParsedArgs } from '../args';
import { UsageError, type Io } from '../io';
import { displayPath, reason } from '../resolve-files';
import { printable } from '../style';
import { languageFor, LOCALE, speak, speech, type Speech } from '../speech';
import { HELP, loadOne, MAX_FILE_SIZE, maxFileSize, oneFile, TODAY, today, type Command } from './shared';

export interface ReviewOptions {
  file: string;
  month: string | undefined;
  write: boolean;
  today: string;
  maxFileSize: number;
  speech: Speech;
}

export const reviewCommand: Command<ReviewOptions> = {
  name: 'review',
  summary: "Draft the month's review: findings in figures, the goals to adjust, actions to write.",
  usage: 'strategy-lint review STRATEGY [options]',
  options: [
    {
      name: 'month',
      value: 'YYYY-MM',
      description: 'The month to review (default: the latest month with metric values).',
    },
    {
      name: 'write',
      short: 'w',
      description: "Append the draft to the file's reviews (else it is printed).",
    },
    TODAY,
    LOCALE,
    MAX_FILE_SIZE,
    HELP,
  ],
  more: 'The actions are left empty, one per goal at risk or off track: what the team will change is yours to write.',

  parse(args: ParsedArgs, io: Io): ReviewOptions {
    const month = value(args, 'month');
    if (month !== undefined && !isMonth(month))
      throw new UsageError(`--month '${month}' should be a month written YYYY-MM, e.g. --month 2027-03.`);
    return {
      file: oneFile(args, reviewCommand),
      month,
      write: flag(args, 'write'),
      today: today(args),
      maxFileSize: maxFileSize(args),
      speech: speech(args, io.env),
    };
  },

  async run(options: ReviewOptions, io: Io): Promise<number> {
    const loaded = await loadOne(io, options.file, options.maxFileSize, options.today, options.speech);
    if (typeof loaded === 'number') return loaded;
    const { analysis } = loaded.result;
    const draft = draftReview(analysis, {
      today: options.today,
      ...(options.month ? { month: options.month } : {}),
    });
    if (!options.write) {
      io.stdout(draft.yaml.endsWith('\n') ? draft.yaml : `${draft.yaml}\n`);
      return 0;
    }
    const shown = displayPath(io, loaded.path);
    if (draft.edits.length === 0)
      throw new UsageError(
        `'${shown}' has no place for a review ('reviews' is not a list); nothing was written.`,
      );
    const bytes = await io.readFile(loaded.path, options.maxFileSize);
    const decoded = decodeFile(bytes);
    if (!decoded.ok || decoded.text !== analysis.text)
      throw new UsageError(`'${shown}' changed meanwhile; nothing was written. Run the command again.`);
    try {
      await io.writeFile(loaded.path, encodeFile(applyEdits(analysis.text, draft.edits), decoded));
    } catch (e) {
      io.stderr(`${printable(shown)}: error: cannot write the file: ${reason(e, true)}.\n`);
      return 2;
    }
    const added = msg('cli.review.added', { month: draft.entry.month, file: printable(shown) });
    io.stderr(`${speak(added, languageFor(analysis.model, options.speech))}\n`);
    return 0;
  },
};
