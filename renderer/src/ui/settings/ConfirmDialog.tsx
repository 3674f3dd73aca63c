import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

interface ConfirmDialogProps {
  title: string;
  /** what will be lost, said before it is */
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a settings change that cannot be undone (delete, reset, replace): "Annuler" or the red button. */
export function ConfirmDialog({ title, children, confirm, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation('settings');
  return (
    <Dialog title={title} onClose={onCancel}>
      {children}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
