// metrics/gap: a metric skips a month between its first and last value, so trends can't be trusted.
import { monthIndex, monthString } from '../trends';
import type { Rule, RuleFinding } from './rule';

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
      const missing: string[] = [];
      for (let k = 1; k < values.length; k++) {
        const from = monthIndex(values[k - 1].month);
        const to = monthIndex(values[k].month);
        for (let m = from + 1; m < to; m++) missing.push(monthString(m));
      }
      if (missing.length === 0) continue;
      const range = ctx.rangeAt([...metric.path, 'values'], 'key');
      if (!range) continue;
      const name = metric.value.name ?? metric.value.id ?? `metric ${metric.index + 1}`;
      const shown = missing.length > 6 ? [...missing.slice(0, 6), `and ${missing.length - 6} more`] : missing;
      out.push({
        code: 'metrics/gap',
        message: `'${name}' has no value for ${missing.length === 1 ? 'the month' : `${missing.length} months`} ${shown.join(', ')}. Record a figure at the end of every month so the trend stays reliable.`,
        ...range,
      });
    }
    return out;
  },
};
