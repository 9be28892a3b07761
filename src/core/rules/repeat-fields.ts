// schema/range and schema/additional-property (repeat): what JSON Schema cannot say without
// combinators (whose errors read badly): `until` before the post's date, `until` and `count` given
// together, and weekdays (`on`) on a series that is not weekly.
import { dayNumber } from '../domain/dates';
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';

export const repeatFields: Rule = {
  meta: [],
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const post of ctx.analysis.model.calendar) {
      const { repeat, date } = post.value;
      if (!repeat) continue;
      const at = [...post.path, 'repeat'];
      const until = dayNumber(repeat.until);
      const start = dayNumber(date);
      if (until !== undefined && start !== undefined && until < start) {
        const range = ctx.rangeAt([...at, 'until']);
        if (range)
          findings.push({
            code: 'schema/range',
            message: msg('repeat.fields.untilBeforeDate', {
              field: 'until',
              until: repeat.until!,
              date: date!,
            }),
            ...range,
          });
      }
      if (repeat.until !== undefined && repeat.count !== undefined) {
        const range = ctx.rangeAt([...at, 'count'], 'key');
        if (range)
          findings.push({
            code: 'schema/additional-property',
            message: msg('repeat.fields.untilAndCount', {
              first: 'until',
              second: 'count',
              section: 'repeat',
            }),
            ...range,
          });
      }
      if (repeat.on !== undefined && repeat.every !== undefined && repeat.every !== 'week') {
        const range = ctx.rangeAt([...at, 'on'], 'key');
        if (range)
          findings.push({
            code: 'schema/additional-property',
            message: msg('repeat.fields.onNotWeekly', {
              field: 'on',
              weekly: 'every: week',
              every: repeat.every,
            }),
            ...range,
          });
      }
    }
    return findings;
  },
};
