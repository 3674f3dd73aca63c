import { useTranslation } from 'react-i18next';
import type { AgingBucket } from '../../domain/aging';
import type { ScenarioStep } from '../../domain/model';

/** Names of the aging buckets and dunning steps in the user's language. */
export function useAgingLabels() {
  const { t } = useTranslation('aging');
  return {
    bucket: (b: AgingBucket): string => {
      if (b.fromDays === null) return t('buckets.notDue');
      if (b.toDays === null) return t('buckets.over', { days: b.fromDays - 1 });
      return t('buckets.range', { from: b.fromDays, to: b.toDays });
    },
    /**
     * "Relance · courrier": two reminders of one scenario differ by their channel. The no-break
     * space keeps the "·" at the end of a line in the narrow board cards, never at the start.
     */
    step: (s: ScenarioStep): string =>
      s.label?.trim() ? s.label : `${t(`stepKinds.${s.kind}`)}\u00a0· ${t(`channels.${s.channel}`)}`,
  };
}
