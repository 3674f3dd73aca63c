import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import type { CompanySettings, IsoDate } from '../../domain/model';
import { platform } from '../../platform';
import { useNavigation } from '../../state/navigation';
import type { ActionTarget } from '../actions/actionTarget';
import { generateLetter, type GeneratedLetter } from '../actions/generateLetter';
import type { Flow } from '../components/useFlow';

interface Props {
  actionKey: string;
  target: ActionTarget;
  company: CompanySettings;
  today: IsoDate;
  runner: Flow;
  onGenerated: (documentId: string) => void;
}

/** A letter or a registered letter: the Word file (downloaded, kept in the database) or the print preview. */
export function LetterPanel({ actionKey, target, company, today, runner, onGenerated }: Props) {
  const { t } = useTranslation('today');
  const navigate = useNavigation((s) => s.navigate);
  const [generated, setGenerated] = useState<GeneratedLetter | null>(null);

  const generate = () =>
    runner.run(
      () => generateLetter(db(), platform, { target, company, today }),
      (g) => {
        setGenerated(g);
        onGenerated(g.document.id);
        if (g.saved.status === 'failed')
          runner.setError(t('action.saveFailed', { message: g.saved.message }));
      },
    );

  return (
    <div className="action-panel">
      <div className="toolbar">
        <button type="button" className="primary" disabled={runner.busy} onClick={() => void generate()}>
          {t('buttons.generateLetter')}
        </button>
        <button
          type="button"
          disabled={runner.busy}
          onClick={() => navigate({ screen: 'print', batch: actionKey })}
        >
          {t('buttons.printLetter')}
        </button>
      </div>
      {generated ? (
        <div className="alert ok" role="status">
          {t('letter.generated', { fileName: generated.letter.fileName })}
          {generated.letter.missing.length > 0 ? (
            <div className="muted">
              {t('letter.missing', { list: generated.letter.missing.map((m) => `{{${m}}}`).join(', ') })}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
