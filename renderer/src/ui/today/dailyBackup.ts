/**
 * The automatic daily backup (desktop only): at the first tick of a day the whole
 * database goes to one file in the user's documents folder, which main writes
 * atomically and rotates (7 daily, 4 weekly). The date of the last good backup is kept
 * in the settings, so a failed write is tried again at the next tick.
 */
import { db } from '../../db/database';
import { exportBackup, shouldBackupToday } from '../../db/backup/backup';
import type { IsoDate } from '../../domain/model';
import type { BackupResult, Platform } from '../../platform';

export const LAST_BACKUP_KEY = 'lastBackupDate';

export type DailyBackupOutcome = { status: 'skipped' } | BackupResult;

export async function runDailyBackup(
  platform: Platform,
  today: IsoDate,
  now: Date,
  database = db(),
): Promise<DailyBackupOutcome> {
  if (!platform.automaticBackups) return { status: 'skipped' };
  const last = await platform.readSettings<string>(LAST_BACKUP_KEY);
  if (!shouldBackupToday(last ?? null, today)) return { status: 'skipped' };
  const bytes = await exportBackup(database, { now, appVersion: __APP_VERSION__ });
  const result = await platform.writeBackup({ date: today, bytes });
  if (result.status === 'written') await platform.writeSettings(LAST_BACKUP_KEY, today);
  return result;
}
