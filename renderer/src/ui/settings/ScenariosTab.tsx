import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { useScenarios, useTemplates } from '../../db/hooks';
import { deleteScenario, saveScenario } from '../../db/scenarios';
import type { Channel, Scenario, ScenarioStep, StepKind } from '../../domain/model';
import type { DomainError } from '../../domain/result';
import { validateScenario } from '../../domain/scenarios';
import { ConfirmDialog } from './ConfirmDialog';
import { EditorSaveBar } from './EditorSaveBar';
import { Field } from '../components/Field';
import { useErrorText } from '../components/useErrorText';
import {
  CHANNELS,
  chosenTemplate,
  moveStep,
  newScenario,
  newStep,
  sameScenario,
  STEP_KINDS,
  templatesFor,
} from './scenarioDraft';

/**
 * "Plans de relance": the scenarios and their steps. The user edits a copy; the domain's
 * checks (one formal notice, steps in order of delay, court after notice…) are shown as
 * they type, and "Enregistrer" writes through the scenarios repository.
 */
export function ScenariosTab() {
  const { t } = useTranslation('settings');
  const td = useTranslation('dunning').t;
  const errorText = useErrorText('dunning');
  const stored0 = useScenarios();
  // The default plan first, then by name: the order the user thinks of them in.
  const scenarios = useMemo(
    () =>
      stored0 &&
      [...stored0].sort(
        (a, b) =>
          Number(b.isDefault === true) - Number(a.isDefault === true) || a.name.localeCompare(b.name, 'fr'),
      ),
    [stored0],
  );
  const templates = useTemplates();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Scenario | null>(null);
  const [saveError, setSaveError] = useState<DomainError | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const focusAfterMove = useRef<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const defaultHintId = useId();

  const stored = scenarios?.find((s) => s.id === selectedId) ?? scenarios?.[0];
  // A new, never saved scenario lives only in the draft.
  const isNew = draft !== null && !scenarios?.some((s) => s.id === draft.id);

  useEffect(() => {
    if (stored && (draft === null || (draft.id !== stored.id && !isNew))) setDraft(structuredClone(stored));
  }, [stored, draft, isNew]);

  useEffect(() => {
    const key = focusAfterMove.current;
    if (!key) return;
    focusAfterMove.current = null;
    const el = buttons.current.get(key);
    // At the top or bottom the moved-to button is disabled: focus its twin.
    if (el && !el.disabled) el.focus();
    else
      buttons.current
        .get(key.endsWith('up') ? key.replace(/up$/, 'down') : key.replace(/down$/, 'up'))
        ?.focus();
  });

  if (scenarios === undefined || templates === undefined) return <p className="muted">{t('loading')}</p>;

  const choose = (s: Scenario) => {
    setSelectedId(s.id);
    setDraft(structuredClone(s));
    setSaveError(null);
    setSaved(false);
  };
  const change = (next: Scenario) => {
    setDraft(next);
    setSaved(false);
    setSaveError(null);
  };
  const changeStep = (index: number, patch: Partial<ScenarioStep>) => {
    if (!draft) return;
    change({
      ...draft,
      steps: draft.steps.map((s, i) => (i === index ? withoutUndefined({ ...s, ...patch }) : s)),
    });
  };

  const problems = draft ? validateScenario(draft) : [];
  const currentDefault = scenarios.find((s) => s.isDefault === true && s.id !== draft?.id);
  const dirty = draft !== null && (isNew || !sameScenario(draft, stored));

  const onSave = async () => {
    if (!draft || problems.length > 0) return;
    const r = await saveScenario(db(), draft);
    if (!r.ok) {
      setSaveError(r.error);
      return;
    }
    setSelectedId(r.value.id);
    setDraft(structuredClone(r.value));
    setSaved(true);
  };

  const onDelete = async () => {
    if (!draft) return;
    setConfirmDelete(false);
    if (isNew) {
      setDraft(null);
      setSelectedId(null);
      return;
    }
    const r = await deleteScenario(db(), draft.id);
    if (!r.ok) {
      setSaveError(r.error);
      return;
    }
    setSelectedId(null);
    setDraft(null);
  };

  const list = isNew && draft ? [...scenarios, draft] : scenarios;
  return (
    <div className="scenarios">
      <nav className="card scenario-list" aria-label={t('scenarios.listLabel')}>
        <ul>
          {list.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className={s.id === draft?.id ? 'scenario-item current' : 'scenario-item'}
                aria-current={s.id === draft?.id ? 'true' : undefined}
                onClick={() => choose(s)}
              >
                <span>{s.id === draft?.id ? draft.name || t('scenarios.unnamed') : s.name}</span>
                {s.isDefault ? <span className="pill">{t('scenarios.default')}</span> : null}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            const s = newScenario(t('scenarios.newName'));
            setDraft(s);
            setSelectedId(s.id);
            setSaved(false);
            setSaveError(null);
          }}
        >
          {t('scenarios.add')}
        </button>
      </nav>

      {draft && (
        <div className="card scenario-editor">
          <div className="form-grid">
            <Field
              label={t('scenarios.name')}
              error={errorText(problems.find((p) => p.code === 'scenario.nameRequired'))}
            >
              <input value={draft.name} onChange={(e) => change({ ...draft, name: e.target.value })} />
            </Field>
          </div>
          <div className="checks">
            <label className="check">
              {/* The default cannot be unticked here: clients without a plan would silently follow
                  another one. It moves by ticking another plan; saving unsets the old one. */}
              <input
                type="checkbox"
                checked={draft.isDefault === true}
                disabled={stored?.id === draft.id && stored.isDefault === true}
                aria-describedby={defaultHintId}
                onChange={(e) => change(withDefault(draft, e.target.checked))}
              />
              {t('scenarios.isDefault')}
            </label>
            <p className="field-hint" id={defaultHintId}>
              {stored?.id === draft.id && stored.isDefault === true
                ? t('scenarios.isDefaultLocked')
                : draft.isDefault && currentDefault
                  ? t('scenarios.replacesDefault', { name: currentDefault.name })
                  : t('scenarios.isDefaultHelp')}
            </p>
          </div>
          <p className="muted">{t('scenarios.offsetHelp')}</p>
          <table className="data steps">
            <caption className="visually-hidden">{t('scenarios.stepsCaption', { name: draft.name })}</caption>
            <thead>
              <tr>
                <th>{t('scenarios.position')}</th>
                <th>{t('scenarios.offset')}</th>
                <th>{t('scenarios.kind')}</th>
                <th>{t('scenarios.channel')}</th>
                <th>{t('scenarios.template')}</th>
                <th>
                  <span className="visually-hidden">{t('scenarios.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.steps.map((step, index) => {
                const position = index + 1;
                const options = templatesFor(step.kind, step.channel, templates);
                const stepProblems = problems.filter((p) => p.params?.position === position);
                return (
                  <tr key={step.id} className={stepProblems.length > 0 ? 'has-error' : undefined}>
                    <td className="num">{position}</td>
                    <td>
                      <input
                        className="offset"
                        type="number"
                        step={1}
                        aria-label={t('scenarios.offsetOf', { position })}
                        aria-invalid={stepProblems.length > 0 ? true : undefined}
                        value={Number.isFinite(step.offsetDays) ? step.offsetDays : ''}
                        onChange={(e) =>
                          changeStep(index, {
                            offsetDays: e.target.value === '' ? Number.NaN : Number(e.target.value),
                          })
                        }
                      />
                    </td>
                    <td>
                      <select
                        aria-label={t('scenarios.kindOf', { position })}
                        value={step.kind}
                        onChange={(e) => {
                          const kind = e.target.value as StepKind;
                          changeStep(index, {
                            kind,
                            templateId: templatesFor(kind, step.channel, templates)[0]?.id,
                          });
                        }}
                      >
                        {STEP_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {td(`stepKinds.${k}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={t('scenarios.channelOf', { position })}
                        value={step.channel}
                        onChange={(e) => {
                          const channel = e.target.value as Channel;
                          changeStep(index, {
                            channel,
                            templateId: templatesFor(step.kind, channel, templates)[0]?.id,
                          });
                        }}
                      >
                        {CHANNELS.map((c) => (
                          <option key={c} value={c}>
                            {td(`channels.${c}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {options.length > 0 ? (
                        <select
                          aria-label={t('scenarios.templateOf', { position })}
                          value={chosenTemplate(step, options)}
                          onChange={(e) => changeStep(index, { templateId: e.target.value || undefined })}
                        >
                          <option value="">{t('scenarios.noTemplate')}</option>
                          {options.map((o) => (
                            <option key={o.id} value={o.id}>
                              {o.name}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span className="muted">{t('scenarios.noTemplateForChannel')}</span>
                      )}
                    </td>
                    <td className="step-actions">
                      <button
                        type="button"
                        ref={(el) =>
                          void (el
                            ? buttons.current.set(`${step.id}-up`, el)
                            : buttons.current.delete(`${step.id}-up`))
                        }
                        aria-label={t('scenarios.moveUp', { position })}
                        title={t('scenarios.moveUp', { position })}
                        disabled={index === 0}
                        onClick={() => {
                          focusAfterMove.current = `${step.id}-up`;
                          change({ ...draft, steps: moveStep(draft.steps, index, -1) });
                        }}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        ref={(el) =>
                          void (el
                            ? buttons.current.set(`${step.id}-down`, el)
                            : buttons.current.delete(`${step.id}-down`))
                        }
                        aria-label={t('scenarios.moveDown', { position })}
                        title={t('scenarios.moveDown', { position })}
                        disabled={index === draft.steps.length - 1}
                        onClick={() => {
                          focusAfterMove.current = `${step.id}-down`;
                          change({ ...draft, steps: moveStep(draft.steps, index, 1) });
                        }}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('scenarios.removeStep', { position })}
                        title={t('scenarios.removeStep', { position })}
                        onClick={() => change({ ...draft, steps: draft.steps.filter((_, i) => i !== index) })}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="toolbar step-toolbar">
            <button
              type="button"
              onClick={() => change({ ...draft, steps: [...draft.steps, newStep(draft)] })}
            >
              {t('scenarios.addStep')}
            </button>
          </div>

          {problems.length > 0 && (
            <div className="alert error" role="alert">
              <p>{t('scenarios.problems')}</p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>{errorText(p)}</li>
                ))}
              </ul>
            </div>
          )}
          <EditorSaveBar
            failure={errorText(saveError)}
            saved={saved}
            dirty={dirty}
            canSave={problems.length === 0 && dirty}
            onSave={() => void onSave()}
          >
            {!draft.isDefault && (
              <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
                {t('scenarios.delete')}
              </button>
            )}
            {dirty && !isNew && (
              <button type="button" onClick={() => stored && choose(stored)}>
                {t('scenarios.revert')}
              </button>
            )}
          </EditorSaveBar>
        </div>
      )}

      {confirmDelete && draft && (
        <ConfirmDialog
          title={t('scenarios.deleteTitle', { name: draft.name })}
          confirm={t('scenarios.delete')}
          onConfirm={() => void onDelete()}
          onCancel={() => setConfirmDelete(false)}
        >
          <p>{t('scenarios.deleteText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Unticked, the flag is absent rather than false: the stored shape stays the same as before. */
function withDefault(scenario: Scenario, isDefault: boolean): Scenario {
  const { isDefault: _old, ...rest } = scenario;
  return isDefault ? { ...rest, isDefault: true } : rest;
}

/** zod and structuredClone keep `templateId: undefined`; the stored step simply has none. */
function withoutUndefined(step: ScenarioStep): ScenarioStep {
  const out = { ...step };
  if (out.templateId === undefined) delete out.templateId;
  if (out.label === undefined) delete out.label;
  return out;
}
