// Words the rules' messages share: a post named by its title and date, as the calendar shows it; a
// month in words; a count with its noun.
import type { Post } from '../engine/model';
import { longDate } from './date-words';

/** `"Launch teaser" (4 January 2027)`; `The post of 4 January 2027` without a title. Starts a sentence. */
export function postLabel(post: Post): string {
  const when = post.date !== undefined ? longDate(post.date) : undefined;
  if (post.title) return when ? `"${post.title}" (${when})` : `"${post.title}"`;
  return when ? `The post of ${when}` : 'This post';
}

/** "March 2027" for 2027-03; anything else as written. */
export function monthWords(month: string): string {
  const day = longDate(`${month}-01`);
  return day.startsWith('1 ') ? day.slice(2) : month;
}

/** "1 day", "12 days", "2.5 hours". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
