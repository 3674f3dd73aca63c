import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import { recordPromise } from '../../../../db/followUps';
import { addDays, formatDateShort, parseFrenchDate } from '../../../../domain/dates';
import { formatAmount, parseMoney } from '../../../../domain/money';
import type { DomainError } from '../../../../domain/result';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { InvoicePicker, selectedBalance } from '../InvoicePicker';
import type { ClientFileData } from '../useClientFileData';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

interface Props {
  data: ClientFileData;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Le client promet de payer 1 200 € le 15 avril": pauses the escalation of these invoices until then. */
export function PromiseDialog({ data, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow('clientFile');
  const rows = data.view.openRows;
  const [selected, setSelected] = useState<Set<string>>(() => new Set(rows.map((r) => r.invoice.id)));
  const [date, setDate] = useState(() => formatDateShort(addDays(data.today, 7)));
  const [amount, setAmount] = useState(() => formatAmount(selectedBalance(rows, selected)));
  const [amountTouched, setAmountTouched] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, DomainError>>({});

  const pick = (next: Set<string>) => {
    setSelected(next);
    if (!amountTouched) setAmount(formatAmount(selectedBalance(rows, next)));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, DomainError> = {};
    const d = parseFrenchDate(date);
    const a = parseMoney(amount);
    if (!d.ok) found.date = d.error;
    else if (d.value < data.today) found.date = { code: 'promise.dateBeforeMade' };
    if (!a.ok) found.amount = a.error;
    else if (a.value === 0) found.amount = { code: 'money.zero' };
    if (selected.size === 0) found.invoices = { code: 'followUp.noInvoice' };
    setErrors(found);
    if (!d.ok || !a.ok || Object.keys(found).length > 0) return;
    await flow.run(
      () =>
        recordPromise(db(), {
          clientId: data.client.id,
          invoiceIds: [...selected],
          madeOn: data.today,
          promisedDate: d.value,
          amount: a.value,
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      () => onDone(t('promise.saved', { date: formatDateShort(d.value) })),
    );
  }

  return (
    <Dialog title={t('promise.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <InvoicePicker
          rows={rows}
          selected={selected}
          onChange={pick}
          legend={t('promise.invoices')}
          error={flow.errorText(errors.invoices)}
        />
        <div className="form-grid">
          <Field label={t('promise.date')} error={flow.errorText(errors.date)} hint={t('dateHint')}>
            <input
              value={date}
              onChange={(e) => setDate(e.target.value)}
              placeholder={t('datePlaceholder')}
            />
          </Field>
          <Field label={t('promise.amount')} error={flow.errorText(errors.amount)} hint={t('amountHint')}>
            <input
              value={amount}
              inputMode="decimal"
              onChange={(e) => {
                setAmountTouched(true);
                setAmount(e.target.value);
              }}
            />
          </Field>
        </div>
        <Field label={t('promise.note')} hint={t('optional')}>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
        </Field>
        <FormButtons error={flow.error} busy={flow.busy} submit={t('promise.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
