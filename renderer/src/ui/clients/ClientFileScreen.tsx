import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClients, useTemplates } from '../../db/hooks';
import { isInCollectiveProcedure } from '../../domain/dunning';
import type { Dispute, JournalEntry } from '../../domain/model';
import { platform } from '../../platform';
import { useNavigation } from '../../state/navigation';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormat } from '../components/useFormat';
import { ClientForm } from '../forms/ClientForm';
import { CreditNoteForm } from '../forms/CreditNoteForm';
import { InvoiceForm } from '../forms/InvoiceForm';
import { PaymentForm } from '../forms/PaymentForm';
import { ChronologyTab } from './file/ChronologyTab';
import { DocumentsTab } from './file/DocumentsTab';
import { FollowUpsTab } from './file/FollowUpsTab';
import { IdentityCard } from './file/IdentityCard';
import { InsolvencyBanner } from './file/InsolvencyBanner';
import { InvoicesTab } from './file/InvoicesTab';
import { PenaltiesTab } from './file/PenaltiesTab';
import { StatsBar } from './file/StatsBar';
import { CallDialog } from './file/dialogs/CallDialog';
import { DisputeDialog } from './file/dialogs/DisputeDialog';
import { DossierDialog } from './file/dialogs/DossierDialog';
import { LetterDialog } from './file/dialogs/LetterDialog';
import { NoteDialog } from './file/dialogs/NoteDialog';
import { PlanDialog } from './file/dialogs/PlanDialog';
import { PromiseDialog } from './file/dialogs/PromiseDialog';
import { RegisteredDialog } from './file/dialogs/RegisteredDialog';
import { ResolveDisputeDialog } from './file/dialogs/ResolveDisputeDialog';
import { StepDialog } from './file/dialogs/StepDialog';
import { saveStatement } from './file/saveStatement';
import { useClientFileData } from './file/useClientFileData';
import { useFlow } from '../components/useFlow';
import './file/clientFile.css';

const TABS = ['invoices', 'chronology', 'followUps', 'penalties', 'documents'] as const;
type Tab = (typeof TABS)[number];

type Open =
  | {
      kind:
        | 'edit'
        | 'invoice'
        | 'payment'
        | 'creditNote'
        | 'promise'
        | 'dispute'
        | 'plan'
        | 'note'
        | 'call'
        | 'step'
        | 'letter'
        | 'dossier';
    }
  | { kind: 'resolve'; dispute: Dispute }
  | { kind: 'registered'; entry: JournalEntry };

/**
 * The client file ("fiche client"): who the client is, what it owes and since when, every
 * action taken, what it promised or contests, the penalties to date, its papers — and the
 * ways out: a statement of account, the lawyer's dossier.
 */
export function ClientFileScreen({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation('clientFile');
  const tf = useTranslation('forms').t;
  const data = useClientFileData(clientId);
  const clients = useClients();
  const templates = useTemplates();
  const navigate = useNavigation((s) => s.navigate);
  const [tab, setTab] = useState<Tab>('invoices');
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const statement = useFlow('clientFile');
  const { shortDate } = useFormat();
  // A notice is a sentence in the language it was written in: a language switch clears it.
  useEffect(() => setNotice(null), [i18n.language]);
  const segments = useMemo(
    () => [...new Set((clients ?? []).map((c) => c.segment?.trim() ?? '').filter((s) => s !== ''))].sort(),
    [clients],
  );

  const back = (
    <button type="button" className="link cf-back" onClick={() => navigate({ screen: 'clients' })}>
      {t('back')}
    </button>
  );
  if (data === undefined) {
    return (
      <section aria-busy="true" aria-labelledby="screen-title">
        {back}
        <h1 id="screen-title" className="visually-hidden">
          {t('loading')}
        </h1>
        <p className="muted">{t('loading')}</p>
      </section>
    );
  }
  if (data === null) {
    return (
      <section aria-labelledby="screen-title">
        {back}
        <h1 id="screen-title" className="visually-hidden">
          {t('notFound.title')}
        </h1>
        <EmptyState title={t('notFound.title')}>
          <p>{t('notFound.text')}</p>
        </EmptyState>
      </section>
    );
  }

  const { client, view } = data;
  // A debtor in a collective procedure is not written to: its claim is declared instead.
  const insolvent = isInCollectiveProcedure(client, data.today);
  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
  };
  const saved = (message: string) => (value?: unknown) => (value ? done(message) : close());

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`cf-tab-${next}`)?.focus();
  };

  const dialog = (() => {
    if (!open) return null;
    switch (open.kind) {
      case 'edit':
        return (
          <Dialog title={tf('client.titleEdit')} onClose={close}>
            <ClientForm client={client} segments={segments} onDone={saved(t('notices.clientSaved'))} />
          </Dialog>
        );
      case 'invoice':
        return (
          <Dialog title={`${tf('invoice.titleNew')} · ${client.name}`} onClose={close}>
            <InvoiceForm
              clientId={client.id}
              onDone={(inv) => (inv ? done(t('notices.invoiceSaved', { number: inv.number })) : close())}
            />
          </Dialog>
        );
      case 'payment':
        return (
          <Dialog title={`${tf('payment.title')} · ${client.name}`} onClose={close}>
            <PaymentForm clientId={client.id} onDone={saved(t('notices.paymentSaved'))} />
          </Dialog>
        );
      case 'creditNote':
        return (
          <Dialog title={`${t('invoices.creditNoteTitle')} · ${client.name}`} onClose={close}>
            <CreditNoteForm clientId={client.id} onDone={saved(t('notices.creditNoteSaved'))} />
          </Dialog>
        );
      case 'promise':
        return <PromiseDialog data={data} onClose={close} onDone={done} />;
      case 'dispute':
        return <DisputeDialog data={data} onClose={close} onDone={done} />;
      case 'resolve':
        return <ResolveDisputeDialog data={data} dispute={open.dispute} onClose={close} onDone={done} />;
      case 'plan':
        return <PlanDialog data={data} onClose={close} onDone={done} />;
      case 'note':
        return <NoteDialog data={data} onClose={close} onDone={done} />;
      case 'call':
        return <CallDialog data={data} onClose={close} onDone={done} />;
      case 'step':
        return <StepDialog data={data} onClose={close} onDone={done} />;
      case 'letter':
        return <LetterDialog data={data} onClose={close} onDone={done} />;
      case 'registered':
        return <RegisteredDialog entry={open.entry} onClose={close} onDone={done} />;
      case 'dossier':
        return <DossierDialog data={data} onClose={close} onDone={done} />;
    }
  })();

  return (
    <section aria-labelledby="screen-title" className="client-file">
      {back}
      <div className="screen-header">
        <h1 id="screen-title">{client.name}</h1>
        <div className="toolbar">
          <button
            type="button"
            disabled={view.openRows.length === 0 || insolvent}
            title={insolvent ? t('actions.letterInsolvency') : undefined}
            onClick={() => setOpen({ kind: 'letter' })}
          >
            {t('actions.letter')}
          </button>
          <button
            type="button"
            disabled={statement.busy || !templates}
            onClick={() =>
              void statement.run(
                () => saveStatement(platform, data, templates ?? []),
                (r) => r.status === 'saved' && setNotice(t('notices.statementSaved')),
              )
            }
          >
            {t('actions.statement')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={view.openRows.length === 0}
            title={view.openRows.length === 0 ? t('dossier.nothingOpen') : undefined}
            onClick={() => setOpen({ kind: 'dossier' })}
          >
            {t('actions.dossier')}
          </button>
        </div>
      </div>
      <ErrorAlert message={statement.error} />
      {notice ? (
        <div className="alert ok cf-notice" role="status">
          <span>{notice}</span>
          <button type="button" className="link" onClick={() => setNotice(null)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      ) : null}
      {view.limitation?.warning ? (
        <p className={`alert ${view.limitation.warning.daysLeft < 0 ? 'error' : 'warn'}`}>
          {view.limitation.warning.daysLeft < 0
            ? t('limitation.expired', {
                number: view.limitation.invoice.number,
                date: shortDate(view.limitation.date),
              })
            : t('limitation.soon', {
                number: view.limitation.invoice.number,
                date: shortDate(view.limitation.date),
                count: view.limitation.warning.daysLeft,
              })}
        </p>
      ) : null}
      <InsolvencyBanner client={client} today={data.today} />

      <div className="cf-top">
        <StatsBar view={view} />
        <IdentityCard client={client} scenarios={data.scenarios} onEdit={() => setOpen({ kind: 'edit' })} />
      </div>

      <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onTabKey}>
        {TABS.map((k) => (
          <button
            key={k}
            id={`cf-tab-${k}`}
            type="button"
            role="tab"
            aria-selected={tab === k}
            aria-controls={`cf-panel-${k}`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
          >
            {t(`tabs.${k}`)}
            {k === 'invoices' && view.openRows.length > 0 ? (
              <span className="badge">{view.openRows.length}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`cf-panel-${tab}`} aria-labelledby={`cf-tab-${tab}`}>
        {tab === 'invoices' ? (
          <InvoicesTab
            openRows={view.openRows}
            paidRows={view.paidRows}
            onNewInvoice={() => setOpen({ kind: 'invoice' })}
            onPayment={() => setOpen({ kind: 'payment' })}
            onCreditNote={() => setOpen({ kind: 'creditNote' })}
          />
        ) : null}
        {tab === 'chronology' ? (
          <ChronologyTab
            journal={data.journal}
            invoices={data.invoices}
            documents={data.documents}
            followUps={data.followUps}
            onTrack={(entry) => setOpen({ kind: 'registered', entry })}
            onNote={() => setOpen({ kind: 'note' })}
            onCall={() => setOpen({ kind: 'call' })}
            onStep={() => setOpen({ kind: 'step' })}
          />
        ) : null}
        {tab === 'followUps' ? (
          <FollowUpsTab
            followUps={data.followUps}
            invoices={data.invoices}
            view={view}
            today={data.today}
            onPromise={() => setOpen({ kind: 'promise' })}
            onDispute={() => setOpen({ kind: 'dispute' })}
            onPlan={() => setOpen({ kind: 'plan' })}
            onResolve={(dispute) => setOpen({ kind: 'resolve', dispute })}
          />
        ) : null}
        {tab === 'penalties' ? (
          <PenaltiesTab client={client} penalties={view.penalties} today={data.today} />
        ) : null}
        {tab === 'documents' ? (
          <DocumentsTab
            clientId={client.id}
            invoices={data.invoices}
            documents={data.documents}
            timeZone={data.company.timeZone}
          />
        ) : null}
      </div>
      {dialog}
    </section>
  );
}
