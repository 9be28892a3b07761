// engagement/slow: an engagement rule promises answers within `responseTime`, and the metric that
// measures it (in hours) last recorded a slower figure. `responseTime` is a number and m (minutes),
// h (hours), d (days of 24 hours) or w (weeks), as the schema allows.
import { quoted } from '../domain/message-words';
import { msg } from '../text/i18n/message';
import type { RuleFinding } from '../types';
import type { Rule } from './rule';

const HOURS_PER_UNIT: Record<string, number> = { m: 1 / 60, h: 1, d: 24, w: 24 * 7 };
/** Float noise in the unit conversion (30m is 0.5 h), not a policy. */
const EPSILON = 1e-9;

/** `responseTime` in hours; undefined when it is not written as the schema wants. */
export function responseHours(responseTime: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([mhdw])$/.exec(responseTime.trim());
  return m ? Number(m[1]) * HOURS_PER_UNIT[m[2]] : undefined;
}

const hours = (n: number) => msg('engagement.slow.hours', { hours: Math.round(n * 100) / 100 });

export const engagementSlow: Rule = {
  meta: [
    {
      code: 'engagement/slow',
      severity: 'warning',
      summary: "A topic's response-time metric last showed slower answers than the rule's responseTime.",
    },
  ],
  check(ctx) {
    const { model } = ctx.analysis;
    const findings: RuleFinding[] = [];
    for (const rule of model.engagement) {
      const { responseTime, metric: id, topic, team } = rule.value;
      if (responseTime === undefined || id === undefined) continue;
      const allowed = responseHours(responseTime);
      const metric = model.metrics.find((m) => m.value.id === id)?.value;
      const last = metric?.values.at(-1);
      if (allowed === undefined || !metric || !last || last.value <= allowed + EPSILON) continue;
      const range = ctx.rangeAt([...rule.path, 'responseTime']);
      if (!range) continue;
      const within = /h$/.test(responseTime.trim())
        ? quoted(responseTime)
        : msg('engagement.slow.within', { time: responseTime, hours: hours(allowed) });
      findings.push({
        code: 'engagement/slow',
        message: msg('engagement.slow', {
          topic: topic ? msg('engagement.slow.topic', { topic }) : msg('engagement.slow.thisTopic'),
          within,
          metric: metric.name ?? id,
          value: hours(last.value),
          month: { month: last.month },
          team: team ? msg('engagement.slow.team', { team }) : msg('engagement.slow.theTeam'),
          field: 'responseTime',
        }),
        ...range,
      });
    }
    return findings;
  },
};
