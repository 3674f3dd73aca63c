// Reads an .eml back with Python's `email` package (policy=default), as a mail client would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ParsedEml {
  headers: [string, string][];
  contentType: string;
  body: string;
  bodyCharset: string | null;
  attachments: { fileName: string | null; contentType: string; size: number; sha256: string }[];
  defects: string[];
  /** lines over the 78 characters RFC 5322 recommends (998 is the hard limit) */
  longLines: string[];
  bareLineFeeds: number;
}

const SCRIPT = String.raw`
import sys, json, hashlib
from email import policy
from email.parser import BytesParser
raw = open(sys.argv[1], 'rb').read()
msg = BytesParser(policy=policy.default).parsebytes(raw)
body = msg.get_body(preferencelist=('plain',))
atts = []
for part in msg.iter_attachments():
    data = part.get_payload(decode=True)
    atts.append({'fileName': part.get_filename(), 'contentType': part.get_content_type(),
                 'size': len(data), 'sha256': hashlib.sha256(data).hexdigest()})
defects = [type(d).__name__ for d in msg.defects]
for part in msg.walk():
    defects += [type(d).__name__ for d in part.defects]
print(json.dumps({'headers': [[k, str(v)] for k, v in msg.items()], 'contentType': msg.get_content_type(),
  'body': body.get_content() if body else '', 'bodyCharset': body.get_content_charset() if body else None,
  'attachments': atts, 'defects': defects,
  'longLines': [l.decode('ascii', 'replace') for l in raw.split(b'\r\n') if len(l) > 78],
  'bareLineFeeds': raw.replace(b'\r\n', b'').count(b'\n')}))
`;

export function readEml(bytes: Uint8Array): ParsedEml {
  const dir = mkdtempSync(join(tmpdir(), 'recouvre-eml-'));
  const file = join(dir, 'draft.eml');
  writeFileSync(file, bytes);
  const out = execFileSync('/usr/bin/python3', ['-c', SCRIPT, file], { encoding: 'utf8' });
  return JSON.parse(out) as ParsedEml;
}

export function header(p: ParsedEml, name: string): string[] {
  return p.headers.filter(([k]) => k.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
}
