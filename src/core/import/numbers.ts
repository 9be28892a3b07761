// A cell of an analytics export as a number: thousands separators (`5,150`, `5٬150`, `5 150`),
// Persian and Arabic-Indic digits and decimal marks (`12٫5`), a trailing `%` (the number is kept, not
// divided). Undefined for an empty cell or text that is not a number.
import { latinDigits } from './dates';

export function cellNumber(raw: string): number | undefined {
  let cell = latinDigits(raw.trim())
    .replace(/\u066b/g, '.') // Arabic decimal separator
    .replace(/[\u066c\u00a0\u202f' ]/g, ''); // Arabic thousands separator, spaces, apostrophes
  if (cell.endsWith('%')) cell = cell.slice(0, -1).trim();
  if (cell === '') return undefined;
  // Thousands commas only between groups of three digits; a lone comma is not a decimal mark here.
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell)) cell = cell.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell)) return undefined;
  const n = Number(cell);
  return Number.isFinite(n) ? n : undefined;
}
