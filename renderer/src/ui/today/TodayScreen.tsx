import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

export function TodayScreen(_props: { section?: string }) {
  const { t } = useTranslation('common');
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('screens.today.title')}</h1>
      <EmptyState title={t('screens.today.emptyTitle')}>
        <p>{t('screens.today.emptyText')}</p>
      </EmptyState>
    </section>
  );
}
