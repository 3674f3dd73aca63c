/**
 * Time to build 200 dunning letters as .docx (a busy morning of a collection campaign).
 * Target: under 10 s on the office PC.
 */
import { buildLetter } from '../renderer/src/documents/letters/buildLetter';
import { dupontInput, bigCoFixture, BIGCO } from '../tests/unit/documents/letters/fixtures';

export async function run(): Promise<void> {
  const big = bigCoFixture();
  const inputs = Array.from({ length: 200 }, (_, i) =>
    i % 10 === 0
      ? dupontInput('formal-notice-en', {
          client: BIGCO,
          invoices: big.invoices,
          penalties: big.penalties,
          previousActions: [],
        })
      : dupontInput(i % 2 ? 'reminder-fr' : 'formal-notice-fr', { registeredNumber: '1A12345678901' }),
  );
  await buildLetter(inputs[1]!); // warm-up
  const start = performance.now();
  let bytes = 0;
  for (const input of inputs) bytes += (await buildLetter(input)).length;
  const ms = performance.now() - start;
  console.log(
    `letters: 200 .docx (20 with 40 invoices) in ${(ms / 1000).toFixed(2)} s — ${(ms / 200).toFixed(1)} ms each, ${(bytes / 1024 / 200).toFixed(1)} KiB each (target < 10 s)`,
  );
}
