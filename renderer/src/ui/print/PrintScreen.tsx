import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { letterContent } from '../../documents/letters/content';
import { buildRegisteredMailList } from '../../documents/letters/registeredMailList';
import { LETTER_CSS, letterContentHtml } from '../../documents/print/letterHtml';
import { platform } from '../../platform';
import { useNavigation } from '../../state/navigation';
import { DOCX_MIME } from '../actions/letterFile';
import { useLoadedCompanySettings } from '../components/useToday';
import { EmptyState } from '../components/EmptyState';
import { useErrorText } from '../components/useErrorText';
import { useFormat } from '../components/useFormat';
import { useTodayOverview } from '../today/useTodayOverview';
import { batchActions, loadPrintLetters, type PrintLetter } from './printBatch';
import { RegisteredSheet } from './RegisteredSheet';
import './print.css';

/**
 * The print preview: the letters exactly as the Word files say them (same content model),
 * one per page, then the registered letters' sheet for the post office. "Imprimer" prints
 * this window; the app's frame and these buttons stay off the paper.
 */
export function PrintScreen({ batch }: { batch: string }) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const errorText = useErrorText('today');
  const navigate = useNavigation((s) => s.navigate);
  const company = useLoadedCompanySettings();
  const overview = useTodayOverview();
  const actions = useMemo(() => (overview ? batchActions(overview.actions, batch) : null), [overview, batch]);
  const [letters, setLetters] = useState<PrintLetter[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = overview?.today;

  useEffect(() => {
    if (!actions || !today) return;
    let current = true;
    loadPrintLetters(db(), actions, company, today).then(
      (r) => {
        if (!current) return;
        if (r.ok) setLetters(r.value);
        else setError(errorText(r.error));
      },
      (e: Error) =>
        current && setError(errorText({ code: 'action.unexpected', params: { message: e.message } })),
    );
    return () => {
      current = false;
    };
    // errorText is rebuilt on each render; the letters depend on the data only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actions, company, today]);

  const html = useMemo(
    () => (letters ?? []).map((l) => letterContentHtml(letterContent(l.input))).join('\n'),
    [letters],
  );
  const registered = (letters ?? [])
    .filter((l) => l.action.step.channel === 'registered-letter')
    .map((l) => l.client);

  const downloadList = async () => {
    if (!today) return;
    const bytes = await buildRegisteredMailList({
      company,
      today,
      lang: format.lang,
      letters: registered.map((client) => ({ client })),
    });
    const saved = await platform.saveFile({
      fileName: t('print.registeredFile', { date: today }),
      mimeType: DOCX_MIME,
      bytes,
    });
    if (saved.status === 'failed') setError(t('action.saveFailed', { message: saved.message }));
  };

  return (
    <section className="print-preview" aria-labelledby="screen-title">
      <div className="screen-header no-print">
        <h1 id="screen-title">{t('print.title')}</h1>
        <div className="toolbar">
          <button type="button" onClick={() => navigate({ screen: 'today' })}>
            {t('print.back')}
          </button>
          {registered.length > 0 ? (
            <button type="button" onClick={() => void downloadList()}>
              {t('print.downloadRegistered')}
            </button>
          ) : null}
          <button
            type="button"
            className="primary"
            disabled={!letters || letters.length === 0}
            onClick={() => void platform.print()}
          >
            {t('print.print')}
          </button>
        </div>
      </div>
      {error ? (
        <p className="alert error no-print" role="alert">
          {error}
        </p>
      ) : null}
      {letters === null && !error ? (
        <p className="muted no-print" role="status">
          {t('print.loading')}
        </p>
      ) : null}
      {letters !== null && letters.length === 0 ? (
        <div className="no-print">
          <EmptyState title={t('print.empty')} />
        </div>
      ) : null}
      {letters !== null && letters.length > 0 ? (
        <>
          <p className="muted no-print">{t('print.count', { count: letters.length })}</p>
          <style>{LETTER_CSS}</style>
          <div className="sheets letters">
            {/* The HTML is built by documents/print from escaped data only (no script, no external resource). */}
            <div className="sheets" dangerouslySetInnerHTML={{ __html: html }} />
            {registered.length > 0 && today ? (
              <RegisteredSheet company={company} today={today} lang={format.lang} clients={registered} />
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
