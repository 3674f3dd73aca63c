import { useTranslation } from 'react-i18next';
import { db } from '../../../db/database';
import type { StoredDocument } from '../../../domain/model';
import { platform } from '../../../platform';
import type { Flow } from '../../components/useFlow';
import { downloadDocument } from './downloadDocument';

/** A kept letter, e-mail or attachment by its file name: a click saves the very bytes stored. */
export function DocumentLink({ document, flow }: { document: StoredDocument; flow: Flow }) {
  const { t } = useTranslation('clientFile');
  return (
    <button
      type="button"
      className="link cf-doc-link"
      disabled={flow.busy}
      onClick={() => void flow.run(() => downloadDocument(db(), platform, document))}
      aria-label={t('documents.downloadNamed', { name: document.fileName })}
    >
      {document.fileName}
    </button>
  );
}
