import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { loadDemoData, type LoadedCounts } from '../../db/demo';
import { generateDemo } from '../../demo/generateDemo';
import { todayIn } from '../../domain/dates';
import { useCompanySettings } from '../../state/companySettings';
import { ConfirmDialog } from './ConfirmDialog';

/** The size of the demo: enough to fill every screen, small enough to load in a second. */
export const DEMO_OPTIONS = { clients: 60, invoices: 400, seed: 1 } as const;

/**
 * "Charger des données de démonstration": asks first (it replaces the clients, invoices
 * and journal), then writes a deterministic demo dated today in the company's time zone.
 * Used by Paramètres › Données and by the empty states of Aujourd'hui and Clients.
 */
export function LoadDemoButton({
  className,
  onLoaded,
}: {
  className?: string;
  onLoaded?: (counts: LoadedCounts) => void;
}) {
  const { t } = useTranslation('settings');
  const timeZone = useCompanySettings((s) => s.settings.timeZone);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<LoadedCounts | null>(null);
  const [failed, setFailed] = useState(false);

  const load = async () => {
    setAsking(false);
    setBusy(true);
    setFailed(false);
    try {
      const data = generateDemo({ ...DEMO_OPTIONS, today: todayIn(timeZone, new Date()) });
      const counts = await loadDemoData(db(), data);
      setDone(counts);
      onLoaded?.(counts);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={className ?? 'primary'}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {busy ? t('demo.loading') : t('demo.load')}
      </button>
      {done && (
        <p className="alert ok" role="status">
          {t('demo.loaded', { clients: done.clients, invoices: done.invoices, open: done.openInvoices })}
        </p>
      )}
      {failed && (
        <p className="alert error" role="alert">
          {t('demo.failed')}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={t('demo.confirmTitle')}
          confirm={t('demo.confirm')}
          onConfirm={() => void load()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('demo.confirmText')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
