/**
 * Saves a file that arrives in pieces (the dossier ZIP streamed by buildDossier).
 * In the browser the pieces become one Blob — the browser keeps it, often on disk — and
 * a download link is clicked: the bytes are never joined into one array. The desktop
 * save goes through platform.saveFile, which takes one array: it is joined once there.
 *
 * The platform interface has no "save a Blob" yet; the browser part below repeats
 * its download link (see the report: platform.saveChunks would belong in platform/).
 */
import type { Platform, SaveResult } from '../../../platform';

const REVOKE_AFTER_MS = 60_000;

export async function saveChunks(
  platform: Pick<Platform, 'kind' | 'saveFile'>,
  file: { fileName: string; mimeType: string; chunks: Uint8Array[]; size: number },
): Promise<SaveResult> {
  if (platform.kind === 'browser') {
    try {
      const blob = new Blob(file.chunks as BlobPart[], { type: file.mimeType });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      a.rel = 'noopener';
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
      return { status: 'saved' };
    } catch (error) {
      return { status: 'failed', message: (error as Error).message };
    }
  }
  const bytes = new Uint8Array(file.size);
  let at = 0;
  for (const c of file.chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  file.chunks.length = 0; // let the pieces go before the copy to the main process
  return platform.saveFile({ fileName: file.fileName, mimeType: file.mimeType, bytes });
}
