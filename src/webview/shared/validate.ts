// Incoming messages are checked for shape before anything reads them: the webview trusts no input.
import type {
  CadenceShortfall,
  CalendarPlatform,
  CalendarPost,
  CalendarSystem,
  CalendarViewModel,
  ExtensionToWebview,
  GoalTrend,
  MetricTrend,
  MonthValue,
  PostOccurrence,
  TrendsViewModel,
} from '../../core/protocol';
import type { Language } from '../../core/text/words';
import { setDocumentUri } from './vscode';

type Guard<T> = (v: unknown) => v is T;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNumOrNull = (v: unknown): v is number | null => v === null || isNum(v);
const opt =
  <T>(guard: Guard<T>) =>
  (v: unknown): v is T | undefined =>
    v === undefined || guard(v);
const arrayOf =
  <T>(guard: Guard<T>) =>
  (v: unknown): v is T[] =>
    Array.isArray(v) && v.every(guard);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const isDate = (v: unknown): v is string => isStr(v) && DATE.test(v);
const isTime = (v: unknown): v is string => isStr(v) && TIME.test(v);
const isMonth = (v: unknown): v is string => isStr(v) && MONTH.test(v);
const STATUSES: readonly unknown[] = [
  'idea',
  'draft',
  'in-review',
  'approved',
  'rejected',
  'scheduled',
  'published',
];
const VERDICTS: readonly unknown[] = ['achieved', 'insufficient-data', 'on-track', 'at-risk', 'off-track'];

const isPlatform = (v: unknown): v is CalendarPlatform =>
  isObj(v) &&
  isStr(v.id) &&
  isStr(v.network) &&
  isStr(v.label) &&
  opt(isNum)(v.postsPerWeek) &&
  opt(arrayOf(isTime))(v.bestTimes);

const isInt = (v: unknown, min: number): v is number => isNum(v) && Number.isInteger(v) && v >= min;

const isOccurrence = (v: unknown): v is PostOccurrence =>
  isObj(v) && isInt(v.nth, 0) && isDate(v.first) && isInt(v.total, 1) && isStr(v.words);

const isPost = (v: unknown): v is CalendarPost =>
  isObj(v) &&
  isNum(v.index) &&
  isDate(v.date) &&
  opt(isTime)(v.time) &&
  isStr(v.platform) &&
  isStr(v.title) &&
  STATUSES.includes(v.status) &&
  opt(isStr)(v.type) &&
  opt(isStr)(v.goal) &&
  opt(isStr)(v.campaign) &&
  opt(isStr)(v.link) &&
  isBool(v.conflict) &&
  isBool(v.outsidePeriod) &&
  opt(isOccurrence)(v.occurrence);

const isShortfall = (v: unknown): v is CadenceShortfall =>
  isObj(v) && isStr(v.platform) && isDate(v.weekStart) && isNum(v.planned) && isNum(v.actual);

const isCommon = (v: Record<string, unknown>): boolean =>
  isStr(v.uri) && isStr(v.fileName) && isNum(v.version) && opt(isStr)(v.problem);

export const isCalendarModel = (v: unknown): v is CalendarViewModel =>
  isObj(v) &&
  v.kind === 'calendar' &&
  isCommon(v) &&
  (v.period === undefined || (isObj(v.period) && isDate(v.period.start) && isDate(v.period.end))) &&
  isDate(v.today) &&
  arrayOf(isPlatform)(v.platforms) &&
  arrayOf(isPost)(v.posts) &&
  arrayOf(isShortfall)(v.shortfalls) &&
  arrayOf((g: unknown): g is { id: string; title: string } => isObj(g) && isStr(g.id) && isStr(g.title))(
    v.goals,
  ) &&
  arrayOf(isStr)(v.campaigns);

const isMonthValue = (v: unknown): v is MonthValue => isObj(v) && isMonth(v.month) && isNum(v.value);

const isMetric = (v: unknown): v is MetricTrend =>
  isObj(v) &&
  isStr(v.id) &&
  isStr(v.name) &&
  opt(isStr)(v.unit) &&
  opt(isStr)(v.platform) &&
  arrayOf(isMonthValue)(v.series) &&
  [v.last, v.previous, v.mom, v.slope, v.intercept, v.r2, v.ma3].every(isNumOrNull) &&
  arrayOf(isNumOrNull)(v.ma3Series) &&
  arrayOf(isMonthValue)(v.fit);

const isGoal = (v: unknown): v is GoalTrend =>
  isObj(v) &&
  isStr(v.id) &&
  opt(isStr)(v.title) &&
  isStr(v.metric) &&
  opt(isStr)(v.unit) &&
  [v.baseline, v.target, v.forecast, v.progress].every(isNumOrNull) &&
  (v.deadline === null || isDate(v.deadline)) &&
  VERDICTS.includes(v.verdict) &&
  arrayOf(isMonthValue)(v.series) &&
  arrayOf(isMonthValue)(v.projection);

export const isTrendsModel = (v: unknown): v is TrendsViewModel =>
  isObj(v) && v.kind === 'trends' && isCommon(v) && arrayOf(isMetric)(v.metrics) && arrayOf(isGoal)(v.goals);

const CALENDAR_SYSTEMS: readonly unknown[] = ['gregorian', 'persian'];
const LANGUAGES: readonly unknown[] = ['en', 'fa'];

/** The message, when it has the shape protocol.ts promises; otherwise undefined. */
export function parseMessage(data: unknown): ExtensionToWebview | undefined {
  if (!isObj(data)) return undefined;
  if (data.type === 'update' && (isCalendarModel(data.model) || isTrendsModel(data.model))) {
    return { type: 'update', model: data.model };
  }
  if (
    data.type === 'settings' &&
    CALENDAR_SYSTEMS.includes(data.calendarSystem) &&
    LANGUAGES.includes(data.language)
  ) {
    return {
      type: 'settings',
      calendarSystem: data.calendarSystem as CalendarSystem,
      language: data.language as Language,
    };
  }
  return undefined;
}

/** The language a page speaks before the extension says: what it was told last, else its <html lang>. */
export function initialLanguage(saved: unknown): Language {
  if (LANGUAGES.includes(saved)) return saved as Language;
  return document.documentElement.lang === 'fa' ? 'fa' : 'en';
}

/** Calls `handle` with each valid message from the extension; warns once per kind of bad one. */
export function onMessage(handle: (message: ExtensionToWebview) => void): void {
  const warned = new Set<string>();
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseMessage(event.data);
    if (message) {
      if (message.type === 'update') setDocumentUri(message.model.uri);
      handle(message);
      return;
    }
    const kind = isObj(event.data) && isStr(event.data.type) ? event.data.type : typeof event.data;
    if (!warned.has(kind)) {
      warned.add(kind);
      console.warn(`Strategy as Code: ignored a malformed '${kind}' message`);
    }
  });
}
