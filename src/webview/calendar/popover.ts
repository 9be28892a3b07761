// The "+N more" pop-up both renderers share: every post of one day, as focusable chips.
import { h } from '../shared/dom';
import type { RendererHost } from './renderer';
import { chip, decoratePost } from './chips';

export class DayPopover {
  private open: { el: HTMLElement; opener: HTMLElement } | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly host: RendererHost,
    private readonly draggable: boolean,
  ) {}

  show(opener: HTMLElement, iso: string): void {
    this.close(false);
    const { fmt } = this.host;
    const data = this.host.data();
    const title = fmt.t.morePosts(fmt.dateLong(iso));
    const close = h('button', {
      class: 'sac-popover-close',
      text: '×',
      attrs: { type: 'button', 'aria-label': fmt.t.close },
    });
    close.addEventListener('click', () => this.close());
    const body = h('div', { class: 'sac-popover-body' });
    for (const p of data.byDate.get(iso) ?? []) {
      const el = chip(p, data, fmt);
      decoratePost(el, p, data, fmt);
      el.draggable = this.draggable && data.editable;
      body.append(el);
      // Room for what a chip in a cell only has as a tooltip: a series' rule in words.
      if (p.occurrence)
        body.append(
          h('span', {
            class: 'sac-popover-note sac-repeat-words',
            text: p.occurrence.words,
            attrs: { dir: 'auto' },
          }),
        );
    }
    const el = h(
      'div',
      { class: 'sac-popover', attrs: { role: 'dialog', 'aria-label': title } },
      h('div', { class: 'sac-popover-header' }, h('span', { text: title }), close),
      body,
    );
    // Over the day's cell, kept inside the calendar.
    const cell = (opener.closest('[data-date]') ?? opener).getBoundingClientRect();
    const box = this.container.getBoundingClientRect();
    const width = Math.max(cell.width, 240);
    const left = Math.min(
      Math.max(0, cell.left - box.left - (fmt.rtl ? width - cell.width : 0)),
      box.width - width,
    );
    el.style.left = `${Math.max(0, left)}px`;
    el.style.top = `${cell.top - box.top}px`;
    el.style.width = `${width}px`;
    this.container.append(el);
    opener.setAttribute('aria-expanded', 'true');
    this.open = { el, opener };
    body.querySelector<HTMLElement>('.sac-post')?.focus();
  }

  contains(node: Node): boolean {
    return this.open?.el.contains(node) ?? false;
  }

  /** Closes the pop-up; true when one was open. */
  close(returnFocus = true): boolean {
    if (!this.open) return false;
    const { el, opener } = this.open;
    this.open = undefined;
    el.remove();
    opener.setAttribute('aria-expanded', 'false');
    if (returnFocus && opener.isConnected) opener.focus();
    return true;
  }
}
