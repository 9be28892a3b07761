// smart/measurable: the goal names the metric that measures it and a numeric target.
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';
import { goalAnchor, goalLabel, missingFieldsFix } from '../domain/goals';

export const smartMeasurable: Rule = {
  meta: [
    { code: 'smart/measurable', severity: 'warning', summary: 'A goal has no metric or no numeric target.' },
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    const data = ctx.analysis.data as { goals?: Record<string, unknown>[] };
    for (const goal of ctx.analysis.model.goals) {
      const g = goal.value;
      if (g.metric !== undefined && g.target !== undefined) continue;
      const rawTarget = data.goals?.[goal.index]?.target;
      // A target that is there but not a number is the value at fault.
      const badTarget = g.metric !== undefined && rawTarget !== undefined && rawTarget !== null;
      const range = (badTarget && ctx.rangeAt([...goal.path, 'target'])) || goalAnchor(ctx, goal);
      if (!range) continue;
      const f = badTarget
        ? undefined
        : missingFieldsFix(ctx, goal, g.metric === undefined ? 'metric' : 'target');
      out.push({
        code: 'smart/measurable',
        message:
          g.metric === undefined
            ? msg('smart.measurable.noMetric', { goal: goalLabel(goal), field: 'metric' })
            : badTarget
              ? msg('smart.measurable.notNumber')
              : msg('smart.measurable.noTarget', {
                  goal: goalLabel(goal),
                  field: 'target',
                  example: 'target: 12000',
                }),
        ...range,
        ...(f ? { fixes: [f] } : {}),
      });
    }
    return out;
  },
};
