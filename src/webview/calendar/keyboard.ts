// Keys over the calendar area. On a day: arrows move between days (mirrored right to left), Page Up and
// Page Down between periods, Enter opens its first post or adds one. On a post: Enter reveals it, Alt+arrows
// move it by days, Up and Down go through its day, Escape returns to the day. Escape first closes a pop-up.
import { addDays } from '../shared/dates';
import { DAY, POST, type RovingFocus } from './focus';
import type { PanelView } from './state';

export interface KeyboardHost {
  rtl(): boolean;
  view(): PanelView;
  editable(): boolean;
  /** True when a pop-up was open. */
  closePopups(): boolean;
  shift(delta: 1 | -1): void;
  reveal(index: number): void;
  /** Moves post `index` as drawn on `from` (one occurrence, for a series) to `to`, keeping the focus on it. */
  move(index: number, from: string, to: string): void;
  addPost(date: string): void;
}

export function handleKeys(root: HTMLElement, focus: RovingFocus, host: KeyboardHost): void {
  /** Days an arrow key moves by, mirrored right to left. */
  const arrowStep = (key: string): number | undefined => {
    const forward = host.rtl() ? -1 : 1;
    if (key === 'ArrowRight') return forward;
    if (key === 'ArrowLeft') return -forward;
    if (host.view() === 'month' && key === 'ArrowUp') return -7;
    if (host.view() === 'month' && key === 'ArrowDown') return 7;
    return undefined;
  };

  const postKey = (e: KeyboardEvent, el: HTMLElement): void => {
    const index = Number(el.dataset.postIndex);
    const date = el.dataset.date!;
    const step = arrowStep(e.key);
    if (e.key === 'Enter' || e.key === ' ') {
      host.reveal(index);
    } else if (e.altKey && step !== undefined) {
      if (!host.editable()) return;
      host.move(index, date, addDays(date, step));
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const scope = el.closest(`${DAY}, .fc-popover, .sac-popover, .sac-list`) ?? root;
      const posts = [...scope.querySelectorAll<HTMLElement>(`${POST}, [data-more-date]`)];
      posts[posts.indexOf(el) + (e.key === 'ArrowUp' ? -1 : 1)]?.focus();
    } else if (e.key === 'Escape') {
      (el.closest<HTMLElement>(DAY) ?? focus.cell(date))?.focus();
    } else {
      return;
    }
    e.preventDefault();
  };

  const dayKey = (e: KeyboardEvent, date: string, cell: HTMLElement): void => {
    const step = arrowStep(e.key);
    if (step !== undefined && !e.altKey) {
      focus.focusDay(addDays(date, step));
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      host.shift(e.key === 'PageUp' ? -1 : 1);
      focus.focusRoving();
    } else if (e.key === 'Enter' || e.key === ' ') {
      const first = cell.querySelector<HTMLElement>(POST);
      if (first) first.focus();
      else if (host.editable()) host.addPost(date);
    } else {
      return;
    }
    e.preventDefault();
  };

  root.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && host.closePopups()) {
      e.preventDefault();
      return;
    }
    if (target.matches('[data-more-date]') && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      target.click();
    } else if (target.matches(POST)) postKey(e, target);
    else if (target.matches(DAY)) dayKey(e, target.dataset.date!, target);
  });
}
