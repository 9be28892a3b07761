// The toolbar: Previous, Today and Next, the title of the shown dates, and the view switch.
import { h } from '../shared/dom';
import type { Formatter } from '../shared/format';
import { VIEWS, type PanelView } from './state';

export interface ToolbarActions {
  view(view: PanelView): void;
  shift(delta: 1 | -1): void;
  today(): void;
}

export class Toolbar {
  readonly el = h('div', { class: 'sac-toolbar' });
  private readonly titleEl = h('h1', { class: 'sac-title', attrs: { 'aria-live': 'polite' } });
  /** Previous, Today and Next: hidden in the heatmap, which has no dates to move through. */
  private dateButtons: HTMLElement[] = [];

  constructor(private readonly actions: ToolbarActions) {}

  /** Builds the buttons in the formatter's language and direction. */
  build(fmt: Formatter, view: PanelView): void {
    const { t } = fmt;
    const button = (text: string, label: string, action: () => void, cls = '') => {
      const b = h('button', {
        class: `sac-button ${cls}`,
        text,
        attrs: { type: 'button', 'aria-label': label, title: label },
      });
      b.addEventListener('click', action);
      return b;
    };
    const [prevArrow, nextArrow] = fmt.rtl ? ['›', '‹'] : ['‹', '›'];
    const views = h('div', { class: 'sac-segmented', attrs: { role: 'group', 'aria-label': t.views } });
    for (const v of VIEWS) {
      const b = button(t[v], t[v], () => this.actions.view(v));
      b.dataset.view = v;
      b.setAttribute('aria-pressed', String(v === view));
      views.append(b);
    }
    this.dateButtons = [
      button(prevArrow, t.previous, () => this.actions.shift(-1), 'sac-icon-button'),
      button(t.today, t.today, () => this.actions.today()),
      button(nextArrow, t.next, () => this.actions.shift(1), 'sac-icon-button'),
    ];
    this.syncDateButtons(view);
    this.el.replaceChildren(h('div', { class: 'sac-nav' }, ...this.dateButtons, this.titleEl), views);
  }

  /** Presses the button of `view`. */
  select(view: PanelView): void {
    for (const b of this.el.querySelectorAll<HTMLElement>('[data-view]')) {
      b.setAttribute('aria-pressed', String(b.dataset.view === view));
    }
    this.syncDateButtons(view);
  }

  setTitle(title: string): void {
    this.titleEl.textContent = title;
  }

  private syncDateButtons(view: PanelView): void {
    for (const b of this.dateButtons) b.hidden = view === 'heatmap';
  }
}
