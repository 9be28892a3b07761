// Plain data to the typed StrategyModel. Anything of the wrong type is left out (the schema reports
// it), so rules and views read only well-typed fields.
import type { Entity, Metric, Post, Presence, StrategyModel } from './model';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const strs = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Copy the listed keys whose values have the named type. */
function pick<T>(o: Obj, fields: Record<string, 'string' | 'number' | 'strings'>): T {
  const out: Obj = {};
  for (const key in fields) {
    const kind = fields[key];
    const v = kind === 'string' ? str(o[key]) : kind === 'number' ? num(o[key]) : strs(o[key]);
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

function list<T>(root: Obj, section: string, make: (o: Obj) => T): Entity<T>[] {
  const items = root[section];
  if (!Array.isArray(items)) return [];
  const out: Entity<T>[] = [];
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    if (isObj(item)) out.push({ index, path: [section, index], value: make(item) });
  }
  return out;
}

export function metricValues(values: unknown): Metric['values'] {
  if (!isObj(values)) return [];
  const out: Metric['values'] = [];
  for (const month in values) {
    const value = num(values[month]);
    if (MONTH.test(month) && value !== undefined) out.push({ month, value });
  }
  return out.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** Rebuilds one top-level list of the model (after one of its items changed). */
/** How each top-level list's items become typed values. */
const MAKERS: {
  [
    K in Exclude<
      keyof StrategyModel,
      'version' | 'name' | 'owner' | 'language' | 'calendarSystem' | 'period' | 'governance'
    >
  ]: (o: Obj) => StrategyModel[K][number]['value'];
} = {
  objectives: (o) => pick(o, { id: 'string', title: 'string', description: 'string' }),
  goals: (o) =>
    pick(o, {
      id: 'string',
      title: 'string',
      objective: 'string',
      metric: 'string',
      platforms: 'strings',
      baseline: 'number',
      target: 'number',
      deadline: 'string',
      rationale: 'string',
      owner: 'string',
    }),
  audiences: (o) => ({
    ...pick<object>(o, {
      id: 'string',
      name: 'string',
      platforms: 'strings',
      interests: 'strings',
      painPoints: 'strings',
      needs: 'strings',
    }),
    ...(isObj(o.demographics)
      ? { demographics: pick(o.demographics, { ageRange: 'string', gender: 'string', locations: 'strings' }) }
      : {}),
  }),
  competitors: (o) => ({
    ...pick<object>(o, { id: 'string', name: 'string', notes: 'string' }),
    ...(Array.isArray(o.presence) ? { presence: presenceOf(o.presence) } : {}),
  }),
  platforms: (o) => ({
    ...pick<object>(o, {
      id: 'string',
      network: 'string',
      handle: 'string',
      priority: 'string',
      audiences: 'strings',
      bestTimes: 'strings',
    }),
    ...(isObj(o.cadence) && num(o.cadence.postsPerWeek) !== undefined
      ? { postsPerWeek: num(o.cadence.postsPerWeek) }
      : {}),
    ...(isObj(o.mix) ? { mix: numbers(o.mix) } : {}),
  }),
  calendar: (o) => postOf(o),
  metrics: (o) => ({
    ...pick<object>(o, {
      id: 'string',
      name: 'string',
      platform: 'string',
      unit: 'string',
      aggregation: 'string',
    }),
    ...(isObj(o.source) ? { source: pick(o.source, { column: 'string', file: 'string' }) } : {}),
    values: metricValues(o.values),
  }),
  relationships: (o) =>
    pick(o, {
      id: 'string',
      name: 'string',
      kind: 'string',
      value: 'string',
      platforms: 'strings',
      audiences: 'strings',
    }),
  engagement: (o) =>
    pick(o, {
      topic: 'string',
      team: 'string',
      responseTime: 'string',
      platforms: 'strings',
      metric: 'string',
    }),
  reviews: (o) =>
    pick(o, { date: 'string', month: 'string', goals: 'strings', findings: 'string', actions: 'strings' }),
};

export type Section = keyof typeof MAKERS;

export function buildModel(data: unknown): StrategyModel {
  const root = isObj(data) ? data : {};
  const period = isObj(root.period)
    ? pick<{ start?: string; end?: string }>(root.period, { start: 'string', end: 'string' })
    : undefined;
  const model = {
    ...pick<Pick<StrategyModel, 'name' | 'owner' | 'version' | 'language' | 'calendarSystem'>>(root, {
      name: 'string',
      owner: 'string',
      version: 'number',
      language: 'string',
      calendarSystem: 'string',
    }),
    ...(period ? { period } : {}),
    ...governanceOf(root.governance),
  } as StrategyModel;
  for (const section in MAKERS) {
    const key = section as Section;
    (model as unknown as Record<string, unknown>)[key] = list(root, key, MAKERS[key] as (o: Obj) => unknown);
  }
  return model;
}

/**
 * Updates the model after item `index` of `section` changed in data, without rebuilding the list when
 * the item was and still is a mapping (its entity keeps its place).
 */
export function patchModel(model: StrategyModel, data: unknown, section: Section, index: number): void {
  const items = isObj(data) ? data[section] : undefined;
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  const entities = model[section] as Entity<unknown>[];
  const at = entityPosition(entities, index);
  if (at >= 0 && isObj(item)) {
    entities[at] = { index, path: [section, index], value: (MAKERS[section] as (o: Obj) => unknown)(item) };
    return;
  }
  (model as unknown as Record<string, unknown>)[section] = list(
    isObj(data) ? data : {},
    section,
    MAKERS[section] as (o: Obj) => unknown,
  );
}

/**
 * The entity of list item `index`. Entities skip items that are not mappings, so a list position is
 * not an array position: always look entities up by their index.
 */
export function entityAt<T extends { index: number }>(entities: readonly T[], index: number): T | undefined {
  const at = entityPosition(entities, index);
  return at >= 0 ? entities[at] : undefined;
}

function entityPosition(entities: readonly { index: number }[], index: number): number {
  let lo = 0;
  let hi = Math.min(index, entities.length - 1);
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = entities[mid].index;
    if (at === index) return mid;
    if (at < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The numeric entries of a mapping (a platform's `mix`). */
function numbers(o: Obj): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key in o) {
    const v = num(o[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** A competitor's `presence` entries that are mappings, each keeping its list position. */
function presenceOf(items: unknown[]): Presence[] {
  const out: Presence[] = [];
  items.forEach((item, index) => {
    if (!isObj(item)) return;
    const fields = pick<Omit<Presence, 'index'>>(item, {
      platform: 'string',
      postsPerWeek: 'number',
      contentTypes: 'strings',
    });
    out.push({ index, ...fields });
  });
  return out;
}

function governanceOf(g: unknown): Pick<StrategyModel, 'governance'> {
  if (!isObj(g) || !isObj(g.approval)) return {};
  const a = g.approval;
  return {
    governance: {
      approval: {
        ...(typeof a.required === 'boolean' ? { required: a.required } : {}),
        ...(Array.isArray(a.approvers) ? { approvers: strs(a.approvers) } : {}),
      },
    },
  };
}

export function postOf(o: Obj): StrategyModel['calendar'][number]['value'] {
  const repeat = isObj(o.repeat)
    ? pick<NonNullable<Post['repeat']>>(o.repeat, {
        every: 'string',
        interval: 'number',
        on: 'strings',
        until: 'string',
        count: 'number',
        except: 'strings',
      })
    : undefined;
  return {
    ...postFields(o),
    ...(repeat ? { repeat } : {}),
  };
}

function postFields(o: Obj): Post {
  return pick(o, {
    date: 'string',
    time: 'string',
    platform: 'string',
    type: 'string',
    title: 'string',
    status: 'string',
    goal: 'string',
    campaign: 'string',
    link: 'string',
    notes: 'string',
    approvedBy: 'string',
  });
}
