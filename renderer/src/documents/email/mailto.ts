/**
 * The `mailto:` link that opens the user's own mail client with the reminder written.
 * RFC 6068: addresses in the path, `cc`, `subject` and `body` as query fields, every
 * byte outside the unreserved set percent-encoded from UTF-8, line breaks as %0D%0A.
 * Mail clients and Windows' ShellExecute cut long URLs (~2 000 characters): a longer body
 * is shortened at a line or word boundary, ends with a line saying the full text is in
 * the attached draft (.eml), and `truncated` lets the screen say so too.
 */
import { checkedAddress } from './headers';

export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoInput {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** last line when the body is shortened; defaults to the French sentence */
  truncationNote?: string;
  /** the URL stays strictly below this length */
  maxLength?: number;
}

export interface Mailto {
  url: string;
  truncated: boolean;
}

export const DEFAULT_TRUNCATION_NOTE = 'Le texte complet figure dans le brouillon joint (fichier .eml).';

const utf8 = new TextEncoder();

/**
 * Percent-encodes everything but RFC 3986 unreserved characters. Stricter than
 * encodeURIComponent (which leaves ! ' ( ) * alone, and some clients split on them);
 * a space is %20, never "+" (which mailto would keep as a plus sign).
 */
export function encodeMailtoComponent(text: string): string {
  let out = '';
  for (const b of utf8.encode(text)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Every line break (CRLF, CR, LF, U+2028) becomes CRLF, as RFC 6068 section 5 requires. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, '\r\n');
}

function encodeAddress(address: string): string {
  // '@' is legal in the path; everything else unusual is escaped (%, ?, #, & …)
  return encodeMailtoComponent(checkedAddress(address)).replace(/%40/g, '@');
}

function assemble(to: string[], cc: string[], subject: string, body: string | null): string {
  const fields: string[] = [];
  if (cc.length > 0) fields.push(`cc=${cc.map(encodeAddress).join(',')}`);
  fields.push(`subject=${encodeMailtoComponent(subject)}`);
  if (body !== null) fields.push(`body=${encodeMailtoComponent(body)}`);
  return `mailto:${to.map(encodeAddress).join(',')}?${fields.join('&')}`;
}

/**
 * Builds the link. Throws EmailInputError ('email.address.invalid') for an address that
 * is not a plain addr-spec: validate first with `addressErrors` to show the user why.
 */
export function buildMailto(input: MailtoInput): Mailto {
  const max = input.maxLength ?? MAILTO_MAX_LENGTH;
  // The subject is one line: a line break there would be an attempt at header injection.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const subject = input.subject.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  const body = normalizeLineBreaks(input.body);
  const full = assemble(input.to, input.cc, subject, body);
  if (full.length < max) return { url: full, truncated: false };

  const note = normalizeLineBreaks(input.truncationNote ?? DEFAULT_TRUNCATION_NOTE);
  const shortened = (cut: number): string => {
    const kept = body.slice(0, cut).replace(/[ \t\r\n]+$/, '');
    return kept === '' ? `…\r\n\r\n${note}` : `${kept}\r\n[…]\r\n\r\n${note}`;
  };
  const fits = (cut: number): boolean => assemble(input.to, input.cc, subject, shortened(cut)).length < max;

  // Candidate cut points: line ends first, else word ends. The encoded length grows with
  // the cut, so the longest fitting boundary is found by binary search.
  const lineCuts = boundaries(body, /\r\n/g);
  const wordCuts = boundaries(body, /[ \t]+|\r\n/g);
  let best = longestFitting(lineCuts, fits);
  const bestWord = longestFitting(wordCuts, fits);
  // A line boundary is nicer, but not at the price of losing more than a fifth of what fits.
  if (best === null || (bestWord !== null && bestWord > best * 1.25 + 80)) best = bestWord;
  if (best === null) best = 0;
  let url = assemble(input.to, input.cc, subject, shortened(best));
  if (url.length >= max) {
    // Even the note alone does not fit (very long recipient list or subject): drop the body.
    url = assemble(input.to, input.cc, subject, null);
  }
  return { url, truncated: true };
}

/** Offsets where a match of `separator` starts (the text before it is a whole line/word). */
function boundaries(text: string, separator: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(separator)) out.push(m.index);
  return out;
}

function longestFitting(cuts: number[], fits: (cut: number) => boolean): number | null {
  let lo = 0;
  let hi = cuts.length - 1;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cut = cuts[mid]!;
    if (fits(cut)) {
      found = cut;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
