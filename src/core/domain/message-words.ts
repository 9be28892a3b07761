// Words the rules' messages share: a post named by its title and date, as the calendar shows it; a list
// read as a sentence; a value from the file that Persian quotes; a percentage to one decimal.
import type { Post } from '../engine/model';
import { msg, type Arg, type Message } from '../text/i18n/message';

/**
 * `"Launch teaser" (4 January 2027)`; `The post of 4 January 2027` without a title. Starts a sentence.
 * The date follows the file's calendar system (a Solar Hijri date with the Gregorian beside).
 */
export function postLabel(post: Post): Message {
  const { title, date } = post;
  if (title)
    return date !== undefined
      ? msg('post.label.titleDate', { title, date: { date } })
      : msg('post.label.title', { title });
  return date !== undefined ? msg('post.label.date', { date: { date } }) : msg('post.label.none');
}

/** "a", "a and b", "a, b and c" (no comma before "and", as the messages have always written it). */
export function andList(items: readonly Arg[]): Arg {
  if (items.length < 2) return items.length === 1 ? items[0] : '';
  return msg('words.and', { items: { list: items.slice(0, -1) }, last: items[items.length - 1] });
}

/** A value from the file in running text: as written in English, in « » in Persian. */
export function quoted(value: string): Message {
  return msg('words.value', { value });
}

/** A fraction as a percentage with one decimal, always shown ("10.0%", "-3.5%"). */
export function percentOneDecimal(fraction: number): Arg {
  const text = (fraction * 100).toFixed(1);
  const m = /^(-?)(\d+)\.(\d)$/.exec(text);
  // toFixed writes exponents past 1e21: such a figure is shown as it is.
  if (!m) return `${text}%`;
  return msg('words.percentOneDecimal', {
    sign: m[1] ? 'minus' : 'plus',
    whole: Number(m[2]),
    tenth: Number(m[3]),
  });
}
