import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import type { ScenarioStep } from '../../../../domain/model';
import { scenarioFor } from '../../../../domain/scenarios';
import { CALL_OUTCOMES, logCall, phoneNumbersOf, type CallOutcome } from '../../../actions/logCall';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { InvoicePicker } from '../InvoicePicker';
import type { ClientFileData } from '../useClientFileData';
import { useFlow } from '../useFlow';
import { DialogButtons } from './DialogButtons';

interface Props {
  data: ClientFileData;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** A call made outside the day's list (the client rang back): its scenario's call step when it has one. */
const ANY_CALL: ScenarioStep = { id: 'client-file-call', offsetDays: 0, kind: 'call', channel: 'phone' };

/**
 * "Noter un appel": the numbers to dial and what was said, through the same flow as the
 * Today screen (ui/actions/logCall). It never records a scenario step as done: that is
 * the Today screen's call, where the step is known.
 */
export function CallDialog({ data, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow();
  const numbers = phoneNumbersOf(data.client);
  const [outcome, setOutcome] = useState<CallOutcome>('reached');
  const [note, setNote] = useState('');
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(data.view.openRows.map((r) => r.invoice.id)),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const scenario = scenarioFor(data.client, data.scenarios);
    const step = scenario.steps.find((s) => s.kind === 'call') ?? ANY_CALL;
    await flow.run(
      () =>
        logCall(db(), {
          target: { clientId: data.client.id, invoiceIds: [...selected], scenarioId: scenario.id, step },
          today: data.today,
          outcomeLabel: t(`call.outcomes.${outcome}`),
          note,
          completeStep: false,
        }),
      () => onDone(t('call.saved')),
    );
  }

  return (
    <Dialog title={t('call.title')} onClose={onClose}>
      {numbers.length === 0 ? (
        <p className="muted">{t('call.noNumber')}</p>
      ) : (
        <ul className="cf-phones" aria-label={t('call.numbers')}>
          {numbers.map((n) => (
            <li key={`${n.contact}-${n.href}`}>
              <a href={n.href}>{n.number}</a>{' '}
              <span className="muted">{[n.contact, n.role].filter(Boolean).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <Field label={t('call.outcome')}>
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as CallOutcome)}>
            {CALL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`call.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('call.note')}>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={2000} />
        </Field>
        <InvoicePicker
          rows={data.view.openRows}
          selected={selected}
          onChange={setSelected}
          legend={t('call.invoices')}
        />
        <DialogButtons error={flow.error} busy={flow.busy} submit={t('call.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
