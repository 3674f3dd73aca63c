import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIban } from '../../domain/validation';
import { useCompanySettings } from '../../state/companySettings';
import { Field } from '../components/Field';
import { useErrorText } from '../components/useErrorText';
import {
  applyCompanyDraft,
  draftFromSettings,
  validateCompanyDraft,
  vatFromSiren,
  type CompanyDraft,
  type CompanyErrors,
  type CompanyField,
} from './companyDraft';
import { LogoInput } from './LogoInput';
import { useSavedNotice } from './useSavedNotice';

/**
 * "Entreprise": who writes the letters. Every field is checked on "Enregistrer", each
 * error shows beside its field, and nothing is stored until all are right.
 */
export function CompanyTab() {
  const { t } = useTranslation('settings');
  const errorText = useErrorText('settings');
  const settings = useCompanySettings((s) => s.settings);
  const save = useCompanySettings((s) => s.save);
  const [draft, setDraft] = useState<CompanyDraft>(() => draftFromSettings(settings));
  const [errors, setErrors] = useState<CompanyErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const notice = useSavedNotice();

  const set = (field: CompanyField, value: string | undefined) => {
    setDraft((d) => ({ ...d, [field]: value }));
    notice.clear();
  };
  const input = (field: Exclude<CompanyField, 'logoDataUrl'>, extra: Record<string, unknown> = {}) => (
    <input value={draft[field]} onChange={(e) => set(field, e.target.value)} {...extra} />
  );
  const err = (field: CompanyField) => errorText(errors[field]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateCompanyDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('notSaved'));
      return;
    }
    try {
      await save(applyCompanyDraft(settings, draft));
      setFailure(null);
      setDraft((d) => ({ ...d, iban: d.iban ? formatIban(d.iban) : '' }));
      notice.markSaved();
    } catch {
      setFailure(t('saveFailed'));
    }
  };

  const computedVat = vatFromSiren(draft.siren);
  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="card">
        <h2>{t('company.identity')}</h2>
        <div className="form-grid">
          <Field label={t('company.name')} error={err('name')}>
            {input('name', { autoComplete: 'organization', required: true })}
          </Field>
          <Field label={t('company.legalForm')} hint={t('company.legalFormHint')}>
            {input('legalForm', { list: 'legal-forms' })}
          </Field>
          <Field label={t('company.siren')} error={err('siren')} hint={t('company.sirenHint')}>
            {input('siren', { inputMode: 'numeric' })}
          </Field>
          <Field
            label={t('company.vatNumber')}
            error={err('vatNumber')}
            hint={
              computedVat && computedVat !== draft.vatNumber.replace(/\s/g, '').toUpperCase() ? (
                <button type="button" className="link" onClick={() => set('vatNumber', computedVat)}>
                  {t('company.computeVat', { vat: computedVat })}
                </button>
              ) : undefined
            }
          >
            {input('vatNumber')}
          </Field>
        </div>
        <datalist id="legal-forms">
          {['SARL', 'EURL', 'SAS', 'SASU', 'SA', 'SNC', 'EI', 'SCI', 'Association'].map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </div>

      <div className="card">
        <h2>{t('company.addressTitle')}</h2>
        <div className="form-grid">
          <Field label={t('company.address1')} error={err('address1')}>
            {input('address1', { autoComplete: 'address-line1' })}
          </Field>
          <Field label={t('company.address2')}>{input('address2', { autoComplete: 'address-line2' })}</Field>
          <Field
            label={t('company.postcodeCity')}
            error={err('postcodeCity')}
            hint={t('company.postcodeCityHint')}
          >
            {input('postcodeCity')}
          </Field>
          <Field label={t('company.city')} hint={t('company.cityHint')}>
            {input('city')}
          </Field>
          <Field label={t('company.email')} error={err('email')}>
            {input('email', { type: 'email', autoComplete: 'email' })}
          </Field>
          <Field label={t('company.phone')}>{input('phone', { type: 'tel', autoComplete: 'tel' })}</Field>
        </div>
      </div>

      <div className="card">
        <h2>{t('company.bankTitle')}</h2>
        <div className="form-grid">
          <Field label={t('company.iban')} error={err('iban')} hint={t('company.ibanHint')}>
            <input
              value={draft.iban}
              onChange={(e) => set('iban', e.target.value)}
              // Shown in groups of four, as on a bank statement, once the user leaves the field.
              onBlur={() => draft.iban.trim() && set('iban', formatIban(draft.iban))}
              spellCheck={false}
            />
          </Field>
          <Field label={t('company.bic')} error={err('bic')}>
            {input('bic', { spellCheck: false })}
          </Field>
        </div>
      </div>

      <div className="card">
        <h2>{t('company.signatureTitle')}</h2>
        <div className="form-grid">
          <Field label={t('company.signatoryName')}>{input('signatoryName', { autoComplete: 'name' })}</Field>
          <Field label={t('company.signatoryTitle')} hint={t('company.signatoryTitleHint')}>
            {input('signatoryTitle')}
          </Field>
        </div>
        <LogoInput value={draft.logoDataUrl} onChange={(v) => set('logoDataUrl', v)} />
      </div>

      <SaveBar saved={notice.saved} failure={failure} />
    </form>
  );
}

/** The save button with its outcome beside it, shared by the settings forms. */
export function SaveBar({ saved, failure }: { saved: boolean; failure: string | null }) {
  const { t } = useTranslation('settings');
  return (
    <div className="save-bar">
      <span role="status" className="save-status">
        {saved ? <span className="pill ok">{t('saved')}</span> : null}
      </span>
      {failure ? (
        <span className="field-error" role="alert">
          {failure}
        </span>
      ) : null}
      <button type="submit" className="primary">
        {t('save')}
      </button>
    </div>
  );
}
