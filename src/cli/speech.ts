// The language the command-line tool speaks: `--locale` (auto|en|fa) > each file's own language
// (`language`, or Persian when its `name` is in Persian) > the environment (LC_ALL, LC_MESSAGES,
// LANG, in POSIX's order) > English, as the contract's "Language, calendar system, pace" says.
// Findings are rendered per file by the engine; the lines about a whole run (summaries) speak the
// files' language when they share one.
import {
  languageOfLocale,
  render,
  resolveLanguage,
  type Language,
  type Message,
  type StrategyModel,
} from '../core';
import { choice, type OptionSpec, type ParsedArgs } from './args';

export type Locale = 'auto' | Language;

export const LOCALE: OptionSpec = {
  name: 'locale',
  value: 'auto|en|fa',
  description:
    "The language of the messages: auto (default) speaks each file's own language, then LC_ALL/LANG's; en or fa for every file.",
};

export interface Speech {
  /** --locale. */
  locale: Locale;
  /** The environment's locale (LC_ALL, LC_MESSAGES, LANG): for files that do not speak their language. */
  environment?: string;
}

/** The first of LC_ALL, LC_MESSAGES, LANG that is set (and not empty), as POSIX reads them. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}

export function speech(args: ParsedArgs, env: Readonly<Record<string, string | undefined>>): Speech {
  const locale = choice(args, 'locale', ['auto', 'en', 'fa'] as const, 'auto');
  const environment = environmentLocale(env);
  return environment === undefined ? { locale } : { locale, environment };
}

/** The lint options that carry the choice into the engine. */
export function lintLanguage(s: Speech): { locale: Locale; environmentLocale?: string } {
  return s.environment === undefined
    ? { locale: s.locale }
    : { locale: s.locale, environmentLocale: s.environment };
}

/** The language for one file. */
export function languageFor(model: Pick<StrategyModel, 'language' | 'name'>, s: Speech): Language {
  return resolveLanguage(model, s.locale, s.environment);
}

/** The language of lines about many files: the choice, else the files' one language, else the environment's. */
export function runLanguage(s: Speech, files: readonly Language[]): Language {
  if (s.locale !== 'auto') return s.locale;
  const first = files[0];
  if (first !== undefined && files.every((l) => l === first)) return first;
  return languageOfLocale(s.environment) ?? 'en';
}

/** A message in a language, as one piece of a terminal line. */
export function speak(message: Message, language: Language): string {
  return render(message, { language });
}
