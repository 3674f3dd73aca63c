import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../state/navigation';
import { useToday } from '../components/useToday';
import { useDso } from './useDso';
import { EmptyState } from '../components/EmptyState';
import { useFormat } from '../components/useFormat';
import { AgingBoard } from './AgingBoard';
import { AgingFilters } from './AgingFilters';
import { AgingTable } from './AgingTable';
import { useAgingUi, type AgingMode } from './agingUiState';
import { createAgingView, segmentsOf } from './agingView';
import { BucketChart } from './BucketChart';
import { useAgingData } from './useAgingData';
import './aging.css';

const MODES: readonly AgingMode[] = ['table', 'board'];

/**
 * "Balance âgée": what each client owes today, by how late it is, as a sortable table
 * or as a board of escalation stages. A click on a client opens its file.
 */
export function AgingScreen() {
  const { t } = useTranslation('aging');
  const { money, date, number } = useFormat();
  const navigate = useNavigation((s) => s.navigate);
  const data = useAgingData();
  const today = useToday();
  // the company's DSO: all receivables, whatever the filters
  const dso = useDso(data?.report.totals.net ?? 0, today);
  const { mode, filter, sort, setMode, setFilter, resetFilter, setSort } = useAgingUi();
  const view = useMemo(() => createAgingView(), []);
  const rows = data?.rows;
  const segments = useMemo(() => segmentsOf(rows ?? []), [rows]);
  const shown = rows && data ? view(rows, filter, sort, data.report.buckets.length) : undefined;

  const header = (
    <div className="screen-header">
      <div>
        <h1 id="screen-title">{t('title')}</h1>
        {data ? <p className="muted aging-asof">{t('asOf', { date: date(data.today) })}</p> : null}
      </div>
      {data && data.report.rows.length > 0 ? (
        <div className="aging-modes" role="group" aria-label={t('modes.label')}>
          {MODES.map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {t(`modes.${m}`)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );

  if (!data || !shown) {
    return (
      <section aria-labelledby="screen-title" aria-busy="true">
        {header}
        <p className="muted">{t('loading')}</p>
      </section>
    );
  }
  const { report } = data;
  if (report.rows.length === 0) {
    return (
      <section aria-labelledby="screen-title">
        {header}
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.text')}</p>
          <button type="button" className="primary" onClick={() => navigate({ screen: 'clients' })}>
            {t('empty.action')}
          </button>
        </EmptyState>
      </section>
    );
  }

  const { totals } = shown;
  const overdue = totals.buckets.slice(1).reduce((s, v) => s + v, 0);
  return (
    <section aria-labelledby="screen-title" className="aging-screen">
      {header}
      <dl className="stats aging-stats">
        <div className="stat">
          <dt className="stat-label">{t('stats.total')}</dt>
          <dd className="stat-value">{money(totals.total)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('stats.overdue')}</dt>
          <dd className="stat-value">{money(overdue)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('stats.disputed')}</dt>
          <dd className="stat-value">{money(totals.disputed)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('stats.onAccount')}</dt>
          <dd className="stat-value">{money(totals.onAccount)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('stats.clients')}</dt>
          <dd className="stat-value">{number(totals.clientCount)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('stats.weightedDaysLate')}</dt>
          <dd className="stat-value">
            {report.totals.weightedDaysLate === null
              ? '—'
              : t('stats.days', { count: Math.round(report.totals.weightedDaysLate) })}
          </dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('stats.dso')}</dt>
          <dd className="stat-value" aria-busy={dso === undefined}>
            {dso === undefined
              ? '…'
              : `${dso.capped ? '> ' : ''}${t('stats.days', { count: Math.round(dso.days) })}`}
          </dd>
        </div>
      </dl>
      <BucketChart buckets={report.buckets} amounts={totals.buckets} disputed={totals.disputed} />
      <AgingFilters
        filter={filter}
        segments={segments}
        shown={shown.rows.length}
        onChange={setFilter}
        onReset={resetFilter}
      />
      {mode === 'table' ? (
        <AgingTable
          buckets={report.buckets}
          rows={shown.rows}
          totals={totals}
          sort={sort}
          onSort={setSort}
          showOnAccount={report.totals.onAccount > 0}
        />
      ) : (
        <AgingBoard rows={shown.rows} />
      )}
    </section>
  );
}
