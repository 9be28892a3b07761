// The calendar area and the one renderer in it: FullCalendar's month and week, the Solar Hijri month
// grid, the list table or the best-times heatmap, chosen by the view and the calendar system.
import { h } from '../shared/dom';
import { FullCalendarView } from './fullcalendar-view';
import { HeatmapView } from './heatmap-view';
import { ListView } from './list-view';
import { PersianMonthView } from './persian-month';
import type { CalendarRenderer, RendererHost } from './renderer';
import type { PanelView } from './state';

export type PanelRenderer = CalendarRenderer | HeatmapView;

export class RenderArea {
  readonly el = h('div', { class: 'sac-calendar', attrs: { 'aria-describedby': 'sac-help' } });
  private current: PanelRenderer | undefined;

  /** Undefined before the first model, and while a renderer is being built. */
  get renderer(): PanelRenderer | undefined {
    return this.current;
  }

  /** Says the panel waits for its first model. */
  loading(text: string): void {
    this.el.replaceChildren(h('p', { class: 'sac-empty', text }));
  }

  /** Replaces the renderer with one for `view`, showing `anchor`. */
  mount(view: PanelView, anchor: string, host: RendererHost): void {
    this.current?.destroy();
    this.current = undefined;
    this.el.replaceChildren();
    const el = h('div', { class: 'sac-renderer' });
    this.el.append(el);
    this.current =
      view === 'heatmap'
        ? new HeatmapView(el, host, anchor)
        : view === 'list'
          ? new ListView(el, host, anchor)
          : host.fmt.persian && view === 'month'
            ? new PersianMonthView(el, host, anchor)
            : new FullCalendarView(el, host, view, anchor);
  }
}
