/**
 * Turns the bytes of an imported file into text. French tools export UTF-8 (with or
 * without BOM), Windows-1252 (Excel, most invoicing software) or ISO-8859-15 (the
 * encoding the FEC regulation names). Nothing in the bytes says which: we try strict
 * UTF-8 first (it fails on any Latin-1 accent), then choose between the two single-byte
 * encodings from the bytes themselves.
 *
 * Decision on ISO-8859-15 vs Windows-1252. They agree on every French letter except eight
 * code points: 0xA4 0xA6 0xA8 0xB4 0xB8 0xBC 0xBD 0xBE are € Š š Ž ž Œ œ Ÿ in ISO-8859-15
 * and ¤ ¦ ¨ ´ ¸ ¼ ½ ¾ in Windows-1252, which writes € as 0x80 and œ as 0x9C. So:
 * - any byte in 0x80–0x9F → Windows-1252 (those are control codes in ISO-8859-15, never text);
 * - else any of the eight bytes above → ISO-8859-15 ("12 €", "cœur" are far likelier in a
 *   French business file than "12 ¤" or "½");
 * - else Windows-1252 (both decode the file identically).
 * Both are reported with `guessed: true` so the screen can say so.
 */
import { err, ok, type Result } from '../result';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252' | 'iso-8859-15';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** true when the bytes did not say it (no BOM) and a single-byte encoding was chosen */
  guessed: boolean;
}

const ISO_8859_15_ONLY = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    if (text === null) return err('import.encoding');
    return binaryCheck(text) ?? ok({ text, encoding: 'utf-8-bom', guessed: false });
  }
  // Excel's "Texte Unicode" export: UTF-16 little endian with a BOM.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict('utf-16le', bytes.subarray(2));
    if (text === null) return err('import.encoding');
    return binaryCheck(text) ?? ok({ text, encoding: 'utf-16le', guessed: false });
  }
  // A NUL byte never appears in a text file of these encodings: it is a PDF, a XLSX, a ZIP…
  if (bytes.includes(0)) return err('import.binary');
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return binaryCheck(utf8) ?? ok({ text: utf8, encoding: 'utf-8', guessed: false });
  const encoding = singleByteEncoding(bytes);
  const text = decodeSingleByte(bytes, encoding === 'windows-1252' ? WINDOWS_1252 : ISO_8859_15);
  return binaryCheck(text) ?? ok({ text, encoding, guessed: true });
}

function singleByteEncoding(bytes: Uint8Array): 'windows-1252' | 'iso-8859-15' {
  let iso = false;
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) return 'windows-1252';
    if (!iso && ISO_8859_15_ONLY.has(b)) iso = true;
  }
  return iso ? 'iso-8859-15' : 'windows-1252';
}

// Code points of bytes 0x80–0x9F in Windows-1252 (0 = undefined, kept as the C1 control).
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];
const ISO_8859_15_DIFF: Record<number, number> = {
  0xa4: 0x20ac,
  0xa6: 0x0160,
  0xa8: 0x0161,
  0xb4: 0x017d,
  0xb8: 0x017e,
  0xbc: 0x0152,
  0xbd: 0x0153,
  0xbe: 0x0178,
};
const WINDOWS_1252 = Uint16Array.from({ length: 256 }, (_, b) =>
  b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] || b : b,
);
const ISO_8859_15 = Uint16Array.from({ length: 256 }, (_, b) => ISO_8859_15_DIFF[b] ?? b);

/**
 * Our own table rather than TextDecoder('windows-1252'): Node 20's decodes it as Latin-1
 * (0x80 → U+0080 instead of €). Mapped to UTF-16 code units, then decoded in one go.
 */
function decodeSingleByte(bytes: Uint8Array, table: Uint16Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]!]!;
  return new TextDecoder('utf-16le').decode(units);
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, CR, LF, form feed in the first 64 KB: not a text file.
function binaryCheck(text: string): Result<DecodedText> | null {
  const head = text.slice(0, 65536);
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/.test(head) ? err('import.binary') : null;
}

/** What the preview says about the encoding when the bytes did not say it. */
export function encodingGuesses(decoded: DecodedText): { code: string; params: Record<string, string> }[] {
  return decoded.guessed ? [{ code: 'import.guess.encoding', params: { encoding: decoded.encoding } }] : [];
}
