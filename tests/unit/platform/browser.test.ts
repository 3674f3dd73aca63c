import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserPlatform,
  LAST_TICK_KEY,
  SETTINGS_PREFIX,
} from '../../../renderer/src/platform/browser';
import type { SchedulerTick } from '../../../renderer/src/platform/platform';

/** The least of a DOM the web platform touches, on globalThis like a browser would have it. */
interface FakeAnchor {
  href: string;
  download: string;
  rel: string;
  style: { display: string };
  clicked: number;
  removed: boolean;
  click(): void;
  remove(): void;
}

let anchors: FakeAnchor[];
let blobs: Map<string, Blob>;
let storage: Map<string, string>;
let printed: number;

beforeEach(() => {
  anchors = [];
  blobs = new Map();
  storage = new Map();
  printed = 0;
  vi.useFakeTimers();
  // Thursday 15 January 2026, 07:00 in Paris (06:00Z)
  vi.setSystemTime(Date.UTC(2026, 0, 15, 6, 0));
  vi.stubGlobal('document', {
    createElement: () => {
      const a: FakeAnchor = {
        href: '',
        download: '',
        rel: '',
        style: { display: '' },
        clicked: 0,
        removed: false,
        click() {
          this.clicked++;
        },
        remove() {
          this.removed = true;
        },
      };
      anchors.push(a);
      return a;
    },
    body: { appendChild: (node: unknown) => node },
  });
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
  });
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:http://127.0.0.1:4173/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void blobs.delete(url));
  vi.stubGlobal('print', () => void printed++);
  vi.stubGlobal('focus', () => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('browser platform: files', () => {
  it('downloads: an anchor with the download name, clicked once, holding the exact bytes', async () => {
    const platform = createBrowserPlatform();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xc3, 0xa9]);
    const result = await platform.saveFile({
      fileName: 'Relance F-2026-001.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes,
    });
    expect(result).toEqual({ status: 'saved' });
    expect(anchors).toHaveLength(1);
    const a = anchors[0]!;
    expect(a.download).toBe('Relance F-2026-001.docx');
    expect(a.clicked).toBe(1);
    expect(a.removed).toBe(true);
    const blob = blobs.get(a.href)!;
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    // the object URL is released once the download has started
    vi.advanceTimersByTime(60_000);
    expect(blobs.has(a.href)).toBe(false);
  });

  it('downloads only the viewed bytes of a larger buffer', async () => {
    const platform = createBrowserPlatform();
    const buffer = new Uint8Array([9, 9, 1, 2, 3, 9]);
    await platform.saveAndOpen({
      fileName: 'x.eml',
      mimeType: 'message/rfc822',
      bytes: buffer.subarray(2, 5),
    });
    const blob = blobs.get(anchors[0]!.href)!;
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('downloads a Blob built from pieces as it is, with the existing link, and releases its URL', async () => {
    const platform = createBrowserPlatform();
    // A ZIP arriving in three pieces: the Blob holds them in order, never joined by the app.
    const pieces = [new Uint8Array([0x50, 0x4b]), new Uint8Array([0x03, 0x04]), new Uint8Array([0xc3, 0xa9])];
    const blob = new Blob(pieces, { type: 'application/zip' });
    const result = await platform.saveBlob({
      fileName: 'Dossier avocat Dupont 2026-01-15.zip',
      mimeType: 'application/zip',
      blob,
    });
    expect(result).toEqual({ status: 'saved' });
    expect(anchors).toHaveLength(1);
    const a = anchors[0]!;
    expect([a.download, a.rel, a.style.display, a.clicked, a.removed]).toEqual([
      'Dossier avocat Dupont 2026-01-15.zip',
      'noopener',
      'none',
      1,
      true,
    ]);
    // The very Blob handed in: no copy of a large file in the page.
    expect(blobs.get(a.href)).toBe(blob);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xc3, 0xa9]),
    );
    vi.advanceTimersByTime(59_999);
    expect(blobs.has(a.href)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(blobs.has(a.href)).toBe(false);
  });

  it('reports a Blob download that fails instead of throwing', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('quota');
    });
    const platform = createBrowserPlatform();
    expect(
      await platform.saveBlob({ fileName: 'x.zip', mimeType: 'application/zip', blob: new Blob([]) }),
    ).toEqual({ status: 'failed', message: 'quota' });
    expect(anchors).toHaveLength(0);
  });

  it('a backup in web mode is a download named by its date', async () => {
    const platform = createBrowserPlatform();
    expect(platform.automaticBackups).toBe(false);
    expect(await platform.writeBackup({ date: '2026-01-15', bytes: new Uint8Array([123, 125]) })).toEqual({
      status: 'written',
      path: 'recouvre-sauvegarde-2026-01-15.json',
      removed: [],
    });
    expect(anchors[0]!.download).toBe('recouvre-sauvegarde-2026-01-15.json');
  });

  it('opens the mail client through a mailto link, and refuses anything else', async () => {
    const platform = createBrowserPlatform();
    await platform.openMailDraft({ mailtoUrl: 'mailto:compta@dupont.fr?subject=Relance' });
    expect(anchors[0]!.href).toBe('mailto:compta@dupont.fr?subject=Relance');
    expect(anchors[0]!.download).toBe('');
    await expect(
      platform.openMailDraft({ mailtoUrl: 'javascript:alert(1)//mailto:a@b.fr' }),
    ).rejects.toThrow();
    expect(anchors).toHaveLength(1);
  });

  it('prints with window.print', async () => {
    await createBrowserPlatform().print();
    expect(printed).toBe(1);
  });
});

describe('browser platform: settings', () => {
  it('persists JSON under recouvre.settings.<key>, readable by a new page', async () => {
    await createBrowserPlatform().writeSettings('company', { name: 'Dupont SARL', tolerance: 500 });
    expect(storage.get(`${SETTINGS_PREFIX}company`)).toBe('{"name":"Dupont SARL","tolerance":500}');
    // a reload: a fresh platform reads the same storage
    expect(await createBrowserPlatform().readSettings('company')).toEqual({
      name: 'Dupont SARL',
      tolerance: 500,
    });
  });

  it('reads a missing or hand-broken value as undefined', async () => {
    storage.set(`${SETTINGS_PREFIX}language`, '{not json');
    const platform = createBrowserPlatform();
    expect(await platform.readSettings('language')).toBeUndefined();
    expect(await platform.readSettings('nothing')).toBeUndefined();
  });
});

describe('browser platform: notifications', () => {
  it('uses the Notification API when granted, does nothing otherwise', async () => {
    const made: string[] = [];
    class FakeNotification {
      static permission = 'default';
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        made.push(`${title}: ${options?.body}`);
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    await createBrowserPlatform().notify({ title: 'Recouvre', body: "4 relances à faire aujourd'hui" });
    expect(made).toEqual([]);
    FakeNotification.permission = 'granted';
    await createBrowserPlatform().notify({ title: 'Recouvre', body: "4 relances à faire aujourd'hui" });
    expect(made).toEqual(["Recouvre: 4 relances à faire aujourd'hui"]);
  });
});

describe('browser platform: the daily clock', () => {
  it('ticks once on load, then at the configured hour, once a day', async () => {
    storage.set(LAST_TICK_KEY, '2026-01-14');
    const platform = createBrowserPlatform();
    const ticks: SchedulerTick[] = [];
    platform.onTick((t) => ticks.push(t));
    await Promise.resolve();
    // 07:00: the load tick; yesterday ticked, today's 08:30 not yet passed → nothing missed
    expect(ticks).toEqual([{ date: '2026-01-15', missedDays: 0, reason: 'load' }]);
    // 08:30 Paris (07:30Z): today already ticked on load → no second tick today
    vi.setSystemTime(Date.UTC(2026, 0, 15, 9, 0));
    vi.advanceTimersByTime(2 * 3_600_000);
    expect(ticks).toHaveLength(1);
    // the next morning at 08:30 Paris: one timer tick
    vi.advanceTimersByTime(23 * 3_600_000);
    expect(ticks.slice(1)).toEqual([{ date: '2026-01-16', missedDays: 0, reason: 'timer' }]);
    expect(storage.get(LAST_TICK_KEY)).toBe('2026-01-16');
  });

  it('the load tick reaches a listener that subscribes again (React StrictMode) exactly once', async () => {
    const platform = createBrowserPlatform();
    const first: SchedulerTick[] = [];
    const second: SchedulerTick[] = [];
    platform.onTick((t) => first.push(t))();
    platform.onTick((t) => second.push(t));
    await Promise.resolve();
    expect(first).toEqual([]);
    expect(second).toHaveLength(1);
  });

  it('uses the hour from the company settings', async () => {
    storage.set(LAST_TICK_KEY, '2026-01-15');
    storage.set(
      `${SETTINGS_PREFIX}company`,
      JSON.stringify({ schedulerTime: '07:15', timeZone: 'Europe/Paris' }),
    );
    const platform = createBrowserPlatform();
    const ticks: SchedulerTick[] = [];
    platform.onTick((t) => ticks.push(t));
    await Promise.resolve();
    // next 07:15 Paris is tomorrow 06:15Z: 24 h 15 min after 06:00Z today
    vi.advanceTimersByTime(24 * 3_600_000 + 14 * 60_000);
    expect(ticks.map((t) => t.reason)).toEqual(['load']);
    vi.advanceTimersByTime(2 * 60_000);
    expect(ticks.map((t) => t.reason)).toEqual(['load', 'timer']);
  });

  it('onNavigate is a no-op with an unsubscribe', () => {
    expect(typeof createBrowserPlatform().onNavigate(() => undefined)).toBe('function');
  });
});
