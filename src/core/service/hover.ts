// Hover: the schema's text on keys and enum values, a summary of the item a reference names, and on a
// goal's id its SMART status and trend. Values from the file enter the markdown only through mdText
// and mdCode: a title, a unit or an id is shown as written, never rendered as a link, image or HTML.
import { isMap, isScalar, isSeq, type Node } from '../text/yaml';
import type { Analysis } from '../engine/model';
import { entityAt } from '../engine/model-build';
import { keyString, rangeOfNode } from '../text/ranges';
import { paceNote } from '../domain/pace';
import { computeTrends } from '../domain/trends';
import type { Finding, Path, Range } from '../types';
import { describeRef } from './completion';
import { goalTrendTitle, trendTooltip, withUnit } from './lens';
import { mdCode, mdText } from './markdown';
import { declarationOf, occurrenceAt, referencesTo, type RefKind } from './occurrences';
import { docOf, enumDoc, schemaAt } from './schema-nav';
import { smartFindings, SMART_WORDS, type SmartLetter } from './smart';
import { contains, scalarText } from './nodes';

interface Located {
  path: Path;
  part: 'key' | 'value';
  node: Node;
}

/** The key or scalar value under offset, with its path. */
function locate(analysis: Analysis, offset: number): Located | undefined {
  let node: unknown = analysis.doc.contents;
  const path: Path = [];
  for (;;) {
    if (isMap(node)) {
      let next: unknown;
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const kr = rangeOfNode(key);
        const name = keyString(key);
        if (kr && name !== undefined && contains(kr, offset))
          return { path: [...path, name], part: 'key', node: key! };
        const value = pair.value as Node | null;
        const vr = value?.range;
        if (
          vr &&
          name !== undefined &&
          offset >= vr[0] &&
          (offset < vr[1] || (isScalar(value) && offset === vr[1]))
        ) {
          path.push(name);
          next = value;
          break;
        }
      }
      if (next === undefined) return undefined;
      node = next;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => {
        const r = (item as Node | null)?.range;
        return !!r && offset >= r[0] && (offset < r[1] || (isScalar(item) && offset === r[1]));
      });
      if (i < 0) return undefined;
      path.push(i);
      node = node.items[i];
    } else if (isScalar(node)) {
      return { path, part: 'value', node };
    } else return undefined;
  }
}

const KIND_TITLE: Record<RefKind, string> = {
  platform: 'Platform',
  goal: 'Goal',
  metric: 'Metric',
  objective: 'Objective',
  audience: 'Audience',
};

/** A few lines about the item that declares an id. */
function summary(analysis: Analysis, kind: RefKind, id: string): string {
  const decl = declarationOf(analysis, kind, id);
  if (!decl) return `No ${kind} has the id ${mdCode(id)}.`;
  const index = decl.path[1] as number;
  const head = `**${KIND_TITLE[kind]}** ${mdCode(id)}`;
  const line = describeRef(analysis, kind, decl.path);
  const lines = [line ? `${head}: ${mdText(line)}` : head];
  if (kind === 'goal') {
    const goal = entityAt(analysis.model.goals, index)?.value;
    const metric = analysis.model.metrics.find((m) => m.value.id === goal?.metric)?.value;
    if (goal?.target !== undefined) {
      lines.push(
        `Target: ${mdText(withUnit(goal.target, metric?.unit))}${goal.deadline ? ` by ${mdText(goal.deadline)}` : ''}`,
      );
    } else if (goal?.deadline) lines.push(`Deadline: ${mdText(goal.deadline)}`);
  } else if (kind === 'platform') {
    const p = entityAt(analysis.model.platforms, index)?.value;
    if (p?.postsPerWeek !== undefined)
      lines.push(`Cadence: ${p.postsPerWeek} post${p.postsPerWeek === 1 ? '' : 's'} a week`);
    if (p?.priority) lines.push(`Priority: ${mdText(p.priority)}`);
  } else if (kind === 'metric') {
    const m = entityAt(analysis.model.metrics, index)?.value;
    const last = m?.values[m.values.length - 1];
    if (last) lines.push(`Last value: ${mdText(`${withUnit(last.value, m?.unit)} (${last.month})`)}`);
  }
  return lines.join('\n\n');
}

const LETTERS: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

function goalIdHover(
  analysis: Analysis,
  index: number,
  findings: Finding[] | undefined,
  offset: number,
): string {
  const goal = entityAt(analysis.model.goals, index)?.value;
  const id = goal?.id ?? '';
  const parts = [`**Goal** ${mdCode(id)}${goal?.title ? `: ${mdText(goal.title)}` : ''}`];
  const missing = findings ? smartFindings(analysis, findings, index) : new Map<SmartLetter, Finding>();
  if (findings) {
    if (missing.size === 0)
      parts.push('SMART: all five checks pass (specific, measurable, achievable, relevant, time-bound).');
    else {
      const letters = LETTERS.map((l) => (missing.has(l) ? `~~${l}~~` : `**${l}**`)).join(' ');
      // A finding on the hovered id is listed by the editor in this same hover: name its letter only.
      const why = [...missing]
        .map(([l, f]) => `- ${SMART_WORDS[l]}${contains(f, offset) ? '' : `: ${mdText(f.message)}`}`)
        .join('\n');
      parts.push(`SMART: ${letters}\n\n${why}`);
    }
  }
  const trends = computeTrends(analysis.model);
  const trend = trends.goals.find((g) => g.id === id);
  if (trend) {
    const slope = trends.metrics.find((m) => m.id === trend.metric)?.slope ?? null;
    const pace = paceNote(trend, findings !== undefined && !missing.has('A'));
    parts.push(`Trend: ${mdText(goalTrendTitle(trend, slope, pace))}\n\n${mdText(trendTooltip(trend))}`);
  }
  return parts.join('\n\n');
}

function monthHover(analysis: Analysis, path: Path): string | undefined {
  const metric = entityAt(analysis.model.metrics, path[1] as number)?.value;
  const month = path[3] as string;
  const values = metric?.values ?? [];
  const i = values.findIndex((v) => v.month === month);
  if (!metric || i < 0) return docOf(schemaAt(['metrics', 0, 'values']));
  const v = values[i];
  let text = `**${mdText(metric.name ?? metric.id ?? 'Metric')}**, end of ${mdText(month)}: ${mdText(withUnit(v.value, metric.unit))}`;
  const prev = values[i - 1];
  if (prev && prev.value !== 0) {
    const pct = ((v.value - prev.value) / prev.value) * 100;
    text += ` (${pct >= 0 ? '+' : ''}${pct.toFixed(1)}% vs ${mdText(prev.month)})`;
  }
  return text;
}

/** The hover at offset: Markdown and the range it is about. `findings` adds a goal's SMART status. */
export function hover(
  analysis: Analysis,
  offset: number,
  findings?: Finding[],
): { markdown: string; range: Range } | undefined {
  const at = locate(analysis, offset);
  if (!at) return undefined;
  const range = rangeOfNode(at.node)!;
  const { path } = at;
  if (at.part === 'key') {
    if (path.length === 4 && path[0] === 'metrics' && path[2] === 'values') {
      const md = monthHover(analysis, path);
      return md ? { markdown: md, range } : undefined;
    }
    const md = docOf(schemaAt(path));
    return md ? { markdown: md, range } : undefined;
  }
  if (path.length === 3 && path[0] === 'goals' && path[2] === 'id' && typeof path[1] === 'number') {
    return { markdown: goalIdHover(analysis, path[1], findings, offset), range };
  }
  const occ = occurrenceAt(analysis, offset);
  if (occ) {
    const md = summary(analysis, occ.kind, occ.id);
    if (!occ.declaration) return { markdown: md, range: occ.range };
    const n = referencesTo(analysis, occ.kind, occ.id).length;
    return {
      markdown: `${md}\n\n${n === 0 ? 'Nothing refers to it yet.' : `Referred to ${n} time${n === 1 ? '' : 's'}.`}`,
      range: occ.range,
    };
  }
  const schema = schemaAt(path);
  const value = scalarText(at.node);
  if (schema?.enum && value !== undefined) {
    const i = schema.enum.findIndex((e) => String(e) === value);
    const md = i >= 0 ? enumDoc(schema, i) : undefined;
    if (md) return { markdown: `${mdCode(value)}: ${md}`, range };
  }
  return undefined;
}
