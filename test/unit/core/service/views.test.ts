// The Strategy views' words (service/views.ts): in English exactly what the views showed before they
// spoke the file's language (the integration tests read the same fixture), and in a Persian file
// Persian words, digits and separators, values from the file in isolates, each line right-to-left.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, renderContext } from '../../../../src/core/engine/lint';
import { platformMixes } from '../../../../src/core/domain/mix';
import { computeTrends } from '../../../../src/core/domain/trends';
import { competitorLandscape } from '../../../../src/core/outputs/competitors';
import { platformSummaries } from '../../../../src/core/outputs/platform-summary';
import {
  competitorDescription,
  goalView,
  groupView,
  metricDescription,
  mixView,
  networkView,
  ourPlatformView,
  platformDescription,
  postCount,
  postView,
  theirTypesView,
} from '../../../../src/core/service/views';
import type { RenderContext } from '../../../../src/core/text/i18n/message';

const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';

const FIXTURE = readFileSync(
  join(__dirname, '../../../integration/workspace/competitors.strategy.yaml'),
  'utf8',
);

function views(text: string, ctx?: RenderContext) {
  const { analysis } = lint(text, {});
  const c = ctx ?? renderContext(analysis, {});
  const landscape = competitorLandscape(analysis.model);
  const network = (name: string) => landscape.find((n) => n.network === name)!;
  return { analysis, ctx: c, network };
}

describe('service: the views in English', () => {
  const { analysis, ctx, network } = views(FIXTURE);

  it('describe each network: our cadence beside the competitors', () => {
    assert.deepEqual(
      ['instagram', 'tiktok', 'newsletter'].map((n) => networkView(network(n), ctx).description),
      [
        'you 2/week · 2 competitors, up to 5/week',
        'competitors only · 1 competitor, up to 3/week',
        'you: no cadence · no competitor listed',
      ],
    );
    assert.deepEqual(networkView(network('tiktok'), ctx).lines, [
      'Competitors post here and you have no platform on this network.',
      'You do not post here.',
      'Bean House: 3 posts a week',
      'Only competitors post: video',
    ]);
    const instagram = network('instagram');
    assert.deepEqual(ourPlatformView(instagram.ours[0], ctx), {
      label: 'You (ig)',
      description: '2/week planned · image (2), reel (1)',
    });
    assert.deepEqual(
      instagram.competitors.map((c) => competitorDescription(c, ctx)),
      ['5/week · reel, contest', '2/week · image'],
    );
    assert.deepEqual(theirTypesView(instagram, ctx), {
      label: 'Only competitors post',
      description: 'contest',
      tooltip:
        'Content types competitors post on this network that you neither post nor target in a mix there.',
    });
  });

  it('describe platforms, their mix, the calendar and the metrics', () => {
    const [ig, news] = platformSummaries(analysis.model, '2027-01-05');
    assert.equal(platformDescription(ig, ctx), '3/2 this week · no short weeks');
    assert.equal(platformDescription(news, ctx), '1 post');
    assert.equal(platformDescription({ ...ig, shortWeeks: 1 }, ctx), '3/2 this week · 1 short week');
    const [mix] = platformMixes(analysis.model);
    assert.deepEqual(mixView(mix.types[0], mix.total, ctx), {
      description: '33% of 50% ███░░',
      tooltip: [
        '1 of 3 posts are reel: 33%.',
        'Target 50%: 17 points under.',
        'Recurring posts count once for each time they go out.',
      ].join('\n'),
    });
    assert.equal(
      mixView({ type: 'text', posts: 1, actual: 100 }, 1, ctx).description,
      '100% (no target) ██████████',
    );
    assert.deepEqual(postView(analysis.model.calendar[0].value, analysis.model, ctx), {
      description: 'ig · draft',
    });
    assert.equal(postCount(1, ctx), '1 post');
    assert.equal(postCount(4, ctx), '4 posts');
    const [trend] = computeTrends(analysis.model).metrics;
    assert.equal(metricDescription(trend, ctx), 'last 2,000 followers (2026-12)');
    assert.equal(metricDescription(undefined, ctx), 'no values yet');
    assert.deepEqual(groupView('audiences', 2, ctx), { label: 'Audiences', description: '2' });
  });

  it('describe goals with their SMART status, verdict and pace', () => {
    const trend = computeTrends(analysis.model).goals[0];
    assert.deepEqual(goalView('followers', [], trend, ctx), {
      description: 'followers · SMART · not enough data yet',
      lines: ['SMART', 'not enough data yet'],
    });
    assert.equal(
      goalView('vague', ['S', 'M', 'A', 'R', 'T'], undefined, ctx).description,
      'vague · SMART: not yet specific, measurable, achievable, relevant, time-bound',
    );
  });
});

describe('service: the views in a Persian file', () => {
  // The fixture with a Persian name: Persian words, Solar Hijri weeks (Saturday to Friday).
  const text = FIXTURE.replace('name: Rival Roasters', 'name: قهوه‌فروشان رقیب').replace(
    'title: The new bag design',
    'title: The new bag design\n    approvedBy: سارا\n    repeat: {every: week, count: 3}',
  );
  const { analysis, ctx, network } = views(text);

  it('is read in Persian', () => {
    assert.deepEqual(ctx, { language: 'fa', calendar: 'persian' });
  });

  it('describes networks in Persian, one right-to-left line each, values isolated', () => {
    assert.equal(
      networkView(network('instagram'), ctx).description,
      `${RLI}شما ۲ در هفته، ۲ رقیب، حداکثر ۵ در هفته${PDI}`,
    );
    assert.equal(
      networkView(network('tiktok'), ctx).description,
      `${RLI}فقط رقبا، ۱ رقیب، حداکثر ۳ در هفته${PDI}`,
    );
    assert.deepEqual(networkView(network('tiktok'), ctx).lines, [
      `${RLI}رقبا این‌جا پست می‌گذارند و شما در این شبکه حسابی ندارید.${PDI}`,
      `${RLI}شما این‌جا پست نمی‌گذارید.${PDI}`,
      `${RLI}${FSI}Bean House${PDI}: ۳ پست در هفته${PDI}`,
      `${RLI}فقط رقبا منتشر می‌کنند: ${FSI}video${PDI}${PDI}`,
    ]);
    const ours = ourPlatformView(network('instagram').ours[0], ctx);
    assert.equal(ours.label, `${RLI}شما (${FSI}ig${PDI})${PDI}`);
    assert.ok(ours.description.includes(`${FSI}image${PDI} (۴)`), ours.description);
  });

  it('describes platforms, mixes, posts and metrics with Persian digits', () => {
    const [ig, news] = platformSummaries(analysis.model, '2027-01-05');
    assert.equal(platformDescription(news, ctx), `${RLI}۱ پست${PDI}`);
    assert.match(platformDescription(ig, ctx), /^\u2067[۰-۹] از ۲ پست این هفته، /);
    const [mix] = platformMixes(analysis.model);
    const reel = mixView(mix.types[0], mix.total, ctx);
    assert.equal(reel.description, `${RLI}۲۰٪ از ۵۰٪ ██░░░${PDI}`);
    assert.ok(reel.tooltip.includes(`۱ پست از ۵ پست از نوع «${FSI}reel${PDI}» است: ۲۰٪.`), reel.tooltip);
    const post = postView(analysis.model.calendar[1].value, analysis.model, ctx);
    assert.ok(
      post.description.startsWith(`${RLI}${FSI}ig${PDI}، ایده، تأیید: ${FSI}سارا${PDI}، ↻ `),
      post.description,
    );
    assert.ok(post.tooltip?.startsWith('The new bag design\n\u2067'), post.tooltip);
    assert.doesNotMatch(post.description, /\d/);
    assert.equal(postCount(4, ctx), `${RLI}۴ پست${PDI}`);
    const [trend] = computeTrends(analysis.model).metrics;
    assert.equal(
      metricDescription(trend, ctx),
      `${RLI}آخرین مقدار ۲٬۰۰۰ \u2068followers\u2069 (دسامبر ۲۰۲۶)${PDI}`,
    );
    assert.deepEqual(groupView('relationships', 12, ctx), { label: 'روابط', description: '۱۲' });
  });

  it('describes a goal with its SMART status and verdict in Persian', () => {
    const trend = computeTrends(analysis.model).goals[0];
    const view = goalView('followers', ['S', 'T'], trend, ctx);
    assert.equal(
      view.description,
      `${RLI}${FSI}followers${PDI}، SMART: هنوز مشخص، زمان‌دار نیست، هنوز دادهٔ کافی نیست${PDI}`,
    );
    assert.deepEqual(view.lines, [
      `${RLI}SMART: هنوز مشخص، زمان‌دار نیست${PDI}`,
      `${RLI}هنوز دادهٔ کافی نیست${PDI}`,
    ]);
  });
});
