// Roving focus over the calendar area: one day cell (or, in the list, one post) is in the tab order,
// and the focus comes back to the post or day it was on after a redraw.
export const DAY = '.sac-daycell[data-date]';
export const POST = '[data-post-index]';

/** A post as drawn: its index in the file and its date (a series draws one per occurrence). */
export interface PostPlace {
  index: number;
  date: string;
}

/** What had the focus before a redraw: a post (the first of these places that exists), or a day. */
export interface FocusedThing {
  posts?: PostPlace[];
  date?: string;
}

export class RovingFocus {
  private activeDate: string | undefined;

  /** `goto` shows a date that is not on screen. */
  constructor(
    private readonly root: HTMLElement,
    private readonly goto: (date: string) => void,
  ) {
    root.addEventListener('focusin', (e) => {
      const day = (e.target as Element).closest<HTMLElement>(DAY);
      if (day && day === e.target) this.setActive(day.dataset.date!);
    });
  }

  cell(date: string): HTMLElement | null {
    return /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? this.root.querySelector<HTMLElement>(`${DAY}[data-date="${date}"]`)
      : null;
  }

  focusDay(date: string): void {
    if (!this.cell(date)) this.goto(date);
    this.setActive(date);
    this.cell(date)?.focus();
  }

  /** Focuses what is in the tab order. */
  focusRoving(): void {
    this.root.querySelector<HTMLElement>(`${DAY}[tabindex="0"], ${POST}[tabindex="0"]`)?.focus();
  }

  /** Puts one element in the tab order after a redraw: the active day, else today, else the first. */
  sync(today: string | undefined): void {
    const target =
      (this.activeDate && this.cell(this.activeDate)) ||
      (today && this.cell(today)) ||
      this.root.querySelector<HTMLElement>(`${DAY}:not(.fc-day-other):not(.sac-other-month)`);
    if (target) {
      this.setActive(target.dataset.date!);
      return;
    }
    const first = this.root.querySelector<HTMLElement>(POST);
    if (first) first.tabIndex = 0;
  }

  focused(): FocusedThing | undefined {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || !this.root.contains(el)) return undefined;
    if (el.matches(POST)) return { posts: [{ index: Number(el.dataset.postIndex), date: el.dataset.date! }] };
    if (el.matches(DAY)) return { date: el.dataset.date };
    return undefined;
  }

  /** The element of the post `index` on `date`. */
  post(index: number, date: string): HTMLElement | null {
    return Number.isInteger(index) && /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? this.root.querySelector<HTMLElement>(`${POST}[data-post-index="${index}"][data-date="${date}"]`)
      : null;
  }

  /** Focuses the first of the posts that is drawn, else the day, when a redraw left the focus nowhere. */
  restore(thing: FocusedThing | undefined): void {
    if (!thing) return;
    if (document.activeElement !== document.body && document.activeElement?.isConnected) return;
    if (thing.posts) {
      for (const { index, date } of thing.posts) {
        const el = this.post(index, date);
        if (el) return el.focus();
      }
    } else if (thing.date) this.cell(thing.date)?.focus();
  }

  private setActive(date: string): void {
    const cell = this.cell(date);
    if (!cell) return;
    this.activeDate = date;
    for (const el of this.root.querySelectorAll<HTMLElement>('[tabindex="0"]')) el.tabIndex = -1;
    cell.tabIndex = 0;
  }
}
