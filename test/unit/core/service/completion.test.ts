import assert from 'node:assert/strict';
import { completions, type CompletionItem } from '../../../../src/core/service/completion';
import { analyze, cursor } from './helper';

function complete(marked: string, today?: string): { items: CompletionItem[]; text: string; offset: number } {
  const { text, offset } = cursor(marked);
  return { items: completions(analyze(text), offset, today ? { today } : {}), text, offset };
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const replaced = (text: string, item: CompletionItem) => text.slice(item.range.start, item.range.end);

const PLATFORMS =
  'platforms:\n  - id: ig\n    network: instagram\n    handle: "@roastery"\n  - id: tg\n    network: telegram\n';

describe('service: completions', () => {
  it('offers the keys a goal still lacks, with their documentation, on a half-typed key (broken YAML)', () => {
    const { items, text } = complete('goals:\n  - id: a\n    title: رشد فروش آنلاین\n    ob|\n');
    assert.deepEqual(labels(items), [
      'objective',
      'metric',
      'platforms',
      'baseline',
      'target',
      'deadline',
      'rationale',
      'owner',
    ]);
    const objective = items[0];
    assert.equal(objective.kind, 'property');
    assert.equal(objective.insertText, 'objective: ');
    assert.equal(replaced(text, objective), 'ob');
    assert.match(objective.documentation!, /objective/i);
    const platforms = items.find((i) => i.label === 'platforms')!;
    assert.equal(platforms.insertText, 'platforms: [$1]');
    assert.equal(platforms.snippet, true);
  });

  it('knows the mapping of an empty line from its indentation, and the keys below the cursor', () => {
    const { items } = complete(
      'calendar:\n  - date: 2027-01-04\n    |\n    title: x\n  - date: 2027-01-05\n    platform: ig\n',
    );
    assert.deepEqual(labels(items), [
      'time',
      'platform',
      'type',
      'status',
      'goal',
      'campaign',
      'link',
      'notes',
      'repeat',
      'approvedBy',
    ]);
    assert.equal(items[1].detail, 'required');
    assert.ok(items[1].sortText! < items[0].sortText!, 'required keys sort first');
  });

  it('offers snippets for objects and lists of objects at the top level', () => {
    const { items, text } = complete('version: 1\npe|');
    const period = items.find((i) => i.label === 'period')!;
    assert.equal(period.insertText, 'period:\n  start: ${1:2025-01-01}\n  end: ${2:2025-12-31}');
    assert.equal(replaced(text, period), 'pe');
    assert.ok(!labels(items).includes('version'));
    const goals = items.find((i) => i.label === 'goals')!;
    assert.match(goals.insertText, /^goals:\n {2}- id: \$1\n {4}title: \$2\n/);
  });

  it('offers whole items on a fresh dash line, indented past the dash', () => {
    const { items } = complete('goals:\n  - |\n');
    const smart = items.find((i) => i.kind === 'snippet')!;
    assert.equal(smart.label, 'SMART goal');
    assert.match(smart.insertText, /^id: \$1\n {2}title: \$2\n/);
    assert.ok(labels(items).includes('id'));
  });

  it('offers a new list item, dash included, on an empty line at the list column', () => {
    const { items } = complete('calendar:\n  - date: 2027-01-04\n    title: x\n  |\n');
    assert.deepEqual(labels(items), ['- post']);
    assert.match(items[0].insertText, /^- date: \$\{1:2025-01-01\}\n {2}platform: \$2/);
  });

  it('offers enum values with their descriptions, replacing the partial value', () => {
    const { items, text } = complete('calendar:\n  - date: 2027-01-04\n    status: dr|\n');
    assert.deepEqual(labels(items), [
      'idea',
      'draft',
      'in-review',
      'approved',
      'rejected',
      'scheduled',
      'published',
    ]);
    assert.equal(items[0].detail, 'default');
    assert.match(items[1].documentation!, /written or produced/);
    assert.equal(replaced(text, items[1]), 'dr');
    assert.equal(items[1].kind, 'value');
  });

  it('offers platform ids after `platform: ` with nothing typed yet, with network and handle', () => {
    const { items, offset } = complete(`calendar:\n  - date: 2027-01-04\n    platform: |\n${PLATFORMS}`);
    assert.deepEqual(labels(items), ['ig', 'tg']);
    assert.equal(items[0].kind, 'reference');
    assert.equal(items[0].detail, 'instagram @roastery');
    assert.deepEqual(items[0].range, { start: offset, end: offset });
  });

  it('matches a reference by what it names too, not only its id (issue 12)', () => {
    const { items } = complete(`calendar:\n  - date: 2027-01-04\n    platform: |\n${PLATFORMS}`);
    assert.equal(items[0].filterText, 'ig instagram @roastery');
  });

  it('replaces a partial id, also after Persian text on the lines above', () => {
    const { items, text } = complete(
      `name: استراتژی ۱۴۰۴\ncalendar:\n  - title: کمپین نوروز\n    platform: t|g\n${PLATFORMS}`,
    );
    assert.deepEqual(labels(items), ['ig', 'tg']);
    assert.equal(replaced(text, items[0]), 'tg');
  });

  it('offers goal, objective and metric ids with their titles and names', () => {
    const base =
      'objectives:\n  - id: sales\n    title: Grow online sales\nmetrics:\n  - id: ig-followers\n    name: Instagram followers\n    unit: followers\n';
    const goal = complete(`${base}goals:\n  - id: g\n    title: Grow followers\n    objective: |\n`).items;
    assert.deepEqual(
      goal.map((i) => [i.label, i.detail]),
      [['sales', 'Grow online sales']],
    );
    const metric = complete(`${base}goals:\n  - id: g\n    metric: i|\n`).items;
    assert.deepEqual(
      metric.map((i) => [i.label, i.detail]),
      [['ig-followers', 'Instagram followers (followers)']],
    );
    const post = complete(`goals:\n  - id: g\n    title: Grow followers\ncalendar:\n  - goal: |\n`).items;
    assert.deepEqual(
      post.map((i) => [i.label, i.detail]),
      [['g', 'Grow followers']],
    );
  });

  it('offers ids in block and flow lists, leaving out those already listed', () => {
    const block = complete(
      `${PLATFORMS}audiences:\n  - id: a\n    platforms:\n      - ig\n      - |\n`,
    ).items;
    assert.deepEqual(labels(block), ['tg']);
    const flow = complete(`${PLATFORMS}goals:\n  - id: g\n    platforms: [ig, |]\n`).items;
    assert.deepEqual(labels(flow), ['tg']);
    const audience = complete(
      `audiences:\n  - id: students\n    name: دانشجوها\nplatforms:\n  - id: ig\n    audiences: [|]\n`,
    ).items;
    assert.deepEqual(
      audience.map((i) => [i.label, i.detail]),
      [['students', 'دانشجوها']],
    );
    const wrapped = complete(`${PLATFORMS}engagement:\n  - topic: x\n    platforms: |\n`).items;
    assert.deepEqual(
      wrapped.map((i) => i.insertText),
      ['[ig]', '[tg]'],
    );
  });

  it('works inside flow items: keys and values', () => {
    const keys = complete('calendar:\n  - {date: 2027-01-04, ti|, platform: ig}\n').items;
    assert.deepEqual(labels(keys), [
      'time',
      'type',
      'title',
      'status',
      'goal',
      'campaign',
      'link',
      'notes',
      'repeat',
      'approvedBy',
    ]);
    const values = complete(`${PLATFORMS}calendar:\n  - {date: 2027-01-04, platform: |}\n`).items;
    assert.deepEqual(labels(values), ['ig', 'tg']);
    const nested = complete('platforms:\n  - {id: x, network: tel|}\n').items;
    assert.ok(labels(nested).includes('telegram'));
  });

  it('offers today and a date snippet where a date goes', () => {
    const { items } = complete('period:\n  start: 2027-01-01\ncalendar:\n  - date: |\n', '2027-03-04');
    assert.deepEqual(labels(items), ['2027-03-04', 'YYYY-MM-DD']);
    assert.equal(items[0].kind, 'date');
    assert.equal(items[1].insertText, '${1:2027}-${2:03}-${3:04}');
    assert.equal(items[1].snippet, true);
    const noToday = complete('period:\n  start: 2027-01-01\n  end: |\n').items;
    assert.equal(noToday.at(-1)!.insertText, '${1:2027}-${2:01}-${3:01}');
  });

  it('offers the month after the last one inside a metric values mapping', () => {
    const { items } = complete(
      'metrics:\n  - id: m\n    name: M\n    values:\n      2027-11: 3\n      2027-12: 4\n      |\n',
    );
    assert.deepEqual(
      items.map((i) => [i.label, i.kind, i.insertText]),
      [['2028-01', 'month', '2028-01: ']],
    );
    const first = complete('period:\n  start: 2027-03-01\nmetrics:\n  - id: m\n    values:\n      |\n').items;
    assert.deepEqual(labels(first), ['2027-03']);
  });

  it('offers nothing in comments, free text or right after a dash', () => {
    assert.deepEqual(complete('# pla|\n').items, []);
    assert.deepEqual(complete('name: قهوه |\n').items, []);
    assert.deepEqual(complete('goals:\n  -|\n').items, []);
    assert.deepEqual(complete('calendar:\n  - date: 2027-01-01 # pl|\n').items, []);
  });

  describe('repeat (a recurring post)', () => {
    const POST = 'calendar:\n  - date: 2027-03-01\n    platform: ig\n    title: Tips\n';

    it('`every:` offers day, week and month', () => {
      const { items } = complete(`${POST}    repeat:\n      every: |\n`);
      assert.deepEqual(
        items.map((i) => [i.label, i.kind]),
        [
          ['day', 'value'],
          ['week', 'value'],
          ['month', 'value'],
        ],
      );
      assert.match(items[1].documentation!, /Every \*\*week\*\*/);
    });

    it('`on: [` offers the weekdays, Monday first', () => {
      const { items } = complete(`${POST}    repeat:\n      every: week\n      on: [|\n`);
      assert.deepEqual(labels(items), ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
      assert.equal(items[3].documentation, '**Thursday**');
      assert.deepEqual(labels(complete(`${POST}    repeat: {every: week, on: [mon, t|]}\n`).items).length, 7);
    });

    it('the `repeat` key in a post inserts a weekly series', () => {
      const { items, text } = complete(`${POST}    rep|\n`);
      const repeat = items.find((i) => i.label === 'repeat')!;
      assert.equal(replaced(text, repeat), 'rep');
      assert.equal(repeat.insertText, 'repeat:\n  every: week\n  on: [${1:mon}]\n  until: ${2:2027-06-30}');
      assert.equal(repeat.snippet, true);
    });

    it('the empty line under `repeat:` offers the weekly snippet beside the keys', () => {
      const { items } = complete(`${POST}    repeat:\n      |\n`);
      assert.deepEqual(labels(items), ['every', 'interval', 'on', 'until', 'count', 'except', 'weekly']);
      const weekly = items.find((i) => i.kind === 'snippet')!;
      assert.equal(weekly.detail, 'Every week on the same weekday until a date');
      assert.equal(weekly.insertText, 'every: week\non: [${1:mon}]\nuntil: ${2:2027-06-30}');
      // Not once a key is there, and a nested mapping without snippets of its own offers none.
      assert.equal(
        complete(`${POST}    repeat:\n      every: day\n      |\n`).items.some((i) => i.kind === 'snippet'),
        false,
      );
      assert.equal(
        complete('metrics:\n  - id: m\n    source:\n      |\n').items.some((i) => i.kind === 'snippet'),
        false,
      );
    });
  });
});
