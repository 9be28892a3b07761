// The contract's "Language, calendar system, pace": which language and which weeks a file gets.
import { strict as assert } from 'node:assert';
import {
  fileCalendarSystem,
  fileLanguage,
  inArabicScript,
  languageOfLocale,
  resolveLanguage,
} from '../../../../src/core/domain/locale';

describe('a file’s language and calendar system', () => {
  it('finds Persian (Arabic-script) letters, not digits or punctuation alone', () => {
    assert.equal(inArabicScript('استراتژی ۱۴۰۴'), true);
    assert.equal(inArabicScript('Coffee roastery 1404'), false);
    assert.equal(inArabicScript('۱۴۰۴ ،؟'), false); // Persian digits and punctuation, no letter
    assert.equal(inArabicScript(undefined), false);
  });

  it('takes the language from the file, else fa for a Persian name, else leaves it to the environment', () => {
    assert.equal(fileLanguage({ language: 'en', name: 'برنامه' }), 'en');
    assert.equal(fileLanguage({ name: 'برنامه' }), 'fa');
    assert.equal(fileLanguage({ name: 'Plan' }), undefined);
    assert.equal(fileLanguage({ language: 'de', name: 'Plan' }), undefined); // not a language we speak
  });

  it('resolves by precedence: the user’s choice, the file, the environment, English', () => {
    assert.equal(resolveLanguage({ language: 'fa', name: 'Plan' }, 'en', 'fa_IR.UTF-8'), 'en');
    assert.equal(resolveLanguage({ language: 'fa', name: 'Plan' }, 'auto', 'en_US.UTF-8'), 'fa');
    assert.equal(resolveLanguage({ name: 'Plan' }, 'auto', 'fa_IR.UTF-8'), 'fa');
    assert.equal(resolveLanguage({ name: 'Plan' }, undefined, 'fa-IR'), 'fa');
    assert.equal(resolveLanguage({ name: 'Plan' }, undefined, 'de_DE.UTF-8'), 'en');
    assert.equal(resolveLanguage({ name: 'Plan' }), 'en');
  });

  it('reads locale tags as LANG and VS Code write them', () => {
    assert.equal(languageOfLocale('fa_IR.UTF-8'), 'fa');
    assert.equal(languageOfLocale('fa'), 'fa');
    assert.equal(languageOfLocale('en-GB'), 'en');
    assert.equal(languageOfLocale('C.UTF-8'), undefined);
    assert.equal(languageOfLocale(''), undefined);
  });

  it('never takes the calendar system from the environment: only from the file', () => {
    assert.equal(fileCalendarSystem({ calendarSystem: 'persian', name: 'Plan' }), 'persian');
    assert.equal(fileCalendarSystem({ calendarSystem: 'gregorian', name: 'برنامه' }), 'gregorian');
    assert.equal(fileCalendarSystem({ language: 'fa', name: 'Plan' }), 'persian');
    assert.equal(fileCalendarSystem({ name: 'برنامه' }), 'persian');
    assert.equal(fileCalendarSystem({ language: 'en', name: 'برنامه' }), 'gregorian');
    assert.equal(fileCalendarSystem({ name: 'Plan' }), 'gregorian');
  });
});
