// The contract between the calendar page and its two renderers (FullCalendar, the Solar Hijri grid).
import type { CalendarPost } from '../../core/protocol';
import type { Formatter } from '../shared/format';
import type { CalendarData, ViewName } from './data';

export interface RendererHost {
  readonly fmt: Formatter;
  data(): CalendarData;
  /**
   * Moves `post` (as drawn: one occurrence of a series) to `date`, and `time` when given. The first
   * occurrence moves the series; a later one asks the extension (it offers this post or the series).
   */
  reschedule(post: CalendarPost, date: string, time?: string): void;
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
