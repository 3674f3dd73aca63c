/**
 * Preferences live in electron-store (a JSON file in userData), behind a two-method
 * interface so tests pass a Map. The renderer's keys and the shell's own (window
 * position, last tick date) are kept apart: the page can never overwrite the
 * scheduler's memory through 'settings:write'.
 */
import type { JsonValue } from '../preload/contract';

export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** What the renderer reads and writes through 'settings:read' / 'settings:write'. */
export interface RendererSettings {
  read(key: string): JsonValue | undefined;
  write(key: string, value: JsonValue): void;
}

/** What only the main process keeps. */
export interface ShellState {
  lastTickDate(): string | undefined;
  setLastTickDate(date: string): void;
  windowState(): unknown;
  setWindowState(state: unknown): void;
}

const PREFS = 'prefs.';

export function rendererSettings(store: KeyValueStore): RendererSettings {
  return {
    read: (key) => store.get(PREFS + key) as JsonValue | undefined,
    write: (key, value) => store.set(PREFS + key, value),
  };
}

export function shellState(store: KeyValueStore): ShellState {
  return {
    lastTickDate() {
      const v = store.get('shell.lastTickDate');
      return typeof v === 'string' ? v : undefined;
    },
    setLastTickDate: (date) => store.set('shell.lastTickDate', date),
    windowState: () => store.get('shell.windowState'),
    setWindowState: (state) => store.set('shell.windowState', state),
  };
}

/** A Map-backed store: tests, and the fallback when the settings file cannot be opened. */
export function memoryStore(
  initial: Record<string, unknown> = {},
): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return { data, get: (key) => data.get(key), set: (key, value) => void data.set(key, value) };
}
