// strategy-lint import's core: CSV dialects, date forms, numbers, aggregation, partial months,
// conflicts, and edits that change nothing but the values they report.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lint } from '../../../../src/core/engine/lint';
import { importMetrics, type CsvInput, type ImportOptions } from '../../../../src/core/import/import';
import { dateColumn, isoDay } from '../../../../src/core/import/dates';
import { cellNumber } from '../../../../src/core/import/numbers';
import { readTable } from '../../../../src/core/import/table';
import { applyEdits } from '../../../../src/core/text/edits';

function run(text: string, csvs: CsvInput[], options?: ImportOptions) {
  const result = importMetrics(lint(text).analysis, csvs, options);
  return { ...result, text: applyEdits(text, result.edits) };
}

const STRATEGY = `version: 1
name: Import
period: {start: 2027-01-01, end: 2027-12-31}
metrics:
  # followers at the month's end
  - id: followers
    name: Followers
    source: {column: Followers}
    values:
      '2027-01': 1000 # from the old sheet
      '2027-03': 1300
  - id: reach
    name: Reach
    aggregation: sum
    source:
      column: reach
      file: exports/*.csv
`;

describe('import: reading exports', () => {
  it('reads the date forms analytics tools write, deciding day/month order per column', () => {
    const day = (cells: string[]) => {
      const col = dateColumn(cells);
      return col && cells.map((c) => isoDay(c, col));
    };
    assert.deepEqual(day(['2027-02-01', '2027-02-28']), ['2027-02-01', '2027-02-28']);
    assert.deepEqual(day(['2027-02']), ['2027-02-28']); // a monthly row stands at the month's end
    assert.deepEqual(day(['2027/02/01']), ['2027-02-01']);
    assert.deepEqual(day(['02/01/2027', '02/28/2027']), ['2027-02-01', '2027-02-28']); // US
    assert.deepEqual(day(['01/02/2027', '28/02/2027']), ['2027-02-01', '2027-02-28']); // a day above 12
    assert.deepEqual(day(['01.02.2027']), ['2027-02-01']);
    assert.deepEqual(day(['2027-02-01T23:59:00Z', '2027-02-02 08:00']), ['2027-02-01', '2027-02-02']);
    // Solar Hijri: 1 Esfand 1405 = 20 February 2027; Persian digits too.
    assert.deepEqual(day(['1405/12/01', '۱۴۰۵/۱۲/۰۹']), ['2027-02-20', '2027-02-28']);
    assert.deepEqual(day(['1405-12-01']), ['2027-02-20'], 'a year below 1700 with dashes is Solar Hijri too');
    assert.equal(dateColumn(['2027-02-30']), undefined, 'not a real day');
    assert.equal(dateColumn(['Total', '2027-02-01']), undefined, 'a column with text is not a date column');
    assert.equal(dateColumn(['', '']), undefined);
  });

  it('reads numbers with thousands separators, Persian digits and percents', () => {
    assert.equal(cellNumber('5,150'), 5150);
    assert.equal(cellNumber('1,234,567.5'), 1234567.5);
    assert.equal(cellNumber('۵٬۱۵۰'), 5150);
    assert.equal(cellNumber('١٢٫٥'), 12.5);
    assert.equal(cellNumber('4.5%'), 4.5);
    assert.equal(cellNumber(' 12 '), 12);
    assert.equal(cellNumber(''), undefined);
    assert.equal(cellNumber('n/a'), undefined);
    assert.equal(cellNumber('1,5'), undefined, 'a lone comma is not read as a decimal mark');
  });

  it('detects separators, skips a preamble and reads BOM-prefixed text', () => {
    const cases: [string, string][] = [
      ['comma', 'Date,Followers\n2027-02-01,10\n'],
      ['semicolon', 'Date;Followers\n2027-02-01;10\n'],
      ['tab', 'Date\tFollowers\n2027-02-01\t10\n'],
      ['sep= line', 'sep=;\nDate;Followers\n2027-02-01;10\n'],
      ['title line', 'Instagram insights, February\n\nDate,Followers\n2027-02-01,10\n'],
      ['BOM and CRLF', '\ufeffDate,Followers\r\n2027-02-01,10\r\n'],
      ['quoted', '"Date","Followers"\n"2027-02-01","10"\n'],
    ];
    for (const [name, text] of cases) {
      const t = readTable(text);
      assert.ok(t.ok, name);
      assert.deepEqual(t.table.header, ['Date', 'Followers'], name);
      assert.deepEqual(t.table.rows, [['2027-02-01', '10']], name);
    }
    const quotedComma = readTable('Date,Reach\n2027-02-01,"5,150"\n');
    assert.ok(quotedComma.ok);
    assert.equal(cellNumber(quotedComma.table.rows[0][1]), 5150);
    const none = readTable('Name,Followers\nAli,10\n');
    assert.equal(none.ok, false);
  });
});

describe('import: month values', () => {
  const feb = (rows: string) => ({ path: 'exports/ig.csv', text: `Date,Followers,Reach,Likes\n${rows}` });

  it('takes the last day for last, adds for sum, inserts months in order in the file’s style', () => {
    const r = run(STRATEGY, [feb('2027-02-01,1100,10,1\n2027-02-15,1150,20,2\n2027-02-28,1200,30,3\n')]);
    assert.deepEqual(r.changes, [
      { metric: 'followers', month: '2027-02', old: null, new: 1200 },
      { metric: 'reach', month: '2027-02', old: null, new: 60 },
    ]);
    assert.deepEqual(r.unmatched, ['Likes']);
    assert.equal(
      r.text,
      STRATEGY.replace("      '2027-03': 1300\n", "      '2027-02': 1200\n      '2027-03': 1300\n").replace(
        '      file: exports/*.csv\n',
        '      file: exports/*.csv\n    values:\n      2027-02: 60\n',
      ),
    );
    // Idempotent: the same export again changes nothing.
    const again = run(r.text, [feb('2027-02-01,1100,10,1\n2027-02-15,1150,20,2\n2027-02-28,1200,30,3\n')]);
    assert.deepEqual(again.changes, []);
    assert.equal(again.text, r.text);
  });

  it('skips a partial month unless asked, and reports it', () => {
    const r = run(STRATEGY, [feb('2027-02-01,1100,10,1\n2027-02-20,1150,20,2\n')]);
    assert.deepEqual(r.changes, []);
    assert.deepEqual(r.partial, [
      { metric: 'followers', month: '2027-02' },
      { metric: 'reach', month: '2027-02' },
    ]);
    assert.equal(r.text, STRATEGY);
    const p = run(STRATEGY, [feb('2027-02-01,1100,10,1\n2027-02-20,1150,20,2\n')], { partial: true });
    assert.deepEqual(
      p.changes.map((c) => [c.metric, c.new]),
      [
        ['followers', 1150],
        ['reach', 30],
      ],
    );
  });

  it('keeps a different value as a conflict, replaces only its number with overwrite', () => {
    const csv = { path: 'ig.csv', text: 'Date,Followers\n2027-03-31,1310\n' };
    const kept = run(STRATEGY, [csv]);
    assert.deepEqual(kept.conflicts, [{ metric: 'followers', month: '2027-03', file: 1300, csv: 1310 }]);
    assert.equal(kept.text, STRATEGY);
    const over = run(STRATEGY, [csv], { overwrite: true });
    assert.deepEqual(over.changes, [{ metric: 'followers', month: '2027-03', old: 1300, new: 1310 }]);
    assert.equal(over.text, STRATEGY.replace("'2027-03': 1300", "'2027-03': 1310"));
    // reach's source.file (exports/*.csv) does not match ig.csv: the column would be unmatched anyway.
  });

  it('writes into flow mappings and creates values in a flow metric; keeps CRLF', () => {
    const flow = `version: 1\r\nname: F\r\nperiod: {start: 2027-01-01, end: 2027-12-31}\r\nmetrics:\r\n  - {id: a, name: A, source: {column: A}, values: {2027-01: 1, 2027-04: 4}}\r\n  - {id: b, name: B, aggregation: mean, source: {column: B}}\r\n`;
    const r = run(flow, [{ path: 'x.csv', text: 'Month,A,B\n2027-02,2,10\n2027-03,3,20\n2027-05,5,30\n' }]);
    assert.equal(
      r.text,
      flow
        .replace(
          'values: {2027-01: 1, 2027-04: 4}',
          'values: {2027-01: 1, 2027-02: 2, 2027-03: 3, 2027-04: 4, 2027-05: 5}',
        )
        .replace(
          'source: {column: B}}',
          'source: {column: B}, values: {2027-02: 10, 2027-03: 20, 2027-05: 30}}',
        ),
    );
    assert.deepEqual(
      lint(r.text).findings.filter((f) => f.severity === 'error'),
      [],
    );
  });

  it('aggregates mean, max and min, and reads a Solar Hijri export', () => {
    const text = `version: 1\nname: x\nperiod: {start: 2027-01-01, end: 2027-12-31}\nmetrics:\n  - {id: hi, name: H, aggregation: max, source: {column: v}}\n  - {id: lo, name: L, aggregation: min, source: {column: v}}\n  - {id: av, name: A, aggregation: mean, source: {column: v}}\n`;
    // Esfand 1405 runs from 20 February to 20 March 2027: February's rows end on its 28th.
    const csv = 'تاریخ,v\n1405/12/01,3\n1405/12/05,9\n۱۴۰۵/۱۲/۰۹,6\n';
    const r = run(text, [{ path: 'x.csv', text: csv }]);
    assert.deepEqual(
      r.changes.map((c) => [c.metric, c.month, c.new]),
      [
        ['hi', '2027-02', 9],
        ['lo', '2027-02', 3],
        ['av', '2027-02', 6],
      ],
    );
  });

  it('reports a CSV without a date column and writes nothing', () => {
    const r = run(STRATEGY, [{ path: 'bad.csv', text: 'Name,Followers\nAli,3\n' }]);
    assert.equal(r.problems.length, 1);
    assert.deepEqual(r.edits, []);
  });

  it('never changes a byte outside the values it reports (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 5000 })), {
          maxLength: 8,
        }),
        fc.boolean(),
        (months, overwrite) => {
          const rows = months.map(([m, v]) => `2027-${String(m).padStart(2, '0')},${v}`).join('\n');
          const r = run(STRATEGY, [{ path: 'x.csv', text: `Month,Followers\n${rows}\n` }], { overwrite });
          // Remove the reported values from both texts: what is left must be the same bytes.
          const strip = (t: string) =>
            t
              .split('\n')
              .filter(
                (line) =>
                  !r.changes.some((c) => line.includes(`${c.month}'`) || line.includes(`${c.month}:`)),
              )
              .join('\n');
          assert.equal(strip(r.text), strip(STRATEGY));
          const after = lint(r.text).analysis.model.metrics[0].value.values;
          for (const c of r.changes) assert.equal(after.find((v) => v.month === c.month)?.value, c.new);
          const months2 = after.map((v) => v.month);
          assert.deepEqual(months2, [...months2].sort(), 'months stay in order');
        },
      ),
    );
  });
});
