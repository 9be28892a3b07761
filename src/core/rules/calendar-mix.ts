// calendar/mix: once a platform has enough posts to judge (10, occurrences of a series counted), each
// post type's share of them should be within 15 points of the platform's `mix` target. All of the
// platform's posts are the denominator, typed or not. Also schema/range on a `mix` whose shares add
// up to more than 100 (JSON Schema cannot sum).
import { entityAt } from '../engine/model-build';
import { platformMixes, type TypeShare } from '../domain/mix';
import { platformWords } from '../domain/platforms';
import type { RuleFinding } from '../types';
import { andList, quoted } from '../domain/message-words';
import { msg, type Message } from '../text/i18n/message';
import type { Rule } from './rule';

/** Below this many posts a share says little (one post is 10% of ten). */
const MIN_POSTS = 10;
/** How far (in percentage points) a type's share may stray from its target. */
const MAX_POINTS_OFF = 15;
/** Float noise in 100 * posts / total, not a policy. */
const EPSILON = 1e-9;

/** A share in whole percent, or to one decimal where rounding would hide how far it is from the target. */
function percent(actual: number, target: number): number {
  const whole = Math.round(actual);
  return Math.abs(whole - target) > MAX_POINTS_OFF ? whole : Math.round(actual * 10) / 10;
}

/** "more reel posts and fewer image posts": what to plan to come back to the mix. */
function planWords(under: string[], over: string[]): Message {
  const types = (list: string[]) => andList(list.map(quoted));
  if (under.length && over.length)
    return msg('calendar.mix.moreAndFewer', { more: types(under), fewer: types(over) });
  return under.length
    ? msg('calendar.mix.more', { types: types(under) })
    : msg('calendar.mix.fewer', { types: types(over) });
}

export const calendarMix: Rule = {
  meta: [
    {
      code: 'calendar/mix',
      severity: 'warning',
      summary: "A platform's posts stray from its planned mix of post types by more than 15 points.",
    },
  ],
  check(ctx) {
    const { model } = ctx.analysis;
    const findings: RuleFinding[] = [];
    for (const platform of model.platforms) {
      const mix = platform.value.mix ?? {};
      const sum = Object.values(mix).reduce((a, b) => a + b, 0);
      if (sum <= 100 + EPSILON) continue;
      const range = ctx.rangeAt([...platform.path, 'mix'], 'key');
      if (!range) continue;
      const name =
        platform.value.id !== undefined
          ? platformWords(model, platform.value.id)
          : msg('calendar.mix.thisPlatform');
      findings.push({
        code: 'schema/range',
        message: msg('calendar.mix.sum', { platform: name, sum: Math.round(sum * 10) / 10, max: 100 }),
        ...range,
      });
    }
    // Without a mix there is nothing to compare (and no need to count every occurrence's type).
    if (!model.platforms.some((p) => p.value.mix && Object.keys(p.value.mix).length > 0)) return findings;
    for (const { index, id, total, types } of platformMixes(model)) {
      if (total < MIN_POSTS) continue;
      const off = types.filter(
        (t): t is TypeShare & { target: number } =>
          t.target !== undefined && Math.abs(t.actual - t.target) > MAX_POINTS_OFF + EPSILON,
      );
      if (off.length === 0) continue;
      const platform = entityAt(model.platforms, index);
      const range = platform && ctx.rangeAt([...platform.path, 'mix'], 'key');
      if (!range) continue;
      const shares = off.map((t) =>
        msg('calendar.mix.share', { type: t.type, share: percent(t.actual, t.target), target: t.target }),
      );
      const under = off.filter((t) => t.actual < t.target).map((t) => t.type);
      const over = off.filter((t) => t.actual > t.target).map((t) => t.type);
      findings.push({
        code: 'calendar/mix',
        message: msg('calendar.mix.stray', {
          total,
          platform: platformWords(model, id),
          shares: { list: shares },
          plan: planWords(under, over),
        }),
        ...range,
      });
    }
    return findings;
  },
};
