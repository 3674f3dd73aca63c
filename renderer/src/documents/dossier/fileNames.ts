/**
 * File names that are safe on every system the dossier or an e-mail attachment may land
 * on (Windows Explorer, macOS Finder, a lawyer's unzip tool). Names come from the user's
 * data — a client called "../../etc/passwd" or "CON" must not escape the ZIP folder nor
 * produce a file Windows refuses to create.
 */

// Windows refuses these base names whatever the extension ("CON.txt", "lpt1.pdf").
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
// Control characters (C0, DEL, C1), Windows-forbidden characters, both slashes, and lone
// surrogate halves (not encodable in UTF-8).
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Invisible characters that let two names look identical or reverse the display order.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const FALLBACK = 'document';
// An extension is kept only when it looks like one: "facture.pdf", not "M. Dupont. SARL".
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/**
 * A file name, never a path: no "/" or "\", no "..", no control or Windows-forbidden
 * character, no trailing dot or space, not a Windows device name; accents kept (NFC).
 * At most `maxLength` UTF-16 characters, the extension kept when shortening.
 */
export function safeFileName(name: string, maxLength = 100): string {
  const limit = Math.max(8, Math.floor(maxLength));
  let s = name.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, '_');
  s = s.replace(/\s+/g, ' ');
  // "..", "...", "._." … collapse to one dot so no path component can be a parent reference.
  s = s.replace(/\.{2,}/g, '.');
  s = s.replace(/^[\s._]+/, '').replace(/[\s.]+$/, '');
  if (s === '') s = FALLBACK;

  const extMatch = EXTENSION.exec(s);
  let ext = extMatch && extMatch.index > 0 ? extMatch[0] : '';
  let base = ext ? s.slice(0, -ext.length) : s;
  base = base.replace(/[\s.]+$/, '');
  if (base === '') base = FALLBACK;
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;

  if (ext.length >= limit) ext = '';
  if (base.length + ext.length > limit)
    base = truncateCodePoints(base, limit - ext.length).replace(/[\s.]+$/, '');
  if (base === '') base = FALLBACK.slice(0, limit - ext.length);
  return base + ext;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncateCodePoints(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** "Dupont & Fils" → a name part safe inside a longer file name, spaces turned to dashes. */
export function fileNamePart(text: string, maxLength = 40): string {
  const s = safeFileName(text.replace(/\./g, ' '), maxLength).replace(/ /g, '-');
  return s;
}
