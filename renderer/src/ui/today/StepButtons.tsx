import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { addDays, isIsoDate } from '../../domain/dates';
import type { IsoDate, Scenario } from '../../domain/model';
import type { ActionTarget } from '../actions/actionTarget';
import { jumpToStep, laterSteps, recordStepOutcome } from '../actions/recordStep';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { FormButtons } from '../components/FormButtons';
import { useFormat } from '../components/useFormat';
import { RegisteredDoneDialog } from './RegisteredDoneDialog';
import { useStepLabel } from './StepLabel';
import type { Flow } from '../components/useFlow';

interface Props {
  target: ActionTarget;
  scenario: Scenario | undefined;
  today: IsoDate;
  /** letters and e-mails produced for this action, linked to the step line */
  documentIds: string[];
  runner: Flow;
}

export const POSTPONE_DEFAULT_DAYS = 7;

type Open = 'done-registered' | 'postpone' | 'jump' | null;

/**
 * Fait / Reporter / Passer / Passer à l'étape…: each writes a 'step' line in the journal,
 * and the live query takes the action off the list.
 */
export function StepButtons({ target, scenario, today, documentIds, runner }: Props) {
  const { t } = useTranslation('today');
  const [open, setOpen] = useState<Open>(null);
  const later = scenario ? laterSteps(scenario.steps, target.step) : [];
  const close = useCallback(() => setOpen(null), []);
  const docs = documentIds.length > 0 ? { documentIds } : {};

  const done = () =>
    target.step.channel === 'registered-letter'
      ? setOpen('done-registered')
      : void runner.run(() => recordStepOutcome(db(), target, today, 'done', docs));

  return (
    <div className="step-buttons toolbar">
      <button type="button" className="primary" disabled={runner.busy} onClick={done}>
        {t('buttons.done')}
      </button>
      <button type="button" disabled={runner.busy} onClick={() => setOpen('postpone')}>
        {t('buttons.postpone')}
      </button>
      <button
        type="button"
        disabled={runner.busy}
        onClick={() => void runner.run(() => recordStepOutcome(db(), target, today, 'skipped'))}
      >
        {t('buttons.skip')}
      </button>
      {later.length > 0 ? (
        <button type="button" disabled={runner.busy} onClick={() => setOpen('jump')}>
          {t('buttons.jump')}
        </button>
      ) : null}

      {open === 'done-registered' ? (
        <RegisteredDoneDialog
          today={today}
          onClose={close}
          onConfirm={(registered) =>
            runner.run(() => recordStepOutcome(db(), target, today, 'done', { ...docs, registered }), close)
          }
        />
      ) : null}
      {open === 'postpone' ? (
        <PostponeDialog
          today={today}
          onClose={close}
          onConfirm={(to) =>
            runner.run(() => recordStepOutcome(db(), target, today, 'postponed', { postponedTo: to }), close)
          }
        />
      ) : null}
      {open === 'jump' && scenario ? (
        <JumpDialog
          steps={later}
          onClose={close}
          onConfirm={(stepId) =>
            runner.run(() => jumpToStep(db(), target, scenario.steps, stepId, today), close)
          }
        />
      ) : null}
    </div>
  );
}

function PostponeDialog(props: {
  today: IsoDate;
  onClose: () => void;
  onConfirm: (to: IsoDate) => Promise<unknown>;
}) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const [to, setTo] = useState(addDays(props.today, POSTPONE_DEFAULT_DAYS));
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={t('postpone.title')} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!isIsoDate(to) || to <= props.today) return setError(t('action.postponeInPast'));
          void props.onConfirm(to);
        }}
      >
        <Field label={t('postpone.date')} error={error} hint={isIsoDate(to) ? format.date(to) : undefined}>
          <input
            type="date"
            value={to}
            min={addDays(props.today, 1)}
            onChange={(e) => setTo(e.target.value)}
            required
          />
        </Field>
        <FormButtons submit={t('postpone.confirm')} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}

function JumpDialog(props: {
  steps: ActionTarget['step'][];
  onClose: () => void;
  onConfirm: (stepId: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('today');
  const tDunning = useTranslation('dunning').t;
  const stepLabel = useStepLabel();
  const [stepId, setStepId] = useState(props.steps[0]?.id ?? '');
  return (
    <Dialog title={t('jump.title')} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void props.onConfirm(stepId);
        }}
      >
        <Field label={t('jump.step')} hint={t('jump.hint')}>
          <select value={stepId} onChange={(e) => setStepId(e.target.value)}>
            {props.steps.map((s) => (
              <option key={s.id} value={s.id}>
                {`${stepLabel(s)} — ${tDunning(`channelsShort.${s.channel}`)}`}
              </option>
            ))}
          </select>
        </Field>
        <FormButtons submit={t('jump.confirm')} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
