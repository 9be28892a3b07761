// calendar/conflict: two posts on the same platform at the same date and time. Also home to how a
// platform is named in messages ("Instagram (ig)"), which the cadence rule and the views share.
import type { Entity, Platform, StrategyModel } from '../model';
import { dayNumber } from './calendar-outside-period';
import { entityAt } from '../model-build';
import type { Rule, RuleFinding } from './rule';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** How each network is spelled for people. */
export const NETWORK_NAMES: Readonly<Record<string, string>> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
  telegram: 'Telegram',
  threads: 'Threads',
  whatsapp: 'WhatsApp',
  aparat: 'Aparat',
  blog: 'Blog',
  newsletter: 'Newsletter',
  other: 'Other',
};

export function networkName(network: string | undefined): string | undefined {
  if (network === undefined) return undefined;
  return NETWORK_NAMES[network] ?? network;
}

/** The first platform with this id (a repeated id is `ref/duplicate-id`'s business). */
export function findPlatform(model: StrategyModel, id: string | undefined): Entity<Platform> | undefined {
  if (id === undefined) return undefined;
  return model.platforms.find((p) => p.value.id === id);
}

/** "Instagram (ig)" for a defined platform, the bare id otherwise. */
export function platformName(model: StrategyModel, id: string): string {
  const network = networkName(findPlatform(model, id)?.value.network);
  return network ? `${network} (${id})` : id;
}

/** Whether `time` is a valid `HH:MM`. */
export function isTime(time: unknown): time is string {
  return typeof time === 'string' && TIME.test(time);
}

/**
 * Posts that share platform, date and time with another post. Every later post maps to the first post
 * in that slot; the first maps to the second. Posts without a valid date or time never conflict.
 */
export function postConflicts(model: StrategyModel): Map<number, number> {
  // Per platform, a slot number (day * 1440 + minute) to the first post in it: no string per post.
  const firstInSlot = new Map<string, Map<number, number>>();
  const conflicts = new Map<number, number>();
  for (const post of model.calendar) {
    const { platform, date, time } = post.value;
    if (typeof platform !== 'string' || !isTime(time)) continue;
    const day = dayNumber(date);
    if (day === undefined) continue;
    const slot = day * 1440 + Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
    let slots = firstInSlot.get(platform);
    if (!slots) firstInSlot.set(platform, (slots = new Map<number, number>()));
    const first = slots.get(slot);
    if (first === undefined) {
      slots.set(slot, post.index);
      continue;
    }
    conflicts.set(post.index, first);
    if (!conflicts.has(first)) conflicts.set(first, post.index);
  }
  return conflicts;
}

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
