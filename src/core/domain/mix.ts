// The content mix: per platform, the share of its posts (occurrences counted) each type has, against
// the platform's `mix` targets. The calendar/mix rule, the Platforms view and the report read it.
import type { StrategyModel } from '../engine/model';
import { calendarOccurrences } from './occurrences';

export interface TypeShare {
  type: string;
  /** The platform's `mix` target in percent, when it sets one for this type. */
  target?: number;
  /** This type's posts. */
  posts: number;
  /** Its share of all the platform's posts, in percent (0 when the platform has none). */
  actual: number;
}

export interface PlatformMix {
  /** The platform's index in `platforms`. */
  index: number;
  id: string;
  /** All the platform's posts, typed or not (the denominator). */
  total: number;
  /** Every type with a target, in the order of `mix`, then every other type that has posts. */
  types: TypeShare[];
}

/** One entry per platform with an id (the first of a repeated id), in file order. */
export function platformMixes(model: StrategyModel): PlatformMix[] {
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  // A post's occurrences are contiguous: count them as one run, then add the run once.
  let current: (typeof model.calendar)[number] | undefined;
  let run = 0;
  const flush = () => {
    if (!current || run === 0) return;
    const { platform, type } = current.value;
    if (typeof platform !== 'string') return;
    totals.set(platform, (totals.get(platform) ?? 0) + run);
    if (typeof type !== 'string') return;
    let byType = counts.get(platform);
    if (!byType) counts.set(platform, (byType = new Map<string, number>()));
    byType.set(type, (byType.get(type) ?? 0) + run);
  };
  for (const { post } of calendarOccurrences(model)) {
    if (post !== current) {
      flush();
      current = post;
      run = 0;
    }
    run++;
  }
  flush();
  const seen = new Set<string>();
  const out: PlatformMix[] = [];
  for (const { index, value } of model.platforms) {
    const { id, mix = {} } = value;
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const total = totals.get(id) ?? 0;
    const byType = counts.get(id) ?? new Map<string, number>();
    const share = (posts: number) => (total === 0 ? 0 : (100 * posts) / total);
    const types: TypeShare[] = Object.entries(mix).map(([type, target]) => {
      const posts = byType.get(type) ?? 0;
      return { type, target, posts, actual: share(posts) };
    });
    for (const [type, posts] of byType) {
      if (!Object.hasOwn(mix, type)) types.push({ type, posts, actual: share(posts) });
    }
    out.push({ index, id, total, types });
  }
  return out;
}
