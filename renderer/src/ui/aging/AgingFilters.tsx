import { useTranslation } from 'react-i18next';
import { BOARD_COLUMNS, type BoardColumn } from '../../domain/dunning';
import type { ClientKind } from '../../domain/model';
import type { AgingFilter } from './agingView';

const KINDS: readonly ClientKind[] = ['professional', 'consumer', 'public'];
// Select values cannot be null: these stand for "all" and "no segment".
const ALL = '*';
const NONE = '';

interface AgingFiltersProps {
  filter: AgingFilter;
  segments: string[];
  shown: number;
  onChange: (changes: Partial<AgingFilter>) => void;
  onReset: () => void;
}

/** Search by name and the three filters (segment, client type, stage), shared by the table and the board. */
export function AgingFilters({ filter, segments, shown, onChange, onReset }: AgingFiltersProps) {
  const { t } = useTranslation('aging');
  const active =
    filter.search !== '' || filter.segment !== null || filter.kind !== null || filter.column !== null;
  return (
    <div className="aging-filters" role="search" aria-label={t('filters.label')}>
      <label className="aging-filter aging-search">
        <span>{t('filters.search')}</span>
        <input
          type="search"
          value={filter.search}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <label className="aging-filter">
        <span>{t('filters.segment')}</span>
        <select
          value={filter.segment ?? ALL}
          onChange={(e) => onChange({ segment: e.target.value === ALL ? null : e.target.value })}
        >
          <option value={ALL}>{t('filters.allSegments')}</option>
          {segments.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          <option value={NONE}>{t('filters.noSegment')}</option>
        </select>
      </label>
      <label className="aging-filter">
        <span>{t('filters.kind')}</span>
        <select
          value={filter.kind ?? ALL}
          onChange={(e) => onChange({ kind: e.target.value === ALL ? null : (e.target.value as ClientKind) })}
        >
          <option value={ALL}>{t('filters.allKinds')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="aging-filter">
        <span>{t('filters.stage')}</span>
        <select
          value={filter.column ?? ALL}
          onChange={(e) =>
            onChange({ column: e.target.value === ALL ? null : (e.target.value as BoardColumn) })
          }
        >
          <option value={ALL}>{t('filters.allStages')}</option>
          {BOARD_COLUMNS.map((c) => (
            <option key={c} value={c}>
              {t(`columns.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="aging-filter-end">
        <span className="muted" aria-live="polite">
          {t('filters.count', { count: shown })}
        </span>
        {active ? (
          <button type="button" onClick={onReset}>
            {t('filters.reset')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
