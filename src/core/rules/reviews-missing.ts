// reviews/missing: the latest month with metric figures has no review looking back on it: none with
// `month` set to it, and none dated inside it or in the month after (when its figures come in).
import { monthIndex } from '../domain/trends';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';

export const reviewsMissing: Rule = {
  meta: [
    {
      code: 'reviews/missing',
      severity: 'info',
      summary: 'The latest month with metric figures has no review.',
    },
  ],
  check(ctx) {
    const { model } = ctx.analysis;
    let month: string | undefined;
    for (const metric of model.metrics) {
      const last = metric.value.values.at(-1)?.month; // values are sorted by month
      if (last !== undefined && (month === undefined || last > month)) month = last;
    }
    if (month === undefined) return [];
    const latest = monthIndex(month);
    // A review dated in the month after still looks back on it: the month's figures come in at its end.
    const reviewed = model.reviews.some(({ value }) => {
      if (value.month === month) return true;
      const dated = value.date?.length === 10 ? monthIndex(value.date) : NaN;
      return dated === latest || dated === latest + 1;
    });
    if (reviewed) return [];
    const range = ctx.rangeAt(['reviews'], 'key') ?? ctx.rangeAt(['metrics'], 'key');
    if (!range) return [];
    return [
      {
        code: 'reviews/missing',
        message: msg('reviews.missing', { month: { month }, example: `month: ${month}` }),
        ...range,
      },
    ];
  },
};
