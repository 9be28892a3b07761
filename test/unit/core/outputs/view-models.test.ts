import * as assert from 'node:assert/strict';
import { lint, type Finding } from '../../../../src/core';
import { VERDICT_WORDS } from '../../../../src/core/service/lens';
import { calendarViewModel, problemMessage, trendsViewModel } from '../../../../src/core/outputs/view-models';
import { strings } from '../../../../src/webview/shared/i18n';
import problems from '../../../webview/fixtures/problems.json';

const META = { uri: 'file:///s.strategy.yaml', fileName: 's.strategy.yaml', version: 1 };

function syntax(start: number, message = 'Something is not closed here.'): Finding {
  return { code: 'yaml/syntax', severity: 'error', message, start, end: start + 1 };
}

describe('problemMessage', () => {
  it('is undefined when the file parses', () => {
    const text = 'version: 1\nname: Winter launch\n';
    assert.equal(problemMessage(text, lint(text).findings), undefined);
  });

  it('is the line (1-based) and the finding, no wording about what the panel shows', () => {
    assert.equal(problemMessage('a: 1\nb: 2\nc: "\n', [syntax(13)]), 'Line 3: Something is not closed here.');
    assert.equal(problemMessage('a: 1\n', [syntax(0)]), 'Line 1: Something is not closed here.');
  });

  it('counts lines the way the editor does: CRLF is one line break, the end of the text is the last line', () => {
    assert.equal(problemMessage('a: 1\r\nb: "\r\n', [syntax(9, 'X.')]), 'Line 2: X.');
    assert.equal(problemMessage('a: 1\n', [syntax(99, 'X.')]), 'Line 2: X.');
  });

  it('uses the first syntax finding and ignores the others', () => {
    const other: Finding = {
      code: 'schema/required',
      severity: 'error',
      message: 'Other.',
      start: 0,
      end: 1,
    };
    assert.equal(
      problemMessage('a\nb\n', [other, syntax(2, 'First.'), syntax(0, 'Second.')]),
      'Line 2: First.',
    );
  });

  it("is what the webview tests show (their fixtures are the core's real output)", () => {
    for (const { text, problem } of Object.values(problems)) {
      assert.equal(problemMessage(text, lint(text).findings), problem);
    }
  });

  it('reaches both view models unchanged', () => {
    const { text, problem } = problems.repeatedKey;
    const { analysis, findings } = lint(text);
    assert.equal(calendarViewModel(analysis, findings, { ...META, today: '2027-01-01' }).problem, problem);
    assert.equal(trendsViewModel(analysis, findings, META).problem, problem);
    const fine = lint('version: 1\n');
    assert.equal('problem' in trendsViewModel(fine.analysis, fine.findings, META), false);
  });
});

describe('webview words', () => {
  it("name verdicts with the core's words", () => {
    assert.deepEqual(strings('en').verdicts, VERDICT_WORDS);
  });

  it('have a Persian verdict for every verdict', () => {
    assert.deepEqual(Object.keys(strings('fa').verdicts).sort(), Object.keys(VERDICT_WORDS).sort());
  });
});
