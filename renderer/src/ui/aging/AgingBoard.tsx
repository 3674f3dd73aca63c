import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../state/navigation';
import { useFormat } from '../components/useFormat';
import { groupByColumn, type AgingViewRow } from './agingView';
import { useAgingLabels } from './useAgingLabels';

/** A column of thousands of cards helps nobody and slows the page: the filters narrow it. */
const CARDS_PER_COLUMN = 60;

/**
 * The escalation board: one column per stage (not reminded yet, pre-reminder … formal
 * notice, court file), one card per client with what it owes, how late, and what comes next.
 * Each card is a button that opens the client file.
 */
export function AgingBoard({ rows }: { rows: AgingViewRow[] }) {
  const { t } = useTranslation('aging');
  const groups = useMemo(() => groupByColumn(rows), [rows]);
  return (
    <div className="board aging-board" role="region" aria-label={t('board.label')}>
      {[...groups].map(([column, list]) => {
        const headingId = `board-${column}`;
        return (
          <section key={column} className="board-column" aria-labelledby={headingId}>
            <h3 id={headingId}>
              <span>{t(`columns.${column}`)}</span>
              <span className="badge">{list.length}</span>
            </h3>
            {list.length === 0 ? <p className="muted aging-board-empty">{t('board.empty')}</p> : null}
            <ul className="aging-cards">
              {list.slice(0, CARDS_PER_COLUMN).map((row) => (
                <li key={row.clientId}>
                  <BoardCard row={row} />
                </li>
              ))}
            </ul>
            {list.length > CARDS_PER_COLUMN ? (
              <p className="muted aging-board-more">
                {t('board.more', { count: list.length - CARDS_PER_COLUMN })}
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

function BoardCard({ row }: { row: AgingViewRow }) {
  const { t } = useTranslation('aging');
  const label = useAgingLabels();
  const { money, shortDate } = useFormat();
  const navigate = useNavigation((s) => s.navigate);
  const next = row.nextStep
    ? row.nextDate
      ? t('board.nextOn', { step: label.step(row.nextStep), date: shortDate(row.nextDate) })
      : label.step(row.nextStep)
    : t('board.noNext');
  return (
    <button
      type="button"
      className="board-card aging-card"
      onClick={() => navigate({ screen: 'client', clientId: row.clientId })}
    >
      <span className="aging-card-name">{row.clientName}</span>
      <span className="aging-card-figures">
        <strong className="amount">{money(row.total)}</strong>
        <span className={row.oldestDaysLate !== null && row.oldestDaysLate > 30 ? 'aging-late' : 'muted'}>
          {row.oldestDaysLate === null
            ? t('board.notLate')
            : t('board.daysLate', { count: row.oldestDaysLate })}
        </span>
      </span>
      <span className="aging-card-next">
        {row.pausedReason ? t(`pause.${row.pausedReason}`) : t('board.next', { step: next })}
      </span>
    </button>
  );
}
