// Month, week and list views through FullCalendar 6 (Gregorian months; Persian weeks and lists).
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
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { CalendarPost } from '../../core/protocol';
import { addDays, hhmm, parseIso, sundayWeekday, toIso } from '../shared/dates';
import { h } from '../shared/dom';
import { isoToJalaali, jalaaliMonthRange, PERSIAN_MONTHS, shiftJalaaliMonth } from '../shared/persian';
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
    el: HTMLElement,
    private readonly host: RendererHost,
    readonly view: ViewName,
    anchor: string,
  ) {
    const { fmt } = host;
    this.popover = new DayPopover(el, host, false);
    el.addEventListener('click', (e) => this.clickMore(e), { signal: this.abort.signal });
    document.addEventListener('mousedown', (e) => this.clickOutside(e), { signal: this.abort.signal });
    const persianList = fmt.persian && view === 'list';
    this.calendar = new Calendar(el, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      views: {
        // A list of one Solar Hijri month: FullCalendar only knows Gregorian months.
        listJalaaliMonth: { type: 'list', visibleRange: (date: Date) => jalaaliMonthRange(toIso(date)) },
      },
      initialView:
        view === 'month'
          ? 'dayGridMonth'
          : view === 'week'
            ? 'timeGridWeek'
            : persianList
              ? 'listJalaaliMonth'
              : 'listMonth',
      initialDate: anchor,
      timeZone: 'UTC',
      headerToolbar: false,
      height: 'auto',
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
      slotDuration: '01:00:00',
      snapDuration: '00:15:00',
      slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      noEventsContent: fmt.t.noPosts,
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
      datesSet: () => host.navigated(),
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
    if (this.host.fmt.persian && this.view === 'list') this.goto(shiftJalaaliMonth(this.anchor(), delta));
    else if (delta < 0) this.calendar.prev();
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
    const weekdayName = fmt.gregorian(iso, { weekday: arg.view.type.startsWith('list') ? 'long' : 'short' });
    if (arg.view.type.startsWith('list')) return `${weekdayName} ${fmt.dateLong(iso)}`;
    const day = fmt.persian ? isoToJalaali(iso).jd : arg.date.getUTCDate();
    return `${weekdayName} ${fmt.digits(String(day))}`;
  }
}

function post(extendedProps: Record<string, unknown>): CalendarPost {
  return extendedProps.post as CalendarPost;
}
