import { useTranslation } from 'react-i18next';
import type { Client } from '../../domain/model';
import { CALL_OUTCOMES, phoneNumbersOf, type CallOutcome } from '../actions/logCall';
import { Field } from './Field';

/**
 * The call form shared by the Today card and the client file: the numbers to dial
 * (tel: links open the softphone) and what came of the call. Each area words it in its
 * own namespace `ns`, under the same `call.*` keys.
 */
export function PhoneNumbers({ client, ns, className }: { client: Client; ns: string; className: string }) {
  const { t } = useTranslation(ns);
  const numbers = phoneNumbersOf(client);
  if (numbers.length === 0) return <p className="muted">{t('call.noNumber')}</p>;
  return (
    <ul className={className} aria-label={t('call.numbers')}>
      {numbers.map((n) => (
        <li key={`${n.contact}-${n.href}`}>
          <a href={n.href}>{n.number}</a>{' '}
          <span className="muted">{[n.contact, n.role].filter(Boolean).join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}

interface OutcomeProps {
  ns: string;
  outcome: CallOutcome;
  note: string;
  onOutcome: (outcome: CallOutcome) => void;
  onNote: (note: string) => void;
}

export function CallOutcomeFields({ ns, outcome, note, onOutcome, onNote }: OutcomeProps) {
  const { t } = useTranslation(ns);
  return (
    <>
      <Field label={t('call.outcome')}>
        <select value={outcome} onChange={(e) => onOutcome(e.target.value as CallOutcome)}>
          {CALL_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`call.outcomes.${o}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('call.note')}>
        <textarea value={note} onChange={(e) => onNote(e.target.value)} rows={3} maxLength={2000} />
      </Field>
    </>
  );
}
