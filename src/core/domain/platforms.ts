// How a platform is named in messages ("Instagram (ig)") and found by its id: the rules, the views and
// the iCalendar export share it.
import type { Entity, Platform, StrategyModel } from '../engine/model';
import { networkName } from './networks';

export { networkName };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

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
