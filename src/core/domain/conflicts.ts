// Posts on the same platform at the same date and time: the calendar/conflict rule and the calendar
// view both flag them. A recurring post clashes wherever one of its occurrences does; two occurrences
// of one series never clash with each other.
import type { StrategyModel } from '../engine/model';
import { calendarOccurrences } from './occurrences';
import { isTime } from './platforms';

export interface Clash {
  /** The other entry's index in `calendar`. */
  other: number;
  /** The day (UTC day number) of the clash. */
  day: number;
}

export interface Conflicts {
  /**
   * Per entry that clashes: every later entry maps to the first entry in the slot; the first maps to
   * the second. One clash per entry (its first, in file order, then by day).
   */
  byPost: Map<number, Clash>;
  /** The clashing occurrences, as `${index}:${day}`, for the calendar view. */
  occurrences: Set<string>;
}

/** Above this many days between the first and last post, slots go in a Map instead of arrays. */
const MAX_ARRAY_SPAN = 20_000;

export function postConflicts(model: StrategyModel): Conflicts {
  // A slot is a platform, a minute of the day and a day. Per (platform, minute), an array over the
  // calendar's days holds the first entry in each slot (index + 1; 0 for none): a keystroke's re-lint
  // of tens of thousands of occurrences does no hashing per occurrence. A post's platform and time are
  // read once for all its occurrences (they are contiguous).
  const list = calendarOccurrences(model);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const { day } of list) {
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  const span = maxDay - minDay + 1;
  // Arrays only while they stay small: (platform, time) pairs times days within a few cells per
  // occurrence (a file of posts at a thousand different times over decades gets maps).
  const pairs = new Set<string>();
  for (const { value } of model.calendar)
    if (typeof value.platform === 'string' && isTime(value.time))
      pairs.add(`${value.time}\u0000${value.platform}`);
  const dense = span <= MAX_ARRAY_SPAN && pairs.size * span <= 8 * list.length + 1_000_000;
  const groups = new Map<string, Int32Array | Map<number, number>>();
  const byPost = new Map<number, Clash>();
  const occurrences = new Set<string>();
  let current: unknown;
  let group: Int32Array | Map<number, number> | undefined;
  for (const { post, day } of list) {
    if (post !== current) {
      current = post;
      const { platform, time } = post.value;
      if (typeof platform !== 'string' || !isTime(time)) group = undefined;
      else {
        const key = `${time}\u0000${platform}`;
        group = groups.get(key);
        if (!group) groups.set(key, (group = dense ? new Int32Array(span) : new Map<number, number>()));
      }
    }
    if (!group) continue;
    let first: number;
    if (dense) {
      const slots = group as Int32Array;
      first = slots[day - minDay] - 1;
      if (first < 0) {
        slots[day - minDay] = post.index + 1;
        continue;
      }
    } else {
      const slots = group as Map<number, number>;
      const found = slots.get(day);
      if (found === undefined) {
        slots.set(day, post.index);
        continue;
      }
      first = found;
    }
    if (first === post.index) continue;
    if (!byPost.has(post.index)) byPost.set(post.index, { other: first, day });
    if (!byPost.has(first)) byPost.set(first, { other: post.index, day });
    occurrences.add(`${post.index}:${day}`);
    occurrences.add(`${first}:${day}`);
  }
  return { byPost, occurrences };
}
