import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../components/useFormat';

interface StorageState {
  usage: number | null;
  quota: number | null;
  /** null when the browser cannot tell */
  persisted: boolean | null;
}

function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

/**
 * How much room the data takes, and whether the browser may evict it under disk
 * pressure: persistence is requested once here (Chromium grants it to installed or
 * much-used sites without asking) and the answer is shown, so the user knows to keep
 * backups when it is refused.
 */
export function StoragePanel() {
  const { t } = useTranslation('import');
  const f = useFormat();
  const [state, setState] = useState<StorageState | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
      const estimate = await storage?.estimate?.().catch(() => undefined);
      let persisted = (await storage?.persisted?.().catch(() => null)) ?? null;
      if (persisted === false) persisted = (await storage?.persist?.().catch(() => false)) ?? false;
      if (!cancelled) setState({ usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted });
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('screen.storageTitle')}</h2>
      {state === null ? (
        <p className="muted">{t('screen.storageReading')}</p>
      ) : (
        <>
          <p>
            {state.usage !== null
              ? t('screen.storageUsed', {
                  used: f.number(megabytes(state.usage), 1),
                  quota: state.quota !== null ? f.number(megabytes(state.quota) / 1024, 1) : '?',
                })
              : t('screen.storageUnknown')}
          </p>
          <p className={state.persisted ? 'pill ok' : 'pill warn'} role="status">
            {state.persisted === null
              ? t('screen.persistUnknown')
              : state.persisted
                ? t('screen.persistGranted')
                : t('screen.persistRefused')}
          </p>
        </>
      )}
    </section>
  );
}
