// An analytics export (CSV) as a table: papaparse reads the fields (quotes, separators it detects among
// comma, semicolon and tab), then the header row is the first row followed by data whose some column
// holds dates, so preamble lines (`sep=,`, a report title, a blank line) are skipped.
import Papa from 'papaparse';
import { dateColumn, type DateColumn } from './dates';
import { msg, type Message } from '../text/i18n/message';

export interface Table {
  header: string[];
  /** Data rows, each as long as the header (short rows padded with ''). */
  rows: string[][];
  /** The 1-based line of the header in the file, for messages. */
  headerLine: number;
  date: DateColumn;
}

export type TableResult = { ok: true; table: Table } | { ok: false; problem: Message };

/** How many leading rows may be preamble before the header. */
const MAX_PREAMBLE = 10;

export function readTable(text: string): TableResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  const rows = parsed.data.filter((row) => Array.isArray(row));
  if (rows.length === 0) return { ok: false, problem: msg('import.noRows') };
  // A preamble line (`sep=;` or a title) can make papaparse guess the wrong separator: guess again
  // from the rows after it.
  for (let start = 0; start < Math.min(rows.length, MAX_PREAMBLE + 1); start++) {
    const found = headerAt(rows, start);
    if (found) return { ok: true, table: found };
    if (start < MAX_PREAMBLE && rows[start].length <= 1 && start + 1 < rows.length) {
      const rest = reparse(body, start + 1);
      if (rest) {
        const again = headerAt(rest.rows, 0);
        if (again) return { ok: true, table: { ...again, headerLine: again.headerLine + rest.skipped } };
      }
    }
  }
  return {
    ok: false,
    problem: msg('import.noDateColumn', {
      ymd: 'YYYY-MM-DD',
      ym: 'YYYY-MM',
      mdy: 'MM/DD/YYYY',
      dmy: 'DD.MM.YYYY',
      jalaali: 'YYYY/MM/DD',
    }),
  };
}

function headerAt(rows: string[][], start: number): Table | undefined {
  const header = rows[start]?.map((cell) => cell.trim());
  if (!header || header.length < 2) return undefined;
  const data = rows.slice(start + 1).map((row) => pad(row, header.length));
  if (data.length === 0) return undefined;
  for (let c = 0; c < header.length; c++) {
    const date = dateColumn(data.map((row) => row[c]));
    if (date) return { header, rows: data, headerLine: start + 1, date: { ...date, index: c } };
  }
  return undefined;
}

/** The text from the `line`-th row on, parsed on its own (its own separator guess). */
function reparse(body: string, line: number): { rows: string[][]; skipped: number } | undefined {
  let at = 0;
  for (let i = 0; i < line; i++) {
    const next = body.indexOf('\n', at);
    if (next < 0) return undefined;
    at = next + 1;
  }
  const parsed = Papa.parse<string[]>(body.slice(at), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  return { rows: parsed.data.filter((row) => Array.isArray(row)), skipped: line };
}

function pad(row: string[], length: number): string[] {
  if (row.length >= length) return row;
  return [...row, ...new Array<string>(length - row.length).fill('')];
}
