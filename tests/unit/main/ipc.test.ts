import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../preload/channels';
import { registerHandlers, type Services } from '../../../main/handlers';
import { createIpcRegistry, type InvokeEvent, type IpcMainLike } from '../../../main/ipc';
import { schemas } from '../../../main/schemas';

const appUrl = 'file:///opt/Recouvre/dist/renderer/index.html';
const fromApp: InvokeEvent = { senderFrame: { url: `${appUrl}#/today` } };
const fromElsewhere: InvokeEvent = { senderFrame: { url: 'https://evil.example/' } };

function fakeIpcMain() {
  const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike<InvokeEvent> = {
    handle: (channel, listener) => void handlers.set(channel, listener),
  };
  const invoke = async (channel: string, event: InvokeEvent, ...args: unknown[]) => {
    const h = handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h(event, ...args);
  };
  return { ipcMain, handlers, invoke };
}

function fakeServices(): Services<InvokeEvent> & { calls: string[] } {
  const calls: string[] = [];
  const settings = new Map<string, unknown>();
  return {
    calls,
    saveFile: vi.fn(async () => ({ status: 'saved' as const, path: '/home/u/Documents/x.docx' })),
    openExternal: vi.fn(async (url: string) => void calls.push(`open ${url}`)),
    print: vi.fn(async () => ({ printed: true })),
    readSetting: (key) => settings.get(key) as never,
    writeSetting: (key, value) => void settings.set(key, value),
    notify: vi.fn(() => ({ shown: true })),
    setDueCount: vi.fn(),
    writeBackup: vi.fn(async () => ({ status: 'written' as const, path: '/b', removed: [] })),
    setLoginItem: vi.fn((on: boolean) => on),
  };
}

function setup() {
  const fake = fakeIpcMain();
  const log = vi.fn();
  const registry = createIpcRegistry(fake.ipcMain, () => appUrl, log);
  const services = fakeServices();
  registerHandlers(registry, services);
  return { ...fake, registry, services, log };
}

describe('IPC registration', () => {
  it('answers every channel of the contract, and only those', () => {
    const { handlers, registry } = setup();
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect([...registry.channels].sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(schemas).sort()).toEqual([...CHANNELS].sort());
  });

  it('a valid message from the app reaches the handler', async () => {
    const { invoke, services } = setup();
    const bytes = new Uint8Array([80, 75, 3, 4]);
    await expect(
      invoke('file:save', fromApp, { fileName: 'Relance.docx', mimeType: 'application/octet-stream', bytes }),
    ).resolves.toEqual({ status: 'saved', path: '/home/u/Documents/x.docx' });
    expect(services.saveFile).toHaveBeenCalledWith(
      { fileName: 'Relance.docx', mimeType: 'application/octet-stream', bytes },
      false,
    );
    await invoke('settings:write', fromApp, { key: 'company', value: { name: 'Dupont SARL' } });
    await expect(invoke('settings:read', fromApp, { key: 'company' })).resolves.toEqual({
      value: { name: 'Dupont SARL' },
    });
  });

  it('refuses an untrusted sender and never calls the handler', async () => {
    const { invoke, services, log } = setup();
    await expect(invoke('mail:open', fromElsewhere, { mailtoUrl: 'mailto:a@b.fr' })).rejects.toThrow(
      /untrusted-sender/,
    );
    await expect(invoke('mail:open', { senderFrame: null }, { mailtoUrl: 'mailto:a@b.fr' })).rejects.toThrow(
      /untrusted-sender/,
    );
    expect(services.openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each([
    ['mail:open', { mailtoUrl: 'https://evil.example/mailto:a@b.fr' }],
    ['mail:open', { mailtoUrl: 'javascript:alert(1)//mailto:a@b.fr' }],
    ['mail:open', 'mailto:a@b.fr'],
    ['file:save', { fileName: 'a.docx', mimeType: 'x', bytes: [1, 2, 3] }],
    ['file:save', { fileName: 'a.docx', mimeType: 'x', bytes: new Uint8Array(1), extra: true }],
    ['settings:write', { key: '../../etc/passwd', value: 1 }],
    ['settings:write', { key: 'company', value: () => 1 }],
    ['settings:read', { key: '' }],
    ['app:setDueCount', { count: -1 }],
    ['app:setDueCount', { count: 1.5 }],
    ['notify:show', { title: 'x', body: 'y', route: 'https://evil.example' }],
    ['backup:write', { date: '2026-02-30', bytes: new Uint8Array(1) }],
    ['app:setLoginItem', { openAtLogin: 'yes' }],
    ['window:print', { silent: true }],
  ])('refuses %s with an invalid argument %j before the handler runs', async (channel, arg) => {
    const { invoke, services } = setup();
    await expect(invoke(channel, fromApp, arg)).rejects.toThrow(/invalid-argument/);
    for (const fn of [
      services.openExternal,
      services.saveFile,
      services.setDueCount,
      services.notify,
      services.writeBackup,
      services.setLoginItem,
      services.print,
    ]) {
      expect(fn).not.toHaveBeenCalled();
    }
  });

  it('refuses a second argument (one object argument per channel)', async () => {
    const { invoke, services } = setup();
    await expect(invoke('app:setDueCount', fromApp, { count: 1 }, { count: 2 })).rejects.toThrow(
      /invalid-argument/,
    );
    expect(services.setDueCount).not.toHaveBeenCalled();
  });

  it('opens a real mailto in the mail client', async () => {
    const { invoke, services } = setup();
    await expect(
      invoke('mail:open', fromApp, { mailtoUrl: 'mailto:a@b.fr?subject=Relance' }),
    ).resolves.toEqual({
      opened: true,
    });
    expect(services.calls).toEqual(['open mailto:a@b.fr?subject=Relance']);
  });
});
