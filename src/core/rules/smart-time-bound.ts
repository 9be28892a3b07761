// smart/time-bound: the goal has a deadline, inside the strategy's period.
import { isOutsidePeriod } from '../domain/dates';
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';
import { goalAnchor, goalLabel, missingFieldsFix } from '../domain/goals';

export const smartTimeBound: Rule = {
  meta: [
    {
      code: 'smart/time-bound',
      severity: 'warning',
      summary: 'A goal has no deadline, or its deadline is outside the period.',
    },
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    const { period } = ctx.analysis.model;
    for (const goal of ctx.analysis.model.goals) {
      const { deadline } = goal.value;
      if (deadline === undefined) {
        const range = goalAnchor(ctx, goal);
        if (!range) continue;
        const f = missingFieldsFix(ctx, goal, 'deadline');
        out.push({
          code: 'smart/time-bound',
          message: msg('smart.timeBound.noDeadline', {
            goal: goalLabel(goal),
            example: 'deadline: YYYY-MM-DD',
          }),
          ...range,
          ...(f ? { fixes: [f] } : {}),
        });
      } else if (isOutsidePeriod(deadline, period)) {
        const range = ctx.rangeAt([...goal.path, 'deadline']);
        if (!range) continue;
        out.push({
          code: 'smart/time-bound',
          message: msg('smart.timeBound.outsidePeriod', {
            deadline,
            start: period?.start ?? '…',
            end: period?.end ?? '…',
          }),
          ...range,
        });
      }
    }
    return out;
  },
};
