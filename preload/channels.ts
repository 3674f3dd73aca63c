/**
 * The channel names, as values, shared by main (handler registration, a test checks
 * every one is handled) and the preload. Typed against the contract both ways: a
 * channel missing here or unknown to the contract fails the build.
 */
import type { Channel, EventName } from './contract';

export const CHANNELS = [
  'file:save',
  'file:saveAndOpen',
  'mail:open',
  'window:print',
  'settings:read',
  'settings:write',
  'notify:show',
  'app:setDueCount',
  'backup:write',
  'app:setLoginItem',
] as const satisfies readonly Channel[];

export const EVENTS = ['schedule:tick', 'app:navigate'] as const satisfies readonly EventName[];

// Exhaustiveness: a contract channel absent from CHANNELS makes this `never` assignment fail.
type Missing<All, Listed> = Exclude<All, Listed>;
const _allChannelsListed: Missing<Channel, (typeof CHANNELS)[number]> extends never ? true : never = true;
const _allEventsListed: Missing<EventName, (typeof EVENTS)[number]> extends never ? true : never = true;
void _allChannelsListed;
void _allEventsListed;

/**
 * The settings key under which the renderer stores CompanySettings
 * (renderer/src/domain/companySettings.ts); main reads the scheduler hour, time zone
 * and tray preference from it.
 */
export { COMPANY_SETTINGS_KEY } from '../renderer/src/platform/platform';

/** Settings keys the renderer may read and write: letters, digits, '.', '-', '_'. */
export const SETTINGS_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
