// calendar/unapproved: the strategy requires approval (`governance.approval.required`) and a post is
// scheduled or published without an `approvedBy`, or (when `approvers` lists who may approve) with
// someone else's name. The fix adds `approvedBy` right after the status, the name a tab stop.
import { postLabel } from '../domain/message-words';
import { inFlowAt, insertFieldsAfter } from '../text/edits';
import { scalarSource, snippetText } from '../text/yaml-scalar';
import type { Fix, Path, RuleFinding } from '../types';
import type { Analysis } from '../engine/model';
import type { Rule } from './rule';

/** The statuses a post reaches only after approval. */
const NEEDS_APPROVAL = new Set(['scheduled', 'published']);

/**
 * Adds `approvedBy` after the status, its name a tab stop: the first approver when a list is given (the
 * message names the others), else the word "name" to type over. Never safe: only a person can approve.
 */
function addApprovedBy(analysis: Analysis, status: Path, approvers: string[]): Fix | undefined {
  const name = scalarSource(approvers[0] ?? 'name', { flow: inFlowAt(analysis, status) });
  const plain = insertFieldsAfter(analysis, status, [['approvedBy', name]]);
  const snippet = insertFieldsAfter(analysis, status, [['approvedBy', `\${1:${snippetText(name)}}`]]);
  if (!plain || !snippet) return undefined;
  return { title: 'Add approvedBy', safe: false, edits: [{ ...plain, snippet: snippet.newText }] };
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
    const who = approvers?.length ? ` (${approvers.join(', ')})` : '';
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
      let message: string;
      if (!approved) {
        const ask = approvers?.length
          ? `Have one of the approvers${who} approve it and add 'approvedBy' with their name`
          : "Have it approved and add 'approvedBy' with the approver's name";
        message = `${label} is ${status} but not approved, and this strategy requires approval before posts are scheduled. ${ask}.`;
      } else {
        message = `${label} was approved by ${approvedBy}, who is not one of the approvers${who}. Have one of them approve it.`;
      }
      const fix = approved ? undefined : addApprovedBy(analysis, path, approvers ?? []);
      findings.push({ code: 'calendar/unapproved', message, ...range, ...(fix ? { fixes: [fix] } : {}) });
    }
    return findings;
  },
};
