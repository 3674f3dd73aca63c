import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { domainError } from '../../domain/result';
import { ErrorAlert } from '../components/ErrorAlert';
import { useErrorText } from '../components/useErrorText';
import type { DraftErrors } from './clientDraft';

/**
 * The state every record form keeps: the errors shown beside the inputs, and "saving"
 * while a write runs. An exception from the write becomes the form's own error, so a
 * failed save is never silent.
 */
export function useRecordForm() {
  const errorText = useErrorText('forms');
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const err = (key: string) => errorText(errors[key]);
  async function save(write: () => Promise<void>) {
    setSaving(true);
    try {
      await write();
    } catch (error) {
      setErrors({ form: domainError('form.saveFailed', { message: String(error) }) });
    } finally {
      setSaving(false);
    }
  }
  return { errors, setErrors, err, saving, save };
}

interface RecordFormProps {
  label: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  /** the error that belongs to no single input (a failed save) */
  formError: string | null;
  saving: boolean;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of a record form: its error on top, its fields, then "Annuler" and "Enregistrer". */
export function RecordForm({ label, onSubmit, formError, saving, onCancel, children }: RecordFormProps) {
  const { t } = useTranslation('forms');
  return (
    <form className="record-form" onSubmit={onSubmit} noValidate aria-label={label}>
      <ErrorAlert message={formError} />
      {children}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

/** After a refused submit, the keyboard lands on the first wrong input. */
export function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
