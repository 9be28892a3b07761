// Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so no time zone can shift a day.

export function parseIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = parseIso(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** 0 = Sunday ... 6 = Saturday, as `Date` counts (the core's `weekday` counts from Monday). */
export function sundayWeekday(iso: string): number {
  return parseIso(iso).getUTCDay();
}

export function hhmm(date: Date): string {
  return date.toISOString().slice(11, 16);
}
