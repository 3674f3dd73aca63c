import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { ClientFileView } from './clientFileView';

/** The account at a glance: what is owed, what is late, how late, the penalties and the limitation date. */
export function StatsBar({ view }: { view: ClientFileView }) {
  const { t } = useTranslation('clientFile');
  const { money, shortDate, number } = useFormat();
  const lim = view.limitation;
  const left = lim?.warning?.daysLeft;
  return (
    <dl className="stats cf-stats" aria-label={t('stats.label')}>
      <div className="stat">
        <dt className="stat-label">{t('stats.balance')}</dt>
        <dd className="stat-value">{money(view.balanceDue)}</dd>
      </div>
      <div className="stat">
        <dt className="stat-label">{t('stats.overdue')}</dt>
        <dd className={`stat-value${view.overdue > 0 ? ' cf-late' : ''}`}>{money(view.overdue)}</dd>
      </div>
      <div className="stat">
        <dt className="stat-label">{t('stats.oldest')}</dt>
        <dd className="stat-value">
          {view.oldestDaysLate === null
            ? '—'
            : t('daysLate', { count: view.oldestDaysLate, formatted: number(view.oldestDaysLate) })}
        </dd>
      </div>
      <div className="stat">
        <dt className="stat-label">{t('stats.penalties')}</dt>
        <dd className="stat-value">
          {money(view.penalties.total)}
          {view.penalties.missingRates.length > 0 ? (
            <span className="pill warn cf-stat-pill">{t('penalties.incomplete')}</span>
          ) : null}
        </dd>
      </div>
      <div className="stat">
        <dt className="stat-label">{t('stats.limitation')}</dt>
        <dd className="stat-value">
          {lim ? shortDate(lim.date) : '—'}
          {left !== undefined ? (
            <span className={`pill cf-stat-pill ${left < 0 ? 'danger' : 'warn'}`}>
              {left < 0
                ? t('stats.timeBarred')
                : t('stats.daysLeft', { count: left, formatted: number(left) })}
            </span>
          ) : null}
        </dd>
        {lim ? (
          <dd className="cf-stat-note muted">{t('stats.limitationOf', { number: lim.invoice.number })}</dd>
        ) : null}
      </div>
    </dl>
  );
}
