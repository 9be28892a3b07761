// The new-strategy templates: valid YAML, lint-clean under the engine, a period starting at today's month,
// every top-level section of the contract present, in both languages and across month and year ends.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { lint } from '../../../../src/core';
import { strategyTemplate } from '../../../../src/core/outputs/templates';
import { TOP_LEVEL_KEYS } from '../../contract';

interface Strategy {
  period: { start: string; end: string };
  calendar: { date: string }[];
  goals: { deadline: string }[];
  metrics: { values: Record<string, number> }[];
}

function load(language: 'en' | 'fa', today: string) {
  const doc = parseDocument(strategyTemplate(language, today));
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    [],
  );
  assert.deepEqual(
    doc.warnings.map((w) => w.message),
    [],
  );
  return { doc, data: doc.toJS() as Strategy };
}

const persianLetter = /[\u0600-\u06FF]/;

describe('strategyTemplate', () => {
  for (const language of ['en', 'fa'] as const) {
    describe(language, () => {
      it('parses without errors and has every top-level section of the contract', () => {
        const { doc } = load(language, '2027-03-15');
        for (const key of TOP_LEVEL_KEYS) assert.ok(doc.has(key), `missing top-level "${key}"`);
      });

      it('lints clean with the real engine (schema, SMART goals, calendar, metrics), whatever today is', () => {
        for (const today of ['2027-03-15', '2027-01-01', '2026-09-30', '2027-12-31', '2028-02-29']) {
          const findings = lint(strategyTemplate(language, today)).findings;
          assert.deepEqual(
            findings.map((f) => `${f.code}: ${f.message}`),
            [],
            `template of ${today}`,
          );
        }
      });

      const cases: [today: string, start: string, end: string][] = [
        ['2027-03-15', '2027-03-01', '2027-08-31'],
        ['2027-01-01', '2027-01-01', '2027-06-30'],
        ['2026-09-30', '2026-09-01', '2027-02-28'],
        ['2027-12-31', '2027-12-01', '2028-05-31'],
        ['2027-09-05', '2027-09-01', '2028-02-29'],
      ];
      for (const [today, start, end] of cases) {
        it(`starts the period at the month of ${today} and lasts six months`, () => {
          const { data } = load(language, today);
          assert.deepEqual(data.period, { start, end });
          for (const post of data.calendar) {
            assert.ok(
              post.date >= today && post.date <= end,
              `post on ${post.date} outside ${today}..${end}`,
            );
          }
          for (const goal of data.goals) assert.ok(goal.deadline >= start && goal.deadline <= end);
          // The baseline month is the one before the period.
          const months = Object.keys(data.metrics[0].values);
          assert.ok(months.every((m) => m < start.slice(0, 7)));
        });
      }
    });
  }

  it('writes the Persian template in Persian and the English one without Persian', () => {
    const fa = strategyTemplate('fa', '2027-03-15');
    const en = strategyTemplate('en', '2027-03-15');
    const faName = parseDocument(fa).get('name');
    assert.ok(typeof faName === 'string' && persianLetter.test(faName));
    assert.ok(!persianLetter.test(en));
  });

  // The exact bytes a user gets, comments and spacing included: the body is written once for both
  // languages, and these snapshots prove each language's output unchanged by that.
  for (const language of ['en', 'fa'] as const) {
    it(`writes the ${language} template byte for byte as its snapshot`, () => {
      const expected = readFileSync(
        join(__dirname, '../../../fixtures/templates', `${language}.expected.yaml`),
        'utf8',
      );
      assert.equal(strategyTemplate(language, '2027-03-15'), expected);
    });
  }

  it('rejects a malformed date', () => {
    assert.throws(() => strategyTemplate('en', '15/03/2027'), RangeError);
  });
});
