import { useTranslation } from 'react-i18next';
import { addDays } from '../../../domain/dates';
import type { Client, IsoDate } from '../../../domain/model';
import type { ClientPenalties, InvoicePenalty } from '../../../domain/penalties';
import type { DomainError } from '../../../domain/result';
import { useErrorText } from '../../components/useErrorText';
import { useFormat } from '../../components/useFormat';
import { ColumnHeads } from './FileTable';

interface Props {
  client: Client;
  penalties: ClientPenalties;
  today: IsoDate;
}

/** "2026-H2" as a French reader writes it ("2026 S2") or an English one ("2026 H2"). */
function useHalf() {
  const { t } = useTranslation('clientFile');
  return (half: string) => {
    const [year, h] = half.split('-H');
    return t('penalties.half', { year, n: h });
  };
}

/** ISO dates and procedure codes in a penalty warning, as the reader reads them. */
function useWarningText() {
  const errorText = useErrorText('clientFile');
  const tErrors = useTranslation('errors').t;
  const { date } = useFormat();
  return (w: DomainError) => {
    const params: Record<string, string | number> = { ...w.params };
    for (const key of ['date', 'lastDay']) {
      const v = params[key];
      if (typeof v === 'string') params[key] = date(v);
    }
    if (typeof params.procedure === 'string') params.procedure = tErrors(`procedure.${params.procedure}`);
    return errorText({ ...w, params });
  };
}

/**
 * Late-payment penalties to date, shown the way a lawyer checks them: for each invoice
 * the periods (split at 1 January, 1 July and each payment) with the principal, the
 * rate and the days; the 40 € indemnity; the legal basis. A missing half-year rate is
 * said out loud — the interest is then incomplete, never silently zero.
 */
export function PenaltiesTab({ client, penalties, today }: Props) {
  const { t } = useTranslation('clientFile');
  const { money, date } = useFormat();
  const half = useHalf();
  // A collective procedure stops interest the day before its opening judgment (L622-28).
  const openedOn = client.insolvency && client.insolvencyOpenedOn;
  const stopped = openedOn && openedOn <= today ? openedOn : null;
  return (
    <div className="cf-tab">
      <p className="muted">{t('penalties.asOf', { date: date(today) })}</p>
      {stopped ? (
        <p className="alert warn">
          {t('penalties.insolvencyStop', { lastDay: date(addDays(stopped, -1)), date: date(stopped) })}
        </p>
      ) : null}
      {penalties.missingRates.length > 0 ? (
        <p className="alert warn" role="alert">
          {t('penalties.missingRates', { halves: penalties.missingRates.map(half).join(', ') })}
        </p>
      ) : null}
      <dl className="stats">
        <div className="stat">
          <dt className="stat-label">{t('penalties.interest')}</dt>
          <dd className="stat-value">{money(penalties.interest)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('penalties.indemnities')}</dt>
          <dd className="stat-value">{money(penalties.indemnities)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('penalties.total')}</dt>
          <dd className="stat-value">{money(penalties.total)}</dd>
        </div>
      </dl>
      {penalties.invoices.length === 0 ? (
        <p className="muted">
          {client.kind === 'consumer' ? t('penalties.noneConsumer') : t('penalties.none')}
        </p>
      ) : null}
      {penalties.invoices.map((p) => (
        <InvoicePenaltyCard key={p.invoiceId} p={p} />
      ))}
    </div>
  );
}

function InvoicePenaltyCard({ p }: { p: InvoicePenalty }) {
  const { t } = useTranslation('clientFile');
  const warningText = useWarningText();
  const { money, shortDate, number, date } = useFormat();
  const half = useHalf();
  const rate = (bp: number) => t('penalties.rate', { rate: number(bp / 100, 2) });
  return (
    <section className="card cf-penalty" aria-label={t('penalties.invoice', { number: p.invoiceNumber })}>
      <h3>
        {t('penalties.invoice', { number: p.invoiceNumber })}
        <span className="cf-penalty-total">{money(p.total)}</span>
      </h3>
      <p className="muted">
        {t(`penalties.basis.${p.basis}`)}
        {p.startDate ? ` — ${t('penalties.from', { date: date(p.startDate) })}` : ''}
      </p>
      {p.missingRates.map((h) => (
        <p key={h} className="alert warn">
          {t('penalties.missingRate', { half: half(h) })}
        </p>
      ))}
      {p.warnings.map((w, i) => (
        <p key={i} className="alert warn">
          {warningText(w)}
        </p>
      ))}
      <table className="data cf-periods">
        <caption className="visually-hidden">{t('penalties.periods', { number: p.invoiceNumber })}</caption>
        <ColumnHeads
          columns={[
            { label: t('penalties.periodFrom') },
            { label: t('penalties.periodTo') },
            { label: t('penalties.days'), num: true },
            { label: t('penalties.principal'), num: true },
            { label: t('penalties.rateColumn'), num: true },
            { label: t('penalties.interestColumn'), num: true },
          ]}
        />
        <tbody>
          {p.periods.map((x) => (
            <tr key={x.from}>
              <td>{shortDate(x.from)}</td>
              <td>{shortDate(x.to)}</td>
              <td className="num">{number(x.days)}</td>
              <td className="num">{money(x.principal)}</td>
              <td className="num">{rate(x.rate)}</td>
              <td className="num">{money(x.interest)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            <td colSpan={5}>{t('penalties.interestTotal')}</td>
            <td className="num">{money(p.interest)}</td>
          </tr>
          <tr>
            <td colSpan={5}>{t('penalties.indemnity')}</td>
            <td className="num">{money(p.indemnity)}</td>
          </tr>
          <tr className="total">
            <td colSpan={5}>{t('penalties.invoiceTotal')}</td>
            <td className="num">{money(p.total)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted cf-footnote">{t('penalties.rounding')}</p>
    </section>
  );
}
