// The mouse over the calendar area: a click on a post reveals it in the file; a double click on a day
// (in the week view, on a quarter hour) adds a post there.
import { POST } from './focus';

export interface PointerHost {
  editable(): boolean;
  reveal(index: number): void;
  addPost(date: string, time?: string): void;
}

export function handlePointer(root: HTMLElement, host: PointerHost): void {
  root.addEventListener('click', (e) => {
    const el = (e.target as Element).closest<HTMLElement>(POST);
    if (el) host.reveal(Number(el.dataset.postIndex));
  });
  root.addEventListener('dblclick', (e) => {
    const target = e.target as Element;
    if (!host.editable() || target.closest(`${POST}, .fc-more-link, .sac-more, .fc-popover, .sac-popover`))
      return;
    // In the week view's time grid the hour lanes lie over the day columns: find both by position.
    const timed = target.closest('.fc-timegrid-slot-lane, .fc-timegrid-col');
    const cell = timed ? columnAt(root, e.clientX) : target.closest<HTMLElement>('[data-date]');
    const date = cell?.dataset.date;
    if (!date) return;
    host.addPost(date, timed ? timeAt(root, e.clientY) : undefined);
  });
}

function columnAt(root: HTMLElement, x: number): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('td.fc-timegrid-col[data-date]')].find((col) => {
    const rect = col.getBoundingClientRect();
    return x >= rect.left && x < rect.right;
  });
}

/** The quarter hour under `y` in the week view's time grid. */
function timeAt(root: HTMLElement, y: number): string | undefined {
  for (const slot of root.querySelectorAll<HTMLElement>('.fc-timegrid-slot-lane[data-time]')) {
    const rect = slot.getBoundingClientRect();
    if (y < rect.top || y >= rect.bottom) continue;
    const [hh = '00', mm = '00'] = slot.dataset.time!.split(':');
    const minutes = Number(hh) * 60 + Number(mm) + Math.floor(((y - rect.top) / rect.height) * 4) * 15;
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  return undefined;
}
