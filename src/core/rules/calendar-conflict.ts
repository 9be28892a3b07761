// calendar/conflict: two posts on the same platform at the same date and time (an occurrence of a
// recurring post counts as a post; the finding sits on the later entry's `time`).
import { postConflicts } from '../domain/conflicts';
import { platformWords } from '../domain/platforms';
import { dayString } from '../domain/dates';
import { entityAt } from '../engine/model-build';
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';

export const calendarConflict: Rule = {
  meta: [
    {
      code: 'calendar/conflict',
      severity: 'warning',
      summary: 'Two posts are planned on the same platform at the same date and time.',
    },
  ],
  check(ctx) {
    const { model } = ctx.analysis;
    const findings: RuleFinding[] = [];
    for (const [index, { other: otherIndex, day }] of postConflicts(model).byPost) {
      if (otherIndex > index) continue; // reported on the later entry only
      const post = entityAt(model.calendar, index);
      const other = entityAt(model.calendar, otherIndex);
      if (!post || !other) continue;
      const range = ctx.rangeAt([...post.path, 'time']);
      if (!range) continue;
      const { platform = '', time = '' } = post.value;
      const date = dayString(day);
      const where = { platform: platformWords(model, platform), date, time };
      const message =
        post.value.title && other.value.title
          ? msg('calendar.conflict.titled', { first: other.value.title, second: post.value.title, ...where })
          : msg('calendar.conflict.untitled', where);
      const finding: RuleFinding = { code: 'calendar/conflict', message, ...range };
      const otherRange = ctx.rangeAt([...other.path, 'time']);
      if (otherRange) finding.related = [{ ...otherRange, message: msg('calendar.conflict.other') }];
      findings.push(finding);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
