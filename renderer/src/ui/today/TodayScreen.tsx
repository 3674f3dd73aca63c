import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sumCents } from '../../domain/money';
import { useCompanySettings } from '../../state/companySettings';
import { useNavigation } from '../../state/navigation';
import { useLoadedCompanySettings } from '../components/useToday';
import { useClients } from '../../db/hooks';
import { EmptyState } from '../components/EmptyState';
import { LoadDemoButton } from '../settings/LoadDemoButton';
import { useFormat } from '../components/useFormat';
import { AlertsBanner } from './AlertsBanner';
import { CompanyIdentityNotice } from './CompanyIdentityNotice';
import { ClientGroup } from './ClientGroup';
import { groupByClient, isLetterAction, TODAY_BATCH } from './todayGroups';
import { useTodayOverview } from './useTodayOverview';
import './today.css';

/**
 * "Aujourd'hui": the morning's work. The alerts first, then the actions due today grouped
 * by client, each with its letter, e-mail or call and the buttons that record it.
 */
export function TodayScreen() {
  const { t } = useTranslation('today');
  const format = useFormat();
  // the demo offer only makes sense in an empty database: loading it replaces the data
  const noClients = useClients()?.length === 0;
  const navigate = useNavigation((s) => s.navigate);
  const company = useLoadedCompanySettings();
  const companyLoaded = useCompanySettings((s) => s.loaded);
  const overview = useTodayOverview();
  const groups = useMemo(() => groupByClient(overview?.actions ?? []), [overview]);

  if (!overview) {
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">{t('title')}</h1>
        <p className="muted" role="status">
          {t('loading')}
        </p>
      </section>
    );
  }

  const { actions, alerts, today } = overview;
  const letters = actions.filter(isLetterAction);
  const registered = letters.filter((a) => a.step.channel === 'registered-letter');

  return (
    <section aria-labelledby="screen-title" className="today">
      <div className="screen-header">
        <div>
          <h1 id="screen-title">{t('title')}</h1>
          <p className="muted today-date">{format.date(today)}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={letters.length === 0}
            onClick={() => navigate({ screen: 'print', batch: TODAY_BATCH })}
          >
            {letters.length > 0
              ? t('buttons.printBatch', { count: letters.length })
              : t('buttons.printBatchNone')}
          </button>
        </div>
      </div>

      <div className="stats" aria-label={t('summary.label')}>
        <div className="stat">
          <div className="stat-label">{t('summary.actions')}</div>
          <div className="stat-value" data-testid="due-count">
            {actions.length}
          </div>
        </div>
        <div className="stat">
          <div className="stat-label">{t('summary.amount')}</div>
          <div className="stat-value amount">{format.money(sumCents(actions.map((a) => a.amount)))}</div>
        </div>
        <div className="stat">
          <div className="stat-label">{t('summary.letters')}</div>
          <div className="stat-value">{letters.length}</div>
        </div>
        <div className="stat">
          <div className="stat-label">{t('summary.registered')}</div>
          <div className="stat-value">{registered.length}</div>
        </div>
      </div>

      {companyLoaded ? <CompanyIdentityNotice company={company} /> : null}
      <AlertsBanner alerts={alerts} />

      {groups.length === 0 ? (
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.text')}</p>
          {noClients ? <LoadDemoButton /> : null}
        </EmptyState>
      ) : (
        groups.map((g) => {
          const client = overview.clients.get(g.clientId);
          if (!client) return null;
          return (
            <ClientGroup
              key={g.clientId}
              client={client}
              actions={g.actions}
              scenarios={overview.scenarios}
              company={company}
              today={today}
            />
          );
        })
      )}
    </section>
  );
}
