// A file's language and calendar system, as the contract decides them ("Language, calendar system,
// pace"): the language may come from the user's environment, the calendar system never does, so the
// rules count the same weeks on every machine.
import type { StrategyModel } from '../engine/model';
import type { CalendarSystem } from '../protocol';
import { languageOfLocale, type Language } from '../text/words';

export { languageOfLocale, type Language };

/** Letters of the Arabic script (Persian included), in its main and presentation-form blocks. */
const ARABIC_SCRIPT =
  /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/;

export function inArabicScript(text: string | undefined): boolean {
  return typeof text === 'string' && ARABIC_SCRIPT.test(text);
}

function language(value: unknown): Language | undefined {
  return value === 'en' || value === 'fa' ? value : undefined;
}

/**
 * The language the file asks for: its `language`, else `fa` when its `name` is in Arabic script;
 * undefined when the environment should decide.
 */
export function fileLanguage(model: Pick<StrategyModel, 'language' | 'name'>): Language | undefined {
  return language(model.language) ?? (inArabicScript(model.name) ? 'fa' : undefined);
}

/**
 * The language to speak about a file, by the contract's precedence: the user's explicit choice
 * (`--locale`, `strategy.locale`; 'auto' is no choice), the file's own, the environment's, English.
 */
export function resolveLanguage(
  model: Pick<StrategyModel, 'language' | 'name'>,
  choice?: string,
  environment?: string,
): Language {
  return language(choice) ?? fileLanguage(model) ?? languageOfLocale(environment) ?? 'en';
}

/**
 * How the file's weeks and months are counted: its `calendarSystem`, else `persian` when its
 * `language` is `fa`, or when it has no `language` and its `name` is in Arabic script; else `gregorian`.
 */
export function fileCalendarSystem(
  model: Pick<StrategyModel, 'calendarSystem' | 'language' | 'name'>,
): CalendarSystem {
  if (model.calendarSystem === 'gregorian' || model.calendarSystem === 'persian') return model.calendarSystem;
  if (model.language === 'fa') return 'persian';
  if (language(model.language) === undefined && inArabicScript(model.name)) return 'persian';
  return 'gregorian';
}
