import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { createInvoice, findInvoiceByNumber, updateInvoice } from '../../db/invoices';
import type { Invoice } from '../../domain/model';
import { domainError } from '../../domain/result';
import { useLoadedCompanySettings, useToday } from '../components/useToday';
import { Field } from '../components/Field';
import {
  defaultDueDate,
  draftFromInvoice,
  emptyInvoiceDraft,
  invoiceFieldOf,
  validateInvoiceDraft,
  type InvoiceDraft,
} from './invoiceDraft';
import { focusFirstError, RecordForm, useRecordForm } from './RecordForm';
import './forms.css';

export interface InvoiceFormProps {
  clientId: string;
  /** the invoice to correct; a new invoice when absent */
  invoice?: Invoice;
  onDone: (saved?: Invoice) => void;
}

/**
 * Records an invoice by hand: its number (unique), dates in French ("27/11/2026"), the
 * amounts incl. and excl. VAT as typed in France ("1 234,56"). The due date follows the
 * issue date by the company's payment terms until the user types one of their own.
 */
export function InvoiceForm({ clientId, invoice, onDone }: InvoiceFormProps) {
  const { t } = useTranslation('forms');
  const today = useToday();
  const { paymentTermsDays } = useLoadedCompanySettings();
  const [draft, setDraft] = useState<InvoiceDraft>(() =>
    invoice ? draftFromInvoice(invoice) : emptyInvoiceDraft(today, paymentTermsDays),
  );
  const [dueTouched, setDueTouched] = useState(invoice !== undefined);
  const { setErrors, err, saving, save } = useRecordForm();
  const set = (key: keyof InvoiceDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  function setIssueDate(value: string) {
    setDraft((d) => ({
      ...d,
      issueDate: value,
      dueDate: dueTouched ? d.dueDate : defaultDueDate(value, paymentTermsDays),
    }));
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const { errors: found, input } = validateInvoiceDraft(draft, clientId);
    if (input && input.number !== invoice?.number) {
      // Checked before saving so the message sits beside the number; the repository checks again.
      const taken = await findInvoiceByNumber(db(), input.number);
      if (taken) found.number = domainError('invoice.duplicateNumber', { number: input.number });
    }
    setErrors(found);
    if (!input || Object.keys(found).length > 0) {
      focusFirstError(form);
      return;
    }
    await save(async () => {
      const result = invoice
        ? await updateInvoice(db(), invoice.id, input)
        : await createInvoice(db(), input);
      if (result.ok) onDone(result.value);
      else {
        setErrors({
          [invoiceFieldOf(result.error.code, result.error.params?.field as string | undefined)]: result.error,
        });
        focusFirstError(form);
      }
    });
  }

  return (
    <RecordForm
      label={invoice ? t('invoice.titleEdit') : t('invoice.titleNew')}
      onSubmit={submit}
      formError={err('form')}
      saving={saving}
      onCancel={() => onDone()}
    >
      <div className="form-grid">
        <Field label={t('invoice.number')} error={err('number')}>
          <input value={draft.number} onChange={(e) => set('number', e.target.value)} autoComplete="off" />
        </Field>
        <Field label={t('invoice.label')} hint={t('optional')}>
          <input value={draft.label} onChange={(e) => set('label', e.target.value)} />
        </Field>
      </div>
      <div className="form-grid">
        <Field label={t('invoice.issueDate')} error={err('issueDate')} hint={t('dateHint')}>
          <input
            value={draft.issueDate}
            onChange={(e) => setIssueDate(e.target.value)}
            placeholder={t('datePlaceholder')}
          />
        </Field>
        <Field
          label={t('invoice.dueDate')}
          error={err('dueDate')}
          hint={dueTouched ? t('dateHint') : t('invoice.dueDateHint', { days: paymentTermsDays })}
        >
          <input
            value={draft.dueDate}
            placeholder={t('datePlaceholder')}
            onChange={(e) => {
              setDueTouched(true);
              set('dueDate', e.target.value);
            }}
          />
        </Field>
      </div>
      <div className="form-grid">
        <Field label={t('invoice.amountInclVat')} error={err('amountInclVat')} hint={t('amountHint')}>
          <input
            value={draft.amountInclVat}
            onChange={(e) => set('amountInclVat', e.target.value)}
            inputMode="decimal"
            className="amount-input"
          />
        </Field>
        <Field label={t('invoice.amountExclVat')} error={err('amountExclVat')} hint={t('amountHint')}>
          <input
            value={draft.amountExclVat}
            onChange={(e) => set('amountExclVat', e.target.value)}
            inputMode="decimal"
            className="amount-input"
          />
        </Field>
      </div>
    </RecordForm>
  );
}
