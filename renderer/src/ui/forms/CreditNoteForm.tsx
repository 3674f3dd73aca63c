import type { Payment } from '../../domain/model';
import { PaymentForm } from './PaymentForm';

export interface CreditNoteFormProps {
  clientId: string;
  onDone: (saved?: Payment) => void;
}

/** A credit note (avoir) reduces what the client owes exactly as a payment does; only the words differ. */
export function CreditNoteForm({ clientId, onDone }: CreditNoteFormProps) {
  return <PaymentForm clientId={clientId} kind="credit-note" onDone={onDone} />;
}
