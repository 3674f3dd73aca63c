import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createClient, updateClient } from '../../db/clients';
import { db } from '../../db/database';
import { useScenarios } from '../../db/hooks';
import type { Client, ClientKind, InsolvencyProcedure, Language } from '../../domain/model';
import { Field } from '../components/Field';
import { useToday } from '../components/useToday';
import {
  clientChanges,
  draftFromClient,
  emptyClientDraft,
  emptyContact,
  fieldOfRepositoryError,
  INSOLVENCY_PROCEDURES,
  validateClientDraft,
  type ClientDraft,
  type ContactDraft,
} from './clientDraft';
import { focusFirstError, RecordForm, useRecordForm } from './RecordForm';
import './forms.css';

export interface ClientFormProps {
  /** the client to edit; a new client when absent */
  client?: Client;
  /** segments already used, offered as suggestions */
  segments?: string[];
  /** called with the saved client, or without one when the user cancels */
  onDone: (saved?: Client) => void;
}

const KINDS: readonly ClientKind[] = ['professional', 'consumer', 'public'];
const LANGUAGES: readonly Language[] = ['fr', 'en'];

/**
 * Creates or edits a client. Every field is checked on "Enregistrer" and each error
 * shows beside its input; nothing is written until everything is right. The repository's
 * own check (zod) is the last guard: its error shows too.
 */
export function ClientForm({ client, segments = [], onDone }: ClientFormProps) {
  const { t } = useTranslation('forms');
  const scenarios = useScenarios();
  const [draft, setDraft] = useState<ClientDraft>(() =>
    client ? draftFromClient(client) : emptyClientDraft(),
  );
  const { setErrors, err, saving, save } = useRecordForm();
  const today = useToday();
  const company = draft.kind !== 'consumer';

  const set = <K extends keyof ClientDraft>(key: K, value: ClientDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setContact = (i: number, changes: Partial<ContactDraft>) =>
    setDraft((d) => ({ ...d, contacts: d.contacts.map((c, k) => (k === i ? { ...c, ...changes } : c)) }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { errors: found, input } = validateClientDraft(draft, today);
    setErrors(found);
    if (!input) {
      focusFirstError(e.currentTarget as HTMLFormElement);
      return;
    }
    await save(async () => {
      const result = client
        ? await updateClient(db(), client.id, clientChanges(input))
        : await createClient(db(), input);
      if (result.ok) onDone(result.value);
      else setErrors({ [fieldOfRepositoryError(result.error)]: result.error });
    });
  }

  return (
    <RecordForm
      label={client ? t('client.titleEdit') : t('client.titleNew')}
      onSubmit={submit}
      formError={err('form')}
      saving={saving}
      onCancel={() => onDone()}
    >
      <fieldset>
        <legend>{t('client.identity')}</legend>
        <div className="form-grid">
          <Field label={t('client.name')} error={err('name')} hint={t('client.nameHint')}>
            <input value={draft.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" />
          </Field>
          <Field label={t('client.kind')}>
            <select value={draft.kind} onChange={(e) => set('kind', e.target.value as ClientKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`client.kinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {company ? (
          <div className="form-grid">
            <Field label={t('client.legalForm')} hint={t('client.legalFormHint')}>
              <input
                value={draft.legalForm}
                onChange={(e) => set('legalForm', e.target.value)}
                list="legal-forms"
              />
            </Field>
            <Field label={t('client.siren')} error={err('siren')} hint={t('client.sirenHint')}>
              <input value={draft.siren} onChange={(e) => set('siren', e.target.value)} inputMode="numeric" />
            </Field>
            <Field label={t('client.siret')} error={err('siret')} hint={t('client.siretHint')}>
              <input value={draft.siret} onChange={(e) => set('siret', e.target.value)} inputMode="numeric" />
            </Field>
            <Field label={t('client.vatNumber')} error={err('vatNumber')} hint={t('client.vatHint')}>
              <input value={draft.vatNumber} onChange={(e) => set('vatNumber', e.target.value)} />
            </Field>
          </div>
        ) : null}
        <datalist id="legal-forms">
          {['SAS', 'SASU', 'SARL', 'EURL', 'SA', 'SCI', 'SNC', 'EI', 'Association'].map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </fieldset>

      <fieldset>
        <legend>{t('client.address')}</legend>
        <p className="field-hint">{t('client.addressHint')}</p>
        <div className="address-lines">
          {draft.address.map((line, i) => (
            <Field
              key={i}
              label={i < 5 ? t(`client.addressLine${i}`) : t('client.addressLineN', { line: i + 2 })}
              error={err(`address.${i}`)}
            >
              <input
                value={line}
                maxLength={60}
                onChange={(e) =>
                  set(
                    'address',
                    draft.address.map((l, k) => (k === i ? e.target.value : l)),
                  )
                }
              />
            </Field>
          ))}
        </div>
        <div className="form-grid narrow">
          <Field label={t('client.country')} error={err('country')} hint={t('client.countryHint')}>
            <input
              value={draft.country}
              maxLength={2}
              onChange={(e) => set('country', e.target.value.toUpperCase())}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('client.contacts')}</legend>
        {draft.contacts.map((c, i) => (
          <div key={i} className="contact-row" role="group" aria-label={t('client.contactN', { n: i + 1 })}>
            <div className="form-grid">
              <Field label={t('client.contactName')} error={err(`contacts.${i}.name`)}>
                <input value={c.name} onChange={(e) => setContact(i, { name: e.target.value })} />
              </Field>
              <Field label={t('client.contactRole')}>
                <input value={c.role} onChange={(e) => setContact(i, { role: e.target.value })} />
              </Field>
              <Field label={t('client.contactEmail')} error={err(`contacts.${i}.email`)}>
                <input
                  type="email"
                  value={c.email}
                  onChange={(e) => setContact(i, { email: e.target.value })}
                />
              </Field>
              <Field label={t('client.contactPhone')} error={err(`contacts.${i}.phone`)}>
                <input
                  type="tel"
                  value={c.phone}
                  onChange={(e) => setContact(i, { phone: e.target.value })}
                />
              </Field>
            </div>
            <div className="contact-flags">
              <label>
                <input
                  type="checkbox"
                  checked={c.billing}
                  onChange={(e) => setContact(i, { billing: e.target.checked })}
                />
                {t('client.billing')}
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={c.copy}
                  onChange={(e) => setContact(i, { copy: e.target.checked })}
                />
                {t('client.copy')}
              </label>
              <button
                type="button"
                className="link"
                onClick={() =>
                  set(
                    'contacts',
                    draft.contacts.filter((_, k) => k !== i),
                  )
                }
              >
                {t('client.removeContact', { n: i + 1 })}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set('contacts', [...draft.contacts, emptyContact(draft.contacts.length === 0)])}
        >
          {t('client.addContact')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('client.dunning')}</legend>
        <div className="form-grid">
          <Field label={t('client.segment')} hint={t('client.segmentHint')}>
            <input
              value={draft.segment}
              onChange={(e) => set('segment', e.target.value)}
              list="client-segments"
            />
          </Field>
          <Field label={t('client.scenario')}>
            <select value={draft.scenarioId} onChange={(e) => set('scenarioId', e.target.value)}>
              <option value="">{t('client.scenarioAuto')}</option>
              {(scenarios ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('client.language')} hint={t('client.languageHint')}>
            <select value={draft.language} onChange={(e) => set('language', e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`client.languages.${l}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <datalist id="client-segments">
          {segments.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <Field label={t('client.notes')}>
          <textarea value={draft.notes} onChange={(e) => set('notes', e.target.value)} rows={3} />
        </Field>
      </fieldset>

      {company ? (
        <fieldset>
          <legend>{t('client.insolvency.legend')}</legend>
          <p className="field-hint">{t('client.insolvency.hint')}</p>
          <div className="form-grid">
            <Field label={t('client.insolvency.procedure')}>
              <select
                value={draft.insolvency}
                onChange={(e) => set('insolvency', e.target.value as InsolvencyProcedure | '')}
              >
                <option value="">{t('client.insolvency.none')}</option>
                {INSOLVENCY_PROCEDURES.map((p) => (
                  <option key={p} value={p}>
                    {t(`client.insolvency.procedures.${p}`)}
                  </option>
                ))}
              </select>
            </Field>
            {draft.insolvency !== '' ? (
              <Field
                label={t('client.insolvency.openedOn')}
                error={err('insolvencyOpenedOn')}
                hint={t('client.insolvency.openedOnHint')}
              >
                <input
                  value={draft.insolvencyOpenedOn}
                  onChange={(e) => set('insolvencyOpenedOn', e.target.value)}
                  placeholder={t('datePlaceholder')}
                  inputMode="numeric"
                  autoComplete="off"
                />
              </Field>
            ) : null}
          </div>
        </fieldset>
      ) : null}
    </RecordForm>
  );
}
