import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import type { ScenarioStep } from '../../../../domain/model';
import { scenarioFor } from '../../../../domain/scenarios';
import { logCall, type CallOutcome } from '../../../actions/logCall';
import { CallOutcomeFields, PhoneNumbers } from '../../../components/CallFields';
import { Dialog } from '../../../components/Dialog';
import { InvoicePicker } from '../InvoicePicker';
import type { ClientFileData } from '../useClientFileData';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

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
  const flow = useFlow('clientFile');
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
      <PhoneNumbers client={data.client} ns="clientFile" className="cf-phones" />
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <CallOutcomeFields
          ns="clientFile"
          outcome={outcome}
          note={note}
          onOutcome={setOutcome}
          onNote={setNote}
        />
        <InvoicePicker
          rows={data.view.openRows}
          selected={selected}
          onChange={setSelected}
          legend={t('call.invoices')}
        />
        <FormButtons error={flow.error} busy={flow.busy} submit={t('call.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
