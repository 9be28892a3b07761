// calendar/outside-period: a post planned before the strategy's period starts or after it ends; for a
// recurring post, also a series that runs (`repeat.until`) past either end.
import { dayNumber, dayString, periodDays } from '../domain/dates';
import { isRecurring } from '../domain/occurrences';
import type { RuleFinding } from '../types';
import { msg, type Message } from '../text/i18n/message';
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
      // Built only for a post that is reported: most posts are inside the period.
      const name = () =>
        title ? msg('calendar.outsidePeriod.post', { title }) : msg('calendar.outsidePeriod.thisPost');
      const day = dayNumber(date);
      let message: Message | undefined;
      if (day !== undefined && before(day)) {
        message = msg('calendar.outsidePeriod.before', {
          post: name(),
          date: date!,
          start: dayString(p.start!),
        });
      } else if (day !== undefined && after(day)) {
        message = msg('calendar.outsidePeriod.after', { post: name(), date: date!, end: dayString(p.end!) });
      }
      const range = message && ctx.rangeAt([...post.path, 'date']);
      if (message && range) findings.push({ code: 'calendar/outside-period', message, ...range });

      const until = isRecurring(post.value) ? dayNumber(repeat?.until) : undefined;
      // An until before the post's own date is schema/range's (repeat-fields): one finding is enough.
      if (until === undefined || (day !== undefined && until < day)) continue;
      const series = () =>
        title ? msg('calendar.outsidePeriod.series', { title }) : msg('calendar.outsidePeriod.thisSeries');
      let untilMessage: Message | undefined;
      if (before(until)) {
        untilMessage = msg('calendar.outsidePeriod.seriesEndsBefore', {
          series: series(),
          until: repeat!.until!,
          start: dayString(p.start!),
        });
      } else if (after(until)) {
        untilMessage = msg('calendar.outsidePeriod.seriesRunsAfter', {
          series: series(),
          until: repeat!.until!,
          end: dayString(p.end!),
        });
      }
      const untilRange = untilMessage && ctx.rangeAt([...post.path, 'repeat', 'until']);
      if (untilMessage && untilRange)
        findings.push({ code: 'calendar/outside-period', message: untilMessage, ...untilRange });
    }
    return findings;
  },
};
