import { useCallback, useState } from 'react';
import type { Result } from '../../domain/result';
import { useErrorText } from '../components/useErrorText';

/**
 * Runs one action flow at a time for a card: disables its buttons while it runs and
 * turns a failure (an error value or an exception) into a sentence shown in the card —
 * nothing fails silently, nothing is written twice by an impatient double click.
 */
export function useRunner() {
  const errorText = useErrorText('today');
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
        setError(errorText({ code: 'action.unexpected', params: { message: (e as Error).message } }));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [errorText],
  );
  return { busy, error, setError, run };
}
