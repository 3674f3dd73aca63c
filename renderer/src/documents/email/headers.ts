/**
 * Header safety for e-mail drafts. Everything that reaches a header comes from user data
 * (a client's contact, a template's subject): a CR/LF there would let a subject such as
 * "Relance\r\nBcc: x@evil.test" add a recipient. So every header value is built here:
 * text is neutralised, addresses are validated against a strict subset of RFC 5322, and
 * non-ASCII text becomes RFC 2047 encoded-words folded under 78 characters a line.
 */
import type { DomainError } from '../../domain/result';
import { safeFileName } from '../dossier/fileNames';

/** Thrown by the builders for input a caller should have validated (see `addressErrors`). */
export class EmailInputError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  constructor(error: DomainError) {
    super(`${error.code}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
    this.name = 'EmailInputError';
    this.code = error.code;
    this.params = error.params ?? {};
  }
}

// CR, LF and every other C0/C1 control character, plus the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line of text fit for a header: control characters become spaces, runs of spaces one. */
export function neutralizeHeaderText(text: string): string {
  return text.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

// dot-atom local part (RFC 5322 3.2.3) and a DNS host name with a letter TLD. Quoted local
// parts and IP literals are legal but never seen on a client's billing contact: refused.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** 'email.address.invalid' (with the address, control characters shown as "?") or null. */
export function addressError(address: string): DomainError | null {
  const shown = address.replace(CONTROL, '?').slice(0, 200);
  const at = address.lastIndexOf('@');
  if (address.length > 254 || at < 1) return { code: 'email.address.invalid', params: { address: shown } };
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  const tld = labels[labels.length - 1] ?? '';
  const valid =
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => LABEL.test(l)) &&
    /^[A-Za-z]{2,63}$/.test(tld);
  return valid ? null : { code: 'email.address.invalid', params: { address: shown } };
}

/** Every invalid address of a list, and 'email.to.empty' when there is no recipient at all. */
export function addressErrors(to: readonly string[], cc: readonly string[] = []): DomainError[] {
  const errors: DomainError[] = [];
  if (to.length === 0) errors.push({ code: 'email.to.empty' });
  for (const a of [...to, ...cc]) {
    const e = addressError(a);
    if (e) errors.push(e);
  }
  return errors;
}

/** Trims an address and throws EmailInputError when it is not a plain, safe addr-spec. */
export function checkedAddress(address: string): string {
  const a = address.trim();
  const e = addressError(a);
  if (e) throw new EmailInputError(e);
  return a;
}

const utf8 = new TextEncoder();

function isPrintableAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

// 42 bytes → 56 base64 chars → a 68-char encoded-word: with "Subject: " the first line
// stays under 78 characters (RFC 2047 allows 75 per word, RFC 5322 advises 78 per line).
const WORD_BYTES = 42;

/**
 * RFC 2047 "B" encoded-words for non-ASCII text, never splitting a UTF-8 character
 * across two words (each word must decode alone). Returns the words; the caller folds.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const b = utf8.encode(ch);
    if (chunk.length + b.length > WORD_BYTES) {
      words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
      chunk = [];
    }
    chunk.push(...b);
  }
  if (chunk.length > 0 || words.length === 0) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
  return words;
}

/**
 * A complete unstructured header ("Subject: …") folded with CRLF + space. ASCII text is
 * folded at spaces; anything else becomes encoded-words (one per folded line).
 */
export function unstructuredHeader(name: string, value: string): string {
  const text = neutralizeHeaderText(value);
  if (isPrintableAscii(text) && !/=\?/.test(text)) return foldAtSpaces(`${name}: ${text}`);
  return `${name}: ${encodedWords(text).join('\r\n ')}`;
}

/** Folds a line of ASCII words at spaces so lines stay under 78 characters where possible. */
export function foldAtSpaces(line: string, width = 76): string {
  if (line.length <= width) return line;
  const words = line.split(' ');
  const lines: string[] = [];
  let current = words.shift() ?? '';
  for (const w of words) {
    if (current.length + 1 + w.length > width && current.trim() !== '') {
      lines.push(current);
      current = ` ${w}`;
    } else {
      current += ` ${w}`;
    }
  }
  lines.push(current);
  return lines.join('\r\n');
}

export interface Mailbox {
  name?: string;
  address: string;
}

/** "Name <a@b.fr>" with the name quoted or encoded, or the bare address. Validates the address. */
export function formatMailbox(mailbox: Mailbox | string): string {
  const m = typeof mailbox === 'string' ? { address: mailbox } : mailbox;
  const address = checkedAddress(m.address);
  const name = m.name === undefined ? '' : neutralizeHeaderText(m.name);
  if (name === '') return address;
  if (isPrintableAscii(name) && !/=\?/.test(name)) {
    return `"${name.replace(/(["\\])/g, '\\$1')}" <${address}>`;
  }
  // Folded between words (and before the address when the line would pass 76 characters).
  const words = encodedWords(name);
  const lastLine = `${words[words.length - 1] ?? ''} <${address}>`;
  return lastLine.length + 5 > 76
    ? `${words.join('\r\n ')}\r\n <${address}>`
    : `${words.join('\r\n ')} <${address}>`;
}

/** "To: a, b" folded after each comma. */
export function addressHeader(name: string, mailboxes: readonly (Mailbox | string)[]): string {
  return `${name}: ${mailboxes.map(formatMailbox).join(',\r\n ')}`;
}

/**
 * Attachment names: a safe file name (no path, no control character) whose parameters
 * are ready for Content-Type/Content-Disposition: an ASCII fallback `filename="…"` for old
 * clients and RFC 2231 `filename*` (UTF-8, percent-encoded, continued when long).
 */
export function attachmentNameParams(fileName: string): {
  safeName: string;
  ascii: string;
  rfc2231: string[];
} {
  const safeName = safeFileName(fileName);
  const ascii = safeName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = rfc2231Encode(safeName);
  const pieces: string[] = [];
  let rest = encoded;
  while (rest.length > 0) {
    let cut = Math.min(50, rest.length);
    // never split a %XX escape
    const pct = rest.lastIndexOf('%', cut - 1);
    if (pct > cut - 3 && pct >= 0 && cut < rest.length) cut = pct;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return { safeName, ascii, rfc2231: pieces };
}

/** RFC 2231 / RFC 5987 value-chars: attr-char stays, every other byte is %XX. */
function rfc2231Encode(s: string): string {
  let out = '';
  for (const b of utf8.encode(s)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9!#$&+.^_`|~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `; filename*0*=UTF-8''…;\r\n filename*1*=…` (or a single `filename*=` when short). */
export function rfc2231Parameter(param: string, pieces: readonly string[]): string {
  if (pieces.length <= 1) return `;\r\n ${param}*=UTF-8''${pieces[0] ?? ''}`;
  return pieces.map((p, i) => `;\r\n ${param}*${i}*=${i === 0 ? "UTF-8''" : ''}${p}`).join('');
}

const MIME_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;

/** A stored MIME type when well formed, else application/octet-stream (it lands in a header too). */
export function safeMimeType(mimeType: string): string {
  const t = mimeType.trim().toLowerCase();
  return MIME_TYPE.test(t) ? t : 'application/octet-stream';
}

export { base64 };
