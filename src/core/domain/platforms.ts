// How a platform is named in messages ("Instagram (ig)") and found by its id: the rules, the views and
// the iCalendar export share it.
import type { Entity, Platform, StrategyModel } from '../engine/model';
import { isNetwork, networkName, type Network } from './networks';
import { msg, type Message, type MessageId } from '../text/i18n/message';

export { networkName };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The first platform with this id (a repeated id is `ref/duplicate-id`'s business). */
export function findPlatform(model: StrategyModel, id: string | undefined): Entity<Platform> | undefined {
  if (id === undefined) return undefined;
  return model.platforms.find((p) => p.value.id === id);
}

const NETWORK_NAMES: Readonly<Record<Network, MessageId>> = {
  instagram: 'panels.network.instagram',
  facebook: 'panels.network.facebook',
  x: 'panels.network.x',
  linkedin: 'panels.network.linkedin',
  tiktok: 'panels.network.tiktok',
  youtube: 'panels.network.youtube',
  pinterest: 'panels.network.pinterest',
  telegram: 'panels.network.telegram',
  threads: 'panels.network.threads',
  whatsapp: 'panels.network.whatsapp',
  aparat: 'panels.network.aparat',
  blog: 'panels.network.blog',
  newsletter: 'panels.network.newsletter',
  other: 'panels.network.other',
};

/** A network's name as a message argument (the panels', the views' and the rules' words): the contract's networks in words, any other as written. */
export function networkWords(network: string): Message | string {
  return isNetwork(network) ? msg(NETWORK_NAMES[network]) : network;
}

/** A platform in a message: "Instagram (ig)", «اینستاگرام (ig)»; the bare id for an undefined one. */
export function platformWords(model: StrategyModel, id: string): Message | string {
  const network = findPlatform(model, id)?.value.network;
  return network === undefined ? id : msg('platform.named', { network: networkWords(network), id });
}

/** Whether `time` is a valid `HH:MM`. */
export function isTime(time: unknown): time is string {
  return typeof time === 'string' && TIME.test(time);
}
