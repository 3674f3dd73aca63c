import { useTranslation } from 'react-i18next';
import type { ScenarioStep } from '../../domain/model';

/** "Relance · Courrier": the step's own label when the user gave one, else its kind. */
export function useStepLabel() {
  const { t } = useTranslation('dunning');
  return (step: ScenarioStep) => step.label?.trim() || t(`stepKinds.${step.kind}`);
}

export function StepLabel({ step }: { step: ScenarioStep }) {
  const { t } = useTranslation('dunning');
  const label = useStepLabel()(step);
  const tone =
    step.kind === 'formal-notice' || step.kind === 'court-file'
      ? 'pill danger'
      : step.kind === 'last-reminder'
        ? 'pill warn'
        : 'pill';
  return (
    <span className="step-label">
      <strong>{label}</strong> <span className={tone}>{t(`channelsShort.${step.channel}`)}</span>
    </span>
  );
}
