import { useTranslation } from 'react-i18next';
import type { DunningAlert } from '../../domain/dunning';
import { formatRegisteredNumber, isValidRegisteredNumber } from '../../domain/validation';
import { useNavigation } from '../../state/navigation';
import { useFormat } from '../components/useFormat';

const MONEY_PARAMS = new Set(['amount', 'received', 'missing', 'balance']);
const DATE_PARAMS = new Set(['promisedDate', 'dueDate', 'depositDate', 'date', 'openedOn', 'deadline']);

/** The engine gives raw cents, ISO dates and half-years: the sentence shows them as a person reads them. */
function useAlertParams() {
  const format = useFormat();
  const { t } = useTranslation('dunning');
  return (alert: DunningAlert): Record<string, string | number> => {
    const out: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(alert.params)) {
      if (MONEY_PARAMS.has(key) && typeof value === 'number') out[key] = format.money(value);
      else if (DATE_PARAMS.has(key) && typeof value === 'string') out[key] = format.date(value);
      else if (key === 'half' && typeof value === 'string') {
        const [year, h] = value.split('-');
        out[key] = t(`halves.${h}`, { year });
      } else if (key === 'procedure' && typeof value === 'string') {
        out[key] = t(`procedures.${value}`);
      } else if (key === 'number' && typeof value === 'string' && isValidRegisteredNumber(value)) {
        out[key] = formatRegisteredNumber(value); // "1A 123 456 7890 1", as La Poste prints it
      } else out[key] = value;
    }
    if (alert.code === 'registered-no-news' && !out.number) out.number = '';
    return out;
  };
}

/** A claim time-barred, or a declaration of claim whose period has run out: said in red. */
function isUrgent(alert: DunningAlert): boolean {
  if (alert.code === 'limitation-passed') return true;
  return alert.code === 'insolvency-declare' && Number(alert.params.daysLeft) < 0;
}

/**
 * What nobody scheduled but someone must look at this morning: a broken promise, a
 * missed instalment, a registered letter without news, a claim about to be time-barred,
 * a claim to declare in a collective procedure, a missing legal rate. Each links where
 * it can be dealt with.
 */
export function AlertsBanner({ alerts }: { alerts: DunningAlert[] }) {
  const { t } = useTranslation('today');
  const tDunning = useTranslation('dunning').t;
  const params = useAlertParams();
  const navigate = useNavigation((s) => s.navigate);
  if (alerts.length === 0) return null;
  return (
    <section className="alert warn alerts-banner" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t('alerts.title', { count: alerts.length })}</h2>
      <ul>
        {alerts.map((a) => (
          <li key={a.key} className={isUrgent(a) ? 'alert-line danger' : 'alert-line'}>
            <span>{tDunning(`alerts.${a.code}`, params(a))}</span>{' '}
            {a.clientId !== null ? (
              <a
                href={`#/clients/${encodeURIComponent(a.clientId)}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ screen: 'client', clientId: a.clientId as string });
                }}
              >
                {t('alerts.openClient')}
              </a>
            ) : (
              <a
                href="#/settings/rates"
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ screen: 'settings', section: 'rates' });
                }}
              >
                {t('alerts.openSettings')}
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
