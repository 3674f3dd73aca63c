import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { parseDataset, type Dataset } from '../../db/dataset';
import { loadDemoData, type LoadedCounts } from '../../db/demo';
import { Dialog } from '../components/Dialog';
import { useErrorText } from '../components/useErrorText';
import { LoadDemoButton } from '../settings/LoadDemoButton';

/**
 * Demo data: generated here, or a dataset file written by `npm run seed` (checked by the
 * dataset schema before anything is replaced).
 */
export function DemoPanel() {
  const { t } = useTranslation('settings');
  const errorText = useErrorText('settings');
  const [pending, setPending] = useState<{ name: string; dataset: Dataset } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<LoadedCounts | null>(null);

  const onPick = async (file: File | undefined) => {
    setError(null);
    setLoaded(null);
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setError(t('demo.notJson', { name: file.name }));
      return;
    }
    const r = parseDataset(json);
    if (!r.ok) setError(errorText(r.error));
    else setPending({ name: file.name, dataset: r.value });
  };

  const onLoad = async () => {
    if (!pending) return;
    const dataset = pending.dataset;
    setPending(null);
    try {
      setLoaded(await loadDemoData(db(), dataset));
    } catch {
      setError(t('demo.failed'));
    }
  };

  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('demo.title')}</h2>
      <p className="muted">{t('demo.intro')}</p>
      <div className="toolbar">
        <LoadDemoButton />
        <label className="button">
          {t('demo.loadFile')}
          <input
            type="file"
            className="visually-hidden"
            accept=".json,application/json"
            onChange={(e) => {
              void onPick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {loaded && (
        <p className="alert ok" role="status">
          {t('demo.loaded', {
            clients: loaded.clients,
            invoices: loaded.invoices,
            open: loaded.openInvoices,
          })}
        </p>
      )}
      {pending && (
        <Dialog title={t('demo.confirmTitle')} onClose={() => setPending(null)}>
          <p>
            {t('demo.fileSummary', {
              name: pending.name,
              clients: pending.dataset.clients.length,
              invoices: pending.dataset.invoices.length,
            })}
          </p>
          <p>{t('demo.confirmText')}</p>
          <div className="form-actions">
            <button type="button" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
            <button type="button" className="danger" onClick={() => void onLoad()}>
              {t('demo.confirm')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
