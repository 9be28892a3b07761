// smart/relevant: the goal serves a business objective.
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';
import { goalAnchor, goalLabel, missingFieldsFix } from '../domain/goals';

export const smartRelevant: Rule = {
  meta: [
    { code: 'smart/relevant', severity: 'warning', summary: 'A goal is not tied to a business objective.' },
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const goal of ctx.analysis.model.goals) {
      if (goal.value.objective !== undefined) continue;
      const range = goalAnchor(ctx, goal);
      if (!range) continue;
      const f = missingFieldsFix(ctx, goal, 'objective');
      out.push({
        code: 'smart/relevant',
        message: msg('smart.relevant.noObjective', { goal: goalLabel(goal), field: 'objective' }),
        ...range,
        ...(f ? { fixes: [f] } : {}),
      });
    }
    return out;
  },
};
