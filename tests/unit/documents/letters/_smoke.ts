import { writeFileSync } from 'node:fs';
import { buildLetter } from '../../../../renderer/src/documents/letters/buildLetter';
import { dupontInput } from '../../../../tests/unit/documents/letters/fixtures';
const bytes = await buildLetter(dupontInput('formal-notice-fr', { registeredNumber: '1A12345678901' }));
writeFileSync('/tmp/lt/smoke.docx', bytes);
console.log(bytes.length);
