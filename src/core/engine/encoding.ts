// A strategy file's bytes to text and back. Decoding is strict: a file that is not UTF-8 (nor UTF-16
// with a byte order mark) becomes one `file/encoding` finding instead of text with U+FFFD in it, which
// a fix would then write back over the bytes it could not read. Encoding writes the text back the way
// the file was saved: the same encoding, with its byte order mark if it had one.
import type { Finding } from '../types';
import { ENGLISH, msg, renderLine, type Message, type RenderContext } from '../text/i18n/message';

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How a file was saved, so that writing it back changes nothing but the edited text. */
export interface SavedAs {
  encoding: FileEncoding;
  /** A byte order mark at the start (never part of the text: it would shift every column). */
  bom: boolean;
}

export type Decoded =
  | ({ ok: true; text: string } & SavedAs)
  /** Not readable as text: `text` is a best-effort reading, only to place the finding on a line. */
  | { ok: false; text: string; finding: Finding };

interface Decoder {
  decode(bytes: Uint8Array): string;
}

// The core is built without DOM or Node typings; TextDecoder/TextEncoder exist in both hosts.
const platform = globalThis as unknown as {
  TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
  TextEncoder: new () => { encode(text: string): Uint8Array };
};

const HOW_TO = msg('encoding.howTo', { encoding: 'UTF-8', command: 'Save with Encoding' });

/** The finding, its message rendered as lint renders a rule's (the file's language is not known yet). */
function encodingFinding(message: Message, start: number, end: number, ctx: RenderContext): Finding {
  return {
    code: 'file/encoding',
    severity: 'error',
    message: renderLine(message, ctx),
    messageId: message.id,
    ...(message.args ? { args: message.args } : {}),
    start,
    end,
  };
}

function decoder(label: string, fatal: boolean): Decoder {
  return new platform.TextDecoder(label, { fatal, ignoreBOM: true });
}

/**
 * The text of a file's bytes, or a `file/encoding` finding. Its message is in `ctx`'s language: the
 * user's choice or environment, since a file that cannot be read cannot say its own `language`.
 */
export function decodeFile(bytes: Uint8Array, ctx: RenderContext = ENGLISH): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8(bytes.subarray(3), true, ctx);
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))
    return utf16(bytes.subarray(2), a === 0xff ? 'utf-16le' : 'utf-16be', ctx);
  return utf8(bytes, false, ctx);
}

function utf8(bytes: Uint8Array, bom: boolean, ctx: RenderContext): Decoded {
  let text: string;
  try {
    text = decoder('utf-8', true).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = decoder('utf-8', false).decode(bytes.subarray(0, bad)).length;
    return {
      ok: false,
      text: decoder('utf-8', false).decode(bytes),
      finding: encodingFinding(
        msg('encoding.notUtf8', { encoding: 'UTF-8', howTo: HOW_TO }),
        before,
        before + 1,
        ctx,
      ),
    };
  }
  // YAML allows no NUL; NULs between the letters of a valid UTF-8 file are UTF-16 without its mark.
  if (!bom && looksLikeUtf16(bytes))
    return {
      ok: false,
      text: text.replace(/\0/g, ''),
      finding: encodingFinding(msg('encoding.utf16NoBom', { encoding: 'UTF-16', howTo: HOW_TO }), 0, 0, ctx),
    };
  return { ok: true, text, encoding: 'utf-8', bom };
}

function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', ctx: RenderContext): Decoded {
  // Big-endian is decoded as little-endian after swapping each pair: every host has UTF-16LE.
  const le = encoding === 'utf-16le' ? body : swapPairs(body);
  try {
    if (le.length % 2 !== 0) throw new Error('odd length');
    return { ok: true, text: decoder('utf-16le', true).decode(le), encoding, bom: true };
  } catch {
    return {
      ok: false,
      text: decoder('utf-16le', false).decode(le),
      finding: encodingFinding(msg('encoding.utf16Broken', { encoding: 'UTF-16', howTo: HOW_TO }), 0, 0, ctx),
    };
  }
}

/** The bytes to write for text that was read as `saved`. */
export function encodeFile(text: string, saved: SavedAs): Uint8Array {
  if (saved.encoding === 'utf-8') {
    const body = new platform.TextEncoder().encode(text);
    if (!saved.bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const big = saved.encoding === 'utf-16be';
  out.set(big ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2 + (big ? 1 : 0)] = unit & 0xff;
    out[2 + i * 2 + (big ? 0 : 1)] = unit >> 8;
  }
  return saved.bom ? out : out.subarray(2);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  if (bytes.length % 2) out[bytes.length - 1] = bytes[bytes.length - 1];
  return out;
}

/** UTF-16 text without a mark: mostly ASCII, so every other byte of the first ones is NUL. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= n / 4;
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const tail =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (tail === 0) return i;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (i + 1 >= bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k <= tail; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += tail + 1;
  }
  return bytes.length;
}
