// calendar/outside-period: a post planned before the strategy's period starts or after it ends; for a
// recurring post, also a series that runs (`repeat.until`) past either end.
import { dayNumber, dayString, periodDays } from '../domain/dates';
import { isRecurring } from '../domain/occurrences';
import type { RuleFinding } from '../types';
import type { Rule } from './rule';

export const calendarOutsidePeriod: Rule = {
  meta: [
    {
      code: 'calendar/outside-period',
      severity: 'warning',
      summary: "A post is planned for a date outside the strategy's period.",
    },
  ],
  check(ctx) {
    const { model } = ctx.analysis;
    const p = periodDays(model.period);
    if (!p) return [];
    const before = (day: number) => p.start !== undefined && day < p.start;
    const after = (day: number) => p.end !== undefined && day > p.end;
    const findings: RuleFinding[] = [];
    for (const post of model.calendar) {
      const { date, title, repeat } = post.value;
      const name = title ? `The post "${title}"` : 'This post';
      const day = dayNumber(date);
      let message: string | undefined;
      if (day !== undefined && before(day)) {
        message = `${name} is planned for ${date}, before the strategy's period starts on ${dayString(p.start!)}.`;
      } else if (day !== undefined && after(day)) {
        message = `${name} is planned for ${date}, after the strategy's period ends on ${dayString(p.end!)}.`;
      }
      const range = message && ctx.rangeAt([...post.path, 'date']);
      if (message && range) findings.push({ code: 'calendar/outside-period', message, ...range });

      const until = isRecurring(post.value) ? dayNumber(repeat?.until) : undefined;
      // An until before the post's own date is schema/range's (repeat-fields): one finding is enough.
      if (until === undefined || (day !== undefined && until < day)) continue;
      const series = title ? `The series "${title}"` : 'This series';
      let untilMessage: string | undefined;
      if (before(until)) {
        untilMessage = `${series} ends on ${repeat!.until}, before the strategy's period starts on ${dayString(p.start!)}.`;
      } else if (after(until)) {
        untilMessage = `${series} runs until ${repeat!.until}, after the strategy's period ends on ${dayString(p.end!)}: posts after that are not planned. End it by ${dayString(p.end!)}, or extend the period.`;
      }
      const untilRange = untilMessage && ctx.rangeAt([...post.path, 'repeat', 'until']);
      if (untilMessage && untilRange)
        findings.push({ code: 'calendar/outside-period', message: untilMessage, ...untilRange });
    }
    return findings;
  },
};
