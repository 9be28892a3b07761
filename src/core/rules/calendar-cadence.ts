// calendar/cadence: a platform that plans N posts a week has weeks with fewer. Only whole ISO weeks
// (Monday to Sunday) between the calendar's first and last post and inside the period count, so a plan
// that starts on a Thursday is not blamed for the days before it.
import type { StrategyModel } from '../model';
import type { CadenceShortfall } from '../protocol';
import { platformName } from './calendar-conflict';
import { dayNumber, dayString, isoWeekLabel, periodDays, weekday } from './calendar-outside-period';
import type { Rule, RuleFinding } from './rule';

/** The Mondays of the weeks the cadence is checked in (day numbers), in order. */
export function cadenceWeeks(model: StrategyModel): number[] {
  let first: number | undefined;
  let last: number | undefined;
  for (const post of model.calendar) {
    const day = dayNumber(post.value.date);
    if (day === undefined) continue;
    if (first === undefined || day < first) first = day;
    if (last === undefined || day > last) last = day;
  }
  const period = periodDays(model.period);
  if (first === undefined || last === undefined || !period) return [];
  const lo = period.start !== undefined ? Math.max(first, period.start) : first;
  const hi = period.end !== undefined ? Math.min(last, period.end) : last;
  const weeks: number[] = [];
  for (let monday = lo + ((7 - weekday(lo)) % 7); monday + 6 <= hi; monday += 7) weeks.push(monday);
  return weeks;
}

/**
 * For every platform with `cadence.postsPerWeek`, the checked weeks in which it has fewer posts (any
 * status) than planned; ordered by platform, then week. A repeated platform id is counted once.
 */
export function cadenceShortfalls(model: StrategyModel): CadenceShortfall[] {
  const weeks = cadenceWeeks(model);
  if (weeks.length === 0) return [];
  const firstWeek = weeks[0];
  const counts = new Map<string, number[]>();
  for (const post of model.calendar) {
    const { platform } = post.value;
    const day = dayNumber(post.value.date);
    if (typeof platform !== 'string' || day === undefined) continue;
    const week = Math.floor((day - firstWeek) / 7);
    if (week < 0 || week >= weeks.length) continue;
    let perWeek = counts.get(platform);
    if (!perWeek) counts.set(platform, (perWeek = new Array<number>(weeks.length).fill(0)));
    perWeek[week]++;
  }
  const seen = new Set<string>();
  const shortfalls: CadenceShortfall[] = [];
  for (const { value } of model.platforms) {
    const { id, postsPerWeek } = value;
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (typeof postsPerWeek !== 'number' || !Number.isFinite(postsPerWeek)) continue;
    const perWeek = counts.get(id);
    weeks.forEach((monday, i) => {
      const actual = perWeek?.[i] ?? 0;
      if (actual < postsPerWeek) {
        shortfalls.push({ platform: id, weekStart: dayString(monday), planned: postsPerWeek, actual });
      }
    });
  }
  return shortfalls;
}

function posts(n: number): string {
  return n === 1 ? '1 post' : `${n} posts`;
}

/** "2027-W02 (1 post), 2027-W05 to 2027-W07 (0 posts each)": consecutive weeks with the same count merge. */
export function describeWeeks(shortfalls: CadenceShortfall[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < shortfalls.length) {
    const start = shortfalls[i];
    const startDay = dayNumber(start.weekStart)!;
    let j = i;
    while (
      j + 1 < shortfalls.length &&
      shortfalls[j + 1].actual === start.actual &&
      dayNumber(shortfalls[j + 1].weekStart) === startDay + 7 * (j + 1 - i)
    ) {
      j++;
    }
    const label = isoWeekLabel(startDay);
    parts.push(
      j === i
        ? `${label} (${posts(start.actual)})`
        : `${label} to ${isoWeekLabel(dayNumber(shortfalls[j].weekStart)!)} (${posts(start.actual)} each)`,
    );
    i = j + 1;
  }
  return parts.join(', ');
}

export const calendarCadence: Rule = {
  meta: [
    {
      code: 'calendar/cadence',
      severity: 'warning',
      summary: 'A platform has weeks with fewer posts in the calendar than it plans per week.',
    },
  ],
  check(ctx) {
    const { model } = ctx.analysis;
    const byPlatform = new Map<string, CadenceShortfall[]>();
    for (const s of cadenceShortfalls(model)) {
      const list = byPlatform.get(s.platform);
      if (list) list.push(s);
      else byPlatform.set(s.platform, [s]);
    }
    const findings: RuleFinding[] = [];
    for (const [id, list] of byPlatform) {
      const platform = model.platforms.find((p) => p.value.id === id)!;
      const range =
        ctx.rangeAt([...platform.path, 'cadence'], 'key') ?? ctx.rangeAt([...platform.path, 'id']);
      if (!range) continue;
      const weeks = list.length === 1 ? '1 week' : `${list.length} weeks`;
      const message =
        `${platformName(model, id)} plans ${posts(list[0].planned)} a week but has fewer in ${weeks}: ` +
        describeWeeks(list);
      findings.push({ code: 'calendar/cadence', message, ...range });
    }
    return findings;
  },
};
