// Today in the user's time zone as YYYY-MM-DD: the core never reads the clock, the adapters pass it in.
export function localDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
