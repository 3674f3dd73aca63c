/**
 * The real store. Kept out of settings.ts so nothing a test imports pulls in
 * electron-store (which imports 'electron' at load time).
 */
import Store from 'electron-store';
import type { KeyValueStore } from './settings';

export function openElectronStore(): KeyValueStore {
  // Flat keys: 'prefs.company' is one key, not company inside prefs.
  const store = new Store<Record<string, unknown>>({
    name: 'recouvre-settings',
    accessPropertiesByDotNotation: false,
  });
  return { get: (key) => store.get(key), set: (key, value) => store.set(key, value) };
}
