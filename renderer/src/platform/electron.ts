/**
 * The desktop implementation: every call goes through the preload bridge
 * (`window.recouvre`, typed from preload/contract.ts). Arguments are rebuilt field by
 * field because main parses them with strict schemas: an extra field is refused.
 */
import type { JsonValue, RecouvreApi } from '../../../preload/contract';
import type { Platform } from './platform';

declare global {
  interface Window {
    recouvre?: RecouvreApi;
  }
}

/** JSON as it will be stored: drops `undefined` fields, which the IPC schema refuses. */
function toJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as JsonValue;
}

export function createElectronPlatform(api: RecouvreApi): Platform {
  return {
    kind: 'electron',
    automaticBackups: true,
    saveFile: ({ fileName, mimeType, bytes }) => api.file.save({ fileName, mimeType, bytes }),
    // The IPC takes one array: the Blob is read once, here, and goes through 'file:save'.
    async saveBlob({ fileName, mimeType, blob }) {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return api.file.save({ fileName, mimeType, bytes });
    },
    saveAndOpen: ({ fileName, mimeType, bytes }) => api.file.saveAndOpen({ fileName, mimeType, bytes }),
    async openMailDraft({ mailtoUrl }) {
      await api.mail.open({ mailtoUrl });
    },
    async print() {
      await api.window.print({});
    },
    async readSettings<T>(key: string) {
      const { value } = await api.settings.read({ key });
      return value as T | undefined;
    },
    async writeSettings<T>(key: string, value: T) {
      await api.settings.write({ key, value: toJson(value) });
    },
    async notify({ title, body, route }) {
      await api.notify.show(route === undefined ? { title, body } : { title, body, route });
    },
    onTick: (listener) => api.schedule.onTick(listener),
    onNavigate: (listener) => api.navigation.onNavigate(({ route }) => listener(route)),
    async setDueCount(count) {
      await api.app.setDueCount({ count });
    },
    writeBackup: ({ date, bytes }) => api.backup.write({ date, bytes }),
    async setStartAtLogin(openAtLogin) {
      return (await api.app.setLoginItem({ openAtLogin })).openAtLogin;
    },
  };
}
