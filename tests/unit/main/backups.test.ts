import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, planBackupRotation, writeBackup, type BackupFs } from '../../../main/backups';

const names = (dates: string[]) => dates.map(backupFileName);

describe('planBackupRotation', () => {
  it('keeps everything while there are few backups', () => {
    const files = names(['2026-01-12', '2026-01-13', '2026-01-14']);
    expect(planBackupRotation(files)).toEqual({ keep: files.slice().reverse(), remove: [] });
  });

  it('keeps the 7 latest days and the newest of each of the 4 latest weeks', () => {
    // 40 consecutive daily backups, 2026-01-01 (Thu) … 2026-02-09 (Mon).
    const all: string[] = [];
    for (let d = 1; d <= 40; d++) {
      const date = new Date(Date.UTC(2026, 0, d)).toISOString().slice(0, 10);
      all.push(date);
    }
    const plan = planBackupRotation(names(all));
    // daily: 02-09 back to 02-03 (7 files).
    // weeks (Monday-based), newest first: week of Mon 02-09 → 02-09 (already kept);
    // week of Mon 02-02 → Sun 02-08 (kept); week of Mon 01-26 → Sun 02-01; week of Mon 01-19 → Sun 01-25.
    expect(plan.keep).toEqual(
      names([
        '2026-02-09',
        '2026-02-08',
        '2026-02-07',
        '2026-02-06',
        '2026-02-05',
        '2026-02-04',
        '2026-02-03',
        '2026-02-01',
        '2026-01-25',
      ]),
    );
    expect(plan.remove).toHaveLength(40 - 9);
    expect(plan.remove).toContain(backupFileName('2026-01-01'));
  });

  it('after a long holiday still keeps 7 backups (the latest ones, not the last 7 calendar days)', () => {
    const files = names([
      '2026-07-01',
      '2026-07-02',
      '2026-07-03',
      '2026-07-06',
      '2026-07-07',
      '2026-07-08',
      '2026-07-09',
      '2026-08-24',
    ]);
    // The 7 latest are 08-24 back to 07-02, whatever the gap; 07-01 shares its week
    // (Mon 06-29) with the newer 07-03, so it is the only one to go.
    expect(planBackupRotation(files).remove).toEqual(names(['2026-07-01']));
  });

  it('never touches files it did not write', () => {
    const files = [
      ...names(Array.from({ length: 20 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`)),
      'ma-copie.json',
      'recouvre-sauvegarde-2026-03-01.zip.123.tmp',
      'recouvre-sauvegarde-2026-02-30.zip',
    ];
    const plan = planBackupRotation(files);
    expect([...plan.keep, ...plan.remove]).not.toContain('ma-copie.json');
    expect(plan.remove).not.toContain('recouvre-sauvegarde-2026-03-01.zip.123.tmp');
    expect(plan.remove).not.toContain('recouvre-sauvegarde-2026-02-30.zip');
  });
});

function memoryFs(initial: string[] = []) {
  const files = new Map<string, Uint8Array>(initial.map((n) => [path.join('/docs', n), new Uint8Array([1])]));
  const log: string[] = [];
  const fs: BackupFs = {
    mkdir: async () => undefined,
    readdir: async (dir) =>
      [...files.keys()].filter((p) => path.dirname(p) === dir).map((p) => path.basename(p)),
    writeFile: async (p, bytes) => {
      log.push(`write ${path.basename(p)}`);
      files.set(p, bytes);
    },
    rename: async (a, b) => {
      log.push(`rename ${path.basename(a)} → ${path.basename(b)}`);
      files.set(b, files.get(a) as Uint8Array);
      files.delete(a);
    },
    unlink: async (p) => {
      log.push(`unlink ${path.basename(p)}`);
      files.delete(p);
    },
  };
  return { fs, files, log };
}

describe('writeBackup', () => {
  it('writes through a temporary file, renames, then rotates', async () => {
    const old = names([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
    ]);
    const { fs, files, log } = memoryFs(old);
    const result = await writeBackup(fs, '/docs', {
      date: '2026-01-09',
      bytes: new TextEncoder().encode('{"db":1}'),
    });
    // 9 files: daily keeps 01-03…01-09; weeks: Mon 01-05 → 01-09, Mon 12-29 → Sun 01-04 (kept);
    // so only 01-01 and 01-02 go.
    expect(result).toEqual({
      status: 'written',
      path: '/docs/recouvre-sauvegarde-2026-01-09.zip',
      removed: names(['2026-01-02', '2026-01-01']),
    });
    expect(log[0]).toMatch(/^write recouvre-sauvegarde-2026-01-09\.zip\.\d+\.tmp$/);
    expect(log[1]).toMatch(/^rename .*\.tmp → recouvre-sauvegarde-2026-01-09\.zip$/);
    expect(new TextDecoder().decode(files.get('/docs/recouvre-sauvegarde-2026-01-09.zip'))).toBe('{"db":1}');
  });

  it('reports a failed write and deletes nothing', async () => {
    const { fs, files } = memoryFs(names(['2026-01-01']));
    fs.writeFile = async () => {
      throw new Error('ENOSPC: no space left on device');
    };
    const result = await writeBackup(fs, '/docs', { date: '2026-01-09', bytes: new Uint8Array(1) });
    expect(result).toEqual({ status: 'failed', message: 'ENOSPC: no space left on device' });
    expect([...files.keys()]).toEqual(['/docs/recouvre-sauvegarde-2026-01-01.zip']);
  });
});
