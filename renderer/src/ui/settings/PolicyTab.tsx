import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { halfYearOf } from '../../domain/dates';
import type { Language } from '../../domain/model';
import { COMMERCIAL_MARGIN, contractualFloor, rateFor } from '../../domain/rates';
import { changeLanguage, isLanguage, LANGUAGES } from '../../i18n';
import { platform } from '../../platform';
import { useCompanySettings } from '../../state/companySettings';
import { useToday } from '../components/useToday';
import { Field } from '../components/Field';
import { useErrorText } from '../components/useErrorText';
import { formatRate } from '../../documents/letters/figures';
import { SaveBar } from './CompanyTab';
import { parsePercent } from './percent';
import {
  draftFromPolicy,
  ENVELOPE_FIELDS,
  parsePolicyDraft,
  type PolicyDraft,
  type PolicyErrors,
  type PolicyField,
} from './policyDraft';
import { useRateTable } from './useRateTable';
import { useSavedNotice } from './useSavedNotice';

function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? ['Europe/Paris'];
  } catch {
    return ['Europe/Paris'];
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.trim() !== '';
  } catch {
    return false;
  }
}

/**
 * "Conditions et pénalités": the company's payment terms and penalty policy, how the
 * dunning paces itself, how the letters are laid out, when the daily check runs.
 */
export function PolicyTab() {
  const { t, i18n } = useTranslation('settings');
  const errorText = useErrorText('settings');
  const lang: Language = i18n.language === 'en' ? 'en' : 'fr';
  const settings = useCompanySettings((s) => s.settings);
  const save = useCompanySettings((s) => s.save);
  const [draft, setDraft] = useState<PolicyDraft>(() => draftFromPolicy(settings, lang));
  const [errors, setErrors] = useState<PolicyErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [loginNote, setLoginNote] = useState<string | null>(null);
  const notice = useSavedNotice();
  const today = useToday();
  const rates = useRateTable();
  const zones = useMemo(() => {
    const all = timeZones();
    return all.includes(draft.timeZone) ? all : [draft.timeZone, ...all];
  }, [draft.timeZone]);

  const set = <K extends keyof PolicyDraft>(field: K, value: PolicyDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    notice.clear();
  };
  const err = (field: PolicyField) => errorText(errors[field]);
  const text = (
    field: Exclude<keyof PolicyDraft, 'envelope' | 'startAtLogin' | 'showTray' | 'formalNoticeDeadlineDays'>,
    extra: Record<string, unknown> = {},
  ) => <input value={draft[field]} onChange={(e) => set(field, e.target.value)} {...extra} />;

  // The legal floor of a contractual rate: 3 × the legal rate of the current half-year.
  const half = halfYearOf(today);
  const current = rates ? rateFor(half, rates.merged) : undefined;
  const typedRate = draft.contractualRate.trim() === '' ? null : parsePercent(draft.contractualRate);
  const belowFloor =
    current && typedRate?.ok && typedRate.value < contractualFloor(current)
      ? { rate: formatRate(typedRate.value, lang), floor: formatRate(contractualFloor(current), lang), half }
      : null;
  const legalDefault = current ? formatRate(current.ecbRate + COMMERCIAL_MARGIN, lang) : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parsePolicyDraft(settings, draft, isTimeZone);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setFailure(t('notSaved'));
      return;
    }
    setErrors({});
    try {
      await save(parsed.settings);
      setFailure(null);
      notice.markSaved();
      if (parsed.settings.startAtLogin !== settings.startAtLogin) {
        const actual = await platform.setStartAtLogin(parsed.settings.startAtLogin);
        setLoginNote(actual === parsed.settings.startAtLogin ? null : t('policy.startAtLoginUnavailable'));
      }
    } catch {
      setFailure(t('saveFailed'));
    }
  };

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="card">
        <h2>{t('policy.termsTitle')}</h2>
        <div className="form-grid">
          <Field
            label={t('policy.paymentTermsDays')}
            error={err('paymentTermsDays')}
            hint={t('policy.paymentTermsDaysHint')}
          >
            {text('paymentTermsDays', { inputMode: 'numeric' })}
          </Field>
          <Field
            label={t('policy.contractualRate')}
            error={err('contractualRate')}
            hint={
              legalDefault
                ? t('policy.contractualRateHint', { rate: legalDefault, half })
                : t('policy.contractualRateHintNoRate')
            }
          >
            {text('contractualRate', { inputMode: 'decimal', placeholder: t('policy.legalDefault') })}
          </Field>
          <Field
            label={t('policy.fixedIndemnity')}
            error={err('fixedIndemnity')}
            hint={t('policy.fixedIndemnityHint')}
          >
            {text('fixedIndemnity', { inputMode: 'decimal' })}
          </Field>
          <Field label={t('policy.formalNoticeDeadlineDays')} hint={t('policy.formalNoticeDeadlineDaysHint')}>
            <select
              value={draft.formalNoticeDeadlineDays}
              onChange={(e) => set('formalNoticeDeadlineDays', e.target.value === '15' ? '15' : '8')}
            >
              <option value="8">{t('policy.days', { count: 8 })}</option>
              <option value="15">{t('policy.days', { count: 15 })}</option>
            </select>
          </Field>
        </div>
        {belowFloor && (
          <p className="alert warn" role="status">
            {t('policy.belowFloor', belowFloor)}
          </p>
        )}
      </div>

      <div className="card">
        <h2>{t('policy.dunningTitle')}</h2>
        <div className="form-grid">
          <Field label={t('policy.tolerance')} error={err('tolerance')} hint={t('policy.toleranceHint')}>
            {text('tolerance', { inputMode: 'decimal' })}
          </Field>
          <Field
            label={t('policy.minDaysBetweenActions')}
            error={err('minDaysBetweenActions')}
            hint={t('policy.minDaysBetweenActionsHint')}
          >
            {text('minDaysBetweenActions', { inputMode: 'numeric' })}
          </Field>
          <Field
            label={t('policy.agingBounds')}
            error={err('agingBounds')}
            hint={t('policy.agingBoundsHint')}
          >
            {text('agingBounds')}
          </Field>
        </div>
      </div>

      <div className="card">
        <h2>{t('policy.envelopeTitle')}</h2>
        <p className="muted">{t('policy.envelopeText')}</p>
        <div className="form-grid">
          {ENVELOPE_FIELDS.map((f) => (
            <Field key={f} label={t(`policy.envelope.${f}`)} error={err(`envelope.${f}`)}>
              <input
                inputMode="decimal"
                value={draft.envelope[f]}
                onChange={(e) => set('envelope', { ...draft.envelope, [f]: e.target.value })}
              />
            </Field>
          ))}
        </div>
      </div>

      <div className="card">
        <h2>{t('policy.appTitle')}</h2>
        <div className="form-grid">
          <Field
            label={t('policy.schedulerTime')}
            error={err('schedulerTime')}
            hint={t('policy.schedulerTimeHint')}
          >
            <input
              inputMode="numeric"
              placeholder="08:30"
              value={draft.schedulerTime}
              onChange={(e) => set('schedulerTime', e.target.value.trim())}
            />
          </Field>
          <Field label={t('policy.timeZone')} error={err('timeZone')}>
            <select value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('policy.language')} hint={t('policy.languageHint')}>
            <select
              value={lang}
              onChange={async (e) => {
                const next = e.target.value;
                if (!isLanguage(next)) return;
                await changeLanguage(next);
                await platform.writeSettings('language', next);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`policy.languages.${l}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="checks">
          <label className="check">
            <input
              type="checkbox"
              checked={draft.startAtLogin}
              onChange={(e) => set('startAtLogin', e.target.checked)}
            />
            {t('policy.startAtLogin')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.showTray}
              onChange={(e) => set('showTray', e.target.checked)}
            />
            {t('policy.showTray')}
          </label>
          {platform.kind === 'browser' && <p className="field-hint">{t('policy.desktopOnly')}</p>}
          {loginNote && <p className="field-hint">{loginNote}</p>}
        </div>
      </div>

      <SaveBar saved={notice.saved} failure={failure} />
    </form>
  );
}
