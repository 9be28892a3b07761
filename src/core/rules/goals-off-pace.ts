// goals/off-pace: the trend line of a goal's metric falls short of its target by the deadline. The
// verdict is the trends' own (at-risk or off-track), so Problems, the views and `trends` agree.
import { entityAt } from '../engine/model-build';
import { behindPace, paceWords, verdictWords } from '../domain/pace';
import { msg } from '../text/i18n/message';
import { goalTrends } from '../domain/trends';
import type { RuleFinding } from '../types';
import type { Rule } from './rule';
import { goalAnchor } from '../domain/goals';

export const goalsOffPace: Rule = {
  meta: [
    {
      code: 'goals/off-pace',
      severity: 'info',
      summary: "A goal's forecast falls short of its target by the deadline (at risk or off track).",
    },
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    const { model } = ctx.analysis;
    for (const { index, trend } of goalTrends(model)) {
      if (!behindPace(trend.verdict)) continue;
      const words = paceWords(trend);
      const goal = entityAt(model.goals, index);
      if (!words || !goal) continue;
      const range = ctx.rangeAt([...goal.path, 'target']) ?? goalAnchor(ctx, goal);
      out.push({
        code: 'goals/off-pace',
        message: msg('goals.offPace', { verdict: verdictWords(trend.verdict), words }),
        ...range,
      });
    }
    return out;
  },
};
