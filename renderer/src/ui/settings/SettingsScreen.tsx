import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

export function SettingsScreen(_props: { section?: string }) {
  const { t } = useTranslation('common');
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('screens.settings.title')}</h1>
      <EmptyState title={t('screens.settings.emptyTitle')}>
        <p>{t('screens.settings.emptyText')}</p>
      </EmptyState>
    </section>
  );
}
