// The filter bar (search, statuses, campaign, goal, clear), the platform legend that doubles as a
// filter, and the count of posts shown.
import type { CalendarViewModel } from '../../core/protocol';
import { h, icon } from '../shared/dom';
import type { Formatter } from '../shared/format';
import { networkIcon, paintNetwork, STATUS_ICONS } from './chips';
import { NO_FILTERS, type CalendarData, type Filters } from './data';
import { STATUSES } from './state';

export interface FilterHost {
  filters(): Filters;
  setFilters(change: Partial<Filters>): void;
}

export class FilterBar {
  readonly el = h('div', { class: 'sac-filters', attrs: { role: 'search' } });
  readonly legendEl = h('div', { class: 'sac-legend', attrs: { role: 'group' } });
  readonly countEl = h('p', { class: 'sac-count', attrs: { role: 'status' } });
  /** What the controls were built from: the language and the model's options. */
  private optionsKey = '';
  private searchTimer: number | undefined;

  constructor(private readonly host: FilterHost) {}

  /** Builds the controls afresh at the next render (the language changed). */
  invalidate(): void {
    this.optionsKey = '';
  }

  render(fmt: Formatter, model: CalendarViewModel | undefined, current: CalendarData | undefined): void {
    // Rebuild filter controls only when their options change, so typing and focus are never lost.
    const key = JSON.stringify([fmt.locale, model?.platforms, model?.campaigns, model?.goals]);
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      this.build(fmt, model);
    }
    this.updateCounts(fmt, model, current);
  }

  private build(fmt: Formatter, model: CalendarViewModel | undefined): void {
    const { t } = fmt;
    const f = this.host.filters();
    const search = h('input', {
      class: 'sac-search',
      attrs: { type: 'search', placeholder: t.search, 'aria-label': t.search, dir: 'auto' },
    });
    search.value = f.query;
    search.addEventListener('input', () => {
      window.clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => this.host.setFilters({ query: search.value }), 120);
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
        const hidden = this.host.filters().hiddenStatuses;
        this.host.setFilters({
          hiddenStatuses: hidden.includes(status) ? hidden.filter((s) => s !== status) : [...hidden, status],
        });
        b.setAttribute('aria-pressed', String(!this.host.filters().hiddenStatuses.includes(status)));
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
      s.addEventListener('change', () => this.host.setFilters({ [key]: s.value }));
      return s;
    };
    const campaigns = (model?.campaigns ?? []).map((c) => ({ value: c, text: c }));
    const goals = (model?.goals ?? []).map((g) => ({ value: g.id, text: g.title || g.id }));
    const clear = h('button', { class: 'sac-button', text: t.clearFilters, attrs: { type: 'button' } });
    clear.addEventListener('click', () => {
      this.optionsKey = '';
      this.host.setFilters({ ...NO_FILTERS, hiddenPlatforms: [], hiddenStatuses: [] });
    });
    this.el.replaceChildren(search, statuses);
    if (campaigns.length)
      this.el.append(select(t.campaign, t.allCampaigns, campaigns, f.campaign, 'campaign'));
    if (goals.length) this.el.append(select(t.goal, t.allGoals, goals, f.goal, 'goal'));
    this.el.append(clear);

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
          const hidden = this.host.filters().hiddenPlatforms;
          this.host.setFilters({
            hiddenPlatforms: hidden.includes(p.id) ? hidden.filter((x) => x !== p.id) : [...hidden, p.id],
          });
          b.setAttribute('aria-pressed', String(!this.host.filters().hiddenPlatforms.includes(p.id)));
        });
        return b;
      }),
    );
  }

  /** Posts per platform in the legend (all of them, filters aside), and how many of all are shown. */
  private updateCounts(
    fmt: Formatter,
    model: CalendarViewModel | undefined,
    current: CalendarData | undefined,
  ): void {
    const counts = new Map<string, number>();
    for (const p of model?.posts ?? []) counts.set(p.platform, (counts.get(p.platform) ?? 0) + 1);
    for (const b of this.legendEl.querySelectorAll<HTMLElement>('[data-platform]')) {
      b.querySelector('.sac-legend-count')!.textContent = fmt.number(counts.get(b.dataset.platform!) ?? 0);
    }
    const total = model?.posts.length ?? 0;
    const shown = current?.posts.length ?? 0;
    this.countEl.textContent = model ? fmt.t.shown(fmt.number(shown), fmt.number(total)) : '';
  }
}
