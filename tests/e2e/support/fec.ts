import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFec, type FecShape } from '../../../bench/browser/fecGenerator';

/**
 * FEC files made by the benchmark's deterministic generator (the same lines every run): a
 * sales ledger whose customers are "Client C00000 SARL", "Client C00001 SARL"…, named as an
 * accounting package names its export.
 */
export const FEC_FILE_NAME = '793456120FEC20261231.txt';

/** A small FEC, as the payload Playwright hands to an <input type=file>. */
export function fecPayload(lines: number, shape: FecShape = {}) {
  return {
    name: FEC_FILE_NAME,
    mimeType: 'text/plain',
    buffer: Buffer.from(generateFec(lines, shape), 'utf8'),
  };
}

/**
 * A large FEC written to a temporary folder: Playwright refuses payloads over 50 MB and
 * takes seconds to send a big one, while a path is handed to the local browser as is.
 */
export function fecPath(lines: number, shape: FecShape = {}): string {
  const path = join(mkdtempSync(join(tmpdir(), 'recouvre-fec-')), FEC_FILE_NAME);
  writeFileSync(path, generateFec(lines, shape), 'utf8');
  return path;
}
