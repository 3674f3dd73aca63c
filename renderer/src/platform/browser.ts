/**
 * Web mode (`npm run web`, the end-to-end tests): files are downloaded, printing is the
 * browser's, settings live in localStorage under 'recouvre.settings.<key>' as JSON,
 * notifications use the Notification API when already granted. The daily clock ticks
 * once when the page loads, then at the configured hour while the page stays open,
 * on the same rules as the desktop (renderer/src/domain/schedule.ts).
 *
 * Globals are read through `env` so tests hand in a tiny fake document.
 */
import { parseCompanySettings } from '../domain/companySettings';
import {
  MAX_TIMER_DELAY,
  businessDate,
  laterTickDate,
  nextTickAt,
  tickOnSchedule,
  tickOnStart,
} from '../domain/schedule';
import { createEventHub } from './eventHub';
import {
  COMPANY_SETTINGS_KEY,
  type BlobToSave,
  type FileToSave,
  type Platform,
  type SaveResult,
  type SchedulerTick,
} from './platform';

export const SETTINGS_PREFIX = 'recouvre.settings.';
export const LAST_TICK_KEY = 'recouvre.shell.lastTickDate';
/** Object URLs are released after the browser has had time to start the download. */
const REVOKE_AFTER_MS = 60_000;

interface AnchorLike {
  href: string;
  download: string;
  rel: string;
  style: { display: string };
  click(): void;
  remove(): void;
}

interface NotificationCtor {
  readonly permission: string;
  new (title: string, options?: { body?: string }): { onclick: (() => void) | null };
}

export interface BrowserEnv {
  document: { createElement(tag: 'a'): AnchorLike; body: { appendChild(node: AnchorLike): unknown } };
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  print(): void;
  focus(): void;
  Notification: NotificationCtor | undefined;
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function globalBrowserEnv(): BrowserEnv {
  const g = globalThis as unknown as Window & typeof globalThis;
  return {
    document: g.document as unknown as BrowserEnv['document'],
    localStorage: g.localStorage,
    createObjectURL: (blob) => g.URL.createObjectURL(blob),
    revokeObjectURL: (url) => g.URL.revokeObjectURL(url),
    print: () => g.print(),
    focus: () => g.focus(),
    Notification: (g as { Notification?: NotificationCtor }).Notification,
    now: () => Date.now(),
    setTimeout: (run, ms) => g.setTimeout(run, ms),
    clearTimeout: (handle) => g.clearTimeout(handle as number),
  };
}

function isMailto(url: string): boolean {
  try {
    return new URL(url).protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function createBrowserPlatform(env: BrowserEnv = globalBrowserEnv()): Platform {
  function clickLink(href: string, download?: string): void {
    const a = env.document.createElement('a');
    a.href = href;
    if (download !== undefined) a.download = download;
    a.rel = 'noopener';
    a.style.display = 'none';
    env.document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function downloadBlob({ fileName, blob }: Omit<BlobToSave, 'mimeType'>): SaveResult {
    try {
      const url = env.createObjectURL(blob);
      clickLink(url, fileName);
      env.setTimeout(() => env.revokeObjectURL(url), REVOKE_AFTER_MS);
      return { status: 'saved' };
    } catch (error) {
      return { status: 'failed', message: (error as Error).message };
    }
  }

  function download(file: FileToSave): SaveResult {
    try {
      // Copy into a fresh ArrayBuffer: a view on a shared or larger buffer would leak extra bytes.
      const blob = new Blob([file.bytes.slice()], { type: file.mimeType });
      return downloadBlob({ fileName: file.fileName, blob });
    } catch (error) {
      return { status: 'failed', message: (error as Error).message };
    }
  }

  function read<T>(key: string): T | undefined {
    const raw = env.localStorage.getItem(SETTINGS_PREFIX + key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined; // a hand-edited value: the caller falls back to its default
    }
  }

  // The clock: started by the first subscriber, the load tick delivered asynchronously.
  const ticks = createEventHub<SchedulerTick>();
  let started = false;
  let timer: unknown = null;
  let target = 0;

  function clockInput() {
    const c = parseCompanySettings(read<unknown>(COMPANY_SETTINGS_KEY));
    const lastTickDate = env.localStorage.getItem(LAST_TICK_KEY) ?? undefined;
    return { now: env.now(), time: c.schedulerTime, timeZone: c.timeZone, lastTickDate };
  }

  function remember(date: string): void {
    const stored = env.localStorage.getItem(LAST_TICK_KEY) ?? undefined;
    env.localStorage.setItem(LAST_TICK_KEY, laterTickDate(stored, date));
  }

  function arm(): void {
    if (timer !== null) env.clearTimeout(timer);
    const input = clockInput();
    target = nextTickAt(input);
    timer = env.setTimeout(onTimer, Math.min(target - input.now, MAX_TIMER_DELAY));
  }

  function onTimer(): void {
    timer = null;
    const input = clockInput();
    if (input.now >= target) {
      const tick = tickOnSchedule(input);
      if (tick) {
        remember(tick.date);
        ticks.emit({ ...tick, reason: 'timer' });
      }
    }
    arm();
  }

  function start(): void {
    started = true;
    const input = clockInput();
    // Every page load ticks once (the screen needs its count); missed days only if
    // today had not ticked yet. A clock set backwards ticks with today's date but
    // keeps the later stored date.
    const caughtUp = tickOnStart(input);
    const date = caughtUp?.date ?? businessDate(input.now, input.timeZone);
    remember(date);
    ticks.emit({ date, missedDays: caughtUp?.missedDays ?? 0, reason: 'load' });
    arm();
  }

  return {
    kind: 'browser',
    automaticBackups: false,
    saveFile: async (file) => download(file),
    saveBlob: async (file) => downloadBlob(file),
    // A browser cannot open a file with Word: the download bar does it.
    saveAndOpen: async (file) => download(file),
    async openMailDraft({ mailtoUrl }) {
      if (!isMailto(mailtoUrl)) throw new Error('Not a mailto: URL');
      clickLink(mailtoUrl);
    },
    async print() {
      env.print();
    },
    readSettings: async <T>(key: string) => read<T>(key),
    async writeSettings<T>(key: string, value: T) {
      env.localStorage.setItem(SETTINGS_PREFIX + key, JSON.stringify(value));
      if (key === COMPANY_SETTINGS_KEY && started) arm();
    },
    async notify({ title, body }) {
      const N = env.Notification;
      if (!N || N.permission !== 'granted') return;
      const n = new N(title, { body });
      n.onclick = () => env.focus();
    },
    onTick(listener) {
      // Emitted before subscribing: the hub keeps it and hands it over asynchronously,
      // to whichever listener is still subscribed then.
      if (!started) start();
      return ticks.subscribe(listener);
    },
    onNavigate: () => () => undefined,
    async setDueCount() {
      // No tray nor badge in a browser tab.
    },
    async writeBackup({ date, bytes }) {
      const fileName = `recouvre-sauvegarde-${date}.json`;
      const r = download({ fileName, mimeType: 'application/json', bytes });
      return r.status === 'saved'
        ? { status: 'written', path: fileName, removed: [] }
        : { status: 'failed', message: r.status === 'failed' ? r.message : 'cancelled' };
    },
    setStartAtLogin: async () => false,
  };
}
