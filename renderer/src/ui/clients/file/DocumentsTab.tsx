import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../db/attachments';
import { db } from '../../../db/database';
import { todayIn } from '../../../domain/dates';
import type { Invoice, StoredDocument } from '../../../domain/model';
import type { DomainError } from '../../../domain/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useErrorText } from '../../components/useErrorText';
import { useFormat } from '../../components/useFormat';
import {
  ATTACH_KINDS,
  attachDocuments,
  readFiles,
  sizeErrors,
  type AttachedLine,
  type AttachKind,
} from './attachDocuments';
import { DocumentLink } from './DocumentLink';
import { FileTable } from './FileTable';
import { useFlow } from '../../components/useFlow';
import { InvoiceNumbers } from './InvoiceNumbers';

interface Props {
  clientId: string;
  invoices: Invoice[];
  documents: StoredDocument[];
  timeZone: string;
}

/**
 * The client's papers: invoice PDFs, delivery notes, terms of sale, AR card scans (dropped
 * here or chosen with the button), and the letters and e-mails kept as sent. They go
 * into the lawyer's dossier as numbered exhibits.
 */
export function DocumentsTab({ clientId, invoices, documents, timeZone }: Props) {
  const { t } = useTranslation('clientFile');
  const errorText = useErrorText('clientFile');
  const { shortDate, number } = useFormat();
  const flow = useFlow('clientFile');
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<AttachKind>('auto');
  const [over, setOver] = useState(false);
  const [errors, setErrors] = useState<DomainError[]>([]);
  const [attached, setAttached] = useState<AttachedLine[] | null>(null);
  const numbers = useMemo(() => new Map(invoices.map((i) => [i.id, i.number])), [invoices]);

  async function attach(list: File[]) {
    if (list.length === 0) return;
    setAttached(null);
    const tooLarge = sizeErrors(list);
    setErrors(tooLarge);
    if (tooLarge.length > 0) return;
    await flow.run(async () => {
      const r = await attachDocuments(db(), clientId, await readFiles(list), kind);
      if (r.ok) setAttached(r.attached);
      else setErrors(r.errors);
      return { ok: true, value: null };
    });
    if (input.current) input.current.value = '';
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void attach([...e.dataTransfer.files]);
  };
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('documents.kb', { n: number(Math.max(1, Math.round(bytes / 1024))) })
      : t('documents.mb', { n: number(bytes / 1024 / 1024, 1) });

  return (
    <div className="cf-tab">
      <div
        className={`cf-drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        aria-busy={flow.busy}
      >
        <p>{t('documents.drop')}</p>
        <div className="cf-drop-controls">
          <label className="cf-kind">
            <span>{t('documents.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as AttachKind)}>
              {ATTACH_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`documents.attachKinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="button primary cf-file-button">
            {t('documents.choose')}
            <input
              ref={input}
              type="file"
              multiple
              className="visually-hidden"
              onChange={(e) => void attach([...(e.target.files ?? [])])}
            />
          </label>
        </div>
        <p className="muted cf-footnote">
          {t('documents.limit', { mb: number(MAX_ATTACHMENT_BYTES / 1024 / 1024) })}
        </p>
      </div>
      {errors.map((e, i) => (
        <p key={i} className="alert error" role="alert">
          {errorText(e)}
        </p>
      ))}
      <ErrorAlert message={flow.error} />
      {attached ? (
        <div className="alert ok" role="status">
          <p>{t('documents.attached', { count: attached.length })}</p>
          <ul>
            {attached.map((a, i) => (
              <li key={i}>
                {a.invoiceNumber
                  ? t('documents.matched', {
                      name: a.fileName,
                      number: a.invoiceNumber,
                      kind: t(`documents.kinds.${a.kind}`),
                    })
                  : t('documents.unmatched', { name: a.fileName, kind: t(`documents.kinds.${a.kind}`) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FileTable
        className="cf-documents"
        caption={t('documents.caption')}
        columns={[
          { label: t('documents.file') },
          { label: t('documents.kindColumn') },
          { label: t('documents.invoices') },
          { label: t('documents.date') },
          { label: t('documents.size'), num: true },
          { label: t('documents.sha256') },
        ]}
        empty={t('documents.empty')}
        rowCount={documents.length}
      >
        {documents.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              <DocumentLink document={d} flow={flow} />
            </th>
            <td>{t(`documents.kinds.${d.kind}`)}</td>
            <td>
              <InvoiceNumbers numbers={d.invoiceIds.flatMap((id) => numbers.get(id) ?? [])} />
            </td>
            <td>{shortDate(todayIn(timeZone, new Date(d.createdAt)))}</td>
            <td className="num">{size(d.size)}</td>
            <td>
              <code title={d.sha256}>{d.sha256.slice(0, 12)}</code>
            </td>
          </tr>
        ))}
      </FileTable>
    </div>
  );
}
