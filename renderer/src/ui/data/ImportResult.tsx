import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../db/import/applyImport';

/** The outcome of an import that was written: what was created and what was updated. */
export function ImportResult({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation('import');
  return (
    <div className="alert ok" role="status">
      <p>
        <strong>{t('screen.done')}</strong>
      </p>
      <ul className="summary-list">
        <li>
          {t('screen.clientsCount', { created: summary.clientsCreated, updated: summary.clientsUpdated })}
        </li>
        <li>
          {t('screen.invoicesCount', { created: summary.invoicesCreated, updated: summary.invoicesUpdated })}
        </li>
        <li>
          {t('screen.paymentsCount', { created: summary.paymentsCreated, updated: summary.paymentsUpdated })}
        </li>
        {summary.invoicesClosed > 0 && (
          <li>{t('screen.invoicesClosed', { count: summary.invoicesClosed })}</li>
        )}
      </ul>
    </div>
  );
}
