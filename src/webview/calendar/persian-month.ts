// The Solar Hijri month grid (Farvardin to Esfand, weeks from Saturday) that FullCalendar cannot draw.
// Same chips, classes and keyboard handling as the FullCalendar views; drag and drop is HTML5.
import type { CalendarPost } from '../../core/protocol';
import { h } from '../shared/dom';
import { isoToJalaali, jalaaliMonthGrid, shiftJalaaliMonth } from '../shared/persian';
import { chip, dayClasses, decoratePost, shortfallBadges } from './chips';
import { DayPopover } from './popover';
import { DAY_MAX_EVENTS, postAt } from './data';
import type { CalendarRenderer, RendererHost } from './renderer';

const DRAG_TYPE = 'application/x-strategy-post';

export class PersianMonthView implements CalendarRenderer {
  readonly view = 'month' as const;
  private first: string;
  private readonly popover: DayPopover;
  private readonly abort = new AbortController();

  constructor(
    private readonly el: HTMLElement,
    private readonly host: RendererHost,
    anchor: string,
  ) {
    this.first = jalaaliMonthGrid(anchor).first;
    this.popover = new DayPopover(el, host, true);
    const signal = this.abort.signal;
    el.addEventListener('dragstart', (e) => this.dragStart(e), { signal });
    el.addEventListener('dragover', (e) => this.dragOver(e), { signal });
    el.addEventListener('dragleave', (e) => dropTarget(e)?.classList.remove('sac-drop-target'), { signal });
    el.addEventListener('drop', (e) => this.drop(e), { signal });
    el.addEventListener('dragend', () => this.clearDropTargets(), { signal });
    el.addEventListener('click', (e) => this.clickMore(e), { signal });
    document.addEventListener('mousedown', (e) => this.clickOutside(e), { signal });
    this.render();
  }

  refresh(): void {
    this.render();
  }

  goto(iso: string): void {
    const first = jalaaliMonthGrid(iso).first;
    if (first === this.first) return;
    this.first = first;
    this.render();
    this.host.navigated();
  }

  shift(delta: 1 | -1): void {
    this.goto(shiftJalaaliMonth(this.first, delta));
  }

  anchor(): string {
    return this.first;
  }

  title(): string {
    return this.host.fmt.solarMonth(this.first);
  }

  closePopups(): boolean {
    return this.popover.close();
  }

  destroy(): void {
    this.abort.abort();
    this.el.replaceChildren();
  }

  private render(): void {
    this.popover.close(false);
    const { fmt } = this.host;
    const data = this.host.data();
    const { jm, days } = jalaaliMonthGrid(this.first);
    const grid = h('div', { class: 'sac-pgrid', attrs: { role: 'grid', 'aria-label': this.title() } });
    const header = h('div', { class: 'sac-prow sac-pweekdays', attrs: { role: 'row' } });
    for (const iso of days.slice(0, 7)) {
      header.append(
        h('div', {
          class: 'sac-pweekday',
          attrs: { role: 'columnheader' },
          text: fmt.gregorian(iso, { weekday: 'long' }),
        }),
      );
    }
    grid.append(header);
    for (let row = 0; row < days.length; row += 7) {
      const week = h('div', { class: 'sac-prow', attrs: { role: 'row' } });
      for (const iso of days.slice(row, row + 7)) {
        const j = isoToJalaali(iso);
        const classes = dayClasses(iso, data);
        if (j.jm !== jm) classes.push('sac-other-month');
        const posts = data.byDate.get(iso) ?? [];
        const cell = h(
          'div',
          {
            class: `sac-pday ${classes.join(' ')}`,
            attrs: { role: 'gridcell', tabindex: '-1', 'aria-label': fmt.dateLong(iso) },
            data: { date: iso },
          },
          h(
            'div',
            { class: 'sac-pday-top' },
            h('span', {
              class: 'sac-day-number',
              text: fmt.digits(String(j.jd)),
              attrs: { 'aria-hidden': 'true' },
            }),
            h('span', {
              class: 'sac-pday-gregorian',
              text: fmt.gregorian(iso, { day: 'numeric', month: 'short' }),
              attrs: { 'aria-hidden': 'true', dir: 'auto' },
            }),
            ...shortfallBadges(iso, data, fmt),
          ),
        );
        const list = h('div', { class: 'sac-pday-posts' });
        for (const p of posts.slice(0, posts.length > DAY_MAX_EVENTS ? DAY_MAX_EVENTS - 1 : DAY_MAX_EVENTS)) {
          list.append(this.postElement(p));
        }
        if (posts.length > DAY_MAX_EVENTS) {
          const hidden = posts.length - (DAY_MAX_EVENTS - 1);
          list.append(
            h('button', {
              class: 'sac-more',
              text: fmt.t.more(fmt.number(hidden)),
              attrs: { type: 'button', 'aria-expanded': 'false', 'aria-haspopup': 'dialog' },
              data: { moreDate: iso },
            }),
          );
        }
        cell.append(list);
        week.append(cell);
      }
      grid.append(week);
    }
    this.el.replaceChildren(grid);
  }

  private postElement(p: CalendarPost): HTMLElement {
    const { fmt } = this.host;
    const data = this.host.data();
    const el = chip(p, data, fmt);
    decoratePost(el, p, data, fmt);
    el.draggable = data.editable;
    return el;
  }

  private clickMore(e: MouseEvent): void {
    const opener = (e.target as Element).closest<HTMLElement>('[data-more-date]');
    if (opener) this.popover.show(opener, opener.dataset.moreDate!);
  }

  private clickOutside(e: MouseEvent): void {
    if (!this.popover.contains(e.target as Node)) this.popover.close(false);
  }

  private dragStart(e: DragEvent): void {
    const el = (e.target as Element).closest<HTMLElement>('[data-post-index]');
    if (!el || !e.dataTransfer || !this.host.data().editable) return;
    // The index and the date: a series draws one chip per occurrence, all with its index.
    e.dataTransfer.setData(DRAG_TYPE, JSON.stringify([Number(el.dataset.postIndex), el.dataset.date]));
    e.dataTransfer.effectAllowed = 'move';
    el.classList.add('sac-dragging');
  }

  private dragOver(e: DragEvent): void {
    const cell = dropTarget(e);
    if (!cell || !e.dataTransfer?.types.includes(DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    cell.classList.add('sac-drop-target');
  }

  private drop(e: DragEvent): void {
    const cell = dropTarget(e);
    const raw = e.dataTransfer?.getData(DRAG_TYPE);
    this.clearDropTargets();
    if (!cell || !raw) return;
    e.preventDefault();
    const [index, from] = parseDragged(raw);
    const p = from === undefined ? undefined : postAt(this.host.data(), index, from);
    const date = cell.dataset.date!;
    if (p && p.date !== date) this.host.reschedule(p, date);
  }

  private clearDropTargets(): void {
    for (const el of this.el.querySelectorAll('.sac-drop-target, .sac-dragging')) {
      el.classList.remove('sac-drop-target', 'sac-dragging');
    }
  }
}

/** What dragStart wrote: the post's index and the date it was drawn on. */
function parseDragged(raw: string): [number, string | undefined] {
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string')
      return [value[0], value[1]];
  } catch {
    // Not ours: another page's drag.
  }
  return [NaN, undefined];
}

function dropTarget(e: DragEvent): HTMLElement | null {
  return (e.target as Element).closest<HTMLElement>('.sac-pday[data-date]');
}
