import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import { createPaymentPlan } from '../../../../db/followUps';
import { addDays, formatDateShort, parseFrenchDate } from '../../../../domain/dates';
import type { Instalment } from '../../../../domain/model';
import { formatAmount, parseMoney } from '../../../../domain/money';
import type { DomainError } from '../../../../domain/result';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { useFormat } from '../../../components/useFormat';
import { InvoicePicker, selectedBalance } from '../InvoicePicker';
import { MAX_INSTALMENTS, proposeInstalments, type Every } from '../instalments';
import type { ClientFileData } from '../useClientFileData';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

interface Props {
  data: ClientFileData;
  onClose: () => void;
  onDone: (message: string) => void;
}

interface Row {
  date: string;
  amount: string;
}

const toRows = (list: Instalment[]): Row[] =>
  list.map((i) => ({ date: formatDateShort(i.dueDate), amount: formatAmount(i.amount) }));

/**
 * "Échéancier": the debt paid in instalments. The rows are proposed from a count, a first
 * date and a rhythm, then each date and amount can be changed; while the plan is kept
 * the invoices are not chased.
 */
export function PlanDialog({ data, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const { money } = useFormat();
  const flow = useFlow('clientFile');
  const openRows = data.view.openRows;
  const [selected, setSelected] = useState<Set<string>>(() => new Set(openRows.map((r) => r.invoice.id)));
  const [count, setCount] = useState('3');
  const [first, setFirst] = useState(() => formatDateShort(addDays(data.today, 30)));
  const [step, setStep] = useState('1');
  const [every, setEvery] = useState<Every>('months');
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<Record<string, DomainError>>({});
  const total = selectedBalance(openRows, selected);
  const err = (key: string) => flow.errorText(errors[key]);

  function propose() {
    const found: Record<string, DomainError> = {};
    const n = Number(count);
    const s = Number(step);
    const d = parseFrenchDate(first);
    if (!Number.isInteger(n) || n < 1 || n > MAX_INSTALMENTS)
      found.count = { code: 'plan.countInvalid', params: { max: MAX_INSTALMENTS } };
    if (!Number.isInteger(s) || s < 1 || s > 365) found.step = { code: 'plan.step' };
    if (!d.ok) found.first = d.error;
    if (selected.size === 0 || total === 0) found.invoices = { code: 'followUp.noInvoice' };
    setErrors(found);
    if (Object.keys(found).length > 0 || !d.ok) return;
    setRows(toRows(proposeInstalments(total, n, d.value, s, every)));
  }

  const setRow = (i: number, changes: Partial<Row>) =>
    setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...changes } : r)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, DomainError> = {};
    if (selected.size === 0) found.invoices = { code: 'followUp.noInvoice' };
    if (rows.length === 0) found.rows = { code: 'plan.noInstalment' };
    const instalments: Instalment[] = [];
    rows.forEach((r, i) => {
      const d = parseFrenchDate(r.date);
      const a = parseMoney(r.amount);
      if (!d.ok) found[`date.${i}`] = d.error;
      else if (d.value < data.today) found[`date.${i}`] = { code: 'plan.dateInPast' };
      if (!a.ok) found[`amount.${i}`] = a.error;
      else if (a.value === 0) found[`amount.${i}`] = { code: 'money.zero' };
      if (d.ok && a.ok) instalments.push({ dueDate: d.value, amount: a.value });
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    instalments.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
    await flow.run(
      () =>
        createPaymentPlan(db(), {
          clientId: data.client.id,
          invoiceIds: [...selected],
          createdOn: data.today,
          instalments,
        }),
      () => onDone(t('plan.saved', { count: instalments.length })),
    );
  }

  const planned = rows.reduce((s, r) => {
    const a = parseMoney(r.amount);
    return s + (a.ok ? a.value : 0);
  }, 0);

  return (
    <Dialog title={t('plan.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <InvoicePicker
          rows={openRows}
          selected={selected}
          onChange={setSelected}
          legend={t('plan.invoices')}
          error={err('invoices')}
        />
        <p className="muted">{t('plan.total', { amount: money(total) })}</p>
        <div className="form-grid cf-plan-grid">
          <Field label={t('plan.count')} error={err('count')}>
            <input value={count} inputMode="numeric" onChange={(e) => setCount(e.target.value)} />
          </Field>
          <Field label={t('plan.first')} error={err('first')} hint={t('dateHint')}>
            <input
              value={first}
              onChange={(e) => setFirst(e.target.value)}
              placeholder={t('datePlaceholder')}
            />
          </Field>
          <Field label={t('plan.every')} error={err('step')}>
            <input value={step} inputMode="numeric" onChange={(e) => setStep(e.target.value)} />
          </Field>
          <Field label={t('plan.unit')}>
            <select value={every} onChange={(e) => setEvery(e.target.value as Every)}>
              <option value="months">{t('plan.months')}</option>
              <option value="days">{t('plan.days')}</option>
            </select>
          </Field>
        </div>
        <div className="toolbar">
          <button type="button" onClick={propose}>
            {t('plan.propose')}
          </button>
        </div>
        {rows.length > 0 ? (
          <table className="data cf-instalments">
            <caption className="visually-hidden">{t('plan.rows')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.n')}</th>
                <th scope="col">{t('plan.dueDate')}</th>
                <th scope="col" className="num">
                  {t('plan.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td>
                    <input
                      aria-label={t('plan.dueDateN', { n: i + 1 })}
                      value={r.date}
                      aria-invalid={errors[`date.${i}`] ? true : undefined}
                      onChange={(e) => setRow(i, { date: e.target.value })}
                    />
                    {errors[`date.${i}`] ? <span className="field-error">{err(`date.${i}`)}</span> : null}
                  </td>
                  <td className="num">
                    <input
                      aria-label={t('plan.amountN', { n: i + 1 })}
                      value={r.amount}
                      inputMode="decimal"
                      aria-invalid={errors[`amount.${i}`] ? true : undefined}
                      onChange={(e) => setRow(i, { amount: e.target.value })}
                    />
                    {errors[`amount.${i}`] ? <span className="field-error">{err(`amount.${i}`)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total">
                <td colSpan={2}>{t('plan.planned')}</td>
                <td className="num">{money(planned)}</td>
              </tr>
            </tfoot>
          </table>
        ) : null}
        {planned !== total && rows.length > 0 ? (
          <p className="alert warn">
            {t('plan.difference', { planned: money(planned), total: money(total) })}
          </p>
        ) : null}
        {errors.rows ? (
          <p className="field-error" role="alert">
            {err('rows')}
          </p>
        ) : null}
        <FormButtons error={flow.error} busy={flow.busy} submit={t('plan.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
