// smart/time-bound: the goal has a deadline, inside the strategy's period.
import { isOutsidePeriod } from '../domain/dates';
import type { RuleFinding } from '../types';
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
          message: `${goalLabel(goal)} has no deadline. Add 'deadline: YYYY-MM-DD' so it can be reviewed on time.`,
          ...range,
          ...(f ? { fixes: [f] } : {}),
        });
      } else if (isOutsidePeriod(deadline, period)) {
        const range = ctx.rangeAt([...goal.path, 'deadline']);
        if (!range) continue;
        out.push({
          code: 'smart/time-bound',
          message: `The deadline ${deadline} is outside the strategy's period (${period?.start ?? '…'} to ${period?.end ?? '…'}). Move it inside, or extend the period.`,
          ...range,
        });
      }
    }
    return out;
  },
};
