// Below the calendar: the weeks where a shown platform has fewer posts than it plans, each a link to
// its week.
import { h } from '../shared/dom';
import type { Formatter } from '../shared/format';
import type { CalendarData } from './data';

export class Shortfalls {
  readonly el = h('section', { class: 'sac-shortfalls' });

  constructor(private readonly pick: (weekStart: string) => void) {}

  render(fmt: Formatter, current: CalendarData | undefined): void {
    const { t } = fmt;
    const items = [...(current?.shortfalls.values() ?? [])].flat();
    this.el.replaceChildren();
    if (!items.length || !current) return;
    const list = h('ul');
    for (const s of items.sort((a, b) => a.weekStart.localeCompare(b.weekStart))) {
      const label = current.platforms.get(s.platform)?.label ?? s.platform;
      const b = h('button', {
        class: 'sac-link',
        text: `${t.weekOf(fmt.dateLong(s.weekStart))} — ${t.shortfall(label, fmt.number(s.actual), fmt.number(s.planned))}`,
        attrs: { type: 'button', dir: 'auto' },
      });
      b.addEventListener('click', () => this.pick(s.weekStart));
      list.append(h('li', {}, b));
    }
    this.el.append(h('h2', { text: t.shortfallsTitle }), list);
  }
}
