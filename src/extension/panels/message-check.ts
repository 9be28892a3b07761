// Every message from a webview is untrusted input: it is checked against the protocol's discriminated
// union, the current view model (indexes in range, ids that exist) and the version it was made for
// before the extension acts on it.
import { dayNumber, type WebviewToExtension } from '../../core';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_CSV = 5_000_000;

export interface MessageContext {
  /** The version of the view model the panel last sent. */
  version: number;
  postCount: number;
  metricIds: readonly string[];
  /** The dates of each recurring post's later occurrences (not its own date) in the last model sent. */
  laterOccurrences?: ReadonlyMap<number, ReadonlySet<string>>;
}

export type Checked =
  { ok: true; message: WebviewToExtension } | { ok: false; reason: string; stale?: boolean };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && dayNumber(v) !== undefined;
const isTime = (v: unknown): v is string => typeof v === 'string' && TIME.test(v);

/** Only the listed keys (plus `type`) may appear: an unknown field means a sender we do not know. */
function onlyKeys(m: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(m).every((k) => k === 'type' || keys.includes(k));
}

export function checkMessage(raw: unknown, ctx: MessageContext): Checked {
  if (!isRecord(raw) || typeof raw.type !== 'string') return { ok: false, reason: 'not a message' };
  const m = raw;
  const bad = (reason: string): Checked => ({ ok: false, reason: `${m.type as string}: ${reason}` });
  const versioned = (): Checked | undefined => {
    if (!isInt(m.version)) return bad('version must be an integer');
    if (m.version !== ctx.version)
      return { ok: false, reason: `${m.type as string}: stale version`, stale: true };
    return undefined;
  };
  const index = (): Checked | undefined =>
    !isInt(m.index) || m.index < 0 || m.index >= ctx.postCount ? bad('index out of range') : undefined;
  const dateTime = (): Checked | undefined => {
    if (!isDate(m.date)) return bad('invalid date');
    if (m.time !== undefined && !isTime(m.time)) return bad('invalid time');
    return undefined;
  };
  switch (m.type) {
    case 'ready':
      return onlyKeys(m, []) ? { ok: true, message: { type: 'ready' } } : bad('unexpected fields');
    case 'reveal': {
      if (!onlyKeys(m, ['version', 'index'])) return bad('unexpected fields');
      const problem = versioned() ?? index();
      return (
        problem ?? {
          ok: true,
          message: { type: 'reveal', version: m.version as number, index: m.index as number },
        }
      );
    }
    case 'reschedule': {
      if (!onlyKeys(m, ['version', 'index', 'date', 'time', 'occurrence'])) return bad('unexpected fields');
      const problem = versioned() ?? index() ?? dateTime();
      if (problem) return problem;
      if (m.occurrence !== undefined) {
        if (!isDate(m.occurrence)) return bad('invalid occurrence');
        if (!ctx.laterOccurrences?.get(m.index as number)?.has(m.occurrence))
          return bad('occurrence is not a later date of this post');
      }
      const message: WebviewToExtension = {
        type: 'reschedule',
        version: m.version as number,
        index: m.index as number,
        date: m.date as string,
      };
      if (m.time !== undefined) message.time = m.time as string;
      if (m.occurrence !== undefined) message.occurrence = m.occurrence;
      return { ok: true, message };
    }
    case 'addPost': {
      if (!onlyKeys(m, ['version', 'date', 'time'])) return bad('unexpected fields');
      const problem = versioned() ?? dateTime();
      if (problem) return problem;
      const message: WebviewToExtension = {
        type: 'addPost',
        version: m.version as number,
        date: m.date as string,
      };
      if (m.time !== undefined) message.time = m.time as string;
      return { ok: true, message };
    }
    case 'revealMetric': {
      if (!onlyKeys(m, ['version', 'id'])) return bad('unexpected fields');
      const problem = versioned();
      if (problem) return problem;
      if (typeof m.id !== 'string' || !ctx.metricIds.includes(m.id)) return bad('unknown metric');
      return { ok: true, message: { type: 'revealMetric', version: m.version as number, id: m.id } };
    }
    case 'exportCsv':
      if (!onlyKeys(m, ['csv'])) return bad('unexpected fields');
      if (typeof m.csv !== 'string' || m.csv.length > MAX_CSV) return bad('csv must be a string');
      return { ok: true, message: { type: 'exportCsv', csv: m.csv } };
    default:
      return bad('unknown type');
  }
}
