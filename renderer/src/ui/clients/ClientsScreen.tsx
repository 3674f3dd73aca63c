import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClients } from '../../db/hooks';
import type { Client } from '../../domain/model';
import { useNavigation } from '../../state/navigation';
import { useAgingData } from '../aging/useAgingData';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { LoadDemoButton } from '../settings/LoadDemoButton';
import { useFormat } from '../components/useFormat';
import { ClientForm } from '../forms/ClientForm';
import { InvoiceForm } from '../forms/InvoiceForm';
import { PaymentForm } from '../forms/PaymentForm';
import { clientListRows, searchClients, type ClientListRow } from './clientList';
import './clients.css';

type Open = { form: 'client' } | { form: 'invoice' | 'payment'; client: Client } | null;

const ROW_HEIGHT = 41;

/**
 * Every client with what it owes and how late, a search box, and the entry points of the
 * day's typing: a new client, and for each client a new invoice or a payment received.
 */
export function ClientsScreen() {
  const { t } = useTranslation('clients');
  const tf = useTranslation('forms').t;
  const clients = useClients();
  const aging = useAgingData();
  const navigate = useNavigation((s) => s.navigate);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ text: string; client?: Client } | null>(null);
  const all = useMemo(() => clientListRows(clients ?? [], aging?.rows), [clients, aging]);
  const rows = useMemo(() => searchClients(all, search), [all, search]);
  const segments = useMemo(
    () => [...new Set((clients ?? []).map((c) => c.segment?.trim() ?? '').filter((s) => s !== ''))].sort(),
    [clients],
  );

  const close = () => setOpen(null);
  const dialog =
    open === null ? null : open.form === 'client' ? (
      <Dialog title={tf('client.titleNew')} onClose={close}>
        <ClientForm
          segments={segments}
          onDone={(saved) => {
            close();
            if (saved) setNotice({ text: t('created', { name: saved.name }), client: saved });
          }}
        />
      </Dialog>
    ) : (
      <Dialog
        title={`${open.form === 'invoice' ? tf('invoice.titleNew') : tf('payment.title')} · ${open.client.name}`}
        onClose={close}
      >
        {open.form === 'invoice' ? (
          <InvoiceForm
            clientId={open.client.id}
            onDone={(saved) => {
              close();
              if (saved)
                setNotice({ text: t('invoiceSaved', { number: saved.number, name: open.client.name }) });
            }}
          />
        ) : (
          <PaymentForm
            clientId={open.client.id}
            onDone={(saved) => {
              close();
              if (saved) setNotice({ text: t('paymentSaved', { name: open.client.name }) });
            }}
          />
        )}
      </Dialog>
    );

  const header = (
    <div className="screen-header">
      <h1 id="screen-title">{t('title')}</h1>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setOpen({ form: 'client' })}>
          {t('newClient')}
        </button>
      </div>
    </div>
  );

  if (!clients) {
    return (
      <section aria-labelledby="screen-title" aria-busy="true">
        {header}
        <p className="muted">{t('loading')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="screen-title" className="clients-screen">
      {header}
      {notice ? (
        <div className="alert ok clients-notice" role="status">
          <span>{notice.text}</span>
          {notice.client ? (
            <button
              type="button"
              className="link"
              onClick={() => navigate({ screen: 'client', clientId: notice.client!.id })}
            >
              {t('openFile')}
            </button>
          ) : null}
          <button type="button" className="link" onClick={() => setNotice(null)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      ) : null}
      {clients.length === 0 ? (
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.text')}</p>
          <button type="button" className="primary" onClick={() => setOpen({ form: 'client' })}>
            {t('newClient')}
          </button>{' '}
          <LoadDemoButton />
        </EmptyState>
      ) : (
        <>
          <div className="clients-search" role="search">
            <label>
              <span>{t('search')}</span>
              <input
                type="search"
                value={search}
                placeholder={t('searchPlaceholder')}
                onChange={(e) => setSearch(e.target.value)}
              />
            </label>
            <span className="muted" aria-live="polite">
              {t('count', { count: rows.length })}
            </span>
          </div>
          <ClientTable rows={rows} onOpen={setOpen} />
        </>
      )}
      {dialog}
    </section>
  );
}

function ClientTable({ rows, onOpen }: { rows: ClientListRow[]; onOpen: (open: Open) => void }) {
  const { t } = useTranslation('clients');
  const { money, number } = useFormat();
  const navigate = useNavigation((s) => s.navigate);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const COLS = 6;
  return (
    <div className="clients-scroll card" ref={scrollRef}>
      <table className="data clients-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.kind')}</th>
            <th scope="col">{t('columns.segment')}</th>
            <th scope="col" className="num">
              {t('columns.balance')}
            </th>
            <th scope="col" className="num">
              {t('columns.oldestDaysLate')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="clients-pad">
              <td colSpan={COLS} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const { client, balance, oldestDaysLate } = rows[item.index]!;
            return (
              <tr key={client.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <th scope="row" className="clients-name">
                  <button
                    type="button"
                    className="link"
                    onClick={() => navigate({ screen: 'client', clientId: client.id })}
                  >
                    {client.name}
                  </button>
                </th>
                <td>{t(`kinds.${client.kind}`)}</td>
                <td className="muted">{client.segment ?? ''}</td>
                <td className="num">
                  {balance === 0 ? <span className="muted">{money(0)}</span> : money(balance)}
                </td>
                <td className="num">
                  {oldestDaysLate === null ? (
                    ''
                  ) : (
                    <span className={oldestDaysLate > 30 ? 'pill danger' : 'pill warn'}>
                      {t('daysLate', { count: oldestDaysLate, formatted: number(oldestDaysLate) })}
                    </span>
                  )}
                </td>
                <td className="clients-actions">
                  <button
                    type="button"
                    onClick={() => onOpen({ form: 'invoice', client })}
                    aria-label={t('newInvoiceFor', { name: client.name })}
                  >
                    {t('newInvoice')}
                  </button>
                  <button
                    type="button"
                    onClick={() => onOpen({ form: 'payment', client })}
                    aria-label={t('newPaymentFor', { name: client.name })}
                  >
                    {t('newPayment')}
                  </button>
                </td>
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="clients-pad">
              <td colSpan={COLS} style={{ height: padBottom }} />
            </tr>
          ) : null}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLS} className="clients-no-match">
                {t('noMatch')}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
