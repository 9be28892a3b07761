// Offsets to lines and columns as VS Code counts them: \n, \r\n and a lone \r (an old Mac line ending)
// each end a line (issue 7.13). vscode-languageserver-textdocument, VS Code's own text document for
// language servers, is the reference.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { jsonFindings } from '../../../../src/cli/report';
import { lint, LineIndex } from '../../../../src/core';
import { parseDirectives } from '../../../../src/core/engine/directives';
import { columnOf, lineEnd, lineStart, nextLineStart } from '../../../../src/core/text/lines';

const TEXTS = [
  'a\rb\r\rc',
  'one\r\ntwo\rthree\nfour\r',
  '\r\n\n\r\r\n',
  'version: 1\rname: x\rperiod: {start: 2027-01-01, end: 2027-06-30}\rgoals:\r  - id: g\r',
  'no line break',
  '',
  'ends with CR\r',
  'ends with LF\n',
];

describe('lines and columns as VS Code counts them, lone CR included (issue 7.13)', () => {
  for (const text of TEXTS) {
    it(`LineIndex agrees with VS Code on ${JSON.stringify(text).slice(0, 40)}`, () => {
      const doc = TextDocument.create('file:///x', 'yaml', 1, text);
      const index = new LineIndex(text);
      assert.equal(index.lineCount, doc.lineCount);
      for (let offset = 0; offset <= text.length; offset++) {
        const p = doc.positionAt(offset);
        assert.deepEqual(index.position(offset), { line: p.line, column: p.character }, `offset ${offset}`);
        assert.equal(columnOf(text, offset), p.character, `column of ${offset}`);
      }
      for (let line = 0; line <= doc.lineCount; line++)
        for (let column = 0; column < 6; column++)
          assert.equal(
            index.offset(line, column),
            doc.offsetAt({ line, character: column }),
            `line ${line}, column ${column}`,
          );
    });
  }

  it('text helpers find the lines VS Code shows', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const at = text.indexOf('hree');
    assert.equal(lineStart(text, at), text.indexOf('three'));
    assert.equal(lineEnd(text, at), text.indexOf('\nfour'));
    assert.equal(lineEnd(text, text.indexOf('two')), text.indexOf('\rthree'));
    assert.equal(lineEnd(text, 1), text.indexOf('\r\n'));
    assert.equal(nextLineStart(text, text.indexOf('two')), text.indexOf('three'));
    assert.equal(nextLineStart(text, 0), text.indexOf('two'));
    assert.equal(lineStart(text, text.indexOf('four')), text.indexOf('four'));
    assert.equal(lineStart('\nabc', 0), 0);
  });

  // The text, SARIF and --fix outputs print these same jsonFindings lines and columns.
  it("the CLI's lines and columns are VS Code's positions", () => {
    const text = TEXTS[3];
    const { findings } = lint(text);
    assert.ok(findings.length > 0);
    const doc = TextDocument.create('file:///x', 'yaml', 1, text);
    const json = jsonFindings([{ file: 'x.strategy.yaml', text, findings }]);
    json.forEach((j, i) => {
      const start = doc.positionAt(findings[i].start);
      const end = doc.positionAt(Math.max(findings[i].start, findings[i].end));
      assert.deepEqual(
        [j.line, j.column, j.endLine, j.endColumn],
        [start.line + 1, start.character + 1, end.line + 1, end.character + 1],
      );
    });
    assert.ok(
      json.some((j) => j.line > 1),
      'a lone CR starts a line',
    );
  });

  it('disable directives count lone CRs as line breaks too', () => {
    const text = 'a: 1\r# strategy-lint-disable-next-line x/y\rb: 2\n';
    const line = new LineIndex(text).position(text.indexOf('b: 2')).line;
    assert.deepEqual([...parseDirectives(text).lines.keys()], [line]);
  });
});
