// calendar/outside-period: a post planned before the strategy's period starts or after it ends.
import { dayNumber, dayString, periodDays } from '../domain/dates';
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
    const findings: RuleFinding[] = [];
    for (const post of model.calendar) {
      const { date, title } = post.value;
      const day = dayNumber(date);
      if (day === undefined) continue;
      const name = title ? `The post "${title}"` : 'This post';
      let message: string | undefined;
      if (p.start !== undefined && day < p.start) {
        message = `${name} is planned for ${date}, before the strategy's period starts on ${dayString(p.start)}.`;
      } else if (p.end !== undefined && day > p.end) {
        message = `${name} is planned for ${date}, after the strategy's period ends on ${dayString(p.end)}.`;
      }
      if (!message) continue;
      const range = ctx.rangeAt([...post.path, 'date']);
      if (range) findings.push({ code: 'calendar/outside-period', message, ...range });
    }
    return findings;
  },
};
