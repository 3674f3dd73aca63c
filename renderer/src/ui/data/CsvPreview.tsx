import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportPlan } from '../../domain/import/plan';
import { useFormat } from '../components/useFormat';

export const PREVIEW_ROWS = 10;

/**
 * The first rows as Recouvre understood them (dates and amounts already read), so the
 * user sees a wrong column before importing, not after.
 */
export function CsvPreview({ kind, plan }: { kind: ImportKind; plan: ImportPlan }) {
  return kind === 'clients' ? (
    <ClientsPreview plan={plan} />
  ) : kind === 'invoices' ? (
    <InvoicesPreview plan={plan} />
  ) : (
    <PaymentsPreview plan={plan} />
  );
}

export function ClientsPreview({ plan, title }: { plan: ImportPlan; title?: string }) {
  const { t } = useTranslation('import');
  return (
    <PreviewTable
      caption={
        title ??
        t('screen.previewClients', {
          count: plan.clients.length,
          shown: Math.min(PREVIEW_ROWS, plan.clients.length),
        })
      }
      columns={[
        { label: t('fields.name') },
        { label: t('fields.clientRef') },
        { label: t('fields.siren') },
        { label: t('fields.addressLines') },
        { label: t('fields.email') },
      ]}
    >
      {plan.clients.slice(0, PREVIEW_ROWS).map((c) => (
        <tr key={c.key}>
          <td className="num">{c.line}</td>
          <td>{c.name}</td>
          <td>{c.sourceKey ?? ''}</td>
          <td>{c.siren ?? ''}</td>
          <td>{(c.addressLines ?? []).join(' · ')}</td>
          <td>{c.email ?? ''}</td>
        </tr>
      ))}
    </PreviewTable>
  );
}

export function InvoicesPreview({ plan, title }: { plan: ImportPlan; title?: string }) {
  const { t } = useTranslation('import');
  const f = useFormat();
  const names = new Map(plan.clients.map((c) => [c.key, c.name]));
  const paid = new Map<string, number>();
  for (const p of plan.payments)
    for (const a of p.allocations) paid.set(a.invoiceNumber, (paid.get(a.invoiceNumber) ?? 0) + a.amount);
  return (
    <PreviewTable
      caption={
        title ??
        t('screen.previewInvoices', {
          count: plan.invoices.length,
          clients: plan.clients.length,
          shown: Math.min(PREVIEW_ROWS, plan.invoices.length),
        })
      }
      columns={[
        { label: t('fields.number') },
        { label: t('fields.clientName') },
        { label: t('fields.issueDate') },
        { label: t('fields.dueDate') },
        { label: t('fields.amountInclVat'), num: true },
        { label: t('fields.paid'), num: true },
      ]}
    >
      {plan.invoices.slice(0, PREVIEW_ROWS).map((i) => (
        <tr key={i.number}>
          <td className="num">{i.line}</td>
          <td>
            {i.number}
            {i.openingBalance && <span className="pill warn">{t('screen.openingBalance')}</span>}
          </td>
          <td>{names.get(i.clientKey) ?? i.clientKey}</td>
          <td>{f.shortDate(i.issueDate)}</td>
          <td>{f.shortDate(i.dueDate)}</td>
          <td className="num">{f.money(i.amountInclVat)}</td>
          <td className="num">{f.money(paid.get(i.number) ?? 0)}</td>
        </tr>
      ))}
    </PreviewTable>
  );
}

export function PaymentsPreview({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation('import');
  const f = useFormat();
  const names = new Map(plan.clients.map((c) => [c.key, c.name]));
  return (
    <PreviewTable
      caption={t('screen.previewPayments', {
        count: plan.payments.length,
        shown: Math.min(PREVIEW_ROWS, plan.payments.length),
      })}
      columns={[
        { label: t('fields.date') },
        { label: t('fields.clientName') },
        { label: t('fields.invoiceNumber') },
        { label: t('fields.amount'), num: true },
        { label: t('fields.reference') },
      ]}
    >
      {plan.payments.slice(0, PREVIEW_ROWS).map((p, k) => (
        <tr key={k}>
          <td className="num">{p.line}</td>
          <td>{f.shortDate(p.date)}</td>
          <td>{p.clientKey ? (names.get(p.clientKey) ?? p.clientKey) : ''}</td>
          <td>{p.allocations.map((a) => a.invoiceNumber).join(', ')}</td>
          <td className="num">{f.money(p.amount)}</td>
          <td>{p.reference ?? ''}</td>
        </tr>
      ))}
    </PreviewTable>
  );
}

interface PreviewColumn {
  label: string;
  /** amounts and line numbers align right */
  num?: boolean;
}

/** One preview's frame: what is shown of how many, then the rows under their columns, the CSV line first. */
function PreviewTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: PreviewColumn[];
  children: ReactNode;
}) {
  const { t } = useTranslation('import');
  return (
    <div className="preview">
      <p className="muted">{caption}</p>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th className="num">{t('screen.line')}</th>
              {columns.map((c) => (
                <th key={c.label} className={c.num ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}
