import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  /** the write's failure, as a sentence; absent where the caller shows it elsewhere */
  error?: string | null;
  /** true while the write runs: the verb cannot be clicked twice */
  busy?: boolean;
  submit: string;
  onCancel: () => void;
}

/** The foot of a small form: the error of the write, if any, then "Annuler" and the form's own verb. */
export function FormButtons({ error, busy = false, submit, onCancel }: Props) {
  const { t } = useTranslation('common');
  return (
    <>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submit}
        </button>
      </div>
    </>
  );
}
