// Builds an Analysis for the language-service tests and applies edits.
import { parseDocument } from 'yaml';
import type { Analysis, Entity, StrategyModel } from '../../src/core/model';
import type { TextEdit } from '../../src/core/types';

function entities<T>(
  data: Record<string, unknown>,
  section: string,
  map: (v: Record<string, unknown>) => T,
): Entity<T>[] {
  const list = data[section];
  if (!Array.isArray(list)) return [];
  return list.map((v, index) => ({
    index,
    path: [section, index],
    value: map((v ?? {}) as Record<string, unknown>),
  }));
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;
}

/** A stand-in for the engine's model builder, enough for the service tests. */
export function analyze(text: string): Analysis {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const any = (v: Record<string, unknown>) => v as never;
  const model: StrategyModel = {
    name: typeof data.name === 'string' ? data.name : undefined,
    period: data.period as StrategyModel['period'],
    objectives: entities(data, 'objectives', any),
    goals: entities(data, 'goals', (v) => ({ ...v, platforms: strings(v.platforms) }) as never),
    audiences: entities(data, 'audiences', any),
    competitors: entities(data, 'competitors', any),
    platforms: entities(data, 'platforms', (v) => ({
      ...(v as object),
      postsPerWeek: (v.cadence as { postsPerWeek?: number } | undefined)?.postsPerWeek,
    })),
    calendar: entities(data, 'calendar', any),
    metrics: entities(data, 'metrics', (v) => ({
      ...(v as object),
      values: Object.entries((v.values ?? {}) as Record<string, unknown>)
        .filter((e): e is [string, number] => typeof e[1] === 'number' && /^\d{4}-\d{2}$/.test(e[0]))
        .map(([month, value]) => ({ month, value }))
        .sort((a, b) => a.month.localeCompare(b.month)),
    })),
    relationships: entities(data, 'relationships', any),
    engagement: entities(data, 'engagement', any),
    reviews: entities(data, 'reviews', any),
  };
  return { text, doc, data, model };
}

/** Applies non-overlapping edits (offsets in the original text). */
export function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Text with a `|` cursor marker: returns the text without it and the marker's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | in text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** The offset of the nth (0-based) occurrence of needle, plus delta. */
export function at(text: string, needle: string, delta = 0, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not found`);
  }
  return i + delta;
}

export const SAMPLE = `version: 1
name: استراتژی قهوه ۱۴۰۴
period:
  start: 2027-01-01
  end: 2027-06-30
objectives:
  - id: sales
    title: Grow online sales
goals:
  - id: grow-ig
    title: Grow Instagram followers to 12000
    objective: sales
    metric: ig-followers
    platforms: [ig, "tg"]
    target: 12000
    deadline: 2027-06-30
audiences:
  - id: students
    name: دانشجوها
    platforms:
      - ig
platforms:
  - id: ig
    network: instagram
    handle: "@roastery"
    audiences: [students]
    cadence: {postsPerWeek: 3}
  - id: tg
    network: telegram
calendar:
  - date: 2027-01-04
    platform: ig
    title: Launch teaser
    goal: grow-ig
  - {date: '2027-01-05', platform: tg, title: کمپین نوروز}
metrics:
  - id: ig-followers
    name: Instagram followers
    platform: ig
    unit: followers
    values:
      2027-01: 10000
      2027-02: 10400
`;
