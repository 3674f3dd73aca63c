/**
 * What only the desktop can do, behind one interface (Actual Budget's habit): the
 * Electron implementation goes through the preload bridge, the browser one (web mode)
 * downloads, prints with window.print and keeps settings in localStorage.
 * Screens call `platform` and never ask which one they have.
 */

export interface FileToSave {
  /** suggested file name, already sanitized */
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * A file already in a Blob, e.g. one built from pieces (the dossier ZIP streamed by
 * buildDossier): the browser keeps a Blob out of the JS heap, often on disk, so its
 * bytes are never joined into one array there.
 */
export interface BlobToSave {
  fileName: string;
  mimeType: string;
  blob: Blob;
}

export type SaveResult =
  /** openError: saved, but the default application could not open it (saveAndOpen) */
  | { status: 'saved'; path?: string; openError?: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface MailDraft {
  /** a mailto: URL (RFC 6068) */
  mailtoUrl: string;
}

export interface Notice {
  title: string;
  body: string;
  /** where a click on the notification brings the user, e.g. 'today' */
  route?: string;
}

export interface SchedulerTick {
  /** the business date of this tick, YYYY-MM-DD in the company's time zone */
  date: string;
  /** days missed since the previous tick (0 when none) */
  missedDays: number;
  reason: 'startup' | 'resume' | 'daily' | 'load' | 'timer';
}

/** The settings key of CompanySettings (scheduler hour, time zone, tray), read by both shells. */
export const COMPANY_SETTINGS_KEY = 'company';

export interface BackupFile {
  /** the business date of the backup, 'YYYY-MM-DD' (one file per day) */
  date: string;
  /** the full backup (ZIP of data.json and the documents, see db/backup) */
  bytes: Uint8Array;
}

export type BackupResult =
  { status: 'written'; path: string; removed: string[] } | { status: 'failed'; message: string };

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Save dialog in the app; a download in web mode. */
  saveFile(file: FileToSave): Promise<SaveResult>;
  /** Same as saveFile for a Blob. Desktop: read once into an array for the save dialog's IPC. */
  saveBlob(file: BlobToSave): Promise<SaveResult>;
  /** Save, then open with the default application (Word, the mail client for .eml). */
  saveAndOpen(file: FileToSave): Promise<SaveResult>;
  /** Open the user's mail client on a mailto: URL. */
  openMailDraft(draft: MailDraft): Promise<void>;
  /** Print the current window (the print preview screen). */
  print(): Promise<void>;
  /** Preferences and company identity (electron-store / localStorage). */
  readSettings<T>(key: string): Promise<T | undefined>;
  writeSettings<T>(key: string, value: T): Promise<void>;
  notify(notice: Notice): Promise<void>;
  /** The daily clock; returns an unsubscribe function. */
  onTick(listener: (tick: SchedulerTick) => void): () => void;
  /** Where a notification click wants to go. */
  onNavigate(listener: (route: string) => void): () => void;
  /** Tell the shell how many actions are due (tray badge / title). */
  setDueCount(count: number): Promise<void>;
  /**
   * Desktop: written atomically into Documents/Recouvre/Sauvegardes, old ones rotated
   * (7 daily, 4 weekly). Web: a download — call it there only when the user asks.
   */
  writeBackup(backup: BackupFile): Promise<BackupResult>;
  /** True when backups can be written without asking (desktop only). */
  readonly automaticBackups: boolean;
  /** Start the app at login (Windows, macOS); resolves to what the system reports. */
  setStartAtLogin(openAtLogin: boolean): Promise<boolean>;
}
