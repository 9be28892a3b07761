// A later occurrence of a series dragged in the calendar panel: the panel asks whether it moves on its
// own or with its series (the modal cannot be clicked in a test, so the test answers through
// panel.ask), writes one undoable edit, and leaves the file alone when the user cancels.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CalendarViewModel } from '../../../src/core/protocol';
import type { SeriesChoice, SeriesQuestion, StrategyPanel } from '../../../src/extension/panels/panels';
import { closeAll, extensionApi, openEditor, waitFor, workspaceUri } from './helpers';

// 2027-03-01 is a Monday.
const SERIES = `version: 1
name: Series
period:
  start: 2027-01-01
  end: 2027-06-30
platforms:
  - id: ig
    network: instagram
calendar:
  # weekly tips
  - date: 2027-03-01 # a Monday
    time: "09:00"
    platform: ig
    title: Weekly tips   # keep
    status: scheduled
    repeat:
      every: week
      on: [mon, thu]   # two a week
      until: 2027-03-31
  - date: 2027-03-02
    platform: ig
    title: Single
`;

const WORDS = 'every Monday and Thursday until 31 March 2027, 9 posts';

let count = 0;

/** A strategy file written for one test (deleted by the returned disposable). */
async function scratchFile(text: string): Promise<{ uri: vscode.Uri; dispose(): Promise<void> }> {
  const uri = workspaceUri(`series-scratch-${++count}-${Date.now()}.strategy.yaml`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return {
    uri,
    dispose: async () => {
      await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    },
  };
}

describe('calendar panel: moving one occurrence of a series', () => {
  afterEach(closeAll);

  /** Opens the file and its calendar, answering the series question with `answers` in turn. */
  async function setUp(text: string) {
    const api = await extensionApi();
    const scratch = await scratchFile(text);
    const editor = await openEditor(scratch.uri);
    const panel = await vscode.commands.executeCommand<StrategyPanel>('strategy.openCalendar', scratch.uri);
    const asked: SeriesQuestion[] = [];
    const answers: (SeriesChoice | undefined)[] = [];
    panel.ask = (question) => {
      asked.push(question);
      return Promise.resolve(answers.shift());
    };
    /** Waits until the file's current text is linted, and sends the panel its model. */
    const settled = async () => {
      await waitFor(
        api.store.onDidLint,
        () => (api.store.get(scratch.uri)?.version === editor.document.version ? true : undefined),
        'the text linted',
      );
      await panel.update();
      return panel.model as CalendarViewModel;
    };
    const undo = async () => {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
    };
    return { scratch, editor, panel, asked, answers, settled, undo };
  }

  it('"This post only": the date joins except and a single post follows the series; one undo restores it', async () => {
    const { scratch, editor, panel, asked, answers, settled, undo } = await setUp(SERIES);
    try {
      const model = await settled();
      const occurrence = model.posts.find((p) => p.index === 0 && p.date === '2027-03-08');
      assert.deepEqual(occurrence?.occurrence, { nth: 2, first: '2027-03-01', total: 9, words: WORDS });
      answers.push('one');
      const result = await panel.handleMessage({
        type: 'reschedule',
        version: model.version,
        index: 0,
        date: '2027-03-09',
        occurrence: '2027-03-08',
      });
      assert.deepEqual(result, { ok: true, action: 'reschedule' });
      assert.deepEqual(asked, [{ title: 'Weekly tips', words: WORDS, from: '2027-03-08', to: '2027-03-09' }]);
      assert.equal(
        editor.document.getText(),
        SERIES.replace(
          '      until: 2027-03-31\n',
          `      until: 2027-03-31
      except: [2027-03-08]
  - date: 2027-03-09
    time: "09:00"
    platform: ig
    title: Weekly tips
    status: scheduled
`,
        ),
      );
      const after = await settled();
      assert.deepEqual(
        after.posts.filter((p) => p.date === '2027-03-08' || p.date === '2027-03-09').map((p) => p.index),
        [1],
        'the series skips 8 March; post 1 goes out on 9 March',
      );
      await undo();
      assert.equal(editor.document.getText(), SERIES, 'one undo restores every byte');
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('"The whole series": the date and the weekdays shift by the same days, with the new time', async () => {
    const { scratch, editor, panel, answers, settled, undo } = await setUp(SERIES);
    try {
      const model = await settled();
      answers.push('series');
      const result = await panel.handleMessage({
        type: 'reschedule',
        version: model.version,
        index: 0,
        date: '2027-03-12',
        time: '10:30',
        occurrence: '2027-03-11',
      });
      assert.deepEqual(result, { ok: true, action: 'reschedule' });
      assert.equal(
        editor.document.getText(),
        SERIES.replace('2027-03-01 # a Monday', '2027-03-02 # a Monday')
          .replace('"09:00"', '"10:30"')
          .replace('[mon, thu]', '[tue, fri]'),
      );
      await undo();
      assert.equal(editor.document.getText(), SERIES);
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('cancel changes nothing and redraws the panel; a date that is no later occurrence is refused unasked', async () => {
    const { scratch, editor, panel, asked, answers, settled } = await setUp(SERIES);
    try {
      const model = await settled();
      answers.push(undefined);
      const posts = panel.posted.length;
      const cancelled = await panel.handleMessage({
        type: 'reschedule',
        version: model.version,
        index: 0,
        date: '2027-03-09',
        occurrence: '2027-03-08',
      });
      assert.equal(cancelled.ok, false);
      assert.equal(editor.document.getText(), SERIES);
      assert.equal(asked.length, 1);
      assert.ok(
        panel.posted.slice(posts).some((m) => m.type === 'update'),
        'the page gets the unchanged model, so the dragged chip goes back',
      );
      assert.ok(!editor.document.isDirty);

      const version = panel.model!.version;
      for (const occurrence of ['2027-03-01', '2027-03-09', '2027-3-8', 8]) {
        const refused = await panel.handleMessage({
          type: 'reschedule',
          version,
          index: 0,
          date: '2027-03-10',
          occurrence,
        });
        assert.equal(refused.ok, false, String(occurrence));
      }
      const single = await panel.handleMessage({
        type: 'reschedule',
        version,
        index: 1,
        date: '2027-03-10',
        occurrence: '2027-03-08',
      });
      assert.equal(single.ok, false, 'post 1 does not repeat');
      assert.equal(asked.length, 1, 'refused messages ask nothing');
      assert.equal(editor.document.getText(), SERIES);
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });

  it('keeps CRLF line endings and a flow repeat in the file, byte for byte', async () => {
    const text = SERIES.replace(
      / {4}repeat:\n[\s\S]*?until: 2027-03-31\n/,
      '    repeat: {every: week, on: [mon, thu], until: 2027-03-31}   # twice a week\n',
    ).replace(/\n/g, '\r\n');
    const { scratch, editor, panel, answers, settled, undo } = await setUp(text);
    try {
      assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
      const model = await settled();
      answers.push('one');
      const result = await panel.handleMessage({
        type: 'reschedule',
        version: model.version,
        index: 0,
        date: '2027-03-05',
        occurrence: '2027-03-04',
      });
      assert.deepEqual(result, { ok: true, action: 'reschedule' });
      assert.equal(
        editor.document.getText(),
        text.replace(
          'until: 2027-03-31}   # twice a week\r\n',
          'until: 2027-03-31, except: [2027-03-04]}   # twice a week\r\n' +
            '  - date: 2027-03-05\r\n    time: "09:00"\r\n    platform: ig\r\n    title: Weekly tips\r\n    status: scheduled\r\n',
        ),
      );
      await undo();
      assert.equal(editor.document.getText(), text);
      panel.dispose();
    } finally {
      await closeAll();
      await scratch.dispose();
    }
  });
});
