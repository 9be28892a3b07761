// smart/achievable: there is a starting point, and the pace needed to reach the target by the
// deadline is no faster than the best month the metric has ever had.
import { growthCheck } from '../domain/trends';
import type { RuleFinding } from '../types';
import type { Rule } from './rule';
import { goalAnchor, goalLabel, goalMetric, missingFieldsFix } from '../domain/goals';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const smartAchievable: Rule = {
  meta: [
    {
      code: 'smart/achievable',
      severity: 'warning',
      summary: 'A goal has no baseline, or needs faster growth than its metric has ever shown.',
    },
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    const { model } = ctx.analysis;
    for (const goal of model.goals) {
      const g = goal.value;
      const metric = goalMetric(model, g);
      const values = metric?.values ?? [];
      if (g.baseline === undefined && values.length === 0) {
        const range = goalAnchor(ctx, goal);
        if (!range) continue;
        const f = missingFieldsFix(ctx, goal, 'baseline');
        out.push({
          code: 'smart/achievable',
          message: `${goalLabel(goal)} has no starting point: add a 'baseline', or record the metric's monthly values, so the target can be judged.`,
          ...range,
          ...(f ? { fixes: [f] } : {}),
        });
        continue;
      }
      const check = growthCheck(values, g.target, g.deadline, g.baseline);
      if (!check?.unachievable) continue;
      const range = ctx.rangeAt([...goal.path, 'target']);
      if (!range) continue;
      const verb = check.reducing ? 'fall' : 'grow';
      out.push({
        code: 'smart/achievable',
        message:
          `To reach ${g.target} by ${g.deadline}, '${metric?.name ?? g.metric}' must ${verb} ${pct(check.needed)} a month for ${check.months} month${check.months === 1 ? '' : 's'}, ` +
          `but its best month so far was ${pct(check.best)}. Lower the target, move the deadline, or explain in 'rationale' what will change.`,
        ...range,
      });
    }
    return out;
  },
};
