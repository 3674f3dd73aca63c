import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioStep } from '../../../domain/model';
import { scenarioFor, sortSteps } from '../../../domain/scenarios';
import { Field } from '../../components/Field';
import type { ClientFileData } from './useClientFileData';

interface Options {
  /** which steps of the plan are offered (all of them by default) */
  steps?: (step: ScenarioStep) => boolean;
  /** which open invoices start ticked (all of them by default) */
  ticked?: (row: ClientFileData['view']['openRows'][number]) => boolean;
}

/**
 * A step of the client's plan and the invoices it concerns, as the client-file dialogs
 * that act on a step ("Étape faite", "Générer un courrier") let the user choose them.
 */
export function useStepChoice(data: ClientFileData, options: Options = {}) {
  const td = useTranslation('dunning').t;
  const scenario = useMemo(() => scenarioFor(data.client, data.scenarios), [data.client, data.scenarios]);
  const { steps: keep, ticked } = options;
  const steps = useMemo(() => sortSteps(scenario.steps).filter(keep ?? (() => true)), [scenario, keep]);
  const [stepId, setStepId] = useState(steps[0]?.id ?? '');
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(data.view.openRows.filter(ticked ?? (() => true)).map((r) => r.invoice.id)),
  );
  const step = steps.find((s) => s.id === stepId);
  const stepName = (s: ScenarioStep) => s.label ?? td(`stepKinds.${s.kind}`);

  const select = (label: string) => (
    <Field label={label}>
      <select value={stepId} onChange={(e) => setStepId(e.target.value)}>
        {steps.map((s) => (
          <option key={s.id} value={s.id}>
            {`${stepName(s)} — ${td(`channelsShort.${s.channel}`)}`}
          </option>
        ))}
      </select>
    </Field>
  );

  return {
    scenario,
    steps,
    step,
    registered: step?.channel === 'registered-letter',
    stepName,
    select,
    selected,
    setSelected,
  };
}
