// ref/duplicate-id: two items of one list share an id, so references to it are ambiguous.
import type { StrategyModel } from '../engine/model';
import type { RuleFinding } from '../types';
import { msg } from '../text/i18n/message';
import type { Rule } from './rule';

const ID_LISTS = [
  'objectives',
  'goals',
  'audiences',
  'competitors',
  'platforms',
  'metrics',
  'relationships',
] as const;

export const refDuplicateId: Rule = {
  meta: [{ code: 'ref/duplicate-id', severity: 'error', summary: 'Two items of the same list share an id.' }],
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const section of ID_LISTS) {
      const first = new Map<string, number>();
      for (const entity of ctx.analysis.model[section] as StrategyModel['goals']) {
        const id = entity.value.id;
        if (id === undefined) continue;
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, entity.index);
          continue;
        }
        const range = ctx.rangeAt([section, entity.index, 'id']);
        const other = ctx.rangeAt([section, earlier, 'id']);
        if (!range) continue;
        out.push({
          code: 'ref/duplicate-id',
          message: msg('ref.duplicateId', { id, item: earlier + 1, section }),
          ...range,
          ...(other ? { related: [{ ...other, message: msg('ref.duplicateId.first', { id }) }] } : {}),
        });
      }
    }
    return out;
  },
};
