import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import type { CompanySettings, IsoDate } from '../../domain/model';
import { platform } from '../../platform';
import type { ActionTarget } from '../actions/actionTarget';
import { markEmailSent, prepareEmail, saveEmailDraft, type PreparedEmail } from '../actions/prepareEmail';
import type { Flow } from '../components/useFlow';

interface Props {
  target: ActionTarget;
  company: CompanySettings;
  today: IsoDate;
  runner: Flow;
}

/**
 * The e-mail goes through the user's own mail client: the mailto link opens it with the
 * text written; the .eml draft carries the attachments a link cannot. Once sent, the user
 * says so and the draft is kept as the copy sent.
 */
export function EmailPanel({ target, company, today, runner }: Props) {
  const { t } = useTranslation('today');
  const [email, setEmail] = useState<PreparedEmail | null>(null);

  const open = () =>
    runner.run(
      () => prepareEmail(db(), { target, company, today, now: new Date() }),
      (prepared) => {
        setEmail(prepared);
        void platform.openMailDraft({ mailtoUrl: prepared.composed.mailto.url }).catch(() => undefined);
      },
    );

  const download = async (prepared: PreparedEmail) => {
    const saved = await saveEmailDraft(platform, prepared);
    if (saved.status === 'failed') runner.setError(t('action.saveFailed', { message: saved.message }));
  };

  return (
    <div className="action-panel">
      <div className="toolbar">
        <button type="button" className="primary" disabled={runner.busy} onClick={() => void open()}>
          {t('buttons.openEmail')}
        </button>
      </div>
      {email ? (
        <div className="email-draft">
          <dl className="email-meta">
            <dt>{t('email.to')}</dt>
            <dd>{[...email.composed.to, ...email.composed.cc].map((m) => m.address).join(', ')}</dd>
            <dt>{t('email.subject')}</dt>
            <dd>{email.composed.subject}</dd>
            {email.attachments.length > 0 ? (
              <>
                <dt>{t('email.attachments')}</dt>
                <dd>{email.attachments.map((a) => a.fileName).join(', ')}</dd>
              </>
            ) : null}
          </dl>
          {email.composed.mailto.truncated ? (
            <p className="alert warn" role="status">
              {t('email.truncated')}
            </p>
          ) : null}
          {email.composed.missing.length > 0 ? (
            <p className="alert warn" role="status">
              {t('letter.missing', { list: email.composed.missing.map((m) => `{{${m}}}`).join(', ') })}
            </p>
          ) : null}
          <div className="toolbar">
            <a
              className="button"
              href={email.composed.mailto.url}
              onClick={(e) => {
                e.preventDefault();
                void platform.openMailDraft({ mailtoUrl: email.composed.mailto.url }).catch(() => undefined);
              }}
            >
              {t('buttons.openMailClient')}
            </a>
            <button type="button" disabled={runner.busy} onClick={() => void download(email)}>
              {t('buttons.downloadEml')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={runner.busy}
              onClick={() => void runner.run(() => markEmailSent(db(), email))}
            >
              {t('buttons.markSent')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
