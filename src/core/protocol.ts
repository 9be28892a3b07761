// Messages and view models shared by the extension and the webviews. Plain data only: the webview
// imports nothing but these types from the core.
import type { Language } from './text/words';

/** A post's status, in workflow order. */
export type PostStatus = 'idea' | 'draft' | 'in-review' | 'approved' | 'rejected' | 'scheduled' | 'published';
export type CalendarSystem = 'gregorian' | 'persian';

export interface CalendarPlatform {
  id: string;
  /** One of the contract's networks, or 'other'; its colours and glyph are in core/networks.ts. */
  network: string;
  /** "Instagram @narenj", in the file's language ("اینستاگرام @narenj"). */
  label: string;
  postsPerWeek?: number;
  /** The platform's valid `bestTimes` (HH:MM), sorted: where the week view starts. */
  bestTimes?: string[];
}

/** Where a CalendarPost sits in its series: set on every occurrence of a recurring post (`repeat`). */
export interface PostOccurrence {
  /**
   * 0 on the entry's own `date` (the first, the date the file holds), then 1, 2, ... in the series'
   * order; an `except` date keeps its number (as iCalendar's COUNT counts it), so numbers may skip.
   */
  nth: number;
  /** The entry's own `date`, YYYY-MM-DD: the series' first occurrence. */
  first: string;
  /** How many occurrences the series has in the calendar (after `except`). */
  total: number;
  /** The rule in words, in the file's language: "every Monday and Thursday until 30 June 2027, 35 posts". */
  words: string;
}

/**
 * One post on one day. A recurring post is one CalendarPost per occurrence, all with the entry's
 * `index` (the entry's own date first): `index` with `date` tells them apart.
 */
export interface CalendarPost {
  /** Index in the file's `calendar` list; what reveal and reschedule messages refer to. */
  index: number;
  /** The day this post (or this occurrence of a series) goes out. */
  date: string;
  time?: string;
  platform: string;
  title: string;
  status: PostStatus;
  type?: string;
  goal?: string;
  campaign?: string;
  link?: string;
  /** Another post on the same platform goes out at this date and time (this occurrence, for a series). */
  conflict: boolean;
  /** This date lies outside the strategy's period. */
  outsidePeriod: boolean;
  /** Set for a recurring post: which occurrence of its series this is. */
  occurrence?: PostOccurrence;
}

export interface CadenceShortfall {
  platform: string;
  /** The first day of the file's week (a Monday; a Saturday in a Persian file), YYYY-MM-DD. */
  weekStart: string;
  planned: number;
  actual: number;
}

export interface CalendarViewModel {
  kind: 'calendar';
  /** The document's URI as a string; messages carry it back. */
  uri: string;
  fileName: string;
  /** Increases with every update; messages name the version they were made against. */
  version: number;
  period?: { start: string; end: string };
  today: string;
  platforms: CalendarPlatform[];
  posts: CalendarPost[];
  shortfalls: CadenceShortfall[];
  goals: { id: string; title: string }[];
  campaigns: string[];
  /**
   * Set when the file does not parse ("Line 12: …", in the file's language): the webview shows a
   * banner and keeps the last good posts.
   */
  problem?: string;
}

export type Verdict = 'achieved' | 'insufficient-data' | 'on-track' | 'at-risk' | 'off-track';

export interface MonthValue {
  month: string;
  value: number;
}

export interface MetricTrend {
  id: string;
  name: string;
  unit?: string;
  platform?: string;
  series: MonthValue[];
  last: number | null;
  previous: number | null;
  mom: number | null;
  slope: number | null;
  intercept: number | null;
  r2: number | null;
  ma3: number | null;
  /** The 3-month moving average at each month of the series (null for the first two). */
  ma3Series: (number | null)[];
  /** The least-squares line at each month of the series (empty with fewer than 2 values). */
  fit: MonthValue[];
}

export interface GoalTrend {
  id: string;
  title?: string;
  metric: string;
  unit?: string;
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  forecast: number | null;
  progress: number | null;
  verdict: Verdict;
  series: MonthValue[];
  /** The least-squares line from the first value's month to the deadline's month. */
  projection: MonthValue[];
}

export interface TrendsViewModel {
  kind: 'trends';
  uri: string;
  fileName: string;
  version: number;
  metrics: MetricTrend[];
  goals: GoalTrend[];
  problem?: string;
}

/**
 * How the page draws: `calendarSystem` the file's own unless the user's `strategy.calendar.system`
 * overrides the drawing; `language` the file's, decided by the extension (`strategy.locale`, the file's
 * `language` or name, VS Code's display language). The page never takes its language from the calendar.
 */
export interface PanelSettings {
  calendarSystem: CalendarSystem;
  language: Language;
}

export type ExtensionToWebview =
  { type: 'update'; model: CalendarViewModel | TrendsViewModel } | ({ type: 'settings' } & PanelSettings);

export type WebviewToExtension =
  | { type: 'ready' }
  | { type: 'reveal'; version: number; index: number }
  | {
      type: 'reschedule';
      version: number;
      index: number;
      date: string;
      time?: string;
      /**
       * The date of the occurrence that was moved, when it is a later occurrence of a series (not the
       * entry's own date); absent, the entry's own date moved.
       */
      occurrence?: string;
    }
  | { type: 'addPost'; version: number; date: string; time?: string }
  | { type: 'revealMetric'; version: number; id: string }
  | { type: 'exportCsv'; csv: string };
