import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { useClientInvoices, useClientPayments } from '../../db/hooks';
import { recordPayment } from '../../db/payments';
import { invoiceBalances } from '../../domain/balances';
import { formatDateShort } from '../../domain/dates';
import type { Payment, PaymentKind } from '../../domain/model';
import { useToday } from '../components/useToday';
import { Field } from '../components/Field';
import { useFormat } from '../components/useFormat';
import {
  defaultAllocationTexts,
  paymentFieldOf,
  validatePaymentDraft,
  type OpenInvoice,
  type PaymentDraft,
} from './paymentDraft';
import { focusFirstError, RecordForm, useRecordForm } from './RecordForm';
import './forms.css';

export interface PaymentFormProps {
  clientId: string;
  /** 'credit-note' records a credit note (avoir) the same way; see CreditNoteForm */
  kind?: PaymentKind;
  onDone: (saved?: Payment) => void;
}

/**
 * Records a payment received (or a credit note) and spreads it over the client's open
 * invoices, oldest first unless the user changes a line; the rest stays on account.
 */
export function PaymentForm({ clientId, kind = 'payment', onDone }: PaymentFormProps) {
  const { t } = useTranslation('forms');
  const { money, shortDate } = useFormat();
  const today = useToday();
  const invoices = useClientInvoices(clientId);
  const payments = useClientPayments(clientId);
  const open = useMemo<OpenInvoice[]>(() => {
    if (!invoices || !payments) return [];
    const balances = invoiceBalances(invoices, payments);
    return invoices
      .filter((i) => i.writtenOffOn === undefined)
      .map((invoice) => ({ invoice, balance: balances.get(invoice.id) ?? invoice.amountInclVat }))
      .filter((o) => o.balance > 0);
  }, [invoices, payments]);

  const [draft, setDraft] = useState<PaymentDraft>(() => ({
    date: formatDateShort(today),
    amount: '',
    reference: '',
    allocations: {},
  }));
  // Until the user types in an allocation line, the split follows the amount.
  const [manual, setManual] = useState(false);
  const { errors, setErrors, err, saving, save } = useRecordForm();
  const allocations = manual ? draft.allocations : defaultAllocationTexts(draft.amount, open);
  const current = { ...draft, allocations };
  const check = validatePaymentDraft(current, clientId, kind, open);
  const p = kind === 'credit-note' ? 'creditNote' : 'payment';

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setErrors(check.errors);
    if (!check.input) {
      focusFirstError(form);
      return;
    }
    const input = check.input;
    await save(async () => {
      const result = await recordPayment(db(), input);
      if (result.ok) onDone(result.value);
      else {
        const byNumber = open.find((o) => o.invoice.number === result.error.params?.number)?.invoice.id;
        const invoiceId = (result.error.params?.invoiceId as string | undefined) ?? byNumber;
        const key =
          result.error.code === 'payment.exceedsBalance' && byNumber
            ? `allocation.${byNumber}`
            : paymentFieldOf(result.error.code, result.error.params?.field as string | undefined, invoiceId);
        setErrors({ [key]: result.error });
        focusFirstError(form);
      }
    });
  }

  return (
    <RecordForm
      label={t(`${p}.title`)}
      onSubmit={submit}
      formError={err('form')}
      saving={saving}
      onCancel={() => onDone()}
    >
      <div className="form-grid">
        <Field label={t(`${p}.date`)} error={err('date')} hint={t('dateHint')}>
          <input
            value={draft.date}
            placeholder={t('datePlaceholder')}
            onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))}
          />
        </Field>
        <Field label={t(`${p}.amount`)} error={err('amount')} hint={t('amountHint')}>
          <input
            value={draft.amount}
            inputMode="decimal"
            className="amount-input"
            onChange={(e) => setDraft((d) => ({ ...d, amount: e.target.value }))}
          />
        </Field>
        <Field label={t(`${p}.reference`)} hint={t(`${p}.referenceHint`)}>
          <input
            value={draft.reference}
            onChange={(e) => setDraft((d) => ({ ...d, reference: e.target.value }))}
          />
        </Field>
      </div>

      <fieldset className="allocation">
        <legend>{t('allocation.title')}</legend>
        {open.length === 0 ? (
          <p className="muted">{t('allocation.noOpenInvoice')}</p>
        ) : (
          <>
            <p className="field-hint">{manual ? t('allocation.manualHint') : t('allocation.autoHint')}</p>
            <table className="data allocation-table">
              <thead>
                <tr>
                  <th scope="col">{t('allocation.invoice')}</th>
                  <th scope="col">{t('allocation.dueDate')}</th>
                  <th scope="col" className="num">
                    {t('allocation.balance')}
                  </th>
                  <th scope="col" className="num">
                    {t('allocation.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {open.map((o) => {
                  const key = `allocation.${o.invoice.id}`;
                  const message = err(key);
                  return (
                    <tr key={o.invoice.id}>
                      <th scope="row">{o.invoice.number}</th>
                      <td>{shortDate(o.invoice.dueDate)}</td>
                      <td className="num">{money(o.balance)}</td>
                      <td className="num">
                        <input
                          className="amount-input"
                          inputMode="decimal"
                          aria-label={t('allocation.amountFor', { number: o.invoice.number })}
                          aria-invalid={message ? true : undefined}
                          aria-describedby={message ? `${key}-error` : undefined}
                          value={allocations[o.invoice.id] ?? ''}
                          onChange={(e) => {
                            setManual(true);
                            setDraft((d) => ({
                              ...d,
                              allocations: { ...allocations, [o.invoice.id]: e.target.value },
                            }));
                          }}
                        />
                        {message ? (
                          <span id={`${key}-error`} className="field-error" role="alert">
                            {message}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {manual ? (
              <button type="button" className="link" onClick={() => setManual(false)}>
                {t('allocation.reset')}
              </button>
            ) : null}
          </>
        )}
        {errors.allocations ? (
          <p className="field-error" role="alert">
            {err('allocations')}
          </p>
        ) : null}
        <p className="allocation-summary" aria-live="polite">
          {t('allocation.allocated', { amount: money(check.allocated) })}
          {check.remainder !== null && check.remainder > 0 ? (
            <strong> · {t('allocation.onAccount', { amount: money(check.remainder) })}</strong>
          ) : null}
        </p>
      </fieldset>
    </RecordForm>
  );
}
