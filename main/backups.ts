/**
 * Automatic backups of the database into Documents/Recouvre/Sauvegardes — a folder the
 * user sees and their own backup tool copies. One file per day, written atomically,
 * then the rotation keeps the 7 most recent days and one file (the newest) for each of
 * the 4 most recent weeks: a mistake noticed a month later can still be undone.
 */
import path from 'node:path';
import type { BackupPayload, BackupResult } from '../preload/contract';
import { daysBetween, isIsoDate } from '../renderer/src/domain/dates';
import { writeFileAtomic, type FileSystemLike } from './files';

export const DAILY_BACKUPS = 7;
export const WEEKLY_BACKUPS = 4;
const NAME = /^recouvre-sauvegarde-(\d{4}-\d{2}-\d{2})\.zip$/;

export function backupFileName(date: string): string {
  return `recouvre-sauvegarde-${date}.zip`;
}

/** Monday-based week number: 1970-01-05 was a Monday. */
function weekOf(date: string): number {
  return Math.floor(daysBetween('1970-01-05', date) / 7);
}

/**
 * Which backup files to keep and which to delete. Files whose name we did not write
 * (the user's own copies, a half-written .tmp) are in neither list: never touched.
 */
export function planBackupRotation(fileNames: readonly string[]): { keep: string[]; remove: string[] } {
  const dated = fileNames
    .map((name) => ({ name, date: NAME.exec(name)?.[1] }))
    .filter((f): f is { name: string; date: string } => f.date !== undefined && isIsoDate(f.date))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const keep = new Set(dated.slice(0, DAILY_BACKUPS).map((f) => f.name));
  const weeksSeen = new Set<number>();
  for (const f of dated) {
    const week = weekOf(f.date);
    if (weeksSeen.has(week)) continue;
    if (weeksSeen.size === WEEKLY_BACKUPS) break;
    weeksSeen.add(week);
    keep.add(f.name); // the newest of its week, since the list runs newest first
  }
  return {
    keep: dated.filter((f) => keep.has(f.name)).map((f) => f.name),
    remove: dated.filter((f) => !keep.has(f.name)).map((f) => f.name),
  };
}

export interface BackupFs extends FileSystemLike {
  mkdir(dir: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
}

export async function writeBackup(fs: BackupFs, dir: string, backup: BackupPayload): Promise<BackupResult> {
  const target = path.join(dir, backupFileName(backup.date));
  try {
    await fs.mkdir(dir);
    await writeFileAtomic(fs, target, backup.bytes);
  } catch (error) {
    return { status: 'failed', message: (error as Error).message };
  }
  // The new backup is safe on disk; a rotation failure only leaves an extra old file.
  const removed: string[] = [];
  try {
    for (const name of planBackupRotation(await fs.readdir(dir)).remove) {
      await fs.unlink(path.join(dir, name));
      removed.push(name);
    }
  } catch {
    // keep going: the next backup retries the rotation
  }
  return { status: 'written', path: target, removed };
}
