// calendar/conflict: two posts on the same platform at the same date and time.
import { postConflicts } from '../domain/conflicts';
import { platformName } from '../domain/platforms';
import { entityAt } from '../engine/model-build';
import type { RuleFinding } from '../types';
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
    for (const [index, otherIndex] of postConflicts(model)) {
      if (otherIndex > index) continue; // reported on the later post only
      const post = entityAt(model.calendar, index);
      const other = entityAt(model.calendar, otherIndex);
      if (!post || !other) continue;
      const range = ctx.rangeAt([...post.path, 'time']);
      if (!range) continue;
      const { platform = '', date = '', time = '' } = post.value;
      const these =
        post.value.title && other.value.title
          ? `"${other.value.title}" and "${post.value.title}" are`
          : 'Two posts are';
      const message = `${these} both planned on ${platformName(model, platform)} for ${date} at ${time}. Move one of them to another time.`;
      const finding: RuleFinding = { code: 'calendar/conflict', message, ...range };
      const otherRange = ctx.rangeAt([...other.path, 'time']);
      if (otherRange) finding.related = [{ ...otherRange, message: 'The other post at the same time' }];
      findings.push(finding);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
