// A goal's forecast against its target, in words. The goals/off-pace finding, the hover, the CodeLens
// and the Goals view all build their sentence here, so the Problems list and the views cannot disagree.
import type { GoalTrend, Verdict } from '../protocol';
import { longDate } from './date-words';
import { formatNumber } from '../service/nodes';
import { WORDS } from '../text/words';

/** The verdicts in English, the language of the engine's sentences until they are bilingual (issue 11). */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = WORDS.en.verdicts;

/** The verdicts `goals/off-pace` reports: the forecast falls short of the target by the deadline. */
export function behindPace(verdict: Verdict): boolean {
  return verdict === 'at-risk' || verdict === 'off-track';
}

export function withUnit(n: number, unit: string | undefined): string {
  if (unit === undefined || unit === '') return formatNumber(n);
  return unit === '%' ? `${formatNumber(n)}%` : `${formatNumber(n)} ${unit}`;
}

/**
 * "at the current trend 16 of 20 followers by 30 April 2027" (a goal that raises its metric), or
 * "at the current trend 3.5 hours by 30 April 2027 (target 2 hours)" (one that reduces it).
 * Undefined when there is no forecast to speak of.
 */
export function paceWords(trend: GoalTrend): string | undefined {
  const { forecast, target, deadline, baseline, unit } = trend;
  if (forecast === null || target === null || deadline === null) return undefined;
  const by = `by ${longDate(deadline)}`;
  if (baseline !== null && target < baseline)
    return `at the current trend ${withUnit(forecast, unit)} ${by} (target ${withUnit(target, unit)})`;
  return `at the current trend ${formatNumber(forecast)} of ${withUnit(target, unit)} ${by}`;
}

/**
 * What a goal's SMART "achievable" and its pace say together, for a goal behind pace:
 * "achievable, but behind pace: at the current trend 16 of 20 followers by 30 April 2027". A target
 * can be within the best month's growth and still beyond the trend line; both are true and both show.
 */
export function paceNote(trend: GoalTrend | undefined, achievable: boolean): string | undefined {
  if (!trend || !behindPace(trend.verdict)) return undefined;
  const words = paceWords(trend);
  if (!words) return undefined;
  return `${achievable ? 'achievable, but behind pace' : 'behind pace'}: ${words}`;
}
