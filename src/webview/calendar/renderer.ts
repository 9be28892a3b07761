// The contract between the calendar page and its two renderers (FullCalendar, the Solar Hijri grid).
import type { Formatter } from '../shared/format';
import type { CalendarData, ViewName } from './data';

export interface RendererHost {
  readonly fmt: Formatter;
  data(): CalendarData;
  reschedule(index: number, date: string, time?: string): void;
  /** The shown dates changed (navigation or view switch). */
  navigated(): void;
}

export interface CalendarRenderer {
  readonly view: ViewName;
  /** Redraw after the data changed. */
  refresh(): void;
  goto(iso: string): void;
  shift(delta: 1 | -1): void;
  /** A date inside the shown period; what the page persists. */
  anchor(): string;
  title(): string;
  /** Closes a pop-up the renderer owns; true when one was open. */
  closePopups?(): boolean;
  destroy(): void;
}
