// The heatmap view: a weekday × hour table of the posts the filters leave, for one platform (or all),
// shaded by count, with the platform's best times outlined. Cells are buttons; choosing one lists its
// posts below the table (the page's own click and key handlers reveal a listed post in the file).
import { addDays } from '../shared/dates';
import { h } from '../shared/dom';
import { chip, decoratePost, paintNetwork } from './chips';
import { ALL_PLATFORMS, defaultPlatform, heatmap, level, type HeatCell, type Heatmap } from './heatmap';
import type { CalendarRenderer, RendererHost } from './renderer';

/** A Sunday, to name weekdays by. */
const SUNDAY = '2027-01-03';
const CELL = 'button[data-hour]';

interface Place {
  weekday: number;
  hour: number;
}

export class HeatmapView implements Omit<CalendarRenderer, 'view'> {
  readonly view = 'heatmap' as const;
  /** The platform the user picked; undefined follows the busiest one. */
  private chosen: string | undefined;
  /** The cell whose posts are listed. */
  private selected: Place | undefined;
  /** The cell in the tab order (arrow keys move it). */
  private cursor: Place | undefined;
  private readonly abort = new AbortController();

  constructor(
    private readonly el: HTMLElement,
    private readonly host: RendererHost,
    private anchorDate: string,
  ) {
    const { signal } = this.abort;
    el.addEventListener('click', (e) => this.onClick(e), { signal });
    el.addEventListener('keydown', (e) => this.onKeyDown(e), { signal });
    this.render();
  }

  refresh(): void {
    this.render();
  }

  // The heatmap covers every post the filters leave; the date is kept for the other views.
  goto(iso: string): void {
    this.anchorDate = iso;
  }

  shift(): void {}

  anchor(): string {
    return this.anchorDate;
  }

  title(): string {
    return this.host.fmt.t.heatmapTitle;
  }

  /** Escape closes the list of a cell's posts and returns to the cell. */
  closePopups(): boolean {
    if (!this.selected) return false;
    this.selected = undefined;
    this.render();
    this.cellEl(this.cursor)?.focus();
    return true;
  }

  destroy(): void {
    this.abort.abort();
    this.el.replaceChildren();
  }

  private platform(): string {
    const data = this.host.data();
    const valid = this.chosen === ALL_PLATFORMS || (this.chosen && data.platforms.has(this.chosen));
    return valid ? this.chosen! : defaultPlatform(data.posts, [...data.platforms.values()]);
  }

  private weekdayName(weekday: number): string {
    return this.host.fmt.gregorian(addDays(SUNDAY, weekday), { weekday: 'long' });
  }

  private hours(hour: number): string {
    const two = (n: number) => this.host.fmt.digits(String(n).padStart(2, '0'));
    return this.host.fmt.t.hourRange(`${two(hour)}:${two(0)}`, `${two(hour + 1)}:${two(0)}`);
  }

  private cellLabel(cell: HeatCell, all: boolean): string {
    const { fmt } = this.host;
    const { t } = fmt;
    const data = this.host.data();
    const n = cell.posts.length;
    const labels = cell.best.map((id) => data.platforms.get(id)?.label ?? id).join(t.sep);
    const best = !cell.best.length
      ? ''
      : all
        ? t.bestTimeFor(labels)
        : t.bestTime.toLocaleLowerCase(fmt.locale);
    return t.heatCell(this.weekdayName(cell.weekday), this.hours(cell.hour), t.posts(n, fmt.number(n)), best);
  }

  private render(): void {
    const { fmt } = this.host;
    const { t } = fmt;
    const data = this.host.data();
    const platforms = [...data.platforms.values()];
    const platform = this.platform();
    const all = platform === ALL_PLATFORMS;
    const grid = heatmap(data.posts, platforms, platform, fmt.persian);
    const active = document.activeElement;
    const refocus = active instanceof HTMLElement && this.el.contains(active) ? active : undefined;

    const select = h('select', {
      class: 'sac-select sac-heat-platform',
      attrs: { 'aria-label': t.heatPlatform, title: t.heatPlatform },
    });
    select.append(
      ...platforms.map((p) => new Option(p.label, p.id)),
      new Option(t.allPlatforms, ALL_PLATFORMS),
    );
    select.value = platform;
    select.addEventListener('change', () => {
      this.chosen = select.value;
      this.selected = undefined;
      this.render();
      this.el.querySelector<HTMLElement>('.sac-heat-platform')?.focus();
    });

    const swatch = (cls: string) =>
      h('span', { class: `sac-heat-swatch ${cls}`, attrs: { 'aria-hidden': 'true' } });
    const legend = h(
      'div',
      { class: 'sac-heat-legend' },
      h(
        'span',
        { class: 'sac-heat-key' },
        h(
          'span',
          { class: 'sac-heat-swatch sac-heat-l0 sac-heat-best', attrs: { 'aria-hidden': 'true' } },
          this.star(),
        ),
        t.bestTime,
      ),
      h(
        'span',
        { class: 'sac-heat-key' },
        t.postsPlanned,
        ' ',
        t.heatFewer,
        ...[1, 2, 3, 4].map((l) => swatch(`sac-heat-l${l}`)),
        t.heatMore,
      ),
    );

    const label = all ? t.allPlatforms : (data.platforms.get(platform)?.label ?? platform);
    const root = h(
      'div',
      { class: `sac-heatmap${all ? ' sac-heat-all' : ''}` },
      h('div', { class: 'sac-heat-controls' }, select, legend),
      h('div', { class: 'sac-heat-scroll' }, this.table(grid, all, label)),
    );
    if (!all) paintNetwork(root, data.platforms.get(platform)?.network);
    const notes = [
      grid.hasBest && grid.timed ? t.atBest(fmt.number(grid.atBest), fmt.number(grid.timed)) : '',
      grid.untimed.length ? t.untimed(grid.untimed.length, fmt.number(grid.untimed.length)) : '',
    ].filter(Boolean);
    if (notes.length) root.append(h('p', { class: 'sac-heat-note', text: notes.join(' ') }));
    root.append(this.details(grid, all));
    this.el.replaceChildren(root);

    if (refocus?.matches(CELL)) this.cellEl(this.cursor)?.focus();
  }

  private table(grid: Heatmap, all: boolean, label: string): HTMLTableElement {
    const { fmt } = this.host;
    const hours = Array.from({ length: 24 }, (_, hour) => hour);
    if (!this.cursor) {
      const busiest = grid.cells.flat().find((c) => c.posts.length === grid.max && grid.max > 0);
      this.cursor = busiest ?? { weekday: grid.weekdays[0], hour: 9 };
    }
    const body = h('tbody');
    for (const weekday of grid.weekdays) {
      const row = h('tr', {}, h('th', { text: this.weekdayName(weekday), attrs: { scope: 'row' } }));
      for (const hour of hours) {
        const cell = grid.cells[weekday][hour];
        const n = cell.posts.length;
        const text = this.cellLabel(cell, all);
        const here = (p: Place | undefined) => p?.weekday === weekday && p.hour === hour;
        const button = h(
          'button',
          {
            class: `sac-heat-cell sac-heat-l${level(n, grid.max)}${cell.best.length ? ' sac-heat-best' : ''}`,
            attrs: {
              type: 'button',
              'aria-label': text,
              title: text,
              'aria-pressed': String(here(this.selected)),
              tabindex: here(this.cursor) ? '0' : '-1',
            },
            data: { weekday: String(weekday), hour: String(hour), count: String(n) },
          },
          n ? h('span', { class: 'sac-heat-count', text: fmt.number(n) }) : null,
          cell.best.length ? this.star() : null,
        );
        row.append(h('td', {}, button));
      }
      body.append(row);
    }
    return h(
      'table',
      {
        class: 'sac-heat-grid',
        attrs: { dir: fmt.rtl ? 'rtl' : 'ltr', 'aria-label': fmt.t.heatGrid(label) },
      },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', { class: 'sac-heat-corner' }),
          ...hours.map((hour) =>
            h('th', {
              text: fmt.digits(String(hour).padStart(2, '0')),
              attrs: { scope: 'col', title: this.hours(hour) },
            }),
          ),
        ),
      ),
      body,
    );
  }

  private star(): HTMLElement {
    return h('span', { class: 'sac-heat-star', text: '★', attrs: { 'aria-hidden': 'true' } });
  }

  private details(grid: Heatmap, all: boolean): HTMLElement {
    const { fmt } = this.host;
    const { t } = fmt;
    const data = this.host.data();
    const section = h('section', { class: 'sac-heat-details', attrs: { 'aria-live': 'polite' } });
    const place = this.selected;
    if (!place) {
      section.append(h('p', { class: 'sac-heat-hint', text: t.heatHint }));
      return section;
    }
    const cell = grid.cells[place.weekday][place.hour];
    section.append(h('h2', { text: this.cellLabel(cell, all) }));
    if (!cell.posts.length) {
      section.append(h('p', { class: 'sac-heat-hint', text: t.heatNoPosts }));
      return section;
    }
    const list = h('ul', { class: 'sac-heat-posts' });
    for (const post of cell.posts) {
      const el = chip(post, data, fmt);
      decoratePost(el, post, data, fmt);
      el.tabIndex = 0;
      list.append(h('li', {}, h('span', { class: 'sac-heat-date', text: fmt.dateLong(post.date) }), el));
    }
    section.append(list);
    return section;
  }

  private cellEl(place: Place | undefined): HTMLElement | null {
    return place
      ? this.el.querySelector<HTMLElement>(
          `${CELL}[data-weekday="${place.weekday}"][data-hour="${place.hour}"]`,
        )
      : null;
  }

  private placeOf(el: HTMLElement): Place {
    return { weekday: Number(el.dataset.weekday), hour: Number(el.dataset.hour) };
  }

  private onClick(e: MouseEvent): void {
    const cell = (e.target as Element).closest<HTMLElement>(CELL);
    if (!cell) return;
    const place = this.placeOf(cell);
    const same = this.selected?.weekday === place.weekday && this.selected.hour === place.hour;
    this.selected = same ? undefined : place;
    this.cursor = place;
    cell.focus(); // a click does not focus a button everywhere (Safari); render() keeps what has focus
    this.render();
  }

  /** Arrow keys move between cells (mirrored right to left), Home and End to the day's first and last hour. */
  private onKeyDown(e: KeyboardEvent): void {
    const cell = (e.target as Element).closest<HTMLElement>(CELL);
    if (!cell) return;
    const { weekday, hour } = this.placeOf(cell);
    const rows = [...this.el.querySelectorAll<HTMLElement>('tbody tr')].map((tr) =>
      Number(tr.querySelector<HTMLElement>(CELL)!.dataset.weekday),
    );
    const row = rows.indexOf(weekday);
    const forward = this.host.fmt.rtl ? -1 : 1;
    const moves: Record<string, Place | undefined> = {
      ArrowRight: { weekday, hour: hour + forward },
      ArrowLeft: { weekday, hour: hour - forward },
      ArrowUp: { weekday: rows[row - 1] ?? -1, hour },
      ArrowDown: { weekday: rows[row + 1] ?? -1, hour },
      Home: { weekday, hour: 0 },
      End: { weekday, hour: 23 },
    };
    const next = moves[e.key];
    if (!next) return;
    e.preventDefault();
    const target = this.cellEl(next);
    if (!target) return;
    cell.tabIndex = -1;
    target.tabIndex = 0;
    this.cursor = next;
    target.focus();
  }
}
