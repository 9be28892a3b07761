// strategy-lint: lint strategy files, show metric trends, export the content calendar. Everything
// outside comes in through `io`; the result is the exit code (0 fine, 1 problems found, 2 usage or I/O).
// This file finds the command and shows help and the version; each command is a file in commands/.
import { closest } from '../core';
import { flag, optionHelp, parseArgs, type OptionSpec } from './args';
import { calendar } from './commands/calendar';
import { importCommand } from './commands/import';
import { reportCommand } from './commands/report';
import { reviewCommand } from './commands/review';
import { lintCommand } from './commands/lint';
import { HELP, type Command } from './commands/shared';
import { trends } from './commands/trends';
import { UsageError, type Io } from './io';
import { printable } from './style';
import { VERSION } from './version';

export type { Io } from './io';
export { VERSION } from './version';

const MAIN_OPTIONS: OptionSpec[] = [HELP, { name: 'version', short: 'v', description: 'Show the version.' }];

/** Each command parses its options into its own type and runs with them; here only their order counts. */
type AnyCommand = Command<unknown>;

const COMMANDS: readonly AnyCommand[] = [
  lintCommand,
  trends,
  calendar,
  importCommand,
  reportCommand,
  reviewCommand,
];

function commandNamed(name: string): AnyCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `strategy-lint ${VERSION}: check social media strategy files (*.strategy.yaml).`,
    '',
    'Usage: strategy-lint <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    optionHelp(MAIN_OPTIONS),
    '',
    "Run 'strategy-lint <command> --help' for a command's options.",
    '',
  ].join('\n');
}

function commandHelp(c: AnyCommand): string {
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
  const names = COMMANDS.map((c) => c.name);
  if (first === 'help') {
    const topic = rest[0] === undefined ? undefined : commandNamed(rest[0]);
    io.stdout(topic ? commandHelp(topic) : mainHelp());
    return 0;
  }
  const command = commandNamed(first);
  if (!command) {
    const guess = closest(first, names);
    if (guess) throw new UsageError(`Unknown command '${first}'. Did you mean '${guess}'?`);
    if (/\.ya?ml$/.test(first) || first.includes('/') || first === '.')
      throw new UsageError(`Unknown command '${first}'. To check it: strategy-lint lint ${first}`);
    throw new UsageError(`Unknown command '${first}'. Commands: ${names.join(', ')}.`);
  }
  const args = parseArgs(rest, command.options, first);
  if (flag(args, 'help')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  return command.run(command.parse(args, io), io);
}
