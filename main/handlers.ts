/**
 * Every contract channel bound to its implementation. The services are passed in
 * (index.ts gives the real ones), so a test registers them all on a fake ipcMain and
 * checks that no channel of CHANNELS is left unanswered.
 */
import type { BackupResult, ChannelResult, FilePayload, JsonValue } from '../preload/contract';
import type { Notice, SaveResult } from '../renderer/src/platform/platform';
import type { InvokeEvent, IpcRegistry } from './ipc';
import { schemas } from './schemas';
import { isAllowedMailto } from './security';

export interface Services<E extends InvokeEvent> {
  saveFile(file: FilePayload, open: boolean): Promise<SaveResult>;
  openExternal(url: string): Promise<void>;
  print(event: E): Promise<ChannelResult<'window:print'>>;
  readSetting(key: string): JsonValue | undefined;
  writeSetting(key: string, value: JsonValue): void;
  notify(notice: Notice): { shown: boolean };
  setDueCount(count: number): void;
  writeBackup(date: string, bytes: Uint8Array): Promise<BackupResult>;
  /** returns what the system reports after the change */
  setLoginItem(openAtLogin: boolean): boolean;
}

export function registerHandlers<E extends InvokeEvent>(ipc: IpcRegistry<E>, s: Services<E>): void {
  ipc.handle('file:save', schemas['file:save'], (file) => s.saveFile(file, false));
  ipc.handle('file:saveAndOpen', schemas['file:saveAndOpen'], (file) => s.saveFile(file, true));
  ipc.handle('mail:open', schemas['mail:open'], async ({ mailtoUrl }) => {
    // Checked by the schema already; checked again right before the system call.
    if (!isAllowedMailto(mailtoUrl)) return { opened: false };
    await s.openExternal(mailtoUrl);
    return { opened: true };
  });
  ipc.handle('window:print', schemas['window:print'], (_arg, event) => s.print(event));
  ipc.handle('settings:read', schemas['settings:read'], ({ key }) => ({ value: s.readSetting(key) }));
  ipc.handle('settings:write', schemas['settings:write'], ({ key, value }) => {
    s.writeSetting(key, value);
    return { saved: true };
  });
  ipc.handle('notify:show', schemas['notify:show'], (notice) => s.notify(notice));
  ipc.handle('app:setDueCount', schemas['app:setDueCount'], ({ count }) => {
    s.setDueCount(count);
    return { ok: true };
  });
  ipc.handle('backup:write', schemas['backup:write'], ({ date, bytes }) => s.writeBackup(date, bytes));
  ipc.handle('app:setLoginItem', schemas['app:setLoginItem'], ({ openAtLogin }) => ({
    openAtLogin: s.setLoginItem(openAtLogin),
  }));
}
