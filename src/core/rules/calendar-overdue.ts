// calendar/overdue: a post dated before today that is neither published nor rejected (domain/overdue.ts,
// which the month report shares). Needs today (LintOptions.today): without it, nothing is reported.
// The fix marks the post as published.
import { dayNumber } from '../domain/dates';
import { overduePosts } from '../domain/overdue';
import { postLabel } from '../domain/message-words';
import { msg } from '../text/i18n/message';
import { insertFieldsAfter, replaceScalarAt } from '../text/edits';
import type { RuleFinding, TextEdit } from '../types';
import type { Rule } from './rule';

export const calendarOverdue: Rule = {
  meta: [
    {
      code: 'calendar/overdue',
      severity: 'warning',
      summary: 'A post dated before today is not published (nor rejected).',
    },
  ],
  check(ctx) {
    const today = dayNumber(ctx.today);
    if (today === undefined) return [];
    const { analysis } = ctx;
    const findings: RuleFinding[] = [];
    for (const { post, day } of overduePosts(analysis.model, ctx.today)) {
      const { status } = post.value;
      const statusPath = [...post.path, 'status'];
      const datePath = [...post.path, 'date'];
      // A status of the wrong type is still the place to stand (and to write 'published' over).
      const hasStatus = ctx.rangeAt(statusPath, 'key') !== undefined;
      const range = (hasStatus && ctx.rangeAt(statusPath)) || ctx.rangeAt(datePath);
      if (!range) continue;
      const edit: TextEdit | undefined = hasStatus
        ? replaceScalarAt(analysis, statusPath, 'published')
        : insertFieldsAfter(analysis, datePath, [['status', 'published']]);
      findings.push({
        code: 'calendar/overdue',
        message:
          status === undefined
            ? msg('calendar.overdue.noStatus', { post: postLabel(post.value), days: today - day })
            : msg('calendar.overdue.status', { post: postLabel(post.value), days: today - day, status }),
        ...range,
        ...(edit ? { fixes: [{ title: msg('calendar.overdue.fix'), safe: false, edits: [edit] }] } : {}),
      });
    }
    return findings;
  },
};
