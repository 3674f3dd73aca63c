import { describe, expect, it, vi } from 'vitest';
import type { RecouvreApi } from '../../../preload/contract';
import { createElectronPlatform } from '../../../renderer/src/platform/electron';

function fakeApi() {
  const calls: [string, unknown][] = [];
  const rec =
    <R>(name: string, result: R) =>
    async (arg: unknown) => {
      calls.push([name, arg]);
      return result;
    };
  const api: RecouvreApi = {
    file: {
      save: rec('file.save', { status: 'cancelled' as const }),
      saveAndOpen: rec('file.saveAndOpen', { status: 'saved' as const }),
    },
    mail: { open: rec('mail.open', { opened: true }) },
    window: { print: rec('window.print', { printed: true }) },
    settings: {
      read: rec('settings.read', { value: { name: 'Dupont' } }),
      write: rec('settings.write', { saved: true as const }),
    },
    notify: { show: rec('notify.show', { shown: true }) },
    app: {
      setDueCount: rec('app.setDueCount', { ok: true as const }),
      setLoginItem: rec('app.setLoginItem', { openAtLogin: false }),
    },
    backup: { write: rec('backup.write', { status: 'written' as const, path: '/b', removed: [] }) },
    schedule: { onTick: vi.fn(() => () => undefined) },
    navigation: {
      onNavigate: (listener) => {
        listener({ route: 'today' });
        return () => undefined;
      },
    },
  };
  return { api, calls };
}

describe('electron platform', () => {
  it('sends exactly the contract fields (main refuses extra ones)', async () => {
    const { api, calls } = fakeApi();
    const p = createElectronPlatform(api);
    const file = { fileName: 'a.docx', mimeType: 'x', bytes: new Uint8Array(1), extra: 'ui state' };
    expect(await p.saveFile(file)).toEqual({ status: 'cancelled' });
    await p.notify({ title: 't', body: 'b' });
    expect(calls).toEqual([
      ['file.save', { fileName: 'a.docx', mimeType: 'x', bytes: file.bytes }],
      ['notify.show', { title: 't', body: 'b' }],
    ]);
  });

  it('saves a Blob through the file:save channel, read once into bytes', async () => {
    const { api, calls } = fakeApi();
    const p = createElectronPlatform(api);
    const blob = new Blob([new Uint8Array([1, 2]), new Uint8Array([3])], { type: 'application/zip' });
    expect(await p.saveBlob({ fileName: 'd.zip', mimeType: 'application/zip', blob })).toEqual({
      status: 'cancelled',
    });
    expect(calls).toEqual([
      ['file.save', { fileName: 'd.zip', mimeType: 'application/zip', bytes: new Uint8Array([1, 2, 3]) }],
    ]);
  });

  it('writes settings as JSON: undefined fields dropped', async () => {
    const { api, calls } = fakeApi();
    await createElectronPlatform(api).writeSettings('company', { name: 'Dupont', logoDataUrl: undefined });
    expect(calls).toEqual([['settings.write', { key: 'company', value: { name: 'Dupont' } }]]);
  });

  it('reads settings, reports the login item, and unwraps navigation', async () => {
    const { api } = fakeApi();
    const p = createElectronPlatform(api);
    expect(await p.readSettings('company')).toEqual({ name: 'Dupont' });
    expect(await p.setStartAtLogin(true)).toBe(false);
    const routes: string[] = [];
    p.onNavigate((r) => routes.push(r));
    expect(routes).toEqual(['today']);
    expect(p.kind).toBe('electron');
  });
});
