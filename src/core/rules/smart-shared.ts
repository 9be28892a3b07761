// What the five smart/* rules share: where a goal's finding sits when no value is at fault, the
// goal's metric, and the "add the missing SMART fields" snippet fix.
import { isMap, isScalar } from '../yaml';
import { appendMapFields } from '../edits';
import type { Entity, Goal, Metric, StrategyModel } from '../model';
import { nodeAt } from '../ranges';
import type { Fix, Range } from '../types';
import type { RuleContext } from './rule';
import { ownerRange } from '../schema';

/** The goal's id value, else its first key: the contract's place for a finding no single value causes. */
export function goalAnchor(ctx: RuleContext, goal: Entity<Goal>): Range {
  return ownerRange(ctx.analysis, goal.path);
}

export function goalMetric(model: StrategyModel, goal: Goal): Metric | undefined {
  if (goal.metric === undefined) return undefined;
  return model.metrics.find((m) => m.value.id === goal.metric)?.value;
}

export function goalLabel(goal: Entity<Goal>): string {
  return goal.value.id ? `The goal '${goal.value.id}'` : `Goal ${goal.index + 1}`;
}

/** Placeholders for each SMART field, in the order a goal usually lists them. */
const SMART_FIELDS: [key: keyof Goal, placeholder: string][] = [
  ['title', '"${0:What will change, in a few words}"'],
  ['objective', '${0:objective-id}'],
  ['metric', '${0:metric-id}'],
  ['platforms', '[${0:platform-id}]'],
  ['baseline', '${0:0}'],
  ['target', '${0:0}'],
  ['deadline', '${0:YYYY-MM-DD}'],
  ['rationale', '"${0:Why this target is achievable}"'],
];

/** A snippet fix that appends every SMART field the goal lacks, with tab stops to fill in. */
export function missingFieldsFix(ctx: RuleContext, goal: Entity<Goal>): Fix | undefined {
  const present = nodeAt(ctx.analysis, goal.path);
  if (!isMap(present)) return undefined;
  const has = new Set(present.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
  let stop = 1;
  const fields: [string, string][] = [];
  for (const [key, placeholder] of SMART_FIELDS) {
    if (has.has(key)) continue;
    fields.push([key, placeholder.replace('${0', '${' + stop++)]);
  }
  if (fields.length === 0) return undefined;
  const edit = appendMapFields(ctx.analysis, goal.path, fields);
  if (!edit) return undefined;
  return { title: 'Add the missing SMART fields to this goal', safe: false, snippet: true, edits: [edit] };
}
