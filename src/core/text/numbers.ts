// Numbers as a marketer reads them, before a language's digits are applied (text/i18n).

/** 12,345 or 12,345.6: numbers as a marketer reads them. */
export function formatNumber(n: number): string {
  const a = Math.abs(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: a >= 1000 ? 0 : a >= 10 ? 1 : 2 });
}
