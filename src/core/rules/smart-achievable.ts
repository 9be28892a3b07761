// smart/achievable: there is a starting point, and the pace needed to reach the target by the
// deadline is no faster than the best month the metric has ever had.
import { growthCheck } from '../domain/trends';
import { percentOneDecimal } from '../domain/message-words';
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';
import { goalAnchor, goalLabel, goalMetric, missingFieldsFix } from '../domain/goals';

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
          message: msg('smart.achievable.noBaseline', { goal: goalLabel(goal), field: 'baseline' }),
          ...range,
          ...(f ? { fixes: [f] } : {}),
        });
        continue;
      }
      const check = growthCheck(values, g.target, g.deadline, g.baseline);
      if (!check?.unachievable) continue;
      const range = ctx.rangeAt([...goal.path, 'target']);
      if (!range) continue;
      out.push({
        code: 'smart/achievable',
        message: msg('smart.achievable.tooFast', {
          target: g.target!,
          deadline: g.deadline!,
          metric: metric?.name ?? g.metric ?? '',
          direction: check.reducing ? 'fall' : 'grow',
          needed: percentOneDecimal(check.needed),
          months: check.months,
          best: percentOneDecimal(check.best),
          field: 'rationale',
        }),
        ...range,
      });
    }
    return out;
  },
};
