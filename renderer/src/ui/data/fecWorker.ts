/**
 * Reads a FEC off the page's thread: a year of accounting may be a million lines, and
 * the screen must keep painting the progress bar and answer the Cancel button (which
 * simply terminates this worker). Only domain code runs here: decode, parse, derive.
 */
import { decodeText, encodingGuesses } from '../../domain/import/encoding';
import { deriveOpenReceivables, fecImportPlan, parseFec } from '../../domain/import/fec';
import type { FecRequest, FecResponse } from './fecMessages';

const post = (message: FecResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<FecRequest>) => {
  const { bytes, fileName, sourceName, paymentTermsDays } = event.data;
  const decoded = decodeText(new Uint8Array(bytes));
  if (!decoded.ok) {
    post({ type: 'failed', error: decoded.error });
    return;
  }
  const file = await parseFec(decoded.value.text, {
    chunkLines: 20_000,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  if (!file.ok) {
    post({ type: 'failed', error: file.error });
    return;
  }
  const receivables = deriveOpenReceivables(file.value.lines, { paymentTermsDays });
  const plan = fecImportPlan(
    file.value,
    receivables,
    { fileName, sourceName },
    encodingGuesses(decoded.value),
  );
  post({
    type: 'done',
    plan,
    encoding: decoded.value.encoding,
    separator: file.value.separator,
    lineCount: file.value.lineCount,
    openBalance: receivables.openBalance,
  });
};
