import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import { formatDateShort, parseFrenchDate } from '../../../../domain/dates';
import type { RegisteredLetterTracking } from '../../../../domain/model';
import type { DomainError } from '../../../../domain/result';
import { isValidRegisteredNumber } from '../../../../domain/validation';
import { recordStepOutcome } from '../../../actions/recordStep';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { InvoicePicker } from '../InvoicePicker';
import type { ClientFileData } from '../useClientFileData';
import { useStepChoice } from '../useStepChoice';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

interface Props {
  data: ClientFileData;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * "Étape faite": a step of the client's scenario done outside the app (a formal notice
 * typed in Word and posted, a reminder sent from the mail client). It goes through the
 * same flow as the Today screen, so the dunning moves on and the chronology lists it;
 * a registered letter takes its number and posting date here or later ("Suivi LRAR").
 */
export function StepDialog({ data, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow('clientFile');
  const { scenario, step, registered, stepName, select, selected, setSelected } = useStepChoice(data);
  const [number, setNumber] = useState('');
  const [deposit, setDeposit] = useState(() => formatDateShort(data.today));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, DomainError>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!step) return;
    const found: Record<string, DomainError> = {};
    if (selected.size === 0) found.invoices = { code: 'followUp.noInvoice' };
    const tracking: RegisteredLetterTracking = {};
    if (registered) {
      if (number.trim() !== '' && !isValidRegisteredNumber(number))
        found.number = { code: 'registered.invalid', params: { value: number } };
      else if (number.trim() !== '') tracking.number = number;
      if (deposit.trim() !== '') {
        const d = parseFrenchDate(deposit);
        if (!d.ok) found.deposit = d.error;
        else tracking.depositDate = d.value;
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await flow.run(
      () =>
        recordStepOutcome(
          db(),
          { clientId: data.client.id, invoiceIds: [...selected], scenarioId: scenario.id, step },
          data.today,
          'done',
          { ...(registered ? { registered: tracking } : {}), ...(note.trim() ? { note } : {}) },
        ),
      () => onDone(t('step.saved', { step: stepName(step) })),
    );
  }

  return (
    <Dialog title={t('step.title')} onClose={onClose}>
      <p className="muted">{t('step.intro', { scenario: scenario.name })}</p>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        {select(t('step.step'))}
        <InvoicePicker
          rows={data.view.openRows}
          selected={selected}
          onChange={setSelected}
          legend={t('step.invoices')}
          error={flow.errorText(errors.invoices)}
        />
        {registered ? (
          <div className="form-grid">
            <Field
              label={t('registered.number')}
              error={flow.errorText(errors.number)}
              hint={t('registered.numberHint')}
            >
              <input value={number} onChange={(e) => setNumber(e.target.value)} autoComplete="off" />
            </Field>
            <Field
              label={t('registered.deposit')}
              error={flow.errorText(errors.deposit)}
              hint={t('dateHint')}
            >
              <input
                value={deposit}
                onChange={(e) => setDeposit(e.target.value)}
                placeholder={t('datePlaceholder')}
              />
            </Field>
          </div>
        ) : null}
        <Field label={t('step.note')} hint={t('optional')}>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
        </Field>
        <FormButtons error={flow.error} busy={flow.busy} submit={t('step.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
