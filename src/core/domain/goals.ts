// What the five smart/* rules share: where a goal's finding sits when no value is at fault, the
// goal's metric, and the "add the missing SMART fields" snippet fix.
import { isMap, isScalar } from '../text/yaml';
import { appendMapFields } from '../text/edits';
import type { Entity, Goal, Metric, StrategyModel } from '../engine/model';
import { nodeAt } from '../text/ranges';
import type { Range, RuleFix } from '../types';
import { msg, type Message } from '../text/i18n/message';
import type { RuleContext } from '../rules/rule';
import { ownerRange } from '../engine/schema';
import { dayNumber } from './dates';
import { scalarSource, snippetText } from '../text/yaml-scalar';

/** The goal's id value, else its first key: the contract's place for a finding no single value causes. */
export function goalAnchor(ctx: RuleContext, goal: Entity<Goal>): Range {
  return ownerRange(ctx.analysis, goal.path);
}

export function goalMetric(model: StrategyModel, goal: Goal): Metric | undefined {
  if (goal.metric === undefined) return undefined;
  return model.metrics.find((m) => m.value.id === goal.metric)?.value;
}

/** "The goal 'grow'", "Goal 2": a goal named at the start of a sentence. */
export function goalLabel(goal: Entity<Goal>): Message {
  return goal.value.id
    ? msg('goal.label.id', { id: goal.value.id })
    : msg('goal.label.index', { index: goal.index + 1 });
}

/** A field a smart/* finding asks for ('baseline': a starting point, which a metric's values also give). */
type Wanted = 'title' | 'platforms' | 'metric' | 'target' | 'baseline' | 'objective' | 'deadline';

interface KnownField {
  key: keyof Goal;
  value: string | string[];
  /** What the field gives the goal: a metric with values also gives a starting point and a platform. */
  settles: Wanted[];
}

/**
 * The SMART fields the goal lacks whose value the file itself gives, in the order a goal lists them:
 * the only objective, the only metric that fits its platforms, the metric's platform (when a platform
 * declares it), the period's end. Nothing is guessed: a title, a target, a baseline or a rationale
 * only the user knows, so they are left out, as is a choice between several objectives or metrics.
 */
function knownMissingFields(model: StrategyModel, goal: Goal, has: Set<string>): KnownField[] {
  const out: KnownField[] = [];
  const only = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);
  const objective = only(model.objectives.filter((o) => o.value.id !== undefined));
  if (!has.has('objective') && objective)
    out.push({ key: 'objective', value: objective.value.id!, settles: ['objective'] });
  let metric = goalMetric(model, goal);
  if (!has.has('metric')) {
    const fits = (m: Metric) => !goal.platforms?.length || !m.platform || goal.platforms.includes(m.platform);
    metric = only(model.metrics.filter((m) => m.value.id !== undefined && fits(m.value)))?.value;
    if (metric) {
      const settles: Wanted[] = ['metric'];
      if (metric.values.length > 0) settles.push('baseline');
      if (metric.platform !== undefined) settles.push('platforms');
      out.push({ key: 'metric', value: metric.id!, settles });
    }
  }
  const platform = metric?.platform;
  if (!has.has('platforms') && platform !== undefined && model.platforms.some((p) => p.value.id === platform))
    out.push({ key: 'platforms', value: [platform], settles: ['platforms'] });
  const end = model.period?.end;
  if (!has.has('deadline') && end !== undefined && dayNumber(end) !== undefined)
    out.push({ key: 'deadline', value: end, settles: ['deadline'] });
  return out;
}

/**
 * A fix that appends the SMART fields the goal lacks and the file can tell, each value a tab stop
 * (newText is the same text without them). Offered only when it gives what the finding asks for.
 */
export function missingFieldsFix(ctx: RuleContext, goal: Entity<Goal>, wanted: Wanted): RuleFix | undefined {
  const present = nodeAt(ctx.analysis, goal.path);
  if (!isMap(present) || present.flow) return undefined;
  const has = new Set(present.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
  const fields = knownMissingFields(ctx.analysis.model, goal.value, has);
  if (!fields.some((f) => f.settles.includes(wanted))) return undefined;
  const write = (v: string) => scalarSource(v, { flow: false });
  const plain: [string, string][] = fields.map(({ key, value }) => [
    key,
    Array.isArray(value) ? `[${value.map((v) => scalarSource(v, { flow: true })).join(', ')}]` : write(value),
  ]);
  let stop = 1;
  const stops: [string, string][] = fields.map(({ key, value }) => [
    key,
    Array.isArray(value)
      ? `[${value.map((v) => `\${${stop++}:${snippetText(scalarSource(v, { flow: true }))}}`).join(', ')}]`
      : `\${${stop++}:${snippetText(write(value))}}`,
  ]);
  const edit = appendMapFields(ctx.analysis, goal.path, plain);
  const snippet = appendMapFields(ctx.analysis, goal.path, stops);
  if (!edit || !snippet) return undefined;
  return {
    title: msg('smart.fix.addFields', { fields: { list: fields.map((f) => f.key) } }),
    safe: false,
    edits: [{ ...edit, snippet: snippet.newText }],
  };
}
