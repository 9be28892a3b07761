// What the calendar panel remembers across updates and reloads (view, date, filters, calendar settings),
// and how it reads that back from getState: anything malformed falls back to the default.
import type { CalendarSystem, PostStatus } from '../../core/protocol';
import type { Language } from '../../core/text/words';
import { initialLanguage } from '../shared/validate';
import { loadState } from '../shared/vscode';
import type { Filters, ViewName } from './data';

/** The renderers' views, and the heatmap, which covers the whole plan rather than a stretch of dates. */
export type PanelView = ViewName | 'heatmap';

export interface CalendarState {
  view: PanelView;
  date?: string;
  filters: Filters;
  calendarSystem: CalendarSystem;
  /** The file's language, as the extension last said (never the calendar system's). */
  language: Language;
}

export const VIEWS: readonly PanelView[] = ['month', 'week', 'list', 'heatmap'];
/** The statuses in workflow order, as the filter lists them. */
export const STATUSES: readonly PostStatus[] = [
  'idea',
  'draft',
  'in-review',
  'approved',
  'rejected',
  'scheduled',
  'published',
];

export function restoreState(): CalendarState {
  const saved = loadState() as Partial<CalendarState> | undefined;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  const f = (saved?.filters ?? {}) as Partial<Filters>;
  return {
    view: VIEWS.includes(saved?.view as PanelView) ? (saved!.view as PanelView) : 'month',
    date: typeof saved?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saved.date) ? saved.date : undefined,
    filters: {
      hiddenPlatforms: strings(f.hiddenPlatforms),
      hiddenStatuses: strings(f.hiddenStatuses).filter((s): s is PostStatus =>
        STATUSES.includes(s as PostStatus),
      ),
      campaign: typeof f.campaign === 'string' ? f.campaign : '',
      goal: typeof f.goal === 'string' ? f.goal : '',
      query: typeof f.query === 'string' ? f.query : '',
    },
    calendarSystem: saved?.calendarSystem === 'persian' ? 'persian' : 'gregorian',
    language: initialLanguage(saved?.language),
  };
}
