// Colour arithmetic for the webview tests: parse what getComputedStyle returns, WCAG 2 contrast, and
// distance in OKLab (about 0.02 is the smallest difference people notice).

export type Rgb = [number, number, number];

/** `rgb(…)`, `rgba(…)` (opaque) or `color(srgb …)`, as getComputedStyle writes them, in 0..1. */
export function parseColor(css: string): Rgb {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css);
  if (rgb) {
    if (rgb[4] !== undefined && Number(rgb[4]) !== 1) throw new Error(`not opaque: ${css}`);
    return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255];
  }
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(css);
  if (srgb) {
    if (srgb[4] !== undefined && Number(srgb[4]) !== 1) throw new Error(`not opaque: ${css}`);
    return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])];
  }
  throw new Error(`unparsed colour: ${css}`);
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function oklab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(linear);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

export function distance(a: Rgb, b: Rgb): number {
  const [p, q] = [oklab(a), oklab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** A colour with alpha (`rgba(…)` or `color(srgb … / a)`) painted over an opaque one. */
export function over(css: string, below: Rgb): Rgb {
  const m =
    /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css) ??
    /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(css);
  if (!m) throw new Error(`unparsed colour: ${css}`);
  const scale = css.startsWith('rgb') ? 255 : 1;
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  return [1, 2, 3].map((i) => (Number(m[i]) / scale) * alpha + below[i - 1] * (1 - alpha)) as Rgb;
}
