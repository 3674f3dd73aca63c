import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { ClientFileView } from './clientFileView';

/** Stands for the invoice number in the translated sentence, so the number itself can be kept on one line. */
const NUMBER_SLOT = '\u0000';

/** "facture FA-2025-000086, la plus ancienne ouverte" without "FA-2025-/000086" at a line end. */
function WithNumber({ text, number }: { text: string; number: string }) {
  const at = text.indexOf(NUMBER_SLOT);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span className="nowrap">{number}</span>
      {text.slice(at + NUMBER_SLOT.length)}
    </>
  );
}

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
        <dd className="stat-value">
          <span className="nowrap">{money(view.balanceDue)}</span>
        </dd>
      </div>
      <div className="stat">
        <dt className="stat-label">{t('stats.overdue')}</dt>
        <dd className={`stat-value${view.overdue > 0 ? ' cf-late' : ''}`}>
          <span className="nowrap">{money(view.overdue)}</span>
        </dd>
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
          <span className="nowrap">{money(view.penalties.total)}</span>
          {view.penalties.missingRates.length > 0 ? (
            <span className="pill warn cf-stat-pill">{t('penalties.incomplete')}</span>
          ) : null}
        </dd>
      </div>
      <div className="stat">
        <dt className="stat-label">{t('stats.limitation')}</dt>
        <dd className="stat-value">
          <span className="nowrap">{lim ? shortDate(lim.date) : '—'}</span>
          {left !== undefined ? (
            <span className={`pill cf-stat-pill ${left < 0 ? 'danger' : 'warn'}`}>
              {left < 0
                ? t('stats.timeBarred')
                : t('stats.daysLeft', { count: left, formatted: number(left) })}
            </span>
          ) : null}
        </dd>
        {lim ? (
          <dd className="cf-stat-note muted">
            <WithNumber text={t('stats.limitationOf', { number: NUMBER_SLOT })} number={lim.invoice.number} />
          </dd>
        ) : null}
      </div>
    </dl>
  );
}
