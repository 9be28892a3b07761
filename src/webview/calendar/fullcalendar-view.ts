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
import type { CalendarPlatform, CalendarPost } from '../../core/protocol';
import { addDays, hhmm, parseIso, toIso } from '../shared/dates';
import { h } from '../shared/dom';
import { isoToJalaali } from '../shared/persian';
import { chip, dayClasses, decoratePost, paintNetwork, shortfallBadges } from './chips';
import { DayPopover } from './popover';
import { DAY_MAX_EVENTS, type ViewName } from './data';
import type { CalendarRenderer, RendererHost } from './renderer';

interface More {
  date: string;
  count: number;
}

/** A shown platform's best time on one day of the week view, shaded behind the posts. */
interface Best {
  platform: CalendarPlatform;
  time: string;
}

/** How long a best time's shading lasts: as long as a post's chip, so one placed on it covers it. */
const BEST_MINUTES = 60;

export class FullCalendarView implements CalendarRenderer {
  private readonly calendar: Calendar;
  private readonly popover: DayPopover;
  /** The week view's key to its shading: each shown platform's best times. */
  private readonly legend = h('div', { class: 'sac-best-legend' });
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
    // The week's key sits above FullCalendar, which draws into a box of its own.
    const box = h('div', { class: 'sac-fc' });
    el.replaceChildren(...(week ? [this.legend] : []), box);
    if (week) this.renderLegend();
    el.addEventListener('click', (e) => this.clickMore(e), { signal: this.abort.signal });
    document.addEventListener('mousedown', (e) => this.clickOutside(e), { signal: this.abort.signal });
    if (week) window.addEventListener('resize', () => this.fitHeight(), { signal: this.abort.signal });
    this.calendar = new Calendar(box, {
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
        if (arg.event.extendedProps.best) return { domNodes: [] };
        const more = arg.event.extendedProps.more as More | undefined;
        if (more)
          return { domNodes: [h('span', { class: 'sac-more', text: fmt.t.more(fmt.number(more.count)) })] };
        return { domNodes: [chip(post(arg.event.extendedProps), host.data(), fmt)] };
      },
      eventDidMount: (arg) => {
        const best = arg.event.extendedProps.best as Best | undefined;
        if (best) return this.decorateBest(arg.el, best);
        const more = arg.event.extendedProps.more as More | undefined;
        // The event's id on the element, where the tests can see that no two are alike.
        arg.el.dataset.eventId = arg.event.id;
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
    if (this.view === 'week') this.renderLegend();
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
    if (fmt.persian) return fmt.solarMonth(start);
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
    const box = this.el.querySelector('.sac-fc') ?? this.el;
    const top = box.getBoundingClientRect().top + window.scrollY;
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
    const events: EventInput[] = this.view === 'week' ? this.bestTimeEvents(start, end) : [];
    for (const [date, posts] of this.host.data().byDate) {
      if (date < start || date >= end) continue;
      const shown = posts.length > limit ? posts.slice(0, limit - 1) : posts;
      shown.forEach((p, order) =>
        events.push({
          // A series shares its index across its occurrences: the date tells them apart.
          id: `${p.index}:${p.date}`,
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
    this.host.reschedule(p, date, time);
  }

  /** Background events: each shown platform's best times on every day from start to end. */
  private bestTimeEvents(start: string, end: string): EventInput[] {
    const events: EventInput[] = [];
    for (const platform of this.host.data().bestTimes) {
      for (const time of platform.bestTimes ?? []) {
        const [hh, mm] = time.split(':').map(Number) as [number, number];
        const until = Math.min(hh * 60 + mm + BEST_MINUTES, 24 * 60);
        const endTime = `${String(Math.floor(until / 60)).padStart(2, '0')}:${String(until % 60).padStart(2, '0')}`;
        for (let day = start; day < end; day = addDays(day, 1)) {
          const best: Best = { platform, time };
          events.push({
            id: `best:${platform.id}:${time}:${day}`,
            start: `${day}T${time}`,
            end: until === 24 * 60 ? `${addDays(day, 1)}T00:00` : `${day}T${endTime}`,
            display: 'background',
            editable: false,
            extendedProps: { best },
          });
        }
      }
    }
    return events;
  }

  /** A best time's shading: the platform's colour, and what it means as its tooltip. */
  private decorateBest(el: HTMLElement, best: Best): void {
    const { fmt } = this.host;
    el.classList.add('sac-best-time');
    el.dataset.bestPlatform = best.platform.id;
    el.dataset.bestTime = best.time;
    el.title = `${fmt.t.bestTimeFor(best.platform.label)} ${fmt.digits(best.time)}`;
    paintNetwork(el, best.platform.network);
  }

  /** The key to the week's shading: a swatch, the platform and its best times, per shown platform. */
  private renderLegend(): void {
    const { fmt } = this.host;
    const platforms = this.host.data().bestTimes;
    this.legend.hidden = platforms.length === 0;
    this.legend.replaceChildren(
      h('span', { class: 'sac-best-legend-title', text: fmt.t.bestTimes }),
      ...platforms.map((p) => {
        const times = (p.bestTimes ?? []).map((t) => fmt.digits(t)).join(fmt.t.sep);
        const text = fmt.t.bestTimeFor(p.label);
        const item = h(
          'span',
          {
            class: 'sac-best-legend-item',
            attrs: { title: `${text}: ${times}` },
            data: { platform: p.id },
          },
          h('span', { class: 'sac-best-swatch', attrs: { 'aria-hidden': 'true' } }),
          h('span', { text: p.label, attrs: { dir: 'auto' } }),
          h('span', { class: 'sac-best-legend-times', text: times }),
        );
        paintNetwork(item, p.network);
        return item;
      }),
    );
  }

  private dayCell(arg: DayCellContentArg) {
    const { fmt } = this.host;
    if (arg.view.type !== 'dayGridMonth') return { domNodes: [] };
    const iso = toIso(arg.date);
    const number = h('span', { class: 'sac-day-number', text: fmt.digits(String(arg.date.getUTCDate())) });
    return {
      // On the first day of the file's week (Monday, or Saturday in a Persian file), wherever the
      // drawing's weeks start.
      domNodes: [number, ...shortfallBadges(iso, this.host.data(), fmt)],
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
