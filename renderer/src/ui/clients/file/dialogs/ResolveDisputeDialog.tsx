import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import { resolveDispute } from '../../../../db/followUps';
import type { Dispute } from '../../../../domain/model';
import type { DomainError } from '../../../../domain/result';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import type { ClientFileData } from '../useClientFileData';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

interface Props {
  data: ClientFileData;
  dispute: Dispute;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * Closes a dispute with what was agreed (credit note, redelivery, claim dropped): the
 * invoices go back into the dunning. db/followUps writes the resolution to the journal in
 * the same transaction, so the chronology (and the lawyer) sees when and how it ended.
 */
export function ResolveDisputeDialog({ data, dispute, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow('clientFile');
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState<DomainError | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const text = resolution.trim();
    if (text === '') {
      setError({ code: 'dispute.resolutionRequired' });
      return;
    }
    setError(null);
    await flow.run(
      () =>
        resolveDispute(
          db(),
          dispute.id,
          { resolvedOn: data.today, resolution: text },
          t('dispute.resolvedNote', { resolution: text }),
        ),
      () => onDone(t('dispute.resolved')),
    );
  }

  return (
    <Dialog title={t('dispute.resolveTitle')} onClose={onClose}>
      <p className="muted">{t('dispute.reasonWas', { reason: dispute.reason })}</p>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <Field
          label={t('dispute.resolution')}
          error={flow.errorText(error)}
          hint={t('dispute.resolutionHint')}
        >
          <textarea
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
            rows={3}
            maxLength={2000}
          />
        </Field>
        <FormButtons
          error={flow.error}
          busy={flow.busy}
          submit={t('dispute.resolveSubmit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
