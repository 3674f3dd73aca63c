import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

export function ClientsScreen(_props: { section?: string }) {
  const { t } = useTranslation('common');
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('screens.clients.title')}</h1>
      <EmptyState title={t('screens.clients.emptyTitle')}>
        <p>{t('screens.clients.emptyText')}</p>
      </EmptyState>
    </section>
  );
}
