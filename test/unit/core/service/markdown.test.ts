// Text from a strategy file is data in every hover: a hostile file cannot put a link, an image or HTML
// into the markdown the service builds, and its text still shows, literally (issue 7.9).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { hover } from '../../../../src/core/service/hover';
import { mdCode, mdText } from '../../../../src/core/service/markdown';
import { linted } from './helper';

// markdown-it (a CommonMark renderer, here through @vscode/vsce) is the oracle: with raw HTML and bare
// links switched on, it renders more than VS Code's hovers do, so what it leaves inert stays inert.
type Renderer = { render(src: string): string };
const markdownIt = createRequire(__filename)('markdown-it') as (options: object) => Renderer;
const md = markdownIt({ html: true, linkify: true });

const ALLOWED_TAGS = new Set(['p', 'code', 'pre', 'strong', 'em', 's', 'ul', 'li', 'br']);

/** The rendered HTML's tags, and its text as a reader sees it. */
function render(markdown: string): { tags: string[]; text: string } {
  const html = md.render(markdown);
  const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { tags, text };
}

function assertInert(markdown: string, where: string): string {
  const { tags, text } = render(markdown);
  const active = tags.filter((t) => !ALLOWED_TAGS.has(t));
  assert.deepEqual(active, [], `${where}: ${markdown}\n→ ${md.render(markdown)}`);
  return text;
}

const IMG = (name: string) => `![${name}](https://evil.example/${name}.png)`;

const HOSTILE = `version: 1
name: Hostile
period: {start: 2027-01-01, end: 2027-06-30}
platforms:
  - id: "ig\`${IMG('p')}\`"
    network: instagram
    handle: "<img src=https://evil.example/h.png>"
    priority: "${IMG('pr')} <b>bold</b> [l](command:workbench.action.quit)"
    cadence: {postsPerWeek: 3}
metrics:
  - id: "m\`\`${IMG('m')}\`"
    name: "[n](command:workbench.action.quit) www.evil.example"
    unit: "${IMG('u')} <img src=x onerror=alert(1)> [l](command:x) https://evil.example/u"
    values: {2027-01: 10, 2027-02: 12, 2027-03: 13}
goals:
  - id: "g\`\`\`${IMG('g')}\`"
    title: "**bold** [t](https://evil.example/t) <script>alert(1)</script>"
    metric: "m\`\`${IMG('m')}\`"
    target: 100
    deadline: "2027-06-30 ${IMG('d')}"
  - id: "a\\n\\n${IMG('nl')}\\n\\n<b>x</b>"
    title: "Second goal with a hostile unit"
    metric: "m\`\`${IMG('m')}\`"
    target: 20
    deadline: 2027-06-30
calendar:
  - date: 2027-01-04
    platform: "ig\`${IMG('p')}\`"
    title: Teaser
    goal: "g\`\`\`${IMG('g')}\`"
  - date: 2027-01-05
    platform: "nope\`${IMG('nope')}\`"
    title: Unknown platform
`;

describe('service: markdown escaping (issue 7.9)', () => {
  it('mdText keeps every character literal: no emphasis, link, image, html or bare link', () => {
    const hostile = `**b** _i_ ${IMG('x')} <img src=x> [l](command:x) \`code\` # h | t ~~s~~ https://e.example a@b.example www.e.example &amp; \\`;
    const text = assertInert(`x ${mdText(hostile)}`, 'mdText');
    assert.equal(text.trim(), `x ${hostile}`);
    // At the start of a line too: no heading, list, quote or numbered item.
    for (const start of ['# h', '- l', '+ l', '> q', '1. n', '3) n', '=', '---'])
      assert.deepEqual(render(mdText(start)).tags, ['p', 'p'], start);
  });

  it('mdCode picks a backtick fence longer than any run inside (CommonMark code spans)', () => {
    for (const s of ['plain', 'a`b', 'a``b', '`lead', 'trail`', '``', ' padded ', `x\`${IMG('c')}\``]) {
      const { tags, text } = render(`id ${mdCode(s)}`);
      assert.deepEqual(tags, ['p', 'code', 'code', 'p'], `${s} → ${mdCode(s)}`);
      assert.equal(text.trim(), `id ${s}`.trim());
    }
    // A line break cannot end the span (a blank line would end the paragraph, and the span with it).
    assert.deepEqual(render(mdCode(`a\n\n${IMG('n')}`)).tags, ['p', 'code', 'code', 'p']);
  });

  it('every hover over a hostile file is inert and still shows its values', () => {
    const { analysis, findings } = linted(HOSTILE);
    const shown = new Set<string>();
    for (let offset = 0; offset <= HOSTILE.length; offset++) {
      const h = hover(analysis, offset, findings);
      if (!h || shown.has(h.markdown)) continue;
      shown.add(h.markdown);
      assertInert(h.markdown, `hover at ${offset} (${JSON.stringify(HOSTILE.slice(offset, offset + 20))})`);
    }
    const texts = [...shown].map((m) => render(m).text).join('\n');
    for (const value of [
      `ig\`${IMG('p')}\``,
      '<img src=https://evil.example/h.png>',
      `${IMG('pr')} <b>bold</b> [l](command:workbench.action.quit)`,
      '[n](command:workbench.action.quit) www.evil.example',
      `${IMG('u')} <img src=x onerror=alert(1)> [l](command:x) https://evil.example/u`,
      `g\`\`\`${IMG('g')}\``,
      '**bold** [t](https://evil.example/t) <script>alert(1)</script>',
      `2027-06-30 ${IMG('d')}`,
      `nope\`${IMG('nope')}\``,
    ])
      assert.ok(texts.includes(value), `some hover shows ${value}`);
  });
});
