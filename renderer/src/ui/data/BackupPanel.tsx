import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  backupFileName,
  exportBackup,
  previewBackup,
  restoreBackup,
  type BackupPreview,
} from '../../db/backup/backup';
import { db } from '../../db/database';
import type { DomainError } from '../../domain/result';
import { platform } from '../../platform';
import { useToday } from '../components/useToday';
import { Dialog } from '../components/Dialog';
import { useErrorText } from '../components/useErrorText';
import { useFormat } from '../components/useFormat';
import { fileBytes } from './fileBytes';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Sauvegarde: the whole database in one ZIP (documents included), and back. A restore
 * shows what the file holds first and asks before replacing anything; the restore
 * itself is all or nothing.
 */
export function BackupPanel() {
  const { t } = useTranslation('import');
  const errorText = useErrorText('import');
  const f = useFormat();
  const today = useToday();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ name: string; bytes: Uint8Array; preview: BackupPreview } | null>(
    null,
  );
  const [confirming, setConfirming] = useState(false);

  const fail = (e: DomainError) => setMessage({ kind: 'error', text: errorText(e) ?? e.code });

  const onExport = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const bytes = await exportBackup(db(), { now: new Date(), appVersion: __APP_VERSION__ });
      const r = await platform.saveFile({
        fileName: backupFileName(today),
        mimeType: 'application/zip',
        bytes,
      });
      if (r.status === 'saved')
        setMessage({ kind: 'ok', text: t('screen.backupSaved', { name: r.path ?? backupFileName(today) }) });
      else if (r.status === 'failed')
        setMessage({ kind: 'error', text: t('screen.backupFailed', { reason: r.message }) });
    } finally {
      setBusy(false);
    }
  };

  const onPick = async (file: File | undefined) => {
    setMessage(null);
    setPending(null);
    if (!file) return;
    const bytes = await fileBytes(file);
    const preview = await previewBackup(bytes);
    if (!preview.ok) fail(preview.error);
    else setPending({ name: file.name, bytes, preview: preview.value });
  };

  const onRestore = async () => {
    if (!pending) return;
    setConfirming(false);
    setBusy(true);
    try {
      const r = await restoreBackup(db(), pending.bytes);
      if (!r.ok) fail(r.error);
      else {
        setMessage({
          kind: 'ok',
          text: t('screen.restored', { date: f.date(r.value.createdAt.slice(0, 10)) }),
        });
        setPending(null);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('screen.backupTitle')}</h2>
      <p className="muted">
        {platform.automaticBackups ? t('screen.backupIntroDesktop') : t('screen.backupIntroWeb')}
      </p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy} onClick={() => void onExport()}>
          {t('screen.export')}
        </button>
        <label className="button">
          {t('screen.restore')}
          <input
            type="file"
            className="visually-hidden"
            accept=".zip,application/zip"
            onChange={(e) => {
              void onPick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {message && (
        <p className={`alert ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {pending && (
        <div className="backup-preview">
          <h3>{t('screen.backupContent', { name: pending.name })}</h3>
          <dl className="facts">
            <dt>{t('screen.backupDate')}</dt>
            <dd>{new Date(pending.preview.createdAt).toLocaleString(f.lang === 'en' ? 'en-GB' : 'fr-FR')}</dd>
            <dt>{t('screen.backupSchema')}</dt>
            <dd>{pending.preview.schemaVersion}</dd>
            <dt>{t('screen.backupApp')}</dt>
            <dd>{pending.preview.appVersion}</dd>
          </dl>
          <table className="data counts">
            <thead>
              <tr>
                <th>{t('screen.table')}</th>
                <th className="num">{t('screen.rows')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(pending.preview.counts).map(([table, n]) => (
                <tr key={table}>
                  <td>{t(`screen.tables.${table}`, { defaultValue: table })}</td>
                  <td className="num">{f.number(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="save-bar">
            <button type="button" onClick={() => setPending(null)}>
              {t('screen.cancel')}
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => setConfirming(true)}>
              {t('screen.restoreThis')}
            </button>
          </div>
        </div>
      )}
      {confirming && pending && (
        <Dialog title={t('screen.restoreConfirmTitle')} onClose={() => setConfirming(false)}>
          <p>
            {t('screen.restoreConfirmText', {
              date: new Date(pending.preview.createdAt).toLocaleString(f.lang === 'en' ? 'en-GB' : 'fr-FR'),
            })}
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => setConfirming(false)}>
              {t('screen.cancel')}
            </button>
            <button type="button" className="danger" onClick={() => void onRestore()}>
              {t('screen.restoreConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
