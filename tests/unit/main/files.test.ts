import { describe, expect, it, vi } from 'vitest';
import { sanitizeFileName, saveFile, type SaveDeps } from '../../../main/files';

describe('sanitizeFileName', () => {
  it.each([
    ['Mise en demeure – Société Dupont.docx', 'Mise en demeure – Société Dupont.docx'],
    ['../../.bashrc', 'bashrc'],
    ['C:\\Windows\\System32\\evil.dll', 'evil.dll'],
    ['/etc/passwd', 'passwd'],
    ['Relance: F-2026/001?.docx', '001_.docx'],
    ['Facture "A"<1>|*.pdf', 'Facture _A__1___.pdf'],
    ['CON.docx', 'CON_.docx'],
    ['lpt1', 'lpt1_'],
    ['rapport. . .', 'rapport'],
    ['', 'document'],
    ['...', 'document'],
    ['a\u0000b\nc.eml', 'a_b_c.eml'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('keeps the extension when shortening a very long name', () => {
    const name = sanitizeFileName(`${'é'.repeat(400)}.docx`);
    expect(name.length).toBe(180);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

function deps(over: Partial<SaveDeps> = {}) {
  const written = new Map<string, Uint8Array>();
  const d: SaveDeps = {
    documentsDir: '/home/marie/Documents',
    askPath: vi.fn(async (p: string) => p),
    openPath: vi.fn(async () => ''),
    fs: {
      writeFile: async (p, b) => void written.set(p, b),
      rename: async (a, b) => {
        written.set(b, written.get(a) as Uint8Array);
        written.delete(a);
      },
      unlink: async (p) => void written.delete(p),
    },
    ...over,
  };
  return { d, written };
}

const letter = {
  fileName: '../Relance F-001.docx',
  mimeType: 'application/octet-stream',
  bytes: new Uint8Array([80, 75]),
};

describe('saveFile', () => {
  it('proposes the sanitized name in Documents, writes, and opens when asked', async () => {
    const { d, written } = deps();
    const r = await saveFile(d, letter, true);
    expect(d.askPath).toHaveBeenCalledWith('/home/marie/Documents/Relance F-001.docx', 'docx');
    expect(r).toEqual({ status: 'saved', path: '/home/marie/Documents/Relance F-001.docx' });
    expect([...written.keys()]).toEqual(['/home/marie/Documents/Relance F-001.docx']);
    expect(d.openPath).toHaveBeenCalledWith('/home/marie/Documents/Relance F-001.docx');
  });

  it('cancelled dialog: nothing written', async () => {
    const { d, written } = deps({ askPath: async () => undefined });
    expect(await saveFile(d, letter, false)).toEqual({ status: 'cancelled' });
    expect(written.size).toBe(0);
  });

  it('saved but Word missing: saved, with the reason', async () => {
    const { d } = deps({ openPath: async () => 'No application is associated' });
    expect(await saveFile(d, letter, true)).toEqual({
      status: 'saved',
      path: '/home/marie/Documents/Relance F-001.docx',
      openError: 'No application is associated',
    });
  });

  it('write failure: failed, and no temporary file left', async () => {
    const { d, written } = deps();
    d.fs.rename = async () => {
      throw new Error('EACCES');
    };
    expect(await saveFile(d, letter, true)).toEqual({ status: 'failed', message: 'EACCES' });
    expect(written.size).toBe(0);
    expect(d.openPath).not.toHaveBeenCalled();
  });
});
