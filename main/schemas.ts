/**
 * zod schemas of every channel's argument, typed against the contract: a schema that
 * drifts from preload/contract.ts fails the build. Strict objects: an unknown field is
 * a caller that does not speak the contract.
 */
import { z } from 'zod';
import type { Channel, ChannelArg, JsonValue } from '../preload/contract';
import { SETTINGS_KEY_PATTERN } from '../preload/channels';
import { isIsoDate } from '../renderer/src/domain/dates';
import { isAllowedMailto } from './security';

const MAX_FILE_BYTES = 200 * 1024 * 1024;

const bytes = z.custom<Uint8Array>(
  (v) => v instanceof Uint8Array && v.byteLength <= MAX_FILE_BYTES,
  'expected a Uint8Array of at most 200 MB',
);

const file = z.strictObject({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().min(1).max(255),
  bytes,
}) satisfies z.ZodType<ChannelArg<'file:save'>>;

const json: z.ZodType<JsonValue> = z.json();

const settingsKey = z.string().regex(SETTINGS_KEY_PATTERN);
// A route is an app screen name, e.g. 'today' or 'clients/42'.
const route = z.string().regex(/^[a-z0-9][a-z0-9/_-]{0,99}$/);

export const schemas: { [K in Channel]: z.ZodType<ChannelArg<K>> } = {
  'file:save': file,
  'file:saveAndOpen': file,
  'mail:open': z.strictObject({
    mailtoUrl: z.string().max(100_000).refine(isAllowedMailto, 'not a mailto: URL'),
  }),
  'window:print': z.strictObject({ silent: z.literal(false).optional() }),
  'settings:read': z.strictObject({ key: settingsKey }),
  'settings:write': z.strictObject({ key: settingsKey, value: json }),
  'notify:show': z.strictObject({
    title: z.string().min(1).max(200),
    body: z.string().max(1000),
    route: route.optional(),
  }),
  'app:setDueCount': z.strictObject({ count: z.number().int().min(0).max(1_000_000) }),
  'backup:write': z.strictObject({ date: z.string().refine(isIsoDate, 'not a YYYY-MM-DD date'), bytes }),
  'app:setLoginItem': z.strictObject({ openAtLogin: z.boolean() }),
};
