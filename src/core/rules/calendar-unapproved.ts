// calendar/unapproved: the strategy requires approval (`governance.approval.required`) and a post is
// scheduled or published without an `approvedBy`, or (when `approvers` lists who may approve) with
// someone else's name. The fix adds `approvedBy` right after the status, the name a tab stop.
import { postLabel } from '../domain/message-words';
import { inFlowAt, insertFieldsAfter } from '../text/edits';
import { scalarSource, snippetText } from '../text/yaml-scalar';
import type { Path, RuleFinding, RuleFix } from '../types';
import { quoted } from '../domain/message-words';
import { msg, type Message } from '../text/i18n/message';
import type { Analysis } from '../engine/model';
import type { Rule } from './rule';

/** The statuses a post reaches only after approval. */
const NEEDS_APPROVAL = new Set(['scheduled', 'published']);

/**
 * Adds `approvedBy` after the status, its name a tab stop: the first approver when a list is given (the
 * message names the others), else the word "name" to type over. Never safe: only a person can approve.
 */
function addApprovedBy(analysis: Analysis, status: Path, approvers: string[]): RuleFix | undefined {
  const name = scalarSource(approvers[0] ?? 'name', { flow: inFlowAt(analysis, status) });
  const plain = insertFieldsAfter(analysis, status, [['approvedBy', name]]);
  const snippet = insertFieldsAfter(analysis, status, [['approvedBy', `\${1:${snippetText(name)}}`]]);
  if (!plain || !snippet) return undefined;
  return {
    title: msg('calendar.unapproved.fix', { field: 'approvedBy' }),
    safe: false,
    edits: [{ ...plain, snippet: snippet.newText }],
  };
}

export const calendarUnapproved: Rule = {
  meta: [
    {
      code: 'calendar/unapproved',
      severity: 'warning',
      summary: 'A scheduled or published post has no approval, though the strategy requires one.',
    },
  ],
  check(ctx) {
    const { analysis } = ctx;
    const { model } = analysis;
    const approval = model.governance?.approval;
    if (approval?.required !== true) return [];
    const approvers = approval.approvers?.filter((a) => a.trim() !== '');
    const who = { list: (approvers ?? []).map(quoted) };
    const findings: RuleFinding[] = [];
    for (const post of model.calendar) {
      const { status, approvedBy } = post.value;
      if (status === undefined || !NEEDS_APPROVAL.has(status)) continue;
      const approved = approvedBy !== undefined && approvedBy.trim() !== '';
      if (approved && (!approvers?.length || approvers.includes(approvedBy))) continue;
      const path = [...post.path, 'status'];
      const range = ctx.rangeAt(path);
      if (!range) continue;
      const label = postLabel(post.value);
      let message: Message;
      if (!approved) {
        message = approvers?.length
          ? msg('calendar.unapproved.notApproved', {
              post: label,
              status,
              approvers: who,
              field: 'approvedBy',
            })
          : msg('calendar.unapproved.notApprovedAnyone', { post: label, status, field: 'approvedBy' });
      } else {
        message = msg('calendar.unapproved.wrongApprover', { post: label, name: approvedBy, approvers: who });
      }
      const fix = approved ? undefined : addApprovedBy(analysis, path, approvers ?? []);
      findings.push({ code: 'calendar/unapproved', message, ...range, ...(fix ? { fixes: [fix] } : {}) });
    }
    return findings;
  },
};
