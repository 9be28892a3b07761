// A goal's forecast against its target, in words. The goals/off-pace finding, the hover, the CodeLens
// and the Goals view all build their sentence here, so the Problems list and the views cannot disagree.
// The words are messages (text/i18n), rendered in the language and calendar system of the place that shows them.
import type { GoalTrend, Verdict } from '../protocol';
import { msg, type Message, type MessageId } from '../text/i18n/message';

/** Each verdict as a message, for a sentence in any language. */
export const VERDICT_MESSAGES: Readonly<Record<Verdict, MessageId>> = {
  achieved: 'pace.verdict.achieved',
  'insufficient-data': 'pace.verdict.insufficientData',
  'on-track': 'pace.verdict.onTrack',
  'at-risk': 'pace.verdict.atRisk',
  'off-track': 'pace.verdict.offTrack',
};

/** "at risk", "off track": a verdict in a sentence. */
export function verdictWords(verdict: Verdict): Message {
  return msg(VERDICT_MESSAGES[verdict]);
}

/** The verdicts `goals/off-pace` reports: the forecast falls short of the target by the deadline. */
export function behindPace(verdict: Verdict): boolean {
  return verdict === 'at-risk' || verdict === 'off-track';
}

/** A figure as a message argument: a number with the metric's unit, when it has one. */
const figure = (n: number, unit: string | undefined) => (unit === undefined ? { num: n } : { num: n, unit });

/**
 * "at the current trend 16 of 20 followers by 30 April 2027" (a goal that raises its metric), or
 * "at the current trend 3.5 hours by 30 April 2027 (target 2 hours)" (one that reduces it).
 * Undefined when there is no forecast to speak of.
 */
export function paceWords(trend: GoalTrend): Message | undefined {
  const { forecast, target, deadline, baseline, unit } = trend;
  if (forecast === null || target === null || deadline === null) return undefined;
  const by = { date: deadline };
  if (baseline !== null && target < baseline)
    return msg('pace.words.reducing', {
      forecast: figure(forecast, unit),
      deadline: by,
      target: figure(target, unit),
    });
  return msg('pace.words.raising', {
    forecast: { num: forecast },
    target: figure(target, unit),
    deadline: by,
  });
}

/**
 * What a goal's SMART "achievable" and its pace say together, for a goal behind pace:
 * "achievable, but behind pace: at the current trend 16 of 20 followers by 30 April 2027". A target
 * can be within the best month's growth and still beyond the trend line; both are true and both show.
 */
export function paceNote(trend: GoalTrend | undefined, achievable: boolean): Message | undefined {
  if (!trend || !behindPace(trend.verdict)) return undefined;
  const words = paceWords(trend);
  if (!words) return undefined;
  return msg(achievable ? 'pace.note.achievable' : 'pace.note.behind', { words });
}
