import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import type { DomainError } from '../../../../domain/result';
import { isValidRegisteredNumber } from '../../../../domain/validation';
import { platform } from '../../../../platform';
import { generateLetter } from '../../../actions/generateLetter';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { InvoicePicker } from '../InvoicePicker';
import type { ClientFileData } from '../useClientFileData';
import { useStepChoice } from '../useStepChoice';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

/** Letters only; the overdue invoices ticked to start with. */
const LETTER_CHOICE = {
  steps: (s: { channel: string }) => s.channel === 'letter' || s.channel === 'registered-letter',
  ticked: (r: { daysLate: number | null }) => (r.daysLate ?? 0) > 0,
};

interface Props {
  data: ClientFileData;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * "Générer un courrier": any letter of the client's plan (a reminder, the last reminder,
 * the formal notice) for the invoices ticked, outside the day's list — when the client
 * calls, or when the office manager decides to go faster. Same flow as the Today screen:
 * the Word file is saved and opened, its copy kept with a line in the chronology; the
 * step itself is recorded with "Étape faite" once the letter has gone.
 */
export function LetterDialog({ data, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow('clientFile');
  const { scenario, steps, step, registered, stepName, select, selected, setSelected } = useStepChoice(
    data,
    LETTER_CHOICE,
  );
  const [number, setNumber] = useState('');
  const [errors, setErrors] = useState<Record<string, DomainError>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!step) return;
    const found: Record<string, DomainError> = {};
    if (selected.size === 0) found.invoices = { code: 'followUp.noInvoice' };
    if (registered && number.trim() !== '' && !isValidRegisteredNumber(number))
      found.number = { code: 'registered.invalid', params: { value: number } };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await flow.run(
      () =>
        generateLetter(db(), platform, {
          target: { clientId: data.client.id, invoiceIds: [...selected], scenarioId: scenario.id, step },
          company: data.company,
          today: data.today,
          ...(registered && number.trim() !== '' ? { registeredNumber: number } : {}),
        }),
      (generated) => onDone(t('letter.saved', { step: stepName(step), file: generated.letter.fileName })),
    );
  }

  if (steps.length === 0) {
    return (
      <Dialog title={t('letter.title')} onClose={onClose}>
        <p>{t('letter.noLetterStep', { scenario: scenario.name })}</p>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t('letter.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('letter.title')} onClose={onClose}>
      <p className="muted">{t('letter.intro', { scenario: scenario.name })}</p>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        {select(t('letter.step'))}
        <InvoicePicker
          rows={data.view.openRows}
          selected={selected}
          onChange={setSelected}
          legend={t('letter.invoices')}
          error={flow.errorText(errors.invoices)}
        />
        {registered ? (
          <Field
            label={t('registered.number')}
            error={flow.errorText(errors.number)}
            hint={t('letter.numberHint')}
          >
            <input value={number} onChange={(e) => setNumber(e.target.value)} autoComplete="off" />
          </Field>
        ) : null}
        <FormButtons error={flow.error} busy={flow.busy} submit={t('letter.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
