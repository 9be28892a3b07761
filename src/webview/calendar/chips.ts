// The pieces both renderers share: post chips, their labels, day classes and cadence badges.
import { networkStyle } from '../../core/domain/networks';
import type { CalendarPost, PostStatus } from '../../core/protocol';
import { h, icon } from '../shared/dom';
import type { Formatter } from '../shared/format';
import type { CalendarData } from './data';

export const STATUS_ICONS: Record<PostStatus, string> = {
  idea: 'M8 1.5a4.5 4.5 0 0 0-2.5 8.2V11.5h5V9.7A4.5 4.5 0 0 0 8 1.5zM5.5 12.5h5V14h-5z',
  draft: 'M11.3 1.3l3.4 3.4-8.9 8.9-4.3.9.9-4.3z',
  'in-review':
    'M8 3C4.5 3 1.7 5.1.5 8c1.2 2.9 4 5 7.5 5s6.3-2.1 7.5-5C14.3 5.1 11.5 3 8 3zm0 1.5c2.7 0 4.9 1.5 6 3.5-1.1 2-3.3 3.5-6 3.5S3.1 10 2 8c1.1-2 3.3-3.5 6-3.5zm0 1.2a2.3 2.3 0 1 0 0 4.6 2.3 2.3 0 1 0 0-4.6z',
  approved: 'M13.2 3.3l1.5 1.4L6.3 13 1.3 8l1.4-1.4 3.6 3.6z',
  rejected: 'M3.4 2L8 6.6 12.6 2 14 3.4 9.4 8l4.6 4.6-1.4 1.4L8 9.4 3.4 14 2 12.6 6.6 8 2 3.4z',
  scheduled:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.8a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 8 2.8zM7.1 4v4.6l3.5 2.1.9-1.5-2.6-1.5V4z',
  published: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.4 4.1l1.3 1.3-5.5 5.5-3.4-3.4 1.3-1.3 2.1 2.1z',
};
export const CONFLICT_ICON = 'M8 1L.5 14.5h15zm-.9 4.5h1.8v4.5H7.1zm0 5.5h1.8v1.8H7.1z';
/** Two arrows chasing each other round (like the codicon `sync`): a recurring post. */
export const REPEAT_ICON =
  'M3.9 3.9A5.8 5.8 0 0 1 13.8 8h1.8L13 11l-2.6-3h1.8a4.2 4.2 0 0 0-7.17-2.97zM12.1 12.1A5.8 5.8 0 0 1 2.2 8H.4L3 5l2.6 3H3.8a4.2 4.2 0 0 0 7.17 2.97z';

/** The repeat mark of an occurrence of a recurring post, its rule in words as the tooltip. */
export function repeatMark(post: CalendarPost): HTMLElement | null {
  if (!post.occurrence) return null;
  return h(
    'span',
    { class: 'sac-repeat', attrs: { title: post.occurrence.words } },
    icon(REPEAT_ICON, 'sac-icon sac-repeat-icon'),
  );
}

export function platformLabel(post: CalendarPost, data: CalendarData): string {
  return data.platforms.get(post.platform)?.label ?? post.platform;
}

/** Gives `el` its network's colours; calendar.css picks the light or dark one for the theme. */
export function paintNetwork(el: HTMLElement, network: string | undefined): void {
  const style = networkStyle(network);
  el.classList.add('sac-net');
  el.style.setProperty('--sac-net-light', style.light);
  el.style.setProperty('--sac-net-dark', style.dark);
}

/** The network's glyph, in its colour (set by `paintNetwork` on the element or an ancestor). */
export function networkIcon(network: string | undefined): SVGSVGElement {
  return icon(networkStyle(network).glyph, 'sac-icon sac-net-icon', 24, true);
}

export function postNetwork(post: CalendarPost, data: CalendarData): string {
  return data.platforms.get(post.platform)?.network ?? 'other';
}

/** What a screen reader says: "Instagram, 4 January 2027 09:00, Launch teaser, scheduled". */
export function postLabel(post: CalendarPost, data: CalendarData, fmt: Formatter): string {
  const when = fmt.dateLong(post.date) + (post.time ? ` ${fmt.digits(post.time)}` : '');
  const parts = [platformLabel(post, data), when, post.title, fmt.t.status[post.status]];
  if (post.conflict) parts.push(fmt.t.conflict);
  if (post.outsidePeriod) parts.push(fmt.t.outsidePeriod);
  if (post.occurrence) parts.push(fmt.t.repeats(post.occurrence.words));
  return parts.join(fmt.t.sep);
}

export function chip(post: CalendarPost, data: CalendarData, fmt: Formatter): HTMLElement {
  const network = postNetwork(post, data);
  const el = h(
    'span',
    { class: `sac-chip sac-status-${post.status}${post.conflict ? ' sac-conflict' : ''}` },
    networkIcon(network),
    icon(STATUS_ICONS[post.status], 'sac-icon sac-status-icon'),
    post.time ? h('span', { class: 'sac-time', text: fmt.digits(post.time) }) : null,
    repeatMark(post),
    h('span', { class: 'sac-chip-title', text: post.title, attrs: { dir: 'auto' } }),
    post.conflict ? icon(CONFLICT_ICON, 'sac-icon sac-conflict-icon') : null,
  );
  paintNetwork(el, network);
  return el;
}

/** Marks `el` as the focusable, labelled element of `post`. */
export function decoratePost(el: HTMLElement, post: CalendarPost, data: CalendarData, fmt: Formatter): void {
  const label = postLabel(post, data, fmt);
  el.classList.add('sac-post');
  el.dataset.postIndex = String(post.index);
  el.dataset.date = post.date;
  // VS Code's webview context menu: package.json `webview/context` offers the post commands here.
  el.setAttribute(
    'data-vscode-context',
    JSON.stringify({ webviewSection: 'post', postIndex: post.index, preventDefaultContextMenuItems: true }),
  );
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.title = label;
  el.tabIndex = -1;
}

export function dayClasses(iso: string, data: CalendarData): string[] {
  const classes = ['sac-daycell'];
  if (data.period && (iso < data.period.start || iso > data.period.end)) classes.push('sac-outside-period');
  if (iso === data.today) classes.push('sac-today');
  if (data.shortfalls.has(iso)) classes.push('sac-shortfall-week');
  return classes;
}

/**
 * Badges for the platforms below cadence in the week that starts on `iso`: the first day of the file's
 * week (a Monday; a Saturday in a Persian file), none on any other day.
 */
export function shortfallBadges(iso: string, data: CalendarData, fmt: Formatter): HTMLElement[] {
  return (data.shortfalls.get(iso) ?? []).map((s) => {
    const platform = data.platforms.get(s.platform);
    const label = platform?.label ?? s.platform;
    const text = fmt.t.shortfall(label, fmt.number(s.actual), fmt.number(s.planned));
    const badge = h(
      'span',
      { class: 'sac-shortfall', attrs: { title: text, 'aria-label': text } },
      fmt.digits(`${s.actual}/${s.planned}`),
    );
    paintNetwork(badge, platform?.network);
    return badge;
  });
}
