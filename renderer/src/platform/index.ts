/**
 * The platform, chosen once: the preload bridge present means the desktop app.
 * Screens import `platform` from here and never ask which one they have.
 */
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';

export type * from './platform';
export { COMPANY_SETTINGS_KEY } from './platform';

function choosePlatform(): Platform {
  const bridge = typeof window !== 'undefined' ? window.recouvre : undefined;
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}

export const platform: Platform = choosePlatform();
