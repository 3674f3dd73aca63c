/**
 * The IPC contract between the renderer and the main process — types only.
 * Main implements each channel (main/ipc.ts types its handlers from this), the preload
 * exposes one method per channel (preload/preload.ts), the renderer's platform layer
 * calls them (renderer/src/platform/electron.ts). A renamed field breaks the build on
 * all three sides, not the user (Actual Budget's `Handlers` habit).
 *
 * Every channel takes ONE object argument (parsed with zod in main: it is `unknown`
 * until then) and resolves to a typed result. Failures the user can act on are result
 * values (`{ status: 'failed' }`); a rejected promise means a refused message
 * (untrusted sender, invalid argument) — a programming error, not a user one.
 */
import type {
  BackupFile,
  BackupResult,
  Notice,
  SaveResult,
  SchedulerTick,
} from '../renderer/src/platform/platform';

export type { BackupResult };

/** JSON as electron-store and localStorage keep it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FilePayload {
  /** suggested name; main sanitizes it again before showing the save dialog */
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** one file per day, the day's last write wins */
export type BackupPayload = BackupFile;

export interface IpcContract {
  /** Save dialog, then write. */
  'file:save': { arg: FilePayload; result: SaveResult };
  /** Save dialog, write, then open with the default application (Word, the mail client for .eml). */
  'file:saveAndOpen': { arg: FilePayload; result: SaveResult };
  /** Open the mail client on a mailto: URL (anything else is refused). */
  'mail:open': { arg: { mailtoUrl: string }; result: { opened: boolean } };
  /** Print the sender's window (system print dialog). */
  'window:print': { arg: { silent?: false }; result: { printed: boolean; reason?: string } };
  'settings:read': { arg: { key: string }; result: { value: JsonValue | undefined } };
  'settings:write': { arg: { key: string; value: JsonValue }; result: { saved: true } };
  /** A desktop notification; a click focuses the window and sends 'app:navigate' with `route`. */
  'notify:show': { arg: Notice; result: { shown: boolean } };
  /** Number of actions due today: tray tooltip and dock/launcher badge. */
  'app:setDueCount': { arg: { count: number }; result: { ok: true } };
  /** Atomic write into Documents/Recouvre/Sauvegardes, then rotation (7 daily, 4 weekly). */
  'backup:write': { arg: BackupPayload; result: BackupResult };
  /** Start at login (off by default). */
  'app:setLoginItem': { arg: { openAtLogin: boolean }; result: { openAtLogin: boolean } };
}

export type Channel = keyof IpcContract;
export type ChannelArg<K extends Channel> = IpcContract[K]['arg'];
export type ChannelResult<K extends Channel> = IpcContract[K]['result'];

/** Main → renderer messages. */
export interface EventContract {
  /** the daily clock (start-up, resume, the configured hour) */
  'schedule:tick': SchedulerTick;
  /** a notification was clicked: go to this screen */
  'app:navigate': { route: string };
}

export type EventName = keyof EventContract;

/** What the preload exposes as `window.recouvre`, derived from the contract. */
export interface RecouvreApi {
  file: {
    save(arg: ChannelArg<'file:save'>): Promise<ChannelResult<'file:save'>>;
    saveAndOpen(arg: ChannelArg<'file:saveAndOpen'>): Promise<ChannelResult<'file:saveAndOpen'>>;
  };
  mail: { open(arg: ChannelArg<'mail:open'>): Promise<ChannelResult<'mail:open'>> };
  window: { print(arg: ChannelArg<'window:print'>): Promise<ChannelResult<'window:print'>> };
  settings: {
    read(arg: ChannelArg<'settings:read'>): Promise<ChannelResult<'settings:read'>>;
    write(arg: ChannelArg<'settings:write'>): Promise<ChannelResult<'settings:write'>>;
  };
  notify: { show(arg: ChannelArg<'notify:show'>): Promise<ChannelResult<'notify:show'>> };
  app: {
    setDueCount(arg: ChannelArg<'app:setDueCount'>): Promise<ChannelResult<'app:setDueCount'>>;
    setLoginItem(arg: ChannelArg<'app:setLoginItem'>): Promise<ChannelResult<'app:setLoginItem'>>;
  };
  backup: { write(arg: ChannelArg<'backup:write'>): Promise<ChannelResult<'backup:write'>> };
  schedule: { onTick(listener: (tick: EventContract['schedule:tick']) => void): () => void };
  navigation: { onNavigate(listener: (event: EventContract['app:navigate']) => void): () => void };
}
