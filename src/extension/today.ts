// Today in the user's time zone as YYYY-MM-DD: the core never reads the clock, the adapters pass it in.
// Tests pin it (the CLI's --today does the same for the command line), so findings that depend on the
// date (calendar/overdue) are the same on every day the suite runs.
import { localDay } from '../core';

let pinned: string | undefined;

/** Makes localDate() return `date` (YYYY-MM-DD) until unpinned with undefined. For tests. */
export function pinToday(date: string | undefined): void {
  pinned = date;
}

export function localDate(d?: Date): string {
  if (d === undefined && pinned !== undefined) return pinned;
  return localDay(d ?? new Date());
}
