import assert from 'node:assert/strict';
import { documentSymbols, type SymbolItem } from '../../../../src/core/service/symbols';
import { SAMPLE, analyze, at } from './helper';

const outline = (items: SymbolItem[]): unknown =>
  items.map((s) =>
    s.children.length ? { [`${s.kind} ${s.name}`]: outline(s.children) } : `${s.kind} ${s.name}`,
  );

describe('service: symbols', () => {
  const symbols = documentSymbols(analyze(SAMPLE));

  it('builds a tree of sections and items', () => {
    assert.deepEqual(outline(symbols), [
      'section version',
      'section name',
      { 'section period': ['field start', 'field end'] },
      { 'section objectives': ['objective Grow online sales'] },
      { 'section goals': ['goal Grow Instagram followers to 12000'] },
      { 'section audiences': ['audience دانشجوها'] },
      { 'section platforms': ['platform ig', 'platform tg'] },
      { 'section calendar': ['post 2027-01-04 · ig · Launch teaser', 'post 2027-01-05 · tg · کمپین نوروز'] },
      { 'section metrics': ['metric Instagram followers'] },
    ]);
  });

  it('uses the item range and the id value as selection', () => {
    const goal = symbols.find((s) => s.name === 'goals')!.children[0];
    assert.equal(goal.detail, 'grow-ig');
    assert.deepEqual(goal.selectionRange, { start: at(SAMPLE, 'grow-ig'), end: at(SAMPLE, 'grow-ig', 7) });
    assert.equal(goal.range.start, at(SAMPLE, 'id: grow-ig'));
    assert.equal(goal.range.end, at(SAMPLE, 'deadline: 2027-06-30', 20));
    const platform = symbols.find((s) => s.name === 'platforms')!.children[1];
    assert.equal(platform.detail, 'telegram');
  });

  it('selects the first key of an item without id, and the whole flow item', () => {
    const posts = symbols.find((s) => s.name === 'calendar')!.children;
    assert.deepEqual(posts[0].selectionRange, {
      start: at(SAMPLE, 'date: 2027-01-04'),
      end: at(SAMPLE, 'date: 2027-01-04', 4),
    });
    assert.equal(posts[1].detail, undefined);
    assert.equal(
      SAMPLE.slice(posts[1].range.start, posts[1].range.end),
      "{date: '2027-01-05', platform: tg, title: کمپین نوروز}",
    );
  });

  it('section ranges span key to value and are inside the text', () => {
    const name = symbols.find((s) => s.name === 'name')!;
    assert.equal(SAMPLE.slice(name.range.start, name.range.end), 'name: استراتژی قهوه ۱۴۰۴');
    assert.equal(name.detail, 'استراتژی قهوه ۱۴۰۴');
    for (const s of symbols)
      assert.ok(s.range.start <= s.selectionRange.start && s.selectionRange.end <= s.range.end);
  });

  it('copes with a document that is not a mapping or is empty', () => {
    assert.deepEqual(documentSymbols(analyze('')), []);
    assert.deepEqual(documentSymbols(analyze('- a\n- b\n')), []);
  });
});
