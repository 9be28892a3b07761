import * as assert from 'node:assert/strict';
import { NETWORK_STYLES, NETWORKS, networkName, networkStyle } from '../../../../src/core/domain/networks';
import schema from '../../../../schemas/strategy.schema.json';
import { contrast, distance, type Rgb } from '../../../webview/colors';

const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as Rgb;
const tint = (c: Rgb, bg: Rgb, t = 0.18): Rgb => c.map((x, i) => x * t + bg[i] * (1 - t)) as Rgb;

describe('network styles', () => {
  it("covers the contract's networks, in its order, and nothing else", () => {
    assert.deepEqual([...NETWORKS], schema.definitions.network.enum);
    assert.deepEqual(Object.keys(NETWORK_STYLES), [...NETWORKS]);
    assert.equal(networkName('linkedin'), 'LinkedIn');
    assert.equal(networkName('myspace'), 'myspace', 'an unknown network as written');
    assert.equal(networkName('toString'), 'toString', 'own keys only');
    assert.equal(networkStyle('myspace'), NETWORK_STYLES.other);
    assert.equal(networkStyle(undefined), NETWORK_STYLES.other);
    assert.equal(networkStyle('toString'), NETWORK_STYLES.other, 'own keys only');
  });

  it('gives every network a glyph and a codicon of its own', () => {
    const glyphs = NETWORKS.map((n) => NETWORK_STYLES[n].glyph);
    assert.equal(new Set(glyphs).size, NETWORKS.length);
    for (const g of glyphs) assert.match(g, /^M[\d.\s,a-zA-Z-]+$/);
    const codicons = NETWORKS.map((n) => NETWORK_STYLES[n].codicon);
    assert.equal(new Set(codicons).size, NETWORKS.length);
  });

  // What the webview tests measure in Chromium, here on the table itself: both sets distinct, each
  // colour at 3:1 on its backgrounds (white and its chip tint; dark editors and black).
  for (const [set, backgrounds] of [
    ['light', ['#ffffff']],
    ['dark', ['#1f1f1f', '#1e1e1e', '#252526', '#000000']],
  ] as const) {
    it(`keeps the ${set} colours apart and visible`, () => {
      for (const [i, a] of NETWORKS.entries()) {
        const color = hex(NETWORK_STYLES[a][set]);
        for (const bg of backgrounds.map(hex)) {
          assert.ok(contrast(color, bg) >= 3, `${a} on ${backgrounds.join()}`);
          assert.ok(contrast(color, tint(color, bg)) >= 3, `${a} on its tint`);
        }
        for (const b of NETWORKS.slice(i + 1)) {
          const d = distance(color, hex(NETWORK_STYLES[b][set]));
          assert.ok(d >= 0.09, `${a} and ${b} are ${d.toFixed(3)} apart`);
        }
      }
    });
  }
});
