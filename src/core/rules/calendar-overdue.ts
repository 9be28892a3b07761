// calendar/overdue: a post dated before today that is neither published nor rejected (domain/overdue.ts,
// which the month report shares). Needs today (LintOptions.today): without it, nothing is reported.
// The fix marks the post as published.
import { dayNumber } from '../domain/dates';
import { overduePosts } from '../domain/overdue';
import { count, postLabel } from '../domain/message-words';
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
      const state = status === undefined ? 'has no status (an idea)' : `is still '${status}'`;
      const edit: TextEdit | undefined = hasStatus
        ? replaceScalarAt(analysis, statusPath, 'published')
        : insertFieldsAfter(analysis, datePath, [['status', 'published']]);
      findings.push({
        code: 'calendar/overdue',
        message:
          `${postLabel(post.value)} was due ${count(today - day, 'day')} ago but ${state}. ` +
          'If it went out, mark it as published; if not, give it a new date, or mark it as rejected.',
        ...range,
        ...(edit ? { fixes: [{ title: 'Mark as published', safe: false, edits: [edit] }] } : {}),
      });
    }
    return findings;
  },
};
