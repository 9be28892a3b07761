// How the CLI reads and writes a strategy file's bytes (the core's decodeFile/encodeFile): strict
// UTF-8, UTF-16 with a byte order mark, and every byte it did not change written back (issue 7.2, 7.13).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeFile, encodeFile, type SavedAs } from '../../../src/core/engine/encoding';

const WAYS: SavedAs[] = [
  { encoding: 'utf-8', bom: false },
  { encoding: 'utf-8', bom: true },
  { encoding: 'utf-16le', bom: true },
  { encoding: 'utf-16be', bom: true },
];

describe('cli: file encodings (issue 7.2, 7.13)', () => {
  it('reads back what it writes, and writes back the bytes it read, in each encoding', () => {
    fc.assert(
      fc.property(
        // No NUL: YAML allows none, and NULs between letters are how UTF-16 without a mark is recognised.
        fc.string({ unit: 'binary' }).map((s) => s.replace(/\0/g, '')),
        fc.constantFrom(...WAYS),
        (text, saved) => {
          const bytes = encodeFile(text, saved);
          const decoded = decodeFile(bytes);
          assert.ok(decoded.ok);
          assert.equal(decoded.text, text);
          assert.deepEqual({ encoding: decoded.encoding, bom: decoded.bom }, saved);
          assert.deepEqual(encodeFile(decoded.text, decoded), bytes);
        },
      ),
    );
  });

  it('writes UTF-16 as Node does, with the byte order mark first', () => {
    const text = 'name: نان و شیرینی 🍞\n';
    assert.deepEqual(
      Buffer.from(encodeFile(text, { encoding: 'utf-16le', bom: true })),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    assert.deepEqual(
      Buffer.from(encodeFile(text, { encoding: 'utf-16be', bom: true })),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    );
  });

  it('a byte sequence that is not UTF-8 is one file/encoding finding at the first bad byte', () => {
    const cases: [string, number[], number][] = [
      ['Latin-1 é', [...Buffer.from('name: Caf'), 0xe9, 0x0a], 9],
      ['after valid Persian text', [...Buffer.from('name: نان '), 0xff], 'name: نان '.length],
      ['an overlong encoding', [...Buffer.from('a: '), 0xc0, 0x80], 3],
      ['a surrogate', [...Buffer.from('a: '), 0xed, 0xa0, 0x80], 3],
      ['beyond U+10FFFF', [...Buffer.from('a: '), 0xf4, 0x90, 0x80, 0x80], 3],
      ['a sequence cut short at the end', [...Buffer.from('a: b'), 0xe2, 0x82], 4],
      ['a lone continuation byte', [0x80], 0],
      ['after a UTF-8 byte order mark', [0xef, 0xbb, 0xbf, ...Buffer.from('ab'), 0xe9], 2],
    ];
    for (const [what, bytes, at] of cases) {
      const decoded = decodeFile(new Uint8Array(bytes));
      assert.ok(!decoded.ok, what);
      assert.equal(decoded.finding.code, 'file/encoding', what);
      assert.equal(decoded.finding.severity, 'error', what);
      assert.match(decoded.finding.message, /^The file is not saved as UTF-8: save it as UTF-8/, what);
      assert.deepEqual([decoded.finding.start, decoded.finding.end], [at, at + 1], what);
      assert.equal(
        decoded.text.slice(0, at),
        Buffer.from(bytes)
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .slice(0, at),
        what,
      );
    }
  });

  it('UTF-16 without a byte order mark, and broken UTF-16, are said plainly', () => {
    const noMark = decodeFile(Buffer.from('version: 1\nname: x\n', 'utf16le'));
    assert.ok(!noMark.ok);
    assert.match(noMark.finding.message, /saved as UTF-16 without a byte order mark: save it as UTF-8/);
    const odd = decodeFile(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]));
    assert.ok(!odd.ok);
    assert.match(odd.finding.message, /UTF-16 but has a broken character/);
    const lone = decodeFile(new Uint8Array([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x61]));
    assert.ok(!lone.ok);
  });
});
