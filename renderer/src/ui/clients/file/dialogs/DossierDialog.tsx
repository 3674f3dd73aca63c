import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../../db/database';
import { useTemplates } from '../../../../db/hooks';
import { platform } from '../../../../platform';
import { Dialog } from '../../../components/Dialog';
import { exportDossier, type DossierExport } from '../exportDossier';
import { InvoicePicker } from '../InvoicePicker';
import type { ClientFileData } from '../useClientFileData';
import { useFlow } from '../../../components/useFlow';
import { FormButtons } from '../../../components/FormButtons';

interface Props {
  data: ClientFileData;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Chooses the invoices handed to the lawyer (all the open ones by default) and writes the ZIP. */
export function DossierDialog({ data, onClose, onDone }: Props) {
  const { t } = useTranslation('clientFile');
  const flow = useFlow('clientFile');
  const templates = useTemplates();
  const rows = data.view.openRows;
  const [selected, setSelected] = useState<Set<string>>(() => new Set(rows.map((r) => r.invoice.id)));
  const [pickError, setPickError] = useState(false);
  const [done, setDone] = useState<DossierExport | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPickError(selected.size === 0);
    if (selected.size === 0 || !templates) return;
    await flow.run(
      () =>
        exportDossier(db(), platform, data, [...selected], templates, new Date(), (fileName, exhibits) =>
          t('dossier.journal', { fileName, count: exhibits }),
        ),
      (r) => {
        if (r.saved.status === 'saved' && r.result.warnings.length === 0)
          onDone(t('dossier.saved', { fileName: r.fileName }));
        else setDone(r);
      },
    );
  }

  if (done) {
    return (
      <Dialog title={t('dossier.title')} onClose={onClose}>
        {done.saved.status === 'saved' ? (
          <p className="alert ok" role="status">
            {t('dossier.saved', { fileName: done.fileName })}
          </p>
        ) : (
          <p className="alert info" role="status">
            {t('dossier.cancelled')}
          </p>
        )}
        {done.result.warnings.map((w, i) => (
          <p key={i} className="alert warn">
            {flow.errorText(w)}
          </p>
        ))}
        <div className="form-actions">
          <button type="button" className="primary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('dossier.title')} onClose={onClose}>
      <p className="muted">{t('dossier.intro')}</p>
      <form onSubmit={submit} noValidate className="cf-dialog-form">
        <InvoicePicker
          rows={rows}
          selected={selected}
          onChange={setSelected}
          legend={t('dossier.invoices')}
          error={pickError ? flow.errorText({ code: 'followUp.noInvoice' }) : null}
        />
        {flow.busy ? (
          <p className="muted" role="status">
            {t('dossier.building')}
          </p>
        ) : null}
        <FormButtons
          error={flow.error}
          busy={flow.busy || !templates}
          submit={t('dossier.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
