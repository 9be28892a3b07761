// calendar/cadence: a platform that plans N posts a week has weeks with fewer. Only whole weeks of the
// file's calendar system (Monday to Sunday; Saturday to Friday in a Persian file) between the
// calendar's first and last post and inside the period count, so a plan that starts on a Thursday is
// not blamed for the days before it. Weeks are named by their dates in that calendar.
import {
  cadenceShortfalls,
  cadenceWeeks,
  describeWeeks,
  emptyWeeks,
  runs,
  runWords,
  weeksWord,
} from '../domain/cadence';
import { dayNumber } from '../domain/dates';
import { fileCalendarSystem } from '../domain/locale';
import { platformWords } from '../domain/platforms';
import type { CadenceShortfall } from '../protocol';
import type { RuleFinding } from '../types';
import { msg, type Message } from '../text/i18n/message';
import type { Rule } from './rule';

export const calendarCadence: Rule = {
  meta: [
    {
      code: 'calendar/cadence',
      severity: 'warning',
      summary: 'A platform has weeks with fewer posts in the calendar than it plans per week.',
    },
  ],
  check(ctx) {
    const { model } = ctx.analysis;
    const weeks = cadenceWeeks(model);
    const system = fileCalendarSystem(model);
    const byPlatform = new Map<string, CadenceShortfall[]>();
    for (const s of cadenceShortfalls(model, weeks)) {
      const list = byPlatform.get(s.platform);
      if (list) list.push(s);
      else byPlatform.set(s.platform, [s]);
    }
    // Weeks in which the calendar has no post at all are not one platform's shortfall but a calendar
    // that is not planned that far yet (or has a gap): said once, in the first platform's finding,
    // instead of as the same long list of weeks under every platform.
    if (byPlatform.size === 0) return [];
    const empty = emptyWeeks(model, weeks);
    let emptyTold = false;
    const findings: RuleFinding[] = [];
    for (const [id, list] of byPlatform) {
      const platform = model.platforms.find((p) => p.value.id === id)!;
      const range =
        ctx.rangeAt([...platform.path, 'cadence'], 'key') ?? ctx.rangeAt([...platform.path, 'id']);
      if (!range) continue;
      const own = list.filter((s) => !empty.has(dayNumber(s.weekStart)!));
      const unplanned = emptyTold ? [] : list.filter((s) => empty.has(dayNumber(s.weekStart)!));
      if (own.length === 0 && unplanned.length === 0) continue;
      const plan = { platform: platformWords(model, id), planned: list[0].planned };
      const fewer = { ...plan, weeks: own.length, list: describeWeeks(own, system) };
      let message: Message;
      if (unplanned.length > 0) {
        emptyTold = true;
        const gaps = {
          list: runs(unplanned, () => true).map((run) => runWords(run, system, weeksWord(run.length))),
        };
        message =
          own.length > 0
            ? msg('calendar.cadence.fewerAndEmpty', { ...fewer, gaps })
            : msg('calendar.cadence.empty', { ...plan, gaps });
      } else message = msg('calendar.cadence.fewer', fewer);
      findings.push({ code: 'calendar/cadence', message, ...range });
    }
    return findings;
  },
};
