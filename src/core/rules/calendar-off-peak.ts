// calendar/off-peak: a post goes out more than an hour away from every best time its platform lists.
// Times are compared around the clock (23:30 is 45 minutes from 00:15). The fix moves the post to the
// nearest best time that no other post of the platform holds on its days (a move must not make a
// calendar/conflict), changing only the time's characters (its quotes stay).
import type { StrategyModel } from '../engine/model';
import { postLabel, quoted } from '../domain/message-words';
import { calendarOccurrences } from '../domain/occurrences';
import { findPlatform, isTime, platformWords } from '../domain/platforms';
import { replaceScalarAt } from '../text/edits';
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';

/** How far from a best time a post may go out and still count as on time. */
const MAX_MINUTES_AWAY = 60;
const DAY_MINUTES = 24 * 60;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes between two times of day, the short way round midnight. */
function apart(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, DAY_MINUTES - d);
}

/** Per calendar entry, its days; per platform and slot (day and minute), the entries in it. */
function slots(model: StrategyModel): { days: Map<number, number[]>; taken: Map<string, Set<number>> } {
  const days = new Map<number, number[]>();
  const taken = new Map<string, Set<number>>();
  for (const { post, day } of calendarOccurrences(model)) {
    const list = days.get(post.index);
    if (list) list.push(day);
    else days.set(post.index, [day]);
    const { platform, time } = post.value;
    if (platform === undefined || !isTime(time)) continue;
    const key = `${platform} ${day * DAY_MINUTES + minutesOf(time)}`;
    const entries = taken.get(key);
    if (entries) entries.add(post.index);
    else taken.set(key, new Set([post.index]));
  }
  return { days, taken };
}

export const calendarOffPeak: Rule = {
  meta: [
    {
      code: 'calendar/off-peak',
      severity: 'info',
      summary: "A post goes out more than an hour away from every one of its platform's best times.",
    },
  ],
  check(ctx) {
    const { analysis } = ctx;
    const { model } = analysis;
    const findings: RuleFinding[] = [];
    let calendar: ReturnType<typeof slots> | undefined;
    for (const post of model.calendar) {
      const { time, platform } = post.value;
      if (!isTime(time) || platform === undefined) continue;
      const best = [...new Set((findPlatform(model, platform)?.value.bestTimes ?? []).filter(isTime))];
      if (best.length === 0) continue;
      const at = minutesOf(time);
      // Nearest first; a tie goes to the one listed first (the order of bestTimes is the team's).
      const byDistance = best
        .map((b, i) => ({ b, i, d: apart(at, minutesOf(b)) }))
        .sort((x, y) => x.d - y.d || x.i - y.i);
      if (byDistance[0].d <= MAX_MINUTES_AWAY) continue;
      const path = [...post.path, 'time'];
      const range = ctx.rangeAt(path);
      if (!range) continue;
      calendar ??= slots(model);
      const { days, taken } = calendar;
      const free = (b: string) =>
        (days.get(post.index) ?? []).every((day) => {
          const holders = taken.get(`${platform} ${day * DAY_MINUTES + minutesOf(b)}`);
          return !holders || [...holders].every((index) => index === post.index);
        });
      const nearest = byDistance[0].b;
      const target = byDistance.find(({ b }) => free(b))?.b;
      const advice =
        target === nearest
          ? msg('calendar.offPeak.consider', { time: nearest })
          : target !== undefined
            ? msg('calendar.offPeak.nearestTaken', { nearest, time: target })
            : msg('calendar.offPeak.allTaken', { nearest });
      const edit = target !== undefined ? replaceScalarAt(analysis, path, target) : undefined;
      findings.push({
        code: 'calendar/off-peak',
        message: msg('calendar.offPeak', {
          post: postLabel(post.value),
          time,
          platform: platformWords(model, platform),
          times: { list: best.map(quoted) },
          advice,
        }),
        ...range,
        ...(edit && target !== undefined
          ? { fixes: [{ title: msg('calendar.offPeak.fix', { time: target }), safe: false, edits: [edit] }] }
          : {}),
      });
    }
    return findings;
  },
};
