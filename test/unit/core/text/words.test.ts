// The table of words users see: every language has every word English has, so a translation cannot
// leave a verdict, a SMART letter or a column blank, and each adapter reads its words from here.
import assert from 'node:assert/strict';
import { languageOf, WORDS, type Language } from '../../../../src/core/text/words';
import { strings } from '../../../../src/webview/shared/i18n';

/** Every leaf of a table as "path: kind", so two languages compare by shape, not by text. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof value}`];
}

/** Every leaf that is an empty or blank string. */
function blanks(value: unknown, path = ''): string[] {
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, v]) => blanks(v, path ? `${path}.${key}` : key));
  return typeof value === 'string' && value.trim() === '' ? [path] : [];
}

const LANGUAGES = Object.keys(WORDS) as Language[];

describe('words', () => {
  it('speaks English and Persian', () => {
    assert.deepEqual(LANGUAGES.sort(), ['en', 'fa']);
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`has in ${language} every word English has, and no other`, () => {
      const missing = shape(WORDS.en).filter((leaf) => !shape(WORDS[language]).includes(leaf));
      const extra = shape(WORDS[language]).filter((leaf) => !shape(WORDS.en).includes(leaf));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    });
  }

  for (const language of LANGUAGES) {
    it(`leaves no word blank in ${language}`, () => {
      assert.deepEqual(blanks(WORDS[language]), []);
    });
  }

  it('picks the language of a locale, English unless Persian', () => {
    for (const locale of ['fa', 'fa-IR', 'FA-ir', 'fa-Arab-AF']) assert.equal(languageOf(locale), 'fa');
    for (const locale of ['en', 'en-US', 'de', 'far', '']) assert.equal(languageOf(locale), 'en');
  });

  it("heads the webviews' trends with the table's words, in both languages", () => {
    for (const language of LANGUAGES) {
      const t = strings(language);
      const { trends } = WORDS[language];
      assert.equal(t.verdicts, WORDS[language].verdicts);
      assert.equal(t.steadiness, WORDS[language].steadiness);
      assert.deepEqual(
        [t.metric, t.last, t.previousValue, t.mom, t.slope, t.r2, t.ma3, t.verdict],
        [
          trends.metric,
          trends.last,
          trends.previous,
          trends.mom,
          trends.slope,
          trends.steadiness,
          trends.ma3,
          trends.verdict,
        ],
      );
    }
  });
});
