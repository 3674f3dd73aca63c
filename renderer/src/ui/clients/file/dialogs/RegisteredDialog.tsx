import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import { updateJournalEntry } from '../../../../db/journal';
import { formatDateShort, parseFrenchDate } from '../../../../domain/dates';
import type {
  IsoDate,
  JournalEntry,
  RegisteredLetterTracking,
  RegisteredReturn,
} from '../../../../domain/model';
import type { DomainError } from '../../../../domain/result';
import { formatRegisteredNumber, isValidRegisteredNumber } from '../../../../domain/validation';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

interface Props {
  entry: JournalEntry;
  onClose: () => void;
  onDone: (message: string) => void;
}

type Fate = 'pending' | 'delivered' | RegisteredReturn;
const FATES: readonly Fate[] = ['pending', 'delivered', 'non-reclame', 'refuse', 'npai'];

const shown = (d: IsoDate | undefined) => (d ? formatDateShort(d) : '');

/**
 * "Suivi LRAR": what La Poste's tracking says about a registered letter — its number,
 * the posting date (preuve de dépôt), the first presentation, then delivery or return.
 * A notice returned "non réclamé" is still valid (Cass. civ. 1re, 20 Jan 2021): the
 * dates are what the lawyer needs. The journal entry is corrected in place.
 */
export function RegisteredDialog({ entry, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow('clientFile');
  const r = entry.registered ?? {};
  const [number, setNumber] = useState(r.number ? formatRegisteredNumber(r.number) : '');
  const [deposit, setDeposit] = useState(shown(r.depositDate));
  const [presented, setPresented] = useState(shown(r.firstPresentationDate));
  const [fate, setFate] = useState<Fate>(r.returnReason ?? (r.deliveredDate ? 'delivered' : 'pending'));
  const [ended, setEnded] = useState(shown(r.deliveredDate ?? r.returnedDate));
  const [errors, setErrors] = useState<Record<string, DomainError>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, DomainError> = {};
    const tracking: RegisteredLetterTracking = {};
    const compact = number.replace(/\s/g, '').toUpperCase();
    if (compact !== '') {
      if (!isValidRegisteredNumber(compact))
        found.number = { code: 'registered.invalid', params: { value: number } };
      else tracking.number = compact;
    }
    const date = (key: string, text: string): IsoDate | undefined => {
      if (text.trim() === '') return undefined;
      const d = parseFrenchDate(text);
      if (!d.ok) found[key] = d.error;
      return d.ok ? d.value : undefined;
    };
    const depositDate = date('deposit', deposit);
    const presentedDate = date('presented', presented);
    const endDate = fate === 'pending' ? undefined : date('ended', ended);
    if (fate !== 'pending' && ended.trim() === '') found.ended = { code: 'date.empty' };
    if (depositDate && presentedDate && presentedDate < depositDate)
      found.presented = { code: 'registered.presentedBeforeDeposit' };
    if (depositDate && endDate && endDate < depositDate)
      found.ended = { code: 'registered.endBeforeDeposit' };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (depositDate) tracking.depositDate = depositDate;
    if (presentedDate) tracking.firstPresentationDate = presentedDate;
    if (fate === 'delivered' && endDate) tracking.deliveredDate = endDate;
    if (fate !== 'pending' && fate !== 'delivered' && endDate) {
      tracking.returnedDate = endDate;
      tracking.returnReason = fate;
    }
    await flow.run(
      () => updateJournalEntry(db(), entry.id, { registered: tracking }),
      () => onDone(t('registered.saved')),
    );
  }

  const err = (key: string) => flow.errorText(errors[key]);
  return (
    <Dialog title={t('registered.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <Field label={t('registered.number')} error={err('number')} hint={t('registered.numberHint')}>
          <input value={number} onChange={(e) => setNumber(e.target.value)} autoComplete="off" />
        </Field>
        <div className="form-grid">
          <Field label={t('registered.deposit')} error={err('deposit')} hint={t('dateHint')}>
            <input
              value={deposit}
              onChange={(e) => setDeposit(e.target.value)}
              placeholder={t('datePlaceholder')}
            />
          </Field>
          <Field label={t('registered.presented')} error={err('presented')} hint={t('dateHint')}>
            <input
              value={presented}
              onChange={(e) => setPresented(e.target.value)}
              placeholder={t('datePlaceholder')}
            />
          </Field>
        </div>
        <div className="form-grid">
          <Field label={t('registered.fate')}>
            <select value={fate} onChange={(e) => setFate(e.target.value as Fate)}>
              {FATES.map((f) => (
                <option key={f} value={f}>
                  {t(`registered.fates.${f}`)}
                </option>
              ))}
            </select>
          </Field>
          {fate === 'pending' ? null : (
            <Field
              label={fate === 'delivered' ? t('registered.delivered') : t('registered.returned')}
              error={err('ended')}
              hint={t('dateHint')}
            >
              <input
                value={ended}
                onChange={(e) => setEnded(e.target.value)}
                placeholder={t('datePlaceholder')}
              />
            </Field>
          )}
        </div>
        {fate === 'non-reclame' ? <p className="alert info">{t('registered.unclaimedValid')}</p> : null}
        <FormButtons error={flow.error} busy={flow.busy} submit={t('registered.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
