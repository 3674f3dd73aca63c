import { useTranslation } from 'react-i18next';

interface Props {
  error: string | null;
  busy: boolean;
  submit: string;
  onCancel: () => void;
}

/** The error of the write, if any, then "Annuler" and the dialog's own verb. */
export function DialogButtons({ error, busy, submit, onCancel }: Props) {
  const { t } = useTranslation('common');
  return (
    <>
      {error ? (
        <p className="alert error" role="alert">
          {error}
        </p>
      ) : null}
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
