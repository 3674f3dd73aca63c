import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import { addJournalEntry } from '../../../../db/journal';
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

/** A free note in the chronology ("the accountant is on leave until the 12th"), about the account or some invoices. */
export function NoteDialog({ data, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow('clientFile');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [error, setError] = useState<DomainError | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '') {
      setError({ code: 'note.required' });
      return;
    }
    setError(null);
    await flow.run(
      () =>
        addJournalEntry(db(), {
          clientId: data.client.id,
          invoiceIds: [...selected],
          date: data.today,
          type: 'note',
          note: text.trim(),
        }),
      () => onDone(t('note.saved')),
    );
  }

  return (
    <Dialog title={t('note.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <Field label={t('note.text')} error={flow.errorText(error)}>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} maxLength={4000} />
        </Field>
        <InvoicePicker
          rows={data.view.openRows}
          selected={selected}
          onChange={setSelected}
          legend={t('note.invoices')}
        />
        <FormButtons error={flow.error} busy={flow.busy} submit={t('note.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
