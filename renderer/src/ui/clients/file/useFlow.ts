/**
 * Runs one write at a time for a dialog or a button: disabled while it runs, and a
 * failure (an error value or an exception) becomes a sentence shown to the user —
 * nothing fails silently, nothing is written twice by a double click.
 */
import { useCallback, useState } from 'react';
import type { DomainError, Result } from '../../../domain/result';
import { useErrorText } from '../../components/useErrorText';

export function useFlow() {
  const errorText = useErrorText('clientFile');
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
              : { code: 'flow.unexpected', params: { message: (e as Error).message } },
          ),
        );
        return null;
      } finally {
        setBusy(false);
      }
    },
    [errorText],
  );
  return { busy, error, setError, run, errorText };
}
