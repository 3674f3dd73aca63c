import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db/database';
import { cancelPaymentPlan, cancelPromise, type FollowUps } from '../../../db/followUps';
import { isDisputeOpen } from '../../../domain/dunning/pauses';
import type { Dispute, Invoice, IsoDate, PaymentPlan, PromiseToPay } from '../../../domain/model';
import { useFormat } from '../../components/useFormat';
import type { ClientFileView } from './clientFileView';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFlow } from '../../components/useFlow';

interface Props {
  followUps: FollowUps;
  invoices: Invoice[];
  view: ClientFileView;
  today: IsoDate;
  onPromise: () => void;
  onDispute: () => void;
  onPlan: () => void;
  onResolve: (dispute: Dispute) => void;
}

/** What the client said and what was agreed: promises to pay, disputes, payment plans. */
export function FollowUpsTab(props: Props) {
  const { followUps, invoices, view, today } = props;
  const { t } = useTranslation('clientFile');
  const { money, shortDate } = useFormat();
  const flow = useFlow('clientFile');
  const numbers = useMemo(() => new Map(invoices.map((i) => [i.id, i.number])), [invoices]);
  const nums = (ids: string[]) => ids.map((id) => numbers.get(id) ?? '?').join(', ');

  // The journal line is written with the cancellation, in the same transaction.
  const cancel = (kind: 'promise' | 'payment-plan', id: string) =>
    flow.run<PromiseToPay | PaymentPlan>(() =>
      kind === 'promise'
        ? cancelPromise(db(), id, today, t('promise.cancelledNote'))
        : cancelPaymentPlan(db(), id, today, t('plan.cancelledNote')),
    );

  return (
    <div className="cf-tab">
      <div className="toolbar cf-tab-toolbar">
        <button type="button" onClick={props.onPromise}>
          {t('actions.promise')}
        </button>
        <button type="button" onClick={props.onDispute}>
          {t('actions.dispute')}
        </button>
        <button type="button" onClick={props.onPlan}>
          {t('actions.plan')}
        </button>
      </div>
      <ErrorAlert message={flow.error} />

      <section className="card cf-followups" aria-labelledby="cf-disputes">
        <h3 id="cf-disputes">{t('followUps.disputes')}</h3>
        {followUps.disputes.length === 0 ? <p className="muted">{t('followUps.noDispute')}</p> : null}
        <ul>
          {[...followUps.disputes].reverse().map((d) => {
            const open = isDisputeOpen(d, today);
            return (
              <li key={d.id}>
                <span className={`pill ${open ? 'danger' : 'ok'}`}>
                  {open ? t('followUps.disputeOpen') : t('followUps.disputeResolved')}
                </span>{' '}
                <strong>{d.reason}</strong>{' '}
                <span className="muted">{t('followUps.onInvoices', { numbers: nums(d.invoiceIds) })}</span>{' '}
                <span className="muted">{t('followUps.openedOn', { date: shortDate(d.openedOn) })}</span>
                {d.resolvedOn ? (
                  <span className="cf-resolution">
                    {t('followUps.resolvedOn', {
                      date: shortDate(d.resolvedOn),
                      resolution: d.resolution ?? '',
                    })}
                  </span>
                ) : null}
                {open ? (
                  <button
                    type="button"
                    onClick={() => props.onResolve(d)}
                    aria-label={t('followUps.resolveNamed', { reason: d.reason })}
                  >
                    {t('followUps.resolve')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card cf-followups" aria-labelledby="cf-promises">
        <h3 id="cf-promises">{t('followUps.promises')}</h3>
        {followUps.promises.length === 0 ? <p className="muted">{t('followUps.noPromise')}</p> : null}
        <ul>
          {[...followUps.promises].reverse().map((p) => {
            const state = view.promiseStates.get(p.id) ?? 'pending';
            return (
              <li key={p.id}>
                <span className={`pill ${state === 'broken' ? 'danger' : state === 'kept' ? 'ok' : 'warn'}`}>
                  {t(`followUps.promiseStates.${state}`)}
                </span>{' '}
                <strong>
                  {t('followUps.promiseText', { amount: money(p.amount), date: shortDate(p.promisedDate) })}
                </strong>{' '}
                <span className="muted">{t('followUps.onInvoices', { numbers: nums(p.invoiceIds) })}</span>{' '}
                <span className="muted">{t('followUps.madeOn', { date: shortDate(p.madeOn) })}</span>
                {p.note ? <span className="cf-resolution">{p.note}</span> : null}
                {state === 'pending' || state === 'broken' ? (
                  <button type="button" disabled={flow.busy} onClick={() => void cancel('promise', p.id)}>
                    {t('followUps.cancelPromise')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card cf-followups" aria-labelledby="cf-plans">
        <h3 id="cf-plans">{t('followUps.plans')}</h3>
        {followUps.plans.length === 0 ? <p className="muted">{t('followUps.noPlan')}</p> : null}
        <ul>
          {[...followUps.plans].reverse().map((p) => {
            const state = view.planStates.get(p.id) ?? 'kept';
            return (
              <li key={p.id}>
                <span className={`pill ${state === 'missed' ? 'danger' : state === 'cancelled' ? '' : 'ok'}`}>
                  {t(`followUps.planStates.${state}`)}
                </span>{' '}
                <span className="muted">{t('followUps.onInvoices', { numbers: nums(p.invoiceIds) })}</span>{' '}
                <span className="muted">{t('followUps.madeOn', { date: shortDate(p.createdOn) })}</span>
                <ol className="cf-plan-list">
                  {p.instalments.map((i, k) => (
                    <li key={k}>
                      {shortDate(i.dueDate)} — {money(i.amount)}
                    </li>
                  ))}
                </ol>
                {state === 'kept' || state === 'missed' ? (
                  <button
                    type="button"
                    disabled={flow.busy}
                    onClick={() => void cancel('payment-plan', p.id)}
                  >
                    {t('followUps.cancelPlan')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
