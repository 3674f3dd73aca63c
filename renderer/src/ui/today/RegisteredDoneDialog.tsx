import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dates';
import type { IsoDate, RegisteredLetterTracking } from '../../domain/model';
import { isValidRegisteredNumber } from '../../domain/validation';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { FormButtons } from '../components/FormButtons';

/**
 * A registered letter is done when it is posted: the deposit date starts the 15 days La
 * Poste keeps it, and the number (optional now, the label may be stuck on later) is what
 * proves it to the court.
 */
export function RegisteredDoneDialog(props: {
  today: IsoDate;
  onClose: () => void;
  onConfirm: (registered: RegisteredLetterTracking) => Promise<unknown>;
}) {
  const { t } = useTranslation('today');
  const [number, setNumber] = useState('');
  const [deposit, setDeposit] = useState(props.today);
  const [errors, setErrors] = useState<{ number?: string; deposit?: string }>({});
  return (
    <Dialog title={t('registered.title')} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const next: typeof errors = {};
          if (number.trim() && !isValidRegisteredNumber(number))
            next.number = t('action.registeredInvalid', { value: number.trim() });
          if (!isIsoDate(deposit) || deposit > props.today) next.deposit = t('registered.depositInvalid');
          setErrors(next);
          if (next.number || next.deposit) return;
          void props.onConfirm({ ...(number.trim() ? { number: number.trim() } : {}), depositDate: deposit });
        }}
      >
        <Field label={t('registered.number')} hint={t('registered.numberHint')} error={errors.number}>
          <input
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field label={t('registered.deposit')} error={errors.deposit}>
          <input
            type="date"
            value={deposit}
            max={props.today}
            onChange={(e) => setDeposit(e.target.value)}
            required
          />
        </Field>
        <FormButtons submit={t('registered.confirm')} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
