import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { applyImport, type ImportSummary } from '../../db/import/applyImport';
import type { ImportIssue } from '../../domain/import/plan';
import type { DomainError } from '../../domain/result';
import { useCompanySettings } from '../../state/companySettings';
import { useToday } from '../components/useToday';
import { useFormat } from '../components/useFormat';
import { ClientsPreview, InvoicesPreview } from './CsvPreview';
import type { FecRequest, FecResponse } from './fecMessages';
import { baseName, fileBytes } from './fileBytes';
import { ImportResult } from './ImportResult';
import { IssuesTable } from './IssuesTable';
import { useImportText } from './useImportText';

type Done = Extract<FecResponse, { type: 'done' }>;
type State =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; done: number; total: number }
  | { step: 'failed'; error: DomainError }
  | { step: 'preview'; fileName: string; result: Done };

/**
 * Import FEC: the file is read by a worker (progress bar, Cancel), then everything Recouvre
 * found and guessed is shown — customers, open invoices, opening balances — before
 * "Importer" writes it, all or nothing.
 */
export function FecImport() {
  const { t } = useTranslation('import');
  const text = useImportText();
  const f = useFormat();
  const paymentTermsDays = useCompanySettings((s) => s.settings.paymentTermsDays);
  const today = useToday();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dbErrors, setDbErrors] = useState<ImportIssue[]>([]);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);
  // Writing a year of invoices takes seconds: a second click before React re-renders the
  // disabled button must not start a second transaction.
  const applying = useRef(false);
  const worker = useRef<Worker | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const onFile = async (picked: File | undefined) => {
    stop();
    setSummary(null);
    setDbErrors([]);
    if (!picked) return;
    setState({ step: 'reading', fileName: picked.name, done: 0, total: 0 });
    const bytes = await fileBytes(picked);
    const w = new Worker(new URL('./fecWorker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<FecResponse>) => {
      const m = e.data;
      if (m.type === 'progress')
        setState({ step: 'reading', fileName: picked.name, done: m.done, total: m.total });
      else {
        stop();
        setState(
          m.type === 'failed'
            ? { step: 'failed', error: m.error }
            : { step: 'preview', fileName: picked.name, result: m },
        );
      }
    };
    w.onerror = () => {
      stop();
      setState({ step: 'failed', error: { code: 'screen.workerFailed' } });
    };
    const request: FecRequest = {
      bytes: bytes.buffer as ArrayBuffer,
      fileName: picked.name,
      sourceName: `fec:${baseName(picked.name).replace(/FEC\d{8}.*$/i, '')}`,
      paymentTermsDays,
    };
    w.postMessage(request, [request.bytes]);
  };

  const cancel = () => {
    stop();
    setState({ step: 'failed', error: { code: 'import.cancelled' } });
    if (input.current) input.current.value = '';
  };

  const onImport = async () => {
    if (state.step !== 'preview' || applying.current) return;
    applying.current = true;
    setBusy(true);
    try {
      const r = await applyImport(db(), state.result.plan, { today });
      if (r.ok) {
        setSummary(r.summary);
        setState({ step: 'idle' });
        if (input.current) input.current.value = '';
      } else setDbErrors(r.errors);
    } finally {
      applying.current = false;
      setBusy(false);
    }
  };

  const plan = state.step === 'preview' ? state.result.plan : null;
  const issues = [...(plan?.errors ?? []), ...dbErrors];
  const openings = plan?.invoices.filter((i) => i.openingBalance).length ?? 0;
  return (
    <section className="card" aria-labelledby="fec-title" aria-busy={busy}>
      <h2 id="fec-title">{t('screen.fecTitle')}</h2>
      <p className="muted">{t('screen.fecIntro')}</p>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('screen.fecFile')}</span>
          <input
            ref={input}
            type="file"
            accept=".txt,.csv,text/plain"
            disabled={busy}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
      </div>

      {state.step === 'reading' && (
        <div className="progress-row" role="status">
          <label>
            {t('screen.reading', { name: state.fileName })}
            <progress max={state.total || 1} value={state.done} aria-label={t('screen.progress')} />
          </label>
          <span className="muted">
            {state.total > 0
              ? t('screen.linesRead', { done: f.number(state.done), total: f.number(state.total) })
              : ''}
          </span>
          <button type="button" onClick={cancel}>
            {t('screen.cancel')}
          </button>
        </div>
      )}
      {state.step === 'failed' && (
        <p className="alert error" role="alert">
          {text.issue({
            line: 0,
            code: state.error.code,
            ...(state.error.params ? { params: state.error.params } : {}),
          })}
        </p>
      )}
      {summary && <ImportResult summary={summary} />}

      {state.step === 'preview' && plan && (
        <>
          <p className="detected" role="status">
            {t('screen.fecDetected', {
              encoding: t(`encodings.${state.result.encoding}`),
              separator: t(`separators.${state.result.separator}`),
              lines: f.number(state.result.lineCount),
              customers: plan.clients.length,
              invoices: plan.invoices.length,
              balance: f.money(state.result.openBalance),
            })}
          </p>
          {plan.guesses.length > 0 && (
            <div className="alert info">
              <p>
                <strong>{t('screen.guessesTitle')}</strong>
              </p>
              <ul>
                {plan.guesses.map((g, k) => (
                  <li key={k}>{text.guess(g)}</li>
                ))}
              </ul>
            </div>
          )}
          <h3>{t('screen.customersTitle')}</h3>
          <ClientsPreview plan={plan} />
          <h3>{t('screen.openInvoicesTitle')}</h3>
          {openings > 0 && <p className="muted">{t('screen.openingBalances', { count: openings })}</p>}
          <InvoicesPreview
            plan={plan}
            title={t('screen.previewOpen', {
              count: plan.invoices.length,
              shown: Math.min(10, plan.invoices.length),
            })}
          />
          <IssuesTable issues={issues} />
          <div className="save-bar">
            <span className="muted">
              {issues.length > 0 ? t('screen.fixFirst') : t('screen.allOrNothing')}
            </span>
            <button
              type="button"
              className="primary"
              disabled={issues.length > 0 || busy}
              aria-busy={busy}
              onClick={() => void onImport()}
            >
              {t('screen.import')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
