import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RecouvreApi } from '../../../preload/contract';
import { CHANNELS } from '../../../preload/channels';

// The real 'electron' cannot load here: the preload gets a stand-in bridge.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      bridge.invoked.push(args);
      return { ok: true };
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      bridge.listeners.set(channel, listener),
  },
}));

let api: RecouvreApi;
beforeAll(async () => {
  await import('../../../preload/preload');
  api = bridge.exposed.get('recouvre') as RecouvreApi;
});

describe('preload bridge', () => {
  it('exposes window.recouvre only, with one method per channel and no generic send', () => {
    expect([...bridge.exposed.keys()]).toEqual(['recouvre']);
    const methods = Object.entries(api).flatMap(([domain, group]) =>
      Object.keys(group as object).map((name) => `${domain}.${name}`),
    );
    expect(methods.filter((m) => /send|invoke|emit/i.test(m))).toEqual([]);
    // 10 channels + 2 event subscriptions
    expect(methods).toHaveLength(CHANNELS.length + 2);
  });

  it('every invoking method sends its own channel with the one argument', async () => {
    const bytes = new Uint8Array([1]);
    await api.file.save({ fileName: 'a.docx', mimeType: 'x', bytes });
    await api.file.saveAndOpen({ fileName: 'a.docx', mimeType: 'x', bytes });
    await api.mail.open({ mailtoUrl: 'mailto:a@b.fr' });
    await api.window.print({});
    await api.settings.read({ key: 'company' });
    await api.settings.write({ key: 'company', value: 1 });
    await api.notify.show({ title: 't', body: 'b' });
    await api.app.setDueCount({ count: 2 });
    await api.backup.write({ date: '2026-01-15', bytes });
    await api.app.setLoginItem({ openAtLogin: true });
    expect(bridge.invoked.map((c) => c[0]).sort()).toEqual([...CHANNELS].sort());
    expect(bridge.invoked.every((c) => c.length === 2)).toBe(true);
  });

  it('keeps a tick that arrived before React subscribed, and unsubscribes', async () => {
    bridge.listeners.get('schedule:tick')?.({}, { date: '2026-01-15', missedDays: 0, reason: 'startup' });
    const got: unknown[] = [];
    const off = api.schedule.onTick((t) => got.push(t));
    await Promise.resolve();
    expect(got).toEqual([{ date: '2026-01-15', missedDays: 0, reason: 'startup' }]);
    off();
    bridge.listeners.get('schedule:tick')?.({}, { date: '2026-01-16', missedDays: 0, reason: 'daily' });
    expect(got).toHaveLength(1);
  });

  it('forwards navigation requests', () => {
    const routes: string[] = [];
    const off = api.navigation.onNavigate(({ route }) => routes.push(route));
    bridge.listeners.get('app:navigate')?.({}, { route: 'today' });
    off();
    bridge.listeners.get('app:navigate')?.({}, { route: 'clients' });
    expect(routes).toEqual(['today']);
  });
});
