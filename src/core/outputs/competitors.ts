// Where the competitors are, beside where we are: per network, each competitor's posts a week and
// content types (their `presence`) and our platforms there with their cadence and the types we post.
// The Competitors view shows it; no rule reads it (it is data for a person to weigh, not a problem).
import type { StrategyModel } from '../engine/model';
import { calendarOccurrences } from '../domain/occurrences';

export interface CompetitorOnNetwork {
  /** The competitor's index in `competitors`. */
  index: number;
  /** The entry's index in the competitor's `presence`. */
  presenceIndex: number;
  id?: string;
  name?: string;
  postsPerWeek?: number;
  contentTypes: string[];
}

export interface OurPlatformOnNetwork {
  /** The platform's index in `platforms`. */
  index: number;
  id?: string;
  /** `cadence.postsPerWeek`, when planned. */
  planned?: number;
  /** The platform's posts in the calendar (occurrences of recurring posts counted). */
  posts: number;
  /** The types of those posts, most posted first (ties by name). */
  contentTypes: { type: string; posts: number }[];
}

export interface NetworkLandscape {
  /** The network's name as written (`instagram`). */
  network: string;
  /** `shared`: competitors and we are there; `competitors-only`: they are, we are not; `ours-only`. */
  presence: 'shared' | 'competitors-only' | 'ours-only';
  /** Each competitor's presence entries on the network, in file order. */
  competitors: CompetitorOnNetwork[];
  /** Our platforms on the network, in file order. */
  ours: OurPlatformOnNetwork[];
  /** Our platforms' planned posts a week there, summed; undefined when none has a cadence. */
  planned?: number;
  /** The most posts a week a competitor says it publishes there; undefined when none says. */
  competitorMax?: number;
  /** Types competitors post there that we neither post nor target in a `mix` there, in their order. */
  typesOnlyTheyPost: string[];
}

/**
 * One entry per network we or a competitor use: first the networks of our platforms (in the order
 * `platforms` lists them), then those only competitors use (in the order they first appear).
 */
export function competitorLandscape(model: StrategyModel): NetworkLandscape[] {
  const byNetwork = new Map<string, NetworkLandscape>();
  const entry = (network: string): NetworkLandscape => {
    let e = byNetwork.get(network);
    if (!e) {
      e = { network, presence: 'ours-only', competitors: [], ours: [], typesOnlyTheyPost: [] };
      byNetwork.set(network, e);
    }
    return e;
  };

  // Our posts per platform id and type (occurrences counted, as the cadence and mix rules count).
  const posts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const { post } of calendarOccurrences(model)) {
    const { platform, type } = post.value;
    if (platform === undefined) continue;
    totals.set(platform, (totals.get(platform) ?? 0) + 1);
    if (type === undefined) continue;
    let byType = posts.get(platform);
    if (!byType) posts.set(platform, (byType = new Map<string, number>()));
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }

  const ourTypes = new Map<string, Set<string>>();
  const seenIds = new Set<string>();
  for (const { index, value } of model.platforms) {
    const { id, network } = value;
    if (network === undefined) continue;
    // A repeated id is ref/duplicate-id's business: its posts belong to the first platform.
    const counted = id !== undefined && !seenIds.has(id);
    if (id !== undefined) seenIds.add(id);
    const byType = counted ? (posts.get(id) ?? new Map<string, number>()) : new Map<string, number>();
    const contentTypes = [...byType]
      .map(([type, n]) => ({ type, posts: n }))
      .sort((a, b) => b.posts - a.posts || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    const e = entry(network);
    e.ours.push({
      index,
      ...(id !== undefined ? { id } : {}),
      ...(value.postsPerWeek !== undefined ? { planned: value.postsPerWeek } : {}),
      posts: counted ? (totals.get(id) ?? 0) : 0,
      contentTypes,
    });
    if (value.postsPerWeek !== undefined) e.planned = (e.planned ?? 0) + value.postsPerWeek;
    let types = ourTypes.get(network);
    if (!types) ourTypes.set(network, (types = new Set()));
    for (const { type } of contentTypes) types.add(type);
    for (const [type, target] of Object.entries(value.mix ?? {})) if (target > 0) types.add(type);
  }

  for (const { index, value } of model.competitors) {
    for (const p of value.presence ?? []) {
      if (p.platform === undefined) continue;
      const e = entry(p.platform);
      e.competitors.push({
        index,
        presenceIndex: p.index,
        ...(value.id !== undefined ? { id: value.id } : {}),
        ...(value.name !== undefined ? { name: value.name } : {}),
        ...(p.postsPerWeek !== undefined ? { postsPerWeek: p.postsPerWeek } : {}),
        contentTypes: p.contentTypes ?? [],
      });
      if (p.postsPerWeek !== undefined) e.competitorMax = Math.max(e.competitorMax ?? 0, p.postsPerWeek);
    }
  }

  const out = [...byNetwork.values()];
  for (const e of out) {
    if (e.competitors.length === 0) continue;
    e.presence = e.ours.length ? 'shared' : 'competitors-only';
    const ours = ourTypes.get(e.network) ?? new Set<string>();
    const theirs = new Set(e.competitors.flatMap((c) => c.contentTypes));
    e.typesOnlyTheyPost = [...theirs].filter((t) => !ours.has(t));
  }
  return out;
}
