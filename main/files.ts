/**
 * Saving a document the user asked for: the save dialog (in Documents, with the
 * suggested name), an atomic write, then — for 'saveAndOpen' — the default
 * application (Word for .docx, the mail client for .eml). Every system call is passed
 * in, so tests run with fakes. The suggested name comes from the renderer and is
 * sanitized again here: it must never choose the folder.
 */
import path from 'node:path';
import type { SaveResult } from '../renderer/src/platform/platform';
import type { FilePayload } from '../preload/contract';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_NAME = 180;

/**
 * A file name safe on Windows, macOS and Linux: no folder part, no characters Windows
 * refuses (<>:"/\|?* and control characters), no trailing dot or space, not a reserved
 * device name, at most 180 characters keeping the extension. Accents stay: the user
 * reads "Mise en demeure – Société Dupont.docx".
 */
export function sanitizeFileName(name: string, fallback = 'document'): string {
  // Keep only the last path segment: '../../.bashrc' → '.bashrc' → 'bashrc'.
  const base = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let clean = base.replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_').replace(/\s+/g, ' ');
  clean = clean.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  const dot = clean.lastIndexOf('.');
  let stem = dot > 0 ? clean.slice(0, dot) : clean;
  const ext = dot > 0 ? clean.slice(dot) : '';
  if (stem === '' || WINDOWS_RESERVED.test(stem)) stem = stem === '' ? fallback : `${stem}_`;
  const room = MAX_NAME - ext.length;
  return stem.slice(0, Math.max(1, room)).trimEnd() + ext;
}

export interface FileSystemLike {
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Write next to the target, then rename: a crash never leaves half a letter. */
export async function writeFileAtomic(fs: FileSystemLike, target: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.unlink(tmp).catch(() => undefined);
    throw error;
  }
}

export interface SaveDeps {
  fs: FileSystemLike;
  /** dialog.showSaveDialog; resolves to undefined when cancelled */
  askPath(defaultPath: string, extension: string): Promise<string | undefined>;
  /** shell.openPath: resolves to '' on success, an error message otherwise */
  openPath(path: string): Promise<string>;
  documentsDir: string;
}

export async function saveFile(deps: SaveDeps, file: FilePayload, open: boolean): Promise<SaveResult> {
  const name = sanitizeFileName(file.fileName);
  const target = await deps.askPath(path.join(deps.documentsDir, name), path.extname(name).slice(1));
  if (target === undefined || target === '') return { status: 'cancelled' };
  try {
    await writeFileAtomic(deps.fs, target, file.bytes);
  } catch (error) {
    return { status: 'failed', message: (error as Error).message };
  }
  if (open) {
    const problem = await deps.openPath(target);
    // Saved all the same (the journal must record it): say where, and why it did not open.
    if (problem !== '') return { status: 'saved', path: target, openError: problem };
  }
  return { status: 'saved', path: target };
}
