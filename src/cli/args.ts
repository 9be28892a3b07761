// A small argv parser: `--name value`, `--name=value`, short aliases, repeatable options, `--` to end
// options. Unknown options are usage errors with a did-you-mean.
import { closest } from '../core';
import { UsageError } from './io';

export interface OptionSpec {
  name: string;
  short?: string;
  /** The value's placeholder in help (e.g. 'N'); absent for a switch. */
  value?: string;
  repeat?: boolean;
  /** Not listed in help (test hooks). */
  hidden?: boolean;
  description: string;
}

export interface ParsedArgs {
  /** Switches map to true; valued options to their values (last wins unless repeatable). */
  options: Map<string, string[] | true>;
  positionals: string[];
}

export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  command: string,
): ParsedArgs {
  const options = new Map<string, string[] | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const spec = specs.find(
      (s) => `--${s.name}` === flag || (s.short !== undefined && `-${s.short}` === flag),
    );
    if (!spec) throw new UsageError(unknownOption(flag, specs, command));
    const label = `--${spec.name}`;
    if (spec.value === undefined) {
      if (eq > 0 && arg.startsWith('--')) throw new UsageError(`${label} takes no value.`);
      options.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined) throw new UsageError(`${label} needs a value (${label} ${spec.value}).`);
    const previous = options.get(spec.name);
    options.set(spec.name, spec.repeat && Array.isArray(previous) ? [...previous, value] : [value]);
  }
  return { options, positionals };
}

function unknownOption(flag: string, specs: readonly OptionSpec[], command: string): string {
  const names = specs.filter((s) => !s.hidden).map((s) => `--${s.name}`);
  const guess = flag.startsWith('--') ? closest(flag, names) : undefined;
  const where = command ? `'strategy-lint ${command} --help'` : `'strategy-lint --help'`;
  return `Unknown option '${flag}'.${guess ? ` Did you mean '${guess}'?` : ''} See ${where}.`;
}

/** The one value of a valued option, or undefined. */
export function value(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return Array.isArray(v) ? v[v.length - 1] : undefined;
}

export function values(args: ParsedArgs, name: string): string[] {
  const v = args.options.get(name);
  return Array.isArray(v) ? v : [];
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}

/** A value among choices, with a did-you-mean otherwise. */
export function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const v = value(args, name);
  if (v === undefined) return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  const guess = closest(v, choices);
  throw new UsageError(
    `--${name} '${v}' is not supported.${guess ? ` Did you mean '${guess}'?` : ''} Use one of: ${choices.join(', ')}.`,
  );
}

/** Help lines for a command's options, aligned. */
export function optionHelp(specs: readonly OptionSpec[]): string {
  const shown = specs.filter((s) => !s.hidden);
  const heads = shown.map(
    (s) => `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.value}` : ''}`,
  );
  const width = Math.max(...heads.map((h) => h.length));
  return shown.map((s, i) => `  ${heads[i].padEnd(width)}  ${s.description}`).join('\n');
}
