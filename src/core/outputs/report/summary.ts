// What the overview says about each file, and its order: the most goals off pace first, so a manager
// reading a report of many strategies sees first where to look. Markdown and HTML share it.
import type { Verdict } from '../../protocol';
import { behindPace } from '../../domain/pace';
import type { ReportData } from './data';

/** The verdicts in the order a reader scans them: the bad news first. */
export const VERDICT_ORDER: readonly Verdict[] = [
  'off-track',
  'at-risk',
  'on-track',
  'achieved',
  'insufficient-data',
];

export interface FileSummary {
  data: ReportData;
  /** The section's anchor, by the file's position in the input (stable whatever the ranking). */
  anchor: string;
  verdicts: Record<Verdict, number>;
  offPace: number;
  published: number;
  /** The planned posts of the platforms with a cadence; null when none has one. */
  planned: number | null;
}

export function summarize(data: ReportData, index: number): FileSummary {
  const verdicts: Record<Verdict, number> = {
    achieved: 0,
    'insufficient-data': 0,
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
  };
  for (const g of data.goals) verdicts[g.verdict]++;
  let planned: number | null = null;
  let published = 0;
  for (const p of data.platforms) {
    published += p.published;
    if (p.planned !== null) planned = (planned ?? 0) + p.planned;
  }
  return {
    data,
    anchor: `report-${index + 1}`,
    verdicts,
    offPace: data.goals.filter((g) => behindPace(g.verdict)).length,
    published,
    planned,
  };
}

/** The files, most goals off pace first; then most errors, most warnings; then in input order. */
export function ranked(data: readonly ReportData[]): FileSummary[] {
  return data
    .map(summarize)
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        b.s.offPace - a.s.offPace ||
        b.s.data.counts.error - a.s.data.counts.error ||
        b.s.data.counts.warning - a.s.data.counts.warning ||
        a.i - b.i,
    )
    .map(({ s }) => s);
}
