// The calendar panel's composition root: the toolbar, the filters and legend, the render area with its
// keyboard and pointer handling, and the shortfalls below, wired to the extension's messages. State (view,
// date, filters) survives updates and reloads through getState/setState.
import '../shared/base.css';
import './calendar.css';
import type { CalendarPost, CalendarViewModel } from '../../core/protocol';
import { problemBanner } from '../shared/banner';
import { h } from '../shared/dom';
import { Formatter } from '../shared/format';
import { onMessage } from '../shared/validate';
import { post, saveState } from '../shared/vscode';
import { calendarData, movedOccurrence, openingDate, postAt, type CalendarData, type Filters } from './data';
import { FilterBar } from './filters';
import { RovingFocus, type FocusedThing } from './focus';
import { handleKeys, type KeyboardHost } from './keyboard';
import { handlePointer, type PointerHost } from './pointer';
import { RenderArea } from './render';
import type { RendererHost } from './renderer';
import { Shortfalls } from './shortfalls';
import { restoreState, type PanelView } from './state';
import { Toolbar } from './toolbar';

class CalendarPage implements RendererHost {
  fmt: Formatter;
  private readonly state = restoreState();
  /** The last model that parsed; kept while the file has a problem. */
  private model: CalendarViewModel | undefined;
  private version = 0;
  private problem: string | undefined;
  private current: CalendarData | undefined;
  /** Whether the calendar shows a place of the user's or of the file's choosing, not just today. */
  private placed = this.state.date !== undefined;
  /** The post a keyboard move asked to keep focused once the file comes back (changed or not). */
  private pendingFocus: FocusedThing | undefined;

  private readonly toolbar = new Toolbar({
    view: (view) => this.setView(view),
    shift: (delta) => this.area.renderer?.shift(delta),
    today: () => this.goToday(),
  });
  private readonly bannerHost = h('div', { class: 'sac-banner-host' });
  private readonly filters = new FilterBar({
    filters: () => this.state.filters,
    setFilters: (change) => this.setFilters(change),
  });
  private readonly helpEl = h('p', { class: 'sac-visually-hidden', attrs: { id: 'sac-help' } });
  private readonly area = new RenderArea();
  private readonly focus = new RovingFocus(this.area.el, (date) => this.area.renderer?.goto(date));
  private readonly shortfalls = new Shortfalls((weekStart) => this.focus.focusDay(weekStart));

  constructor(root: HTMLElement) {
    this.fmt = new Formatter(this.state.language, this.state.calendarSystem);
    root.replaceChildren(
      h(
        'div',
        { class: 'sac-app' },
        this.toolbar.el,
        this.bannerHost,
        this.filters.el,
        this.filters.legendEl,
        this.filters.countEl,
        this.helpEl,
        this.area.el,
        this.shortfalls.el,
      ),
    );
    const input: KeyboardHost & PointerHost = {
      rtl: () => this.fmt.rtl,
      view: () => this.state.view,
      editable: () => this.current?.editable ?? false,
      closePopups: () => this.area.renderer?.closePopups?.() ?? false,
      shift: (delta) => this.area.renderer?.shift(delta),
      reveal: (index) => post({ type: 'reveal', version: this.version, index }),
      move: (index, from, to) => {
        const moved = this.current && postAt(this.current, index, from);
        if (!moved) return;
        // Where the post will be: moved (the series, or the file refused nothing), left where it was
        // (the user kept it there), or, moved on its own, a new post written right after its series.
        const posts = [
          { index, date: to },
          { index, date: from },
        ];
        if (movedOccurrence(moved)) posts.push({ index: index + 1, date: to });
        this.pendingFocus = { posts };
        this.reschedule(moved, to);
      },
      addPost: (date: string, time?: string) =>
        post(
          time
            ? { type: 'addPost', version: this.version, date, time }
            : { type: 'addPost', version: this.version, date },
        ),
    };
    handlePointer(this.area.el, input);
    handleKeys(this.area.el, this.focus, input);
    this.applySettings();
    onMessage((message) => {
      if (message.type === 'settings') {
        if (message.calendarSystem === this.state.calendarSystem && message.language === this.state.language)
          return;
        this.state.calendarSystem = message.calendarSystem;
        this.state.language = message.language;
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

  reschedule(moved: CalendarPost, date: string, time?: string): void {
    const occurrence = movedOccurrence(moved);
    post({
      type: 'reschedule',
      version: this.version,
      index: moved.index,
      date,
      ...(time ? { time } : {}),
      ...(occurrence ? { occurrence } : {}),
    });
  }

  navigated(): void {
    const renderer = this.area.renderer;
    if (!renderer) return; // FullCalendar reports its first dates while being built
    this.state.date = renderer.anchor();
    this.save();
    this.toolbar.setTitle(renderer.title());
    this.focus.sync(this.current?.today);
  }

  // Messages in

  private update(model: CalendarViewModel): void {
    this.version = model.version;
    this.problem = model.problem;
    if (!model.problem || !this.model) this.model = model;
    const focus = this.focus.focused();
    // The first file with posts (or a period) picks where the calendar opens; later updates keep it.
    const opening = this.placed ? undefined : openingDate(this.model);
    if (opening) {
      this.placed = true;
      this.state.date = opening;
    }
    this.recompute();
    this.renderChrome();
    const renderer = this.area.renderer;
    if (renderer) {
      renderer.refresh();
      if (opening) renderer.goto(opening);
    } else this.rebuildRenderer();
    this.afterRender(focus);
  }

  private recompute(): void {
    if (this.model) this.current = calendarData(this.model, this.state.filters, this.problem === undefined);
  }

  private applySettings(): void {
    this.fmt = new Formatter(this.state.language, this.state.calendarSystem);
    document.documentElement.lang = this.fmt.locale;
    document.documentElement.dir = this.fmt.rtl ? 'rtl' : 'ltr';
    this.helpEl.textContent = this.fmt.t.help;
    this.toolbar.build(this.fmt, this.state.view);
    this.filters.invalidate();
    this.renderChrome();
    if (!this.model) this.area.loading(this.fmt.t.loading);
  }

  // User actions

  private goToday(): void {
    if (!this.current || !this.area.renderer) return;
    this.area.renderer.goto(this.current.today);
    this.focus.focusDay(this.current.today);
  }

  private setView(view: PanelView): void {
    if (view === this.state.view) return;
    this.state.view = view;
    if (this.area.renderer) this.state.date = this.area.renderer.anchor();
    this.save();
    this.toolbar.select(view);
    this.rebuildRenderer();
    this.afterRender();
  }

  private setFilters(change: Partial<Filters>): void {
    this.state.filters = { ...this.state.filters, ...change };
    this.save();
    this.recompute();
    this.renderChrome();
    this.area.renderer?.refresh();
    this.afterRender();
  }

  // Rendering

  private rebuildRenderer(): void {
    if (!this.current) return;
    this.area.mount(this.state.view, this.state.date ?? this.current.today, this);
    this.navigated();
  }

  private renderChrome(): void {
    const { t } = this.fmt;
    this.bannerHost.replaceChildren();
    if (this.problem !== undefined)
      this.bannerHost.append(problemBanner(t.problem, this.problem, t.readOnly));
    this.filters.render(this.fmt, this.model, this.current);
    this.shortfalls.render(this.fmt, this.current);
  }

  private afterRender(focus?: FocusedThing): void {
    const renderer = this.area.renderer;
    if (!renderer || !this.current) return;
    this.toolbar.setTitle(renderer.title());
    this.focus.sync(this.current.today);
    const restore = this.pendingFocus ?? focus;
    this.pendingFocus = undefined;
    this.focus.restore(restore);
    document.body.dataset.renderedVersion = String(this.version);
    window.dispatchEvent(new CustomEvent('sac-rendered'));
  }

  private save(): void {
    saveState(this.state);
  }
}

new CalendarPage(document.body);
