// schema/range (period): the period ends before it starts. JSON Schema can't compare two values.
import { dayNumber } from '../domain/dates';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';

export const periodRange: Rule = {
  meta: [],
  check(ctx) {
    const p = ctx.analysis.model.period;
    const start = dayNumber(p?.start);
    const end = dayNumber(p?.end);
    if (start === undefined || end === undefined || end >= start) return [];
    const range = ctx.rangeAt(['period', 'end']);
    if (!range) return [];
    return [
      {
        code: 'schema/range',
        message: msg('period.endsBeforeStart', { end: p!.end!, start: p!.start! }),
        ...range,
      },
    ];
  },
};
