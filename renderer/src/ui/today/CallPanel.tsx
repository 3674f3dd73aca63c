import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import type { Client, IsoDate } from '../../domain/model';
import { Field } from '../components/Field';
import type { ActionTarget } from '../actions/actionTarget';
import { CALL_OUTCOMES, logCall, phoneNumbersOf, type CallOutcome } from '../actions/logCall';
import type { useRunner } from './useRunner';

interface Props {
  client: Client;
  target: ActionTarget;
  today: IsoDate;
  runner: ReturnType<typeof useRunner>;
}

/** The numbers to dial (tel: links open the softphone) and a short note of the call. */
export function CallPanel({ client, target, today, runner }: Props) {
  const { t } = useTranslation('today');
  const numbers = phoneNumbersOf(client);
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
      {numbers.length === 0 ? (
        <p className="muted">{t('call.noNumber')}</p>
      ) : (
        <ul className="phone-list" aria-label={t('call.numbers')}>
          {numbers.map((n) => (
            <li key={`${n.contact}-${n.href}`}>
              <a href={n.href}>{n.number}</a>{' '}
              <span className="muted">{[n.contact, n.role].filter(Boolean).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
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
          <div className="form-actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('common:actions.cancel')}
            </button>
            <button type="submit" className="primary" disabled={runner.busy}>
              {t('call.save')}
            </button>
          </div>
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
