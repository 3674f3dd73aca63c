import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';

interface EditorSaveBarProps {
  /** the last save's failure, as a sentence */
  failure: string | null;
  saved: boolean;
  dirty: boolean;
  canSave: boolean;
  onSave: () => void;
  /** the editor's own buttons, before "Enregistrer" (delete, revert, duplicate…) */
  children?: ReactNode;
}

/**
 * The foot of a settings editor that saves by button (scenarios, templates): whether the
 * draft is saved or not, the save's failure, and "Enregistrer" only when there is
 * something right to save.
 */
export function EditorSaveBar({ failure, saved, dirty, canSave, onSave, children }: EditorSaveBarProps) {
  const { t } = useTranslation('settings');
  return (
    <>
      <ErrorAlert message={failure} />
      <div className="save-bar">
        <span role="status" className="save-status">
          {saved && !dirty ? (
            <span className="pill ok">{t('saved')}</span>
          ) : dirty ? (
            <span className="muted">{t('unsaved')}</span>
          ) : null}
        </span>
        {children}
        <button type="button" className="primary" disabled={!canSave} onClick={onSave}>
          {t('save')}
        </button>
      </div>
    </>
  );
}
