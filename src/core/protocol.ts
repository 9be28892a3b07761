// Messages and view models shared by the extension and the webviews. Plain data only: the webview
// imports nothing but these types from the core.

export type PostStatus = 'idea' | 'draft' | 'scheduled' | 'published';
export type CalendarSystem = 'gregorian' | 'persian';

export interface CalendarPlatform {
  id: string;
  /** One of the contract's networks, or 'other'; its colours and glyph are in core/networks.ts. */
  network: string;
  label: string;
  postsPerWeek?: number;
  /** The platform's valid `bestTimes` (HH:MM), sorted: where the week view starts. */
  bestTimes?: string[];
}

export interface CalendarPost {
  /** Index in the file's `calendar` list; what reveal and reschedule messages refer to. */
  index: number;
  date: string;
  time?: string;
  platform: string;
  title: string;
  status: PostStatus;
  type?: string;
  goal?: string;
  campaign?: string;
  link?: string;
  /** Another post on the same platform has the same date and time. */
  conflict: boolean;
  outsidePeriod: boolean;
}

export interface CadenceShortfall {
  platform: string;
  /** The Monday that starts the ISO week, YYYY-MM-DD. */
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
  /** Set when the file does not parse: the webview shows a banner and keeps the last good posts. */
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

export type ExtensionToWebview =
  | { type: 'update'; model: CalendarViewModel | TrendsViewModel }
  | { type: 'settings'; calendarSystem: CalendarSystem; locale: string };

export type WebviewToExtension =
  | { type: 'ready' }
  | { type: 'reveal'; version: number; index: number }
  | { type: 'reschedule'; version: number; index: number; date: string; time?: string }
  | { type: 'addPost'; version: number; date: string; time?: string }
  | { type: 'revealMetric'; version: number; id: string }
  | { type: 'exportCsv'; csv: string };
