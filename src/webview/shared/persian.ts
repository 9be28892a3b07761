// Solar Hijri (Jalaali) helpers over ISO dates; jalaali-js does the arithmetic. The months' names, in
// each language, are the core's (text/words.ts `report.solarMonths`).
import { jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { addDays, parseIso, sundayWeekday, toIso } from './dates';

export interface JDate {
  jy: number;
  jm: number;
  jd: number;
}

export function isoToJalaali(iso: string): JDate {
  const d = parseIso(iso);
  return toJalaali(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function jalaaliToIso(jy: number, jm: number, jd: number): string {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return toIso(new Date(Date.UTC(gy, gm - 1, gd)));
}

/** The first day of the Jalaali month `delta` months from the one containing `iso`. */
export function shiftJalaaliMonth(iso: string, delta: number): string {
  const { jy, jm } = isoToJalaali(iso);
  const index = jy * 12 + (jm - 1) + delta;
  return jalaaliToIso(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The month containing `iso` as whole Saturday-to-Friday weeks. */
export function jalaaliMonthGrid(iso: string): { jy: number; jm: number; first: string; days: string[] } {
  const { jy, jm } = isoToJalaali(iso);
  const first = jalaaliToIso(jy, jm, 1);
  const lead = (sundayWeekday(first) + 1) % 7; // Saturday = 0
  const length = jalaaliMonthLength(jy, jm);
  const cells = Math.ceil((lead + length) / 7) * 7;
  const start = addDays(first, -lead);
  return { jy, jm, first, days: Array.from({ length: cells }, (_, i) => addDays(start, i)) };
}

/** [start, end) of the Jalaali month containing `iso`. */
export function jalaaliMonthRange(iso: string): { start: string; end: string } {
  const { jy, jm } = isoToJalaali(iso);
  return {
    start: jalaaliToIso(jy, jm, 1),
    end: addDays(jalaaliToIso(jy, jm, 1), jalaaliMonthLength(jy, jm)),
  };
}
