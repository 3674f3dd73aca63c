import { useTranslation } from 'react-i18next';
import type { AgingBucket } from '../../domain/aging';
import type { Cents } from '../../domain/model';
import { useFormat } from '../components/useFormat';
import { useAgingLabels } from './useAgingLabels';

interface BucketChartProps {
  buckets: AgingBucket[];
  amounts: Cents[];
  disputed: Cents;
}

/**
 * The bucket totals as plain CSS bars, each labelled with its amount: readable at a glance,
 * printable, and a list for a screen reader (the figures are the text, the bars decoration).
 */
export function BucketChart({ buckets, amounts, disputed }: BucketChartProps) {
  const { t } = useTranslation('aging');
  const label = useAgingLabels();
  const { money } = useFormat();
  const bars = [
    ...buckets.map((b, i) => ({
      id: b.id,
      name: label.bucket(b),
      amount: amounts[i] ?? 0,
      tone: i === 0 ? 'not-due' : `late-${i}`,
    })),
    { id: 'disputed', name: t('table.disputed'), amount: disputed, tone: 'disputed' },
  ];
  const max = Math.max(1, ...bars.map((b) => b.amount));
  return (
    <figure className="card aging-chart">
      <figcaption>
        <h2>{t('chart.title')}</h2>
      </figcaption>
      <ul className="bar-chart" aria-label={t('chart.label')}>
        {bars.map((bar) => (
          <li key={bar.id} className={`bar aging-bar ${bar.tone}`}>
            <span className="aging-bar-amount">{money(bar.amount)}</span>
            <span className="aging-bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ height: `${Math.round((bar.amount / max) * 100)}%` }} />
            </span>
            <span className="aging-bar-name">{bar.name}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
