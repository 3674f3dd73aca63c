import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import { openDispute } from '../../../../db/followUps';
import type { DomainError } from '../../../../domain/result';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { InvoicePicker } from '../InvoicePicker';
import type { ClientFileData } from '../useClientFileData';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

interface Props {
  data: ClientFileData;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** The client contests invoices (goods damaged, service not done): no reminder on them until it is resolved. */
export function DisputeDialog({ data, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow('clientFile');
  const rows = data.view.openRows;
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, DomainError>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, DomainError> = {};
    if (reason.trim() === '') found.reason = { code: 'dispute.reasonRequired' };
    if (selected.size === 0) found.invoices = { code: 'followUp.noInvoice' };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await flow.run(
      () =>
        openDispute(db(), {
          clientId: data.client.id,
          invoiceIds: [...selected],
          reason: reason.trim(),
          openedOn: data.today,
        }),
      () => onDone(t('dispute.saved')),
    );
  }

  return (
    <Dialog title={t('dispute.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <Field
          label={t('dispute.reason')}
          error={flow.errorText(errors.reason)}
          hint={t('dispute.reasonHint')}
        >
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={2000} />
        </Field>
        <InvoicePicker
          rows={rows}
          selected={selected}
          onChange={setSelected}
          legend={t('dispute.invoices')}
          error={flow.errorText(errors.invoices)}
        />
        <FormButtons error={flow.error} busy={flow.busy} submit={t('dispute.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
