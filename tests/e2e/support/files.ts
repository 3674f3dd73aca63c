import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from '@playwright/test';

/**
 * Downloaded documents are read back by the real readers the lawyer or the client would
 * use (python-docx here), never by the code that wrote them.
 */

/** Saves a download under its own name in a fresh temporary folder named after the spec. */
export async function savedPath(download: Download, prefix: string): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), `recouvre-${prefix}-`)), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

export function python(script: string, ...args: string[]): string {
  return execFileSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
}

/** Every paragraph of a .docx, then every table cell, one a line. */
export const DOCX_TEXT = `
import sys, docx
d = docx.Document(sys.argv[1])
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for row in t.rows:
        for cell in row.cells:
            parts.append(cell.text)
print('\\n'.join(parts))
`;

export function docxText(path: string): string {
  return python(DOCX_TEXT, path);
}
