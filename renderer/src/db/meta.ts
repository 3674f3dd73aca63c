/** Small user data kept in the database rather than in settings because backups must carry it. */
import type { RecouvreDb } from './database';

/** Known keys; the value's shape belongs to the feature that writes it. */
export type MetaKey = 'importMappings' | 'userRates' | (string & {});

export async function getMeta<T>(db: RecouvreDb, key: MetaKey): Promise<T | undefined> {
  const entry = await db.meta.get(key);
  return entry?.value as T | undefined;
}

export async function setMeta<T>(db: RecouvreDb, key: MetaKey, value: T): Promise<void> {
  await db.meta.put({ key, value });
}

export async function deleteMeta(db: RecouvreDb, key: MetaKey): Promise<void> {
  await db.meta.delete(key);
}
