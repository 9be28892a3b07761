// The strategy as typed data, built from the parsed YAML. Values of the wrong type are dropped here
// (the schema reports them), so rules and views can trust every field they read.
import type { Document } from '../text/yaml';
import type { Path, Range } from '../types';

export interface Objective {
  id?: string;
  title?: string;
  description?: string;
}

export interface Goal {
  id?: string;
  title?: string;
  objective?: string;
  metric?: string;
  platforms?: string[];
  baseline?: number;
  target?: number;
  deadline?: string;
  rationale?: string;
  owner?: string;
}

export interface Audience {
  id?: string;
  name?: string;
  platforms?: string[];
  interests?: string[];
  painPoints?: string[];
  needs?: string[];
  demographics?: { ageRange?: string; gender?: string; locations?: string[] };
}

export interface Competitor {
  id?: string;
  name?: string;
  notes?: string;
  /** `presence`: the entries that are mappings, each with its position in the list. */
  presence?: Presence[];
}

/** One network a competitor uses (`platform` is a network name, not a platform id). */
export interface Presence {
  /** Position in the competitor's `presence` list. */
  index: number;
  platform?: string;
  postsPerWeek?: number;
  contentTypes?: string[];
}

export interface Platform {
  id?: string;
  network?: string;
  handle?: string;
  priority?: string;
  audiences?: string[];
  postsPerWeek?: number;
  bestTimes?: string[];
  /** `mix`: post type -> target share in percent (numeric entries only). */
  mix?: Record<string, number>;
}

export interface Post {
  date?: string;
  time?: string;
  platform?: string;
  type?: string;
  title?: string;
  status?: string;
  goal?: string;
  campaign?: string;
  link?: string;
  notes?: string;
  approvedBy?: string;
  repeat?: Repeat;
}

/** A post's `repeat`, fields of the wrong type left out; `domain/occurrences.ts` expands it. */
export interface Repeat {
  every?: string;
  interval?: number;
  on?: string[];
  until?: string;
  count?: number;
  except?: string[];
}

export interface Metric {
  id?: string;
  name?: string;
  platform?: string;
  unit?: string;
  aggregation?: string;
  source?: { column?: string; file?: string };
  /** Valid `YYYY-MM` keys with numeric values, sorted by month. */
  values: { month: string; value: number }[];
}

export interface Relationship {
  id?: string;
  name?: string;
  kind?: string;
  value?: string;
  platforms?: string[];
  audiences?: string[];
}

export interface EngagementRule {
  topic?: string;
  team?: string;
  responseTime?: string;
  platforms?: string[];
  metric?: string;
}

export interface Review {
  date?: string;
  month?: string;
  goals?: string[];
  findings?: string;
  actions?: string[];
}

/** One item of a top-level list, with where it lives in the document. */
export interface Entity<T> {
  /** Position in its list. */
  index: number;
  /** Path from the document root, e.g. ['goals', 3]. */
  path: Path;
  value: T;
}

export interface StrategyModel {
  version?: number;
  name?: string;
  owner?: string;
  /** As written; `domain/locale.ts` decides what an absent or unknown value means. */
  language?: string;
  calendarSystem?: string;
  period?: { start?: string; end?: string };
  governance?: { approval?: { required?: boolean; approvers?: string[] } };
  objectives: Entity<Objective>[];
  goals: Entity<Goal>[];
  audiences: Entity<Audience>[];
  competitors: Entity<Competitor>[];
  platforms: Entity<Platform>[];
  calendar: Entity<Post>[];
  metrics: Entity<Metric>[];
  relationships: Entity<Relationship>[];
  engagement: Entity<EngagementRule>[];
  reviews: Entity<Review>[];
}

/** Everything known about one text: the YAML document, its plain value and the typed model. */
export interface Analysis {
  text: string;
  /** The parsed YAML (one document; ranges are offsets into `text`). */
  doc: Document.Parsed;
  /** The plain JavaScript value the schema validates. */
  data: unknown;
  model: StrategyModel;
}

/** Where a value (or, with part 'key', its key) sits in the text; undefined when the path is absent. */
export type RangeAt = (analysis: Analysis, path: Path, part?: 'key' | 'value') => Range | undefined;
