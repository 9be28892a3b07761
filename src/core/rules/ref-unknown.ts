// ref/unknown-*: a reference (a post's platform, a goal's metric...) names an id nothing declares.
import type { StrategyModel } from '../engine/model';
import { DECLARING_SECTION, REF_FIELDS, type RefKind } from '../domain/ref-fields';
import { closest } from '../engine/suggest';
import type { Path, RuleFinding, RuleFix } from '../types';
import { quoted } from '../domain/message-words';
import { msg, type Message } from '../text/i18n/message';
import { appendListItem, replaceScalarAt } from '../text/edits';
import { scalarSource } from '../text/yaml-scalar';
import type { Rule, RuleContext } from './rule';

/** The most ids a message lists to choose from. */
const MAX_LISTED = 8;

/** A string as a block-style value: '2027' quoted, so it stays text. */
const block = (value: string) => scalarSource(value, { flow: false });

/** The fields a new item of each kind needs to be valid, besides its id (as YAML source). */
const NEW_ITEM_FIELDS: Record<RefKind, (id: string) => [string, string][]> = {
  platform: () => [['network', 'other']],
  goal: (id) => [['title', block(id)]],
  metric: (id) => [['name', block(id)]],
  objective: (id) => [['title', block(id)]],
  audience: (id) => [['name', block(id)]],
};

export function declaredIds(model: StrategyModel, kind: RefKind): string[] {
  const section = DECLARING_SECTION[kind] as keyof StrategyModel;
  const list = model[section] as { value: { id?: string } }[];
  const ids: string[] = [];
  for (const e of list) if (e.value.id !== undefined) ids.push(e.value.id);
  return ids;
}

export const refUnknown: Rule = {
  meta: (Object.keys(DECLARING_SECTION) as RefKind[]).map((kind) => ({
    code: `ref/unknown-${kind}`,
    severity: 'error',
    summary: `A reference names ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} id that the file does not define.`,
  })),
  check(ctx: RuleContext): RuleFinding[] {
    const { model } = ctx.analysis;
    const known = new Map<RefKind, { ids: string[]; set: Set<string> }>();
    const idsOf = (kind: RefKind) => {
      let k = known.get(kind);
      if (!k) {
        const ids = declaredIds(model, kind);
        k = { ids, set: new Set(ids) };
        known.set(kind, k);
      }
      return k;
    };
    const out: RuleFinding[] = [];
    for (const ref of REF_FIELDS) {
      const list = model[ref.section as keyof StrategyModel] as {
        index: number;
        value: Record<string, unknown>;
      }[];
      for (const entity of list) {
        const v = entity.value[ref.field];
        if (ref.list) {
          if (!Array.isArray(v)) continue;
          // The model keeps only the strings of a list; find each one's index in the YAML sequence.
          const raw = (ctx.analysis.data as Record<string, Record<string, unknown>[]>)[ref.section][
            entity.index
          ][ref.field];
          if (!Array.isArray(raw)) continue;
          raw.forEach((id, i) => {
            if (typeof id === 'string' && !idsOf(ref.kind).set.has(id))
              report(ctx, out, ref.kind, id, [ref.section, entity.index, ref.field, i], idsOf(ref.kind).ids);
          });
        } else if (typeof v === 'string' && !idsOf(ref.kind).set.has(v)) {
          report(ctx, out, ref.kind, v, [ref.section, entity.index, ref.field], idsOf(ref.kind).ids);
        }
      }
    }
    return out;
  },
};

function report(
  ctx: RuleContext,
  out: RuleFinding[],
  kind: RefKind,
  id: string,
  path: Path,
  ids: string[],
): void {
  const range = ctx.rangeAt(path);
  if (!range) return;
  const suggestion = closest(id, ids);
  const fixes: RuleFix[] = [];
  const section = DECLARING_SECTION[kind];
  // Written as its place needs: an id such as 'insta]' is quoted inside a flow mapping.
  const edit = suggestion ? replaceScalarAt(ctx.analysis, path, suggestion) : undefined;
  if (suggestion && edit)
    fixes.push({ title: msg('ref.unknown.fix.change', { id: suggestion }), safe: true, edits: [edit] });
  const create = /^[a-z0-9][a-z0-9-]*$/.test(id)
    ? appendListItem(ctx.analysis, section, [['id', block(id)], ...NEW_ITEM_FIELDS[kind](id)])
    : undefined;
  if (create)
    fixes.push({
      title: msg('ref.unknown.fix.add', { kind, id, section }),
      safe: false,
      edits: create.edits,
    });
  // A kind is already the word a marketer reads in English: 'platform', 'goal', 'metric'...
  const head = msg('ref.unknown.head', { kind, id });
  let message: Message;
  if (suggestion) message = msg('ref.unknown.didYouMean', { head, suggestion });
  else if (ids.length)
    message = msg('ref.unknown.useOneOf', {
      head,
      ids: { list: ids.slice(0, MAX_LISTED).map(quoted) },
      more: ids.length > MAX_LISTED ? 'yes' : 'no',
      section,
    });
  else message = msg('ref.unknown.addUnder', { head, section });
  out.push({ code: `ref/unknown-${kind}`, message, ...range, ...(fixes.length ? { fixes } : {}) });
}
