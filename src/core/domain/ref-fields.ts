// Which fields name ids declared elsewhere (a post's platform, a goal's metric...): the one table the
// reference rule, navigation, rename, hover and completion all read.
import type { Path } from '../types';

export type RefKind = 'platform' | 'goal' | 'metric' | 'objective' | 'audience';

/** The top-level list whose items declare the ids of each kind. */
export const DECLARING_SECTION: Record<RefKind, string> = {
  platform: 'platforms',
  goal: 'goals',
  metric: 'metrics',
  objective: 'objectives',
  audience: 'audiences',
};

export interface RefField {
  section: string;
  field: string;
  /** The field holds a list of ids rather than one. */
  list: boolean;
  kind: RefKind;
}

/** Every field that names an id defined elsewhere (competitor presence names a network, not an id). */
export const REF_FIELDS: RefField[] = [
  { section: 'calendar', field: 'platform', list: false, kind: 'platform' },
  { section: 'calendar', field: 'goal', list: false, kind: 'goal' },
  { section: 'goals', field: 'objective', list: false, kind: 'objective' },
  { section: 'goals', field: 'metric', list: false, kind: 'metric' },
  { section: 'goals', field: 'platforms', list: true, kind: 'platform' },
  { section: 'metrics', field: 'platform', list: false, kind: 'platform' },
  { section: 'platforms', field: 'audiences', list: true, kind: 'audience' },
  { section: 'audiences', field: 'platforms', list: true, kind: 'platform' },
  { section: 'relationships', field: 'platforms', list: true, kind: 'platform' },
  { section: 'relationships', field: 'audiences', list: true, kind: 'audience' },
  { section: 'engagement', field: 'platforms', list: true, kind: 'platform' },
  { section: 'engagement', field: 'metric', list: false, kind: 'metric' },
  { section: 'reviews', field: 'goals', list: true, kind: 'goal' },
];

/** The reference field at [section, index, field] (or [section, index, field, i]); undefined for other paths. */
export function refFieldAt(path: Path): RefField | undefined {
  const [section, index, field, item] = path;
  if (typeof section !== 'string' || typeof index !== 'number' || typeof field !== 'string') return undefined;
  const ref = REF_FIELDS.find((r) => r.section === section && r.field === field);
  if (!ref) return undefined;
  if (path.length === 3 || (path.length === 4 && ref.list && typeof item === 'number')) return ref;
  return undefined;
}
