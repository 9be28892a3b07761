// Month and week views through FullCalendar 6 (Gregorian months; weeks in both calendars). The week
// view scrolls inside the panel's height and opens at the working day, not at midnight.
import {
  Calendar,
  type DayCellContentArg,
  type DayHeaderContentArg,
  type EventDropArg,
  type EventInput,
} from '@fullcalendar/core';
import faLocale from '@fullcalendar/core/locales/fa';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { CalendarPost } from '../../core/protocol';
import { addDays, hhmm, parseIso, sundayWeekday, toIso } from '../shared/dates';
import { h } from '../shared/dom';
import { isoToJalaali, PERSIAN_MONTHS } from '../shared/persian';
import { chip, dayClasses, decoratePost, shortfallBadges } from './chips';
import { DayPopover } from './popover';
import { DAY_MAX_EVENTS, type ViewName } from './data';
import type { CalendarRenderer, RendererHost } from './renderer';

interface More {
  date: string;
  count: number;
}

export class FullCalendarView implements CalendarRenderer {
  private readonly calendar: Calendar;
  private readonly popover: DayPopover;
  private readonly abort = new AbortController();

  constructor(
    private readonly el: HTMLElement,
    private readonly host: RendererHost,
    readonly view: Exclude<ViewName, 'list'>,
    anchor: string,
  ) {
    const { fmt } = host;
    const week = view === 'week';
    this.popover = new DayPopover(el, host, false);
    el.addEventListener('click', (e) => this.clickMore(e), { signal: this.abort.signal });
    document.addEventListener('mousedown', (e) => this.clickOutside(e), { signal: this.abort.signal });
    if (week) window.addEventListener('resize', () => this.fitHeight(), { signal: this.abort.signal });
    this.calendar = new Calendar(el, {
      plugins: [dayGridPlugin, timeGridPlugin, interactionPlugin],
      initialView: week ? 'timeGridWeek' : 'dayGridMonth',
      initialDate: anchor,
      timeZone: 'UTC',
      headerToolbar: false,
      // The month grows with its weeks; the week scrolls its hours inside the panel, like a planner's.
      height: week ? this.weekHeight() : 'auto',
      scrollTimeReset: false, // datesSet scrolls each new week to its own working day
      locales: [faLocale],
      locale: new Intl.Locale(fmt.locale, { calendar: fmt.persian ? 'persian' : 'gregory' }).toString(),
      direction: fmt.rtl ? 'rtl' : 'ltr',
      firstDay: fmt.persian || fmt.lang === 'fa' ? 6 : 1,
      now: host.data().today,
      editable: host.data().editable,
      eventDurationEditable: false,
      eventInteractive: false, // the page handles focus, Enter and clicks itself
      // The month view gets at most DAY_MAX_EVENTS events a day from events() below; FullCalendar's
      // own dayMaxEvents would still render and measure every event first, too slow for thousands.
      dayMaxEvents: false,
      eventOrder: 'order',
      eventOrderStrict: true,
      eventDisplay: 'block',
      displayEventTime: false,
      defaultTimedEventDuration: '01:00', // posts have no length; an hour keeps chips readable
      slotEventOverlap: false, // posts at the same hour stand side by side, each title readable
      slotDuration: '01:00:00',
      snapDuration: '00:15:00',
      slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      moreLinkContent: (arg) => fmt.t.more(fmt.number(arg.num)),
      events: (info, success) => success(this.events(toIso(info.start), toIso(info.end))),
      eventContent: (arg) => {
        const more = arg.event.extendedProps.more as More | undefined;
        if (more)
          return { domNodes: [h('span', { class: 'sac-more', text: fmt.t.more(fmt.number(more.count)) })] };
        return { domNodes: [chip(post(arg.event.extendedProps), host.data(), fmt)] };
      },
      eventDidMount: (arg) => {
        const more = arg.event.extendedProps.more as More | undefined;
        if (!more) return decoratePost(arg.el, post(arg.event.extendedProps), host.data(), fmt);
        arg.el.classList.add('sac-more-event');
        arg.el.dataset.moreDate = more.date;
        arg.el.setAttribute('role', 'button');
        arg.el.setAttribute('aria-haspopup', 'dialog');
        arg.el.setAttribute('aria-expanded', 'false');
        arg.el.tabIndex = -1;
      },
      dayCellClassNames: (arg) => dayClasses(toIso(arg.date), host.data()),
      dayCellDidMount: (arg) => {
        arg.el.tabIndex = -1;
      },
      dayCellContent: (arg) => this.dayCell(arg),
      dayHeaderContent: (arg) => this.dayHeader(arg),
      eventDrop: (arg) => this.dropped(arg),
      datesSet: () => {
        if (week) this.calendar.scrollToTime(this.dayStart());
        host.navigated();
      },
    });
    this.calendar.render();
  }

  refresh(): void {
    this.popover.close(false);
    const data = this.host.data();
    this.calendar.batchRendering(() => {
      this.calendar.setOption('now', data.today);
      this.calendar.setOption('editable', data.editable);
      this.calendar.refetchEvents();
    });
    // New events can change row heights; re-measure so drops land on the hour under the pointer.
    this.calendar.updateSize();
  }

  goto(iso: string): void {
    this.calendar.gotoDate(iso);
  }

  shift(delta: 1 | -1): void {
    if (delta < 0) this.calendar.prev();
    else this.calendar.next();
  }

  anchor(): string {
    return toIso(this.calendar.getDate());
  }

  title(): string {
    const { fmt } = this.host;
    const view = this.calendar.view;
    const start = toIso(view.currentStart);
    if (this.view === 'week') {
      const formatter = new Intl.DateTimeFormat(this.calendar.getOption('locale') as string, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      return formatter.formatRange(parseIso(start), parseIso(addDays(toIso(view.currentEnd), -1)));
    }
    if (fmt.persian) {
      const { jy, jm } = isoToJalaali(start);
      return fmt.digits(`${PERSIAN_MONTHS[jm - 1]} ${jy}`);
    }
    return fmt.gregorian(start, { month: 'long', year: 'numeric' });
  }

  closePopups(): boolean {
    return this.popover.close();
  }

  destroy(): void {
    this.abort.abort();
    this.popover.close(false);
    this.calendar.destroy();
  }

  /**
   * Where the shown week opens: an hour before the earliest of the shown platforms' best times (else
   * the working day's start) and the week's timed posts, on the hour.
   */
  private dayStart(): string {
    const data = this.host.data();
    const { activeStart, activeEnd } = this.calendar.view;
    const end = toIso(activeEnd);
    let first = data.dayStart;
    for (let day = toIso(activeStart); day < end; day = addDays(day, 1)) {
      for (const p of data.byDate.get(day) ?? []) if (p.time && p.time < first) first = p.time;
    }
    const hour = Math.max(0, Number(first.slice(0, 2)) - 1);
    return `${String(hour).padStart(2, '0')}:00`;
  }

  /** The week fills the panel below the toolbar and filters, and never less than about ten hours. */
  private weekHeight(): number {
    const top = this.el.getBoundingClientRect().top + window.scrollY;
    return Math.max(480, Math.floor(window.innerHeight - top - 16));
  }

  private fitHeight(): void {
    this.calendar.setOption('height', this.weekHeight());
  }

  private clickMore(e: MouseEvent): void {
    const opener = (e.target as Element).closest<HTMLElement>('[data-more-date]');
    if (opener) this.popover.show(opener, opener.dataset.moreDate!);
  }

  private clickOutside(e: MouseEvent): void {
    if (!this.popover.contains(e.target as Node)) this.popover.close(false);
  }

  private events(start: string, end: string): EventInput[] {
    // Hand FullCalendar only the shown range (parsing thousands of events is its slow part) and, in
    // the month view, only what a cell shows.
    const limit = this.view === 'month' ? DAY_MAX_EVENTS : Infinity;
    const events: EventInput[] = [];
    for (const [date, posts] of this.host.data().byDate) {
      if (date < start || date >= end) continue;
      const shown = posts.length > limit ? posts.slice(0, limit - 1) : posts;
      shown.forEach((p, order) =>
        events.push({
          id: String(p.index),
          start: p.time ? `${p.date}T${p.time}` : p.date,
          allDay: !p.time,
          order,
          extendedProps: { post: p },
        }),
      );
      if (shown.length < posts.length) {
        const more: More = { date, count: posts.length - shown.length };
        events.push({
          id: `more:${date}`,
          start: date,
          allDay: true,
          editable: false,
          order: limit,
          extendedProps: { more },
        });
      }
    }
    return events;
  }

  private dropped(arg: EventDropArg): void {
    const start = arg.event.start;
    if (!start) return;
    const p = post(arg.event.extendedProps);
    const date = toIso(start);
    // Only the week view has hours to drop on; elsewhere the time stays as written.
    const time = this.view === 'week' && !arg.event.allDay ? hhmm(start) : undefined;
    if (date === p.date && (time === undefined || time === p.time)) return;
    this.host.reschedule(p.index, date, time);
  }

  private dayCell(arg: DayCellContentArg) {
    const { fmt } = this.host;
    if (arg.view.type !== 'dayGridMonth') return { domNodes: [] };
    const iso = toIso(arg.date);
    const number = h('span', { class: 'sac-day-number', text: fmt.digits(String(arg.date.getUTCDate())) });
    return {
      domNodes: [number, ...(sundayWeekday(iso) === 1 ? shortfallBadges(iso, this.host.data(), fmt) : [])],
    };
  }

  private dayHeader(arg: DayHeaderContentArg) {
    const { fmt } = this.host;
    const iso = toIso(arg.date);
    if (arg.view.type === 'dayGridMonth') return fmt.gregorian(iso, { weekday: 'short' });
    const weekdayName = fmt.gregorian(iso, { weekday: 'short' });
    const day = fmt.persian ? isoToJalaali(iso).jd : arg.date.getUTCDate();
    return `${weekdayName} ${fmt.digits(String(day))}`;
  }
}

function post(extendedProps: Record<string, unknown>): CalendarPost {
  return extendedProps.post as CalendarPost;
}
