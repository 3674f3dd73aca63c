/**
 * The `.eml` draft that carries what a mailto link cannot: the letter and the invoices
 * attached. RFC 5322 + MIME (multipart/mixed), UTF-8 text in quoted-printable, files in
 * base64 with 76-character lines, names in RFC 2231 (and an ASCII fallback). `X-Unsent: 1`
 * makes Outlook open it as a draft ready to send; Thunderbird and Apple Mail open it too.
 * Every header goes through headers.ts, so no user text can add a header.
 */
import {
  addressHeader,
  attachmentNameParams,
  base64,
  foldAtSpaces,
  neutralizeHeaderText,
  rfc2231Parameter,
  safeMimeType,
  unstructuredHeader,
  type Mailbox,
} from './headers';

export interface EmlAttachment {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface EmlDraftInput {
  from?: Mailbox | string;
  to: (Mailbox | string)[];
  cc: (Mailbox | string)[];
  subject: string;
  textBody: string;
  attachments: EmlAttachment[];
  date: Date;
  /** right-hand side of the Message-ID; the company's mail domain when known */
  messageIdDomain?: string;
}

const utf8 = new TextEncoder();
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC: "Fri, 27 Nov 2026 08:30:00 +0000". */
export function rfc5322Date(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
  );
}

/**
 * Quoted-printable (RFC 2045 6.7) of UTF-8 text: lines ≤ 76 characters with soft breaks,
 * hard breaks as CRLF, "=" and non-ASCII bytes escaped, a space or tab before a line end
 * escaped (mail servers strip trailing white space), and a leading "." or "From " escaped
 * so no transport can mangle the line.
 */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n|\r|\n/g, '\n').split('\n');
  return lines.map(encodeQpLine).join('\r\n');
}

function encodeQpLine(line: string): string {
  const tokens: string[] = [];
  const bytes = utf8.encode(line);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const last = i === bytes.length - 1;
    const printable = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
    tokens.push(printable ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  if (tokens[0] === '.') tokens[0] = '=2E';
  if (line.startsWith('From ')) tokens[0] = '=46';
  // Soft breaks: at most 75 characters + "=" per physical line, never inside an =XX escape
  // (a UTF-8 character may straddle two lines: decoders join the bytes before decoding).
  const out: string[] = [];
  let current = '';
  for (const t of tokens) {
    if (current.length + t.length > 75) {
      out.push(`${current}=`);
      current = '';
    }
    current += t;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Base64 in 76-character lines (RFC 2045). */
export function base64Lines(bytes: Uint8Array): string {
  const lines: string[] = [];
  // 57 bytes → exactly 76 characters: encode line by line, never the whole file as one string
  for (let i = 0; i < bytes.length; i += 57) lines.push(base64(bytes.subarray(i, i + 57)));
  return lines.join('\r\n');
}

/** FNV-1a, to derive a stable boundary and Message-ID from the content (tests stay deterministic). */
function fnv1a(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

function safeDomain(domain: string | undefined): string {
  const d = (domain ?? '').trim().toLowerCase();
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(d) ? d : 'recouvre.invalid';
}

function attachmentPart(boundary: string, a: EmlAttachment): string {
  // Names only in RFC 2231 form: Python, Thunderbird, Apple Mail and Outlook (2007+) read it,
  // and a plain `filename="…"` fallback would win over it in some readers, losing the accents.
  const { rfc2231 } = attachmentNameParams(a.fileName);
  const type = safeMimeType(a.mimeType);
  return [
    `--${boundary}`,
    `Content-Type: ${type}${rfc2231Parameter('name', rfc2231)}`,
    `Content-Disposition: attachment${rfc2231Parameter('filename', rfc2231)}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(a.bytes),
  ].join('\r\n');
}

/**
 * The draft as bytes, ready to save as `<name>.eml`. Throws EmailInputError for an invalid
 * address (validate first with `addressErrors` to tell the user which one).
 */
export function buildEmlDraft(input: EmlDraftInput): Uint8Array {
  const subject = neutralizeHeaderText(input.subject);
  const hash = fnv1a([
    input.date.toISOString(),
    subject,
    input.textBody,
    ...input.to.map((m) => (typeof m === 'string' ? m : m.address)),
  ]);
  // "=_" cannot occur in quoted-printable or base64 output, so the boundary never clashes.
  const boundary = `=_recouvre_${hash}_${input.date.getTime().toString(36)}`;
  const headers: string[] = [];
  if (input.from !== undefined) headers.push(addressHeader('From', [input.from]));
  if (input.to.length > 0) headers.push(addressHeader('To', input.to));
  if (input.cc.length > 0) headers.push(addressHeader('Cc', input.cc));
  headers.push(unstructuredHeader('Subject', subject));
  headers.push(`Date: ${rfc5322Date(input.date)}`);
  headers.push(
    `Message-ID: <${input.date.getTime().toString(36)}.${hash}@${safeDomain(input.messageIdDomain)}>`,
  );
  headers.push('MIME-Version: 1.0');
  headers.push('X-Unsent: 1');
  headers.push(foldAtSpaces(`Content-Type: multipart/mixed; boundary="${boundary}"`));

  const parts: string[] = [
    [
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(input.textBody),
    ].join('\r\n'),
    ...input.attachments.map((a) => attachmentPart(boundary, a)),
  ];
  const message = [
    headers.join('\r\n'),
    '',
    'This is a multipart message in MIME format.',
    parts.join('\r\n'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return utf8.encode(message);
}
