// The list view: one month (Gregorian or Solar Hijri) as a table, a row per post under a row per day,
// with the columns a planner reads: time, platform, title, type, status, goal and campaign. The table
// is fixed to the panel's width and wraps its text, so it never scrolls sideways; a narrow panel folds
// type, goal and campaign under the title (calendar.css).
import type { CalendarPost } from '../../core/protocol';
import { addDays, parseIso, toIso } from '../shared/dates';
import { h, icon } from '../shared/dom';
import { jalaaliMonthRange } from '../shared/persian';
import {
  CONFLICT_ICON,
  decoratePost,
  networkIcon,
  paintNetwork,
  platformLabel,
  postNetwork,
  repeatMark,
  STATUS_ICONS,
} from './chips';
import type { CalendarRenderer, RendererHost } from './renderer';

const COLUMNS = ['time', 'platform', 'title', 'type', 'status', 'goal', 'campaign'] as const;
type Column = (typeof COLUMNS)[number];

export class ListView implements CalendarRenderer {
  readonly view = 'list' as const;
  private range: { start: string; end: string };
  private readonly abort = new AbortController();

  constructor(
    private readonly el: HTMLElement,
    private readonly host: RendererHost,
    anchor: string,
  ) {
    this.range = this.monthOf(anchor);
    // A click anywhere on a post's row acts as a click on the post.
    el.addEventListener(
      'click',
      (e) => {
        const target = e.target as Element;
        if (target.closest('[data-post-index]')) return;
        target.closest('tr')?.querySelector<HTMLElement>('[data-post-index]')?.click();
      },
      { signal: this.abort.signal },
    );
    this.render();
  }

  refresh(): void {
    this.render();
  }

  goto(iso: string): void {
    if (iso >= this.range.start && iso < this.range.end) return;
    this.range = this.monthOf(iso);
    this.render();
    this.host.navigated();
  }

  shift(delta: 1 | -1): void {
    this.goto(delta < 0 ? addDays(this.range.start, -1) : this.range.end);
  }

  anchor(): string {
    return this.range.start;
  }

  title(): string {
    const { fmt } = this.host;
    if (fmt.persian) return fmt.solarMonth(this.range.start);
    return fmt.gregorian(this.range.start, { month: 'long', year: 'numeric' });
  }

  destroy(): void {
    this.abort.abort();
    this.el.replaceChildren();
  }

  private monthOf(iso: string): { start: string; end: string } {
    if (this.host.fmt.persian) return jalaaliMonthRange(iso);
    const d = parseIso(iso);
    return {
      start: toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))),
      end: toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))),
    };
  }

  private render(): void {
    const { fmt } = this.host;
    const { t } = fmt;
    const data = this.host.data();
    const days = [...data.byDate.keys()].filter((d) => d >= this.range.start && d < this.range.end).sort();
    const table = h(
      'table',
      { class: 'sac-list', attrs: { 'aria-label': this.title() } },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...COLUMNS.map((c) =>
            h('th', { class: `sac-col-${c}`, text: t.columns[c], attrs: { scope: 'col' } }),
          ),
        ),
      ),
    );
    const body = h('tbody');
    // A series' rule in words under its first date of the month; its later dates keep the mark.
    const described = new Set<number>();
    for (const iso of days) {
      const weekday = fmt.gregorian(iso, { weekday: 'long' });
      body.append(
        h(
          'tr',
          { class: `sac-list-day${iso === data.today ? ' sac-today' : ''}`, data: { listDate: iso } },
          h('th', {
            text: `${weekday} ${fmt.dateLong(iso)}`,
            attrs: { colspan: String(COLUMNS.length), scope: 'colgroup' },
          }),
        ),
      );
      for (const post of data.byDate.get(iso) ?? []) {
        const describe = post.occurrence !== undefined && !described.has(post.index);
        if (describe) described.add(post.index);
        body.append(this.row(post, describe));
      }
    }
    if (!days.length) {
      body.append(
        h(
          'tr',
          { class: 'sac-list-empty' },
          h('td', { text: t.noPostsThisMonth, attrs: { colspan: String(COLUMNS.length) } }),
        ),
      );
    }
    table.append(body);
    this.el.replaceChildren(h('div', { class: 'sac-list-wrap' }, table));
  }

  private row(post: CalendarPost, describe: boolean): HTMLElement {
    const { fmt } = this.host;
    const { t } = fmt;
    const data = this.host.data();
    const network = postNetwork(post, data);
    const type = post.type ? (t.postTypes[post.type] ?? post.type) : '';
    const goal = post.goal ? (data.goals.get(post.goal) ?? post.goal) : '';
    const campaign = post.campaign ?? '';
    const titled = h(
      'span',
      { class: 'sac-list-post' },
      repeatMark(post),
      h('span', { class: 'sac-chip-title', text: post.title, attrs: { dir: 'auto' } }),
      post.conflict ? icon(CONFLICT_ICON, 'sac-icon sac-conflict-icon') : null,
    );
    decoratePost(titled, post, data, fmt);
    // What the hidden columns say, under the title, when the panel is too narrow for them.
    const meta = [type, goal, campaign].filter(Boolean).join(fmt.t.metaSep);
    const cells: Record<Column, (Node | string | null)[]> = {
      time: [post.time ? fmt.digits(post.time) : ''],
      platform: [
        networkIcon(network),
        h('span', { class: 'sac-list-platform', text: platformLabel(post, data), attrs: { dir: 'auto' } }),
      ],
      title: [
        titled,
        post.outsidePeriod ? h('span', { class: 'sac-list-note', text: t.outsidePeriod }) : null,
        describe && post.occurrence
          ? h('span', {
              class: 'sac-list-note sac-repeat-words',
              text: post.occurrence.words,
              attrs: { dir: 'auto' },
            })
          : null,
        meta ? h('span', { class: 'sac-list-meta', text: meta, attrs: { dir: 'auto' } }) : null,
      ],
      type: [type],
      status: [icon(STATUS_ICONS[post.status], 'sac-icon sac-status-icon'), t.status[post.status]],
      goal: [h('span', { text: goal, attrs: { dir: 'auto' } })],
      campaign: [h('span', { text: campaign, attrs: { dir: 'auto' } })],
    };
    const tr = h(
      'tr',
      { class: `sac-list-row sac-status-${post.status}${post.conflict ? ' sac-conflict' : ''}` },
      ...COLUMNS.map((c) => h('td', { class: `sac-col-${c}` }, ...cells[c])),
    );
    paintNetwork(tr, network);
    return tr;
  }
}
