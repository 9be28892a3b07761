// metrics/gap: a metric skips a month between its first and last value, so trends can't be trusted.
import { monthIndex, monthString } from '../domain/trends';
import type { RuleFinding } from '../types';
import { quoted } from '../domain/message-words';
import { msg, type Arg } from '../text/i18n/message';
import type { Rule } from './rule';

export const metricsGap: Rule = {
  meta: [
    {
      code: 'metrics/gap',
      severity: 'warning',
      summary: 'A metric skips a month between its first and last value.',
    },
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const metric of ctx.analysis.model.metrics) {
      const values = metric.value.values;
      // Count every missing month, but name only the first few: {0001-01, 9999-12} must stay cheap.
      const shownMonths: string[] = [];
      let missing = 0;
      for (let k = 1; k < values.length; k++) {
        const from = monthIndex(values[k - 1].month);
        const to = monthIndex(values[k].month);
        for (let m = from + 1; m < to && shownMonths.length < 6; m++) shownMonths.push(monthString(m));
        missing += Math.max(0, to - from - 1);
      }
      if (missing === 0) continue;
      const range = ctx.rangeAt([...metric.path, 'values'], 'key');
      if (!range) continue;
      const name =
        metric.value.name ?? metric.value.id ?? msg('metrics.gap.unnamed', { index: metric.index + 1 });
      const shown: Arg[] = shownMonths.map(quoted);
      if (missing > shownMonths.length)
        shown.push(msg('metrics.gap.more', { count: missing - shownMonths.length }));
      out.push({
        code: 'metrics/gap',
        message: msg('metrics.gap', { name, missing, months: { list: shown } }),
        ...range,
      });
    }
    return out;
  },
};
