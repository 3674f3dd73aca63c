import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUps } from '../../../db/followUps';
import type { Invoice, JournalEntry, StoredDocument } from '../../../domain/model';
import { formatRegisteredNumber } from '../../../domain/validation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../components/useFormat';
import { DocumentLink } from './DocumentLink';
import { FileTable } from './FileTable';
import { useFlow } from '../../components/useFlow';
import { InvoiceNumbers } from './InvoiceNumbers';

interface Props {
  journal: JournalEntry[];
  invoices: Invoice[];
  documents: StoredDocument[];
  followUps: FollowUps;
  onTrack: (entry: JournalEntry) => void;
  onNote: () => void;
  onCall: () => void;
  onStep: () => void;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** A registered letter sent (a step recorded done) carries La Poste's tracking. */
export function isTrackable(e: JournalEntry): boolean {
  return e.type === 'step' && e.channel === 'registered-letter' && e.outcome === 'done';
}

/** Everything done for the client, newest first, with the letters and e-mails kept as sent. */
export function ChronologyTab({
  journal,
  invoices,
  documents,
  followUps,
  onTrack,
  onNote,
  onCall,
  onStep,
}: Props) {
  const { t } = useTranslation('clientFile');
  const td = useTranslation('dunning').t;
  const { shortDate, money } = useFormat();
  const flow = useFlow('clientFile');
  const numbers = useMemo(() => new Map(invoices.map((i) => [i.id, i.number])), [invoices]);
  const docs = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const entries = useMemo(() => [...journal].reverse(), [journal]);

  /**
   * What the entry says, completed from the promise or plan it records: by its id, or for
   * entries written before the journal kept it, by the day it was made and its invoices.
   */
  const detail = (e: JournalEntry): string | null => {
    if (e.type === 'promise') {
      const p = followUps.promises.find((x) =>
        e.followUpId !== undefined
          ? x.id === e.followUpId
          : x.madeOn === e.date && sameSet(x.invoiceIds, e.invoiceIds),
      );
      if (p) return t('chronology.promise', { amount: money(p.amount), date: shortDate(p.promisedDate) });
    }
    if (e.type === 'payment-plan') {
      const p = followUps.plans.find((x) =>
        e.followUpId !== undefined
          ? x.id === e.followUpId
          : x.createdOn === e.date && sameSet(x.invoiceIds, e.invoiceIds),
      );
      if (p) {
        const total = p.instalments.reduce((s, i) => s + i.amount, 0);
        return t('chronology.plan', { count: p.instalments.length, amount: money(total) });
      }
    }
    return null;
  };

  return (
    <div className="cf-tab">
      <div className="toolbar cf-tab-toolbar">
        <button type="button" onClick={onNote}>
          {t('actions.note')}
        </button>
        <button type="button" onClick={onCall}>
          {t('actions.call')}
        </button>
        <button type="button" onClick={onStep}>
          {t('actions.step')}
        </button>
      </div>
      <ErrorAlert message={flow.error} />
      <FileTable
        className="cf-chronology"
        caption={t('chronology.caption')}
        columns={[
          { label: t('chronology.date') },
          { label: t('chronology.type') },
          { label: t('chronology.step') },
          { label: t('chronology.channel') },
          { label: t('chronology.note') },
          { label: t('chronology.registered') },
          { label: t('chronology.documents') },
        ]}
        empty={t('chronology.empty')}
        rowCount={entries.length}
      >
        {entries.map((e) => {
          const r = e.registered;
          const extra = detail(e);
          const nums = e.invoiceIds.flatMap((id) => numbers.get(id) ?? []);
          return (
            <tr key={e.id}>
              <td className="cf-nowrap">{shortDate(e.date)}</td>
              <td>
                {t(`journalTypes.${e.type}`)}
                {nums.length > 0 ? (
                  <span className="cf-invoice-numbers muted">
                    <InvoiceNumbers numbers={nums} />
                  </span>
                ) : null}
              </td>
              <td>
                {e.stepKind ? td(`stepKinds.${e.stepKind}`) : ''}
                {e.outcome ? (
                  <span className={`pill ${e.outcome === 'done' ? 'ok' : ''}`}>
                    {e.outcome === 'postponed' && e.postponedTo
                      ? t('chronology.postponedTo', { date: shortDate(e.postponedTo) })
                      : td(`outcomes.${e.outcome}`)}
                  </span>
                ) : null}
              </td>
              <td>{e.channel ? td(`channelsShort.${e.channel}`) : ''}</td>
              <td className="cf-note">
                {extra ? <span className="cf-detail">{extra}</span> : null}
                {e.note ?? ''}
              </td>
              <td className="cf-registered">
                {r?.number ? (
                  <span className="cf-nowrap cf-lrar-number">{formatRegisteredNumber(r.number)}</span>
                ) : null}
                {r?.depositDate ? (
                  <span>{t('chronology.deposit', { date: shortDate(r.depositDate) })}</span>
                ) : null}
                {r?.firstPresentationDate ? (
                  <span>{t('chronology.presented', { date: shortDate(r.firstPresentationDate) })}</span>
                ) : null}
                {r?.deliveredDate ? (
                  <span>{t('chronology.delivered', { date: shortDate(r.deliveredDate) })}</span>
                ) : null}
                {r?.returnedDate ? (
                  <span className="pill warn">
                    {t('chronology.returned', {
                      date: shortDate(r.returnedDate),
                      reason: r.returnReason ? t(`registered.reasons.${r.returnReason}`) : '',
                    })}
                  </span>
                ) : null}
                {isTrackable(e) ? (
                  <button type="button" className="link" onClick={() => onTrack(e)}>
                    {t('chronology.track')}
                  </button>
                ) : null}
              </td>
              <td>
                {(e.documentIds ?? []).map((id) => {
                  const d = docs.get(id);
                  return d ? <DocumentLink key={id} document={d} flow={flow} /> : null;
                })}
              </td>
            </tr>
          );
        })}
      </FileTable>
    </div>
  );
}
