import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import type { Client, IsoDate } from '../../domain/model';
import type { ActionTarget } from '../actions/actionTarget';
import { logCall, type CallOutcome } from '../actions/logCall';
import { CallOutcomeFields, PhoneNumbers } from '../components/CallFields';
import { FormButtons } from '../components/FormButtons';
import type { Flow } from '../components/useFlow';

interface Props {
  client: Client;
  target: ActionTarget;
  today: IsoDate;
  runner: Flow;
}

/** The numbers to dial (tel: links open the softphone) and a short note of the call. */
export function CallPanel({ client, target, today, runner }: Props) {
  const { t } = useTranslation('today');
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<CallOutcome>('reached');
  const [note, setNote] = useState('');
  const isPhoneStep = target.step.channel === 'phone';
  const [completeStep, setCompleteStep] = useState(isPhoneStep);
  const [logged, setLogged] = useState(false);

  const save = () =>
    runner.run(
      () =>
        logCall(db(), {
          target,
          today,
          outcomeLabel: t(`call.outcomes.${outcome}`),
          note,
          completeStep: completeStep && outcome === 'reached',
        }),
      () => {
        setOpen(false);
        setNote('');
        setLogged(true);
      },
    );

  return (
    <div className="action-panel">
      <PhoneNumbers client={client} ns="today" className="phone-list" />
      {logged ? (
        <p className="alert ok" role="status">
          {t('call.logged')}
        </p>
      ) : null}
      {open ? (
        <form
          className="call-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <CallOutcomeFields
            ns="today"
            outcome={outcome}
            note={note}
            onOutcome={setOutcome}
            onNote={setNote}
          />
          {isPhoneStep ? (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={completeStep && outcome === 'reached'}
                disabled={outcome !== 'reached'}
                onChange={(e) => setCompleteStep(e.target.checked)}
              />{' '}
              {t('call.completeStep')}
            </label>
          ) : null}
          <FormButtons busy={runner.busy} submit={t('call.save')} onCancel={() => setOpen(false)} />
        </form>
      ) : (
        <div className="toolbar">
          <button type="button" className={isPhoneStep ? 'primary' : undefined} onClick={() => setOpen(true)}>
            {t('buttons.logCall')}
          </button>
        </div>
      )}
    </div>
  );
}
