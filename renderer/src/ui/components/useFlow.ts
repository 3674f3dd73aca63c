/**
 * Runs one write at a time for a dialog, a card or a button: disabled while it runs, and
 * a failure (an error value or an exception) becomes a sentence shown to the user —
 * nothing fails silently, nothing is written twice by an impatient double click.
 * `ns` is the area whose `errors` texts are tried; `unexpectedCode` names the area's
 * sentence for an exception that carries no error code of its own.
 */
import { useCallback, useState } from 'react';
import type { DomainError, Result } from '../../domain/result';
import { useErrorText } from './useErrorText';

export function useFlow(ns: string, unexpectedCode = 'flow.unexpected') {
  const errorText = useErrorText(ns);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(flow: () => Promise<Result<T>>, onOk?: (value: T) => void): Promise<T | null> => {
      setBusy(true);
      setError(null);
      try {
        const r = await flow();
        if (!r.ok) {
          setError(errorText(r.error));
          return null;
        }
        onOk?.(r.value);
        return r.value;
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        const params = (e as { params?: DomainError['params'] }).params;
        setError(
          errorText(
            typeof code === 'string'
              ? { code, ...(params ? { params } : {}) }
              : { code: unexpectedCode, params: { message: (e as Error).message } },
          ),
        );
        return null;
      } finally {
        setBusy(false);
      }
    },
    [errorText, unexpectedCode],
  );
  return { busy, error, setError, run, errorText };
}

/** What a flow-running component is handed by its parent. */
export type Flow = ReturnType<typeof useFlow>;
