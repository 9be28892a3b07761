// smart/specific: the goal says what will change (a title of at least 3 words) and where (platforms).
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';
import { goalAnchor, goalLabel, goalMetric, missingFieldsFix } from '../domain/goals';

/** Words in any script: runs of letters, digits or marks between spaces (a ZWNJ stays inside a word). */
export function wordCount(text: string): number {
  return text.split(/[\s\p{P}]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A title says what will change in at least this many words. */
const MIN_WORDS = 3;

export const smartSpecific: Rule = {
  meta: [
    {
      code: 'smart/specific',
      severity: 'warning',
      summary: 'A goal has no title of at least 3 words, or names no platform.',
    },
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    const { model } = ctx.analysis;
    for (const goal of model.goals) {
      const g = goal.value;
      const fix = (wanted: 'title' | 'platforms') => missingFieldsFix(ctx, goal, wanted);
      if (g.title === undefined || wordCount(g.title) < MIN_WORDS) {
        const range =
          (g.title !== undefined && ctx.rangeAt([...goal.path, 'title'])) || goalAnchor(ctx, goal);
        if (!range) continue;
        const f = g.title === undefined ? fix('title') : undefined;
        out.push({
          code: 'smart/specific',
          message:
            g.title === undefined
              ? msg('smart.specific.noTitle', { goal: goalLabel(goal), min: MIN_WORDS })
              : msg('smart.specific.shortTitle', { title: g.title, min: MIN_WORDS }),
          ...range,
          ...(f ? { fixes: [f] } : {}),
        });
        continue;
      }
      const platforms = (g.platforms?.length ?? 0) > 0 || goalMetric(model, g)?.platform !== undefined;
      if (!platforms) {
        const range = goalAnchor(ctx, goal);
        if (!range) continue;
        const f = fix('platforms');
        out.push({
          code: 'smart/specific',
          message: msg('smart.specific.noPlatforms', {
            goal: goalLabel(goal),
            field: 'platforms',
            metricField: 'platform',
          }),
          ...range,
          ...(f ? { fixes: [f] } : {}),
        });
      }
    }
    return out;
  },
};
