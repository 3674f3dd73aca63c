import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgingBucket } from '../../domain/aging';
import { useNavigation } from '../../state/navigation';
import { useFormat } from '../components/useFormat';
import type { AgingSort, AgingSortKey, AgingViewRow, AgingViewTotals } from './agingView';
import { nextSort } from './agingView';
import { useAgingLabels } from './useAgingLabels';

interface AgingTableProps {
  buckets: AgingBucket[];
  rows: AgingViewRow[];
  totals: AgingViewTotals;
  sort: AgingSort;
  onSort: (sort: AgingSort) => void;
  /** the "unallocated" column only when some client has money on account: one column fewer at 1280 px */
  showOnAccount: boolean;
}

const ROW_HEIGHT = 37;

interface Column {
  key: AgingSortKey;
  label: string;
  numeric: boolean;
}

/**
 * One row per client, a header per column that sorts when clicked (a button, so the
 * keyboard sorts too) and the totals line. Only the rows in view are in the DOM: 5,000
 * clients scroll like 50. aria-rowcount/rowindex tell a screen reader the real size.
 */
export function AgingTable({ buckets, rows, totals, sort, onSort, showOnAccount }: AgingTableProps) {
  const { t } = useTranslation('aging');
  const label = useAgingLabels();
  const { amount, number } = useFormat();
  const navigate = useNavigation((s) => s.navigate);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const columns: Column[] = [
    { key: 'client', label: t('table.client'), numeric: false },
    { key: 'segment', label: t('table.segment'), numeric: false },
    { key: 'stage', label: t('table.stage'), numeric: false },
    ...buckets.map((b, i): Column => ({ key: `bucket:${i}`, label: label.bucket(b), numeric: true })),
    { key: 'disputed', label: t('table.disputed'), numeric: true },
    { key: 'total', label: t('table.total'), numeric: true },
    ...(showOnAccount
      ? [{ key: 'onAccount', label: t('table.onAccount'), numeric: true } satisfies Column]
      : []),
    { key: 'oldestDaysLate', label: t('table.oldestDaysLate'), numeric: true },
  ];
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const open = (row: AgingViewRow) => navigate({ screen: 'client', clientId: row.clientId });
  const cents = (v: number) => (v === 0 ? '' : amount(v));

  return (
    <div className="aging-table-scroll card" ref={scrollRef} tabIndex={-1}>
      <table className="data aging-table" aria-rowcount={rows.length + 2}>
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => {
              const sorted = sort.key === c.key ? sort.direction : undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={sorted ?? 'none'}
                >
                  <button type="button" className="sort" onClick={() => onSort(nextSort(sort, c.key))}>
                    {c.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr className="aging-pad" aria-hidden="true">
              <td colSpan={columns.length} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={row.clientId}
                aria-rowindex={item.index + 2}
                className="aging-row"
                style={{ height: ROW_HEIGHT }}
                onClick={() => open(row)}
              >
                <th scope="row" className="aging-client">
                  <button type="button" className="link" onClick={(e) => (e.stopPropagation(), open(row))}>
                    {row.clientName}
                  </button>
                </th>
                <td className="aging-segment">{row.segment}</td>
                <td className="aging-stage">
                  {t(`columns.${row.column}`)}
                  {row.pausedReason ? (
                    <span className="pill warn" title={t(`pause.${row.pausedReason}`)}>
                      {t(`pause.${row.pausedReason}`)}
                    </span>
                  ) : null}
                </td>
                {row.buckets.map((v, i) => (
                  <td key={i} className="num">
                    {cents(v)}
                  </td>
                ))}
                <td className="num">{cents(row.disputed)}</td>
                <td className="num aging-total">{amount(row.total)}</td>
                {showOnAccount ? <td className="num">{cents(row.onAccount)}</td> : null}
                <td className="num">{row.oldestDaysLate === null ? '' : number(row.oldestDaysLate)}</td>
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr className="aging-pad" aria-hidden="true">
              <td colSpan={columns.length} style={{ height: padBottom }} />
            </tr>
          ) : null}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="aging-no-match">
                {t('table.noMatch')}
              </td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr className="total" aria-rowindex={rows.length + 2}>
            <th scope="row" colSpan={3}>
              {t('table.totals', { count: totals.clientCount })}
            </th>
            {totals.buckets.map((v, i) => (
              <td key={i} className="num">
                {amount(v)}
              </td>
            ))}
            <td className="num">{amount(totals.disputed)}</td>
            <td className="num aging-total">{amount(totals.total)}</td>
            {showOnAccount ? <td className="num">{amount(totals.onAccount)}</td> : null}
            <td className="num">{totals.oldestDaysLate === null ? '' : number(totals.oldestDaysLate)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
