import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { InvoiceRow } from './clientFileView';
import { FileTable } from './FileTable';

interface Props {
  openRows: InvoiceRow[];
  paidRows: InvoiceRow[];
  onNewInvoice: () => void;
  onPayment: () => void;
  onCreditNote: () => void;
}

/** The client's invoices: the open ones, oldest due first, then the settled ones. */
export function InvoicesTab({ openRows, paidRows, onNewInvoice, onPayment, onCreditNote }: Props) {
  const { t } = useTranslation('clientFile');
  return (
    <div className="cf-tab">
      <div className="toolbar cf-tab-toolbar">
        <button type="button" className="primary" onClick={onNewInvoice}>
          {t('invoices.new')}
        </button>
        <button type="button" onClick={onPayment}>
          {t('invoices.payment')}
        </button>
        <button type="button" onClick={onCreditNote}>
          {t('invoices.creditNote')}
        </button>
      </div>
      <InvoiceTable rows={openRows} caption={t('invoices.open')} empty={t('invoices.noOpen')} />
      {paidRows.length > 0 ? <InvoiceTable rows={paidRows} caption={t('invoices.paid')} empty="" /> : null}
    </div>
  );
}

function InvoiceTable({ rows, caption, empty }: { rows: InvoiceRow[]; caption: string; empty: string }) {
  const { t } = useTranslation('clientFile');
  const { money, shortDate, number } = useFormat();
  return (
    <FileTable
      className="cf-invoices"
      caption={caption}
      columns={[
        { label: t('invoices.number') },
        { label: t('invoices.issued') },
        { label: t('invoices.due') },
        { label: t('invoices.amount'), num: true },
        { label: t('invoices.paidAmount'), num: true },
        { label: t('invoices.balance'), num: true },
        { label: t('invoices.daysLate'), num: true },
        { label: t('invoices.status') },
      ]}
      empty={empty}
      rowCount={rows.length}
    >
      {rows.map((r) => (
        <tr key={r.invoice.id}>
          <th scope="row">
            {r.invoice.number}
            {r.invoice.label ? <span className="muted cf-label"> {r.invoice.label}</span> : null}
          </th>
          <td>{shortDate(r.invoice.issueDate)}</td>
          <td>{shortDate(r.invoice.dueDate)}</td>
          <td className="num">{money(r.invoice.amountInclVat)}</td>
          <td className="num">{r.paid > 0 ? money(r.paid) : ''}</td>
          <td className="num">{money(r.balance)}</td>
          <td className="num">
            {r.daysLate === null ? '' : t('daysLate', { count: r.daysLate, formatted: number(r.daysLate) })}
          </td>
          <td className="cf-pills">
            <StatusPills row={r} />
          </td>
        </tr>
      ))}
    </FileTable>
  );
}

function StatusPills({ row }: { row: InvoiceRow }) {
  const { t } = useTranslation('clientFile');
  const { money, shortDate } = useFormat();
  const pills: { key: string; cls: string; text: string }[] = [];
  if (row.invoice.writtenOffOn)
    pills.push({
      key: 'w',
      cls: '',
      text: t('pills.writtenOff', { date: shortDate(row.invoice.writtenOffOn) }),
    });
  else if (!row.open) pills.push({ key: 'p', cls: 'ok', text: t('pills.paid') });
  if (row.dispute) pills.push({ key: 'd', cls: 'danger', text: t('pills.dispute') });
  if (row.promise) {
    const p = row.promise.promise;
    pills.push({
      key: 'pr',
      cls: row.promise.state === 'broken' ? 'danger' : 'warn',
      text: t(`pills.promise.${row.promise.state}`, {
        amount: money(p.amount),
        date: shortDate(p.promisedDate),
      }),
    });
  }
  if (row.plan)
    pills.push({
      key: 'pl',
      cls: row.plan.state === 'missed' ? 'danger' : 'ok',
      text: t(`pills.plan.${row.plan.state}`),
    });
  return (
    <>
      {pills.map((p) => (
        <span key={p.key} className={`pill ${p.cls}`}>
          {p.text}
        </span>
      ))}
    </>
  );
}
