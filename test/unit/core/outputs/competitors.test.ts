// competitorLandscape: the Competitors view's numbers, per network: their presence beside ours.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { buildModel } from '../../../../src/core/engine/model-build';
import { competitorLandscape } from '../../../../src/core/outputs/competitors';

function model(text: string) {
  return buildModel(parseDocument(text).toJS());
}

const TEXT = `version: 1
name: x
period: { start: 2027-01-01, end: 2027-01-31 }
competitors:
  - id: bean
    name: Bean House
    presence:
      - { platform: instagram, postsPerWeek: 5, contentTypes: [reel, carousel, contest] }
      - { platform: tiktok, postsPerWeek: 3, contentTypes: [video] }
      - not a mapping
      - { platform: telegram }
  - id: roast
    name: Roast Lab
    presence:
      - platform: instagram
        postsPerWeek: 0.5
        contentTypes: [image]
  - id: quiet
    name: No presence listed
platforms:
  - id: ig
    network: instagram
    cadence: { postsPerWeek: 2 }
    mix: { reel: 50, contest: 0 }
  - id: ig2
    network: instagram
    cadence: { postsPerWeek: 1 }
  - id: li
    network: linkedin
  - id: nowhere
calendar:
  - { date: 2027-01-04, platform: ig, type: image, title: a }
  - { date: 2027-01-05, platform: ig, type: carousel, title: b, repeat: { every: week, count: 2 } }
  - { date: 2027-01-06, platform: ig, title: untyped }
  - { date: 2027-01-07, platform: li, type: text, title: d }
`;

describe('competitorLandscape', () => {
  it('gives per network their presence beside our platforms, cadence and posted types', () => {
    const [instagram, linkedin, tiktok, telegram, ...rest] = competitorLandscape(model(TEXT));
    assert.deepEqual(rest, []);
    assert.deepEqual(instagram, {
      network: 'instagram',
      presence: 'shared',
      competitors: [
        {
          index: 0,
          presenceIndex: 0,
          id: 'bean',
          name: 'Bean House',
          postsPerWeek: 5,
          contentTypes: ['reel', 'carousel', 'contest'],
        },
        {
          index: 1,
          presenceIndex: 0,
          id: 'roast',
          name: 'Roast Lab',
          postsPerWeek: 0.5,
          contentTypes: ['image'],
        },
      ],
      ours: [
        {
          index: 0,
          id: 'ig',
          planned: 2,
          // The weekly series counts twice; the untyped post counts in posts only.
          posts: 4,
          contentTypes: [
            { type: 'carousel', posts: 2 },
            { type: 'image', posts: 1 },
          ],
        },
        { index: 1, id: 'ig2', planned: 1, posts: 0, contentTypes: [] },
      ],
      planned: 3,
      competitorMax: 5,
      // reel is in our mix (a target above 0), contest is not (its target is 0).
      typesOnlyTheyPost: ['contest'],
    });
    assert.deepEqual(linkedin, {
      network: 'linkedin',
      presence: 'ours-only',
      competitors: [],
      ours: [{ index: 2, id: 'li', posts: 1, contentTypes: [{ type: 'text', posts: 1 }] }],
      typesOnlyTheyPost: [],
    });
    assert.equal(tiktok.presence, 'competitors-only');
    assert.deepEqual(tiktok.ours, []);
    assert.equal(tiktok.planned, undefined);
    assert.equal(tiktok.competitorMax, 3);
    assert.deepEqual(tiktok.typesOnlyTheyPost, ['video']);
    // A presence entry's index counts the entries that are not mappings too: it is the list position.
    assert.deepEqual(telegram.competitors, [
      { index: 0, presenceIndex: 3, id: 'bean', name: 'Bean House', contentTypes: [] },
    ]);
    assert.equal(telegram.competitorMax, undefined);
  });

  it('is empty without platforms and competitors, and lists our networks when no competitor is known', () => {
    assert.deepEqual(competitorLandscape(model('version: 1\nname: x\n')), []);
    const ours = competitorLandscape(model('platforms:\n  - {id: ig, network: instagram}\n'));
    assert.deepEqual(
      ours.map((n) => [n.network, n.presence]),
      [['instagram', 'ours-only']],
    );
  });

  it('counts the posts of a repeated platform id once, for the first platform', () => {
    const [n] = competitorLandscape(
      model(
        'platforms:\n  - {id: ig, network: instagram}\n  - {id: ig, network: instagram}\ncalendar:\n  - {date: 2027-01-04, platform: ig, title: a}\n',
      ),
    );
    assert.deepEqual(
      n.ours.map((o) => o.posts),
      [1, 0],
    );
  });

  it('reads the example: competitors on Instagram and TikTok, both networks of ours', () => {
    const text = readFileSync('examples/coffee-roastery.strategy.yaml', 'utf8');
    const landscape = competitorLandscape(model(text));
    const instagram = landscape.find((n) => n.network === 'instagram')!;
    assert.equal(instagram.presence, 'shared');
    assert.deepEqual(
      instagram.competitors.map((c) => [c.name, c.postsPerWeek]),
      [
        ['Big Bridge Coffee Co.', 7],
        ['Northside Roast Lab', 2],
      ],
    );
    assert.equal(instagram.planned, 2);
    assert.equal(landscape.find((n) => n.network === 'tiktok')!.presence, 'shared');
    assert.ok(!landscape.some((n) => n.presence === 'competitors-only'));
  });
});
