// The calendar panel: toolbar, filters and legend around a renderer (FullCalendar's month and week, the
// Solar Hijri month grid, the list table, or the best-times heatmap). State (view, date, filters) survives updates and reloads through getState/setState.
import '../shared/base.css';
import './calendar.css';
import type { CalendarSystem, CalendarViewModel, PostStatus } from '../../core/protocol';
import { problemBanner } from '../shared/banner';
import { addDays } from '../shared/dates';
import { h, icon } from '../shared/dom';
import { networkIcon, paintNetwork, STATUS_ICONS } from './chips';
import { Formatter } from '../shared/format';
import { onMessage } from '../shared/validate';
import { loadState, post, saveState } from '../shared/vscode';
import {
  calendarData,
  NO_FILTERS,
  openingDate,
  type CalendarData,
  type Filters,
  type ViewName,
} from './data';
import { FullCalendarView } from './fullcalendar-view';
import { HeatmapView } from './heatmap-view';
import { ListView } from './list-view';
import { PersianMonthView } from './persian-month';
import type { CalendarRenderer, RendererHost } from './renderer';

/** The renderers' views, and the heatmap, which covers the whole plan rather than a stretch of dates. */
type PanelView = ViewName | 'heatmap';

interface CalendarState {
  view: PanelView;
  date?: string;
  filters: Filters;
  calendarSystem: CalendarSystem;
  locale: string;
}

const VIEWS: PanelView[] = ['month', 'week', 'list', 'heatmap'];
const STATUSES: PostStatus[] = ['idea', 'draft', 'scheduled', 'published'];
const DAY = '.sac-daycell[data-date]';
const POST = '[data-post-index]';

function restoreState(): CalendarState {
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
    locale: typeof saved?.locale === 'string' ? saved.locale : navigator.language || 'en',
  };
}

class CalendarPage implements RendererHost {
  fmt: Formatter;
  private state = restoreState();
  /** The last model that parsed; kept while the file has a problem. */
  private model: CalendarViewModel | undefined;
  private version = 0;
  private problem: string | undefined;
  private current: CalendarData | undefined;
  private renderer: CalendarRenderer | HeatmapView | undefined;
  /** Whether the calendar shows a place of the user's or of the file's choosing, not just today. */
  private placed = this.state.date !== undefined;
  private activeDate: string | undefined;
  private pendingFocus: number | undefined;
  private searchTimer: number | undefined;
  private chromeKey = '';

  private readonly titleEl = h('h1', { class: 'sac-title', attrs: { 'aria-live': 'polite' } });
  /** Previous, Today and Next: hidden in the heatmap, which has no dates to move through. */
  private readonly dateButtons: HTMLElement[] = [];
  private readonly toolbar = h('div', { class: 'sac-toolbar' });
  private readonly bannerHost = h('div', { class: 'sac-banner-host' });
  private readonly filtersEl = h('div', { class: 'sac-filters', attrs: { role: 'search' } });
  private readonly legendEl = h('div', { class: 'sac-legend', attrs: { role: 'group' } });
  private readonly countEl = h('p', { class: 'sac-count', attrs: { role: 'status' } });
  private readonly helpEl = h('p', { class: 'sac-visually-hidden', attrs: { id: 'sac-help' } });
  private readonly calendarEl = h('div', {
    class: 'sac-calendar',
    attrs: { 'aria-describedby': 'sac-help' },
  });
  private readonly shortfallsEl = h('section', { class: 'sac-shortfalls' });

  constructor(root: HTMLElement) {
    this.fmt = new Formatter(this.state.locale, this.state.calendarSystem);
    root.replaceChildren(
      h(
        'div',
        { class: 'sac-app' },
        this.toolbar,
        this.bannerHost,
        this.filtersEl,
        this.legendEl,
        this.countEl,
        this.helpEl,
        this.calendarEl,
        this.shortfallsEl,
      ),
    );
    this.calendarEl.addEventListener('click', (e) => this.onClick(e));
    this.calendarEl.addEventListener('dblclick', (e) => this.onDblClick(e));
    this.calendarEl.addEventListener('keydown', (e) => this.onKeyDown(e));
    this.calendarEl.addEventListener('focusin', (e) => {
      const day = (e.target as Element).closest<HTMLElement>(DAY);
      if (day && day === e.target) this.setActive(day.dataset.date!);
    });
    this.applySettings();
    onMessage((message) => {
      if (message.type === 'settings') {
        if (message.calendarSystem === this.state.calendarSystem && message.locale === this.state.locale)
          return;
        this.state.calendarSystem = message.calendarSystem;
        this.state.locale = message.locale;
        this.save();
        this.applySettings();
        this.rebuildRenderer();
        this.afterRender();
      } else if (message.model.kind === 'calendar') {
        this.update(message.model);
      }
    });
    post({ type: 'ready' });
  }

  // RendererHost

  data(): CalendarData {
    return this.current!;
  }

  reschedule(index: number, date: string, time?: string): void {
    post(
      time
        ? { type: 'reschedule', version: this.version, index, date, time }
        : { type: 'reschedule', version: this.version, index, date },
    );
  }

  navigated(): void {
    if (!this.renderer) return; // FullCalendar reports its first dates while being built
    this.state.date = this.renderer.anchor();
    this.save();
    this.titleEl.textContent = this.renderer.title();
    this.syncRoving();
  }

  // Messages

  private update(model: CalendarViewModel): void {
    this.version = model.version;
    this.problem = model.problem;
    if (!model.problem || !this.model) this.model = model;
    const focus = this.focusedThing();
    // The first file with posts (or a period) picks where the calendar opens; later updates keep it.
    const opening = this.placed ? undefined : openingDate(this.model);
    if (opening) {
      this.placed = true;
      this.state.date = opening;
    }
    this.recompute();
    this.renderChrome();
    if (this.renderer) {
      this.renderer.refresh();
      if (opening) this.renderer.goto(opening);
    } else this.rebuildRenderer();
    this.afterRender(focus);
  }

  private recompute(): void {
    if (this.model) this.current = calendarData(this.model, this.state.filters, this.problem === undefined);
  }

  private applySettings(): void {
    this.fmt = new Formatter(this.state.locale, this.state.calendarSystem);
    document.documentElement.lang = this.fmt.locale;
    document.documentElement.dir = this.fmt.rtl ? 'rtl' : 'ltr';
    this.helpEl.textContent = this.fmt.t.help;
    this.buildToolbar();
    this.chromeKey = '';
    this.renderChrome();
    if (!this.model)
      this.calendarEl.replaceChildren(h('p', { class: 'sac-empty', text: this.fmt.t.loading }));
  }

  private rebuildRenderer(): void {
    if (!this.current) return;
    this.renderer?.destroy();
    this.renderer = undefined;
    this.calendarEl.replaceChildren();
    const anchor = this.state.date ?? this.current.today;
    const host = h('div', { class: 'sac-renderer' });
    this.calendarEl.append(host);
    const view = this.state.view;
    this.renderer =
      view === 'heatmap'
        ? new HeatmapView(host, this, anchor)
        : view === 'list'
          ? new ListView(host, this, anchor)
          : this.fmt.persian && view === 'month'
            ? new PersianMonthView(host, this, anchor)
            : new FullCalendarView(host, this, view, anchor);
    this.navigated();
  }

  private afterRender(focus?: { index?: number; date?: string }): void {
    if (!this.renderer || !this.current) return;
    this.titleEl.textContent = this.renderer.title();
    this.syncRoving();
    const index = this.pendingFocus ?? focus?.index;
    this.pendingFocus = undefined;
    if (document.activeElement === document.body || !document.activeElement?.isConnected) {
      if (index !== undefined)
        this.calendarEl.querySelector<HTMLElement>(`${POST}[data-post-index="${index}"]`)?.focus();
      else if (focus?.date) this.cell(focus.date)?.focus();
    }
    document.body.dataset.renderedVersion = String(this.version);
    window.dispatchEvent(new CustomEvent('sac-rendered'));
  }

  // Toolbar, banner, filters, legend

  private buildToolbar(): void {
    const { t } = this.fmt;
    const button = (text: string, label: string, action: () => void, cls = '') => {
      const b = h('button', {
        class: `sac-button ${cls}`,
        text,
        attrs: { type: 'button', 'aria-label': label, title: label },
      });
      b.addEventListener('click', action);
      return b;
    };
    const [prevArrow, nextArrow] = this.fmt.rtl ? ['›', '‹'] : ['‹', '›'];
    const views = h('div', { class: 'sac-segmented', attrs: { role: 'group', 'aria-label': t.views } });
    for (const view of VIEWS) {
      const b = button(t[view], t[view], () => this.setView(view));
      b.dataset.view = view;
      b.setAttribute('aria-pressed', String(view === this.state.view));
      views.append(b);
    }
    this.dateButtons.splice(
      0,
      Infinity,
      button(prevArrow, t.previous, () => this.renderer?.shift(-1), 'sac-icon-button'),
      button(t.today, t.today, () => this.goToday()),
      button(nextArrow, t.next, () => this.renderer?.shift(1), 'sac-icon-button'),
    );
    this.syncDateButtons();
    this.toolbar.replaceChildren(h('div', { class: 'sac-nav' }, ...this.dateButtons, this.titleEl), views);
  }

  private syncDateButtons(): void {
    for (const b of this.dateButtons) b.hidden = this.state.view === 'heatmap';
  }

  private goToday(): void {
    if (!this.current || !this.renderer) return;
    this.renderer.goto(this.current.today);
    this.focusDay(this.current.today);
  }

  private setView(view: PanelView): void {
    if (view === this.state.view) return;
    this.state.view = view;
    if (this.renderer) this.state.date = this.renderer.anchor();
    this.save();
    for (const b of this.toolbar.querySelectorAll<HTMLElement>('[data-view]')) {
      b.setAttribute('aria-pressed', String(b.dataset.view === view));
    }
    this.syncDateButtons();
    this.rebuildRenderer();
    this.afterRender();
  }

  private renderChrome(): void {
    const { t } = this.fmt;
    this.bannerHost.replaceChildren();
    if (this.problem !== undefined)
      this.bannerHost.append(problemBanner(t.problem, this.problem, t.readOnly));
    const model = this.model;
    // Rebuild filter controls only when their options change, so typing and focus are never lost.
    const key = JSON.stringify([this.fmt.locale, model?.platforms, model?.campaigns, model?.goals]);
    if (key !== this.chromeKey) {
      this.chromeKey = key;
      this.buildFilters(model);
    }
    this.updateLegendCounts();
    this.renderShortfalls();
  }

  private buildFilters(model: CalendarViewModel | undefined): void {
    const { t } = this.fmt;
    const f = this.state.filters;
    const search = h('input', {
      class: 'sac-search',
      attrs: { type: 'search', placeholder: t.search, 'aria-label': t.search, dir: 'auto' },
    });
    search.value = f.query;
    search.addEventListener('input', () => {
      window.clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => this.setFilters({ query: search.value }), 120);
    });

    const statuses = h('div', { class: 'sac-segmented', attrs: { role: 'group', 'aria-label': t.statuses } });
    for (const status of STATUSES) {
      const b = h(
        'button',
        {
          class: `sac-toggle sac-status-${status}`,
          attrs: { type: 'button', 'aria-pressed': String(!f.hiddenStatuses.includes(status)) },
          data: { status },
        },
        icon(STATUS_ICONS[status], 'sac-icon sac-status-icon'),
        t.status[status],
      );
      b.addEventListener('click', () => {
        const hidden = this.state.filters.hiddenStatuses;
        this.setFilters({
          hiddenStatuses: hidden.includes(status) ? hidden.filter((s) => s !== status) : [...hidden, status],
        });
        b.setAttribute('aria-pressed', String(!this.state.filters.hiddenStatuses.includes(status)));
      });
      statuses.append(b);
    }

    const select = (
      label: string,
      all: string,
      options: { value: string; text: string }[],
      value: string,
      key: 'campaign' | 'goal',
    ) => {
      const s = h('select', {
        class: 'sac-select',
        attrs: { 'aria-label': label, title: label },
        data: { filter: key },
      });
      s.append(new Option(all, ''), ...options.map((o) => new Option(o.text, o.value)));
      s.value = options.some((o) => o.value === value) ? value : '';
      s.addEventListener('change', () => this.setFilters({ [key]: s.value }));
      return s;
    };
    const campaigns = (model?.campaigns ?? []).map((c) => ({ value: c, text: c }));
    const goals = (model?.goals ?? []).map((g) => ({ value: g.id, text: g.title || g.id }));
    const clear = h('button', { class: 'sac-button', text: t.clearFilters, attrs: { type: 'button' } });
    clear.addEventListener('click', () => {
      this.state.filters = { ...NO_FILTERS, hiddenPlatforms: [], hiddenStatuses: [] };
      this.chromeKey = '';
      this.setFilters({});
    });
    this.filtersEl.replaceChildren(search, statuses);
    if (campaigns.length)
      this.filtersEl.append(select(t.campaign, t.allCampaigns, campaigns, f.campaign, 'campaign'));
    if (goals.length) this.filtersEl.append(select(t.goal, t.allGoals, goals, f.goal, 'goal'));
    this.filtersEl.append(clear);

    this.legendEl.setAttribute('aria-label', t.platforms);
    this.legendEl.replaceChildren(
      ...(model?.platforms ?? []).map((p) => {
        const b = h(
          'button',
          {
            class: 'sac-legend-item',
            attrs: { type: 'button', 'aria-pressed': String(!f.hiddenPlatforms.includes(p.id)) },
            data: { platform: p.id },
          },
          networkIcon(p.network),
          h('span', { class: 'sac-legend-label', text: p.label, attrs: { dir: 'auto' } }),
          h('span', { class: 'sac-legend-count' }),
        );
        paintNetwork(b, p.network);
        b.addEventListener('click', () => {
          const hidden = this.state.filters.hiddenPlatforms;
          this.setFilters({
            hiddenPlatforms: hidden.includes(p.id) ? hidden.filter((x) => x !== p.id) : [...hidden, p.id],
          });
          b.setAttribute('aria-pressed', String(!this.state.filters.hiddenPlatforms.includes(p.id)));
        });
        return b;
      }),
    );
  }

  private updateLegendCounts(): void {
    const counts = new Map<string, number>();
    for (const p of this.model?.posts ?? []) counts.set(p.platform, (counts.get(p.platform) ?? 0) + 1);
    for (const b of this.legendEl.querySelectorAll<HTMLElement>('[data-platform]')) {
      b.querySelector('.sac-legend-count')!.textContent = this.fmt.number(
        counts.get(b.dataset.platform!) ?? 0,
      );
    }
    const total = this.model?.posts.length ?? 0;
    const shown = this.current?.posts.length ?? 0;
    this.countEl.textContent = this.model
      ? this.fmt.t.shown(this.fmt.number(shown), this.fmt.number(total))
      : '';
  }

  private renderShortfalls(): void {
    const { t } = this.fmt;
    const items = [...(this.current?.shortfalls.values() ?? [])].flat();
    this.shortfallsEl.replaceChildren();
    if (!items.length || !this.current) return;
    const list = h('ul');
    for (const s of items.sort((a, b) => a.weekStart.localeCompare(b.weekStart))) {
      const label = this.current.platforms.get(s.platform)?.label ?? s.platform;
      const b = h('button', {
        class: 'sac-link',
        text: `${t.weekOf(this.fmt.dateLong(s.weekStart))} — ${t.shortfall(label, this.fmt.number(s.actual), this.fmt.number(s.planned))}`,
        attrs: { type: 'button', dir: 'auto' },
      });
      b.addEventListener('click', () => this.focusDay(s.weekStart));
      list.append(h('li', {}, b));
    }
    this.shortfallsEl.append(h('h2', { text: t.shortfallsTitle }), list);
  }

  private setFilters(change: Partial<Filters>): void {
    this.state.filters = { ...this.state.filters, ...change };
    this.save();
    this.recompute();
    this.renderChrome();
    this.renderer?.refresh();
    this.afterRender();
  }

  private save(): void {
    saveState(this.state);
  }

  // Pointer and keyboard

  private onClick(e: MouseEvent): void {
    const el = (e.target as Element).closest<HTMLElement>(POST);
    if (el) this.reveal(Number(el.dataset.postIndex));
  }

  private onDblClick(e: MouseEvent): void {
    const target = e.target as Element;
    if (
      !this.current?.editable ||
      target.closest(`${POST}, .fc-more-link, .sac-more, .fc-popover, .sac-popover`)
    )
      return;
    // In the week view's time grid the hour lanes lie over the day columns: find both by position.
    const timed = target.closest('.fc-timegrid-slot-lane, .fc-timegrid-col');
    const cell = timed ? this.columnAt(e.clientX) : target.closest<HTMLElement>('[data-date]');
    const date = cell?.dataset.date;
    if (!date) return;
    const time = timed ? this.timeAt(e.clientY) : undefined;
    post(
      time
        ? { type: 'addPost', version: this.version, date, time }
        : { type: 'addPost', version: this.version, date },
    );
  }

  private columnAt(x: number): HTMLElement | undefined {
    return [...this.calendarEl.querySelectorAll<HTMLElement>('td.fc-timegrid-col[data-date]')].find((col) => {
      const rect = col.getBoundingClientRect();
      return x >= rect.left && x < rect.right;
    });
  }

  /** The quarter hour under `y` in the week view's time grid. */
  private timeAt(y: number): string | undefined {
    for (const slot of this.calendarEl.querySelectorAll<HTMLElement>('.fc-timegrid-slot-lane[data-time]')) {
      const rect = slot.getBoundingClientRect();
      if (y < rect.top || y >= rect.bottom) continue;
      const [hh = '00', mm = '00'] = slot.dataset.time!.split(':');
      const minutes = Number(hh) * 60 + Number(mm) + Math.floor(((y - rect.top) / rect.height) * 4) * 15;
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    }
    return undefined;
  }

  private onKeyDown(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && this.renderer?.closePopups?.()) {
      e.preventDefault();
      return;
    }
    if (target.matches('[data-more-date]') && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      target.click();
    } else if (target.matches(POST)) this.postKey(e, target);
    else if (target.matches(DAY)) this.dayKey(e, target.dataset.date!, target);
  }

  private postKey(e: KeyboardEvent, el: HTMLElement): void {
    const index = Number(el.dataset.postIndex);
    const date = el.dataset.date!;
    const step = this.arrowStep(e.key);
    if (e.key === 'Enter' || e.key === ' ') {
      this.reveal(index);
    } else if (e.altKey && step !== undefined) {
      if (!this.current?.editable) return;
      this.pendingFocus = index;
      this.reschedule(index, addDays(date, step));
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const scope = el.closest(`${DAY}, .fc-popover, .sac-popover, .sac-list`) ?? this.calendarEl;
      const posts = [...scope.querySelectorAll<HTMLElement>(`${POST}, [data-more-date]`)];
      posts[posts.indexOf(el) + (e.key === 'ArrowUp' ? -1 : 1)]?.focus();
    } else if (e.key === 'Escape') {
      (el.closest<HTMLElement>(DAY) ?? this.cell(date))?.focus();
    } else {
      return;
    }
    e.preventDefault();
  }

  private dayKey(e: KeyboardEvent, date: string, cell: HTMLElement): void {
    const step = this.arrowStep(e.key);
    if (step !== undefined && !e.altKey) {
      this.focusDay(addDays(date, step));
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      this.renderer?.shift(e.key === 'PageUp' ? -1 : 1);
      this.focusRoving();
    } else if (e.key === 'Enter' || e.key === ' ') {
      const first = cell.querySelector<HTMLElement>(POST);
      if (first) first.focus();
      else if (this.current?.editable) post({ type: 'addPost', version: this.version, date });
    } else {
      return;
    }
    e.preventDefault();
  }

  /** Days an arrow key moves by, mirrored right to left. */
  private arrowStep(key: string): number | undefined {
    const forward = this.fmt.rtl ? -1 : 1;
    if (key === 'ArrowRight') return forward;
    if (key === 'ArrowLeft') return -forward;
    if (this.state.view === 'month' && key === 'ArrowUp') return -7;
    if (this.state.view === 'month' && key === 'ArrowDown') return 7;
    return undefined;
  }

  private reveal(index: number): void {
    post({ type: 'reveal', version: this.version, index });
  }

  // Roving focus: one day cell (or, in the list, one post) is in the tab order.

  private cell(date: string): HTMLElement | null {
    return /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? this.calendarEl.querySelector<HTMLElement>(`${DAY}[data-date="${date}"]`)
      : null;
  }

  private focusDay(date: string): void {
    if (!this.cell(date)) this.renderer?.goto(date);
    this.setActive(date);
    this.cell(date)?.focus();
  }

  private focusRoving(): void {
    this.calendarEl.querySelector<HTMLElement>(`${DAY}[tabindex="0"], ${POST}[tabindex="0"]`)?.focus();
  }

  private setActive(date: string): void {
    const cell = this.cell(date);
    if (!cell) return;
    this.activeDate = date;
    for (const el of this.calendarEl.querySelectorAll<HTMLElement>('[tabindex="0"]')) el.tabIndex = -1;
    cell.tabIndex = 0;
  }

  private syncRoving(): void {
    const target =
      (this.activeDate && this.cell(this.activeDate)) ||
      (this.current && this.cell(this.current.today)) ||
      this.calendarEl.querySelector<HTMLElement>(`${DAY}:not(.fc-day-other):not(.sac-other-month)`);
    if (target) {
      this.setActive(target.dataset.date!);
      return;
    }
    const first = this.calendarEl.querySelector<HTMLElement>(POST);
    if (first) first.tabIndex = 0;
  }

  private focusedThing(): { index?: number; date?: string } | undefined {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || !this.calendarEl.contains(el)) return undefined;
    if (el.matches(POST)) return { index: Number(el.dataset.postIndex) };
    if (el.matches(DAY)) return { date: el.dataset.date };
    return undefined;
  }
}

new CalendarPage(document.body);
