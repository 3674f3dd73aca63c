import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

export function AgingScreen(_props: { section?: string }) {
  const { t } = useTranslation('common');
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('screens.aging.title')}</h1>
      <EmptyState title={t('screens.aging.emptyTitle')}>
        <p>{t('screens.aging.emptyText')}</p>
      </EmptyState>
    </section>
  );
}
