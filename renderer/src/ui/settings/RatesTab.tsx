import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { setMeta } from '../../db/meta';
import { formatRate } from '../../documents/letters/figures';
import { halfYearOf } from '../../domain/dates';
import type { HalfYearRates, Language } from '../../domain/model';
import {
  COMMERCIAL_MARGIN,
  DEFAULT_RATES,
  halfYearRatesErrors,
  missingCurrentHalf,
} from '../../domain/rates';
import type { DomainError } from '../../domain/result';
import { USER_RATES_KEY } from '../actions/companyRates';
import { useToday } from '../components/useToday';
import { Dialog } from '../components/Dialog';
import { ConfirmDialog } from './ConfirmDialog';
import { Field } from '../components/Field';
import { useErrorText } from '../components/useErrorText';
import { parsePercent } from './percent';
import { useRateTable } from './useRateTable';

type RateField = 'half' | 'ecbRate' | 'legalRatePrivate' | 'legalRateOther';
interface RateDraft {
  half: string;
  ecbRate: string;
  legalRatePrivate: string;
  legalRateOther: string;
}

/** The half-year after the last one of the table: what the user most likely adds. */
function nextHalf(rates: readonly HalfYearRates[]): string {
  const last = rates[rates.length - 1]?.half;
  const m = last ? /^(\d{4})-H([12])$/.exec(last) : null;
  if (!m) return '';
  return m[2] === '1' ? `${m[1]}-H2` : `${Number(m[1]) + 1}-H1`;
}

/**
 * "Taux": the ECB rate and the taux d'intérêt légal per half-year. The shipped ones come
 * with the app; the user adds each new half-year when the Banque de France publishes it
 * (kept in the database so that backups carry it), or corrects one.
 */
export function RatesTab() {
  const { t, i18n } = useTranslation('settings');
  const errorText = useErrorText('settings');
  const lang: Language = i18n.language === 'en' ? 'en' : 'fr';
  const today = useToday();
  const table = useRateTable();
  const [draft, setDraft] = useState<RateDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<RateField, DomainError>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [removing, setRemoving] = useState<HalfYearRates | null>(null);

  if (!table) return <p className="muted">{t('loading')}</p>;
  const missing = missingCurrentHalf(table.merged, today);
  const shipped = new Set(DEFAULT_RATES.map((r) => r.half));
  const userHalves = new Set(table.user.map((r) => r.half));

  const open = (half = nextHalf(table.merged)) => {
    setDraft({ half, ecbRate: '', legalRatePrivate: '', legalRateOther: '' });
    setErrors({});
    setSaved(null);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const found: Partial<Record<RateField, DomainError>> = {};
    const value = (field: Exclude<RateField, 'half'>): number => {
      const r = parsePercent(draft[field], { allowNegative: true });
      if (!r.ok) {
        found[field] = r.error;
        return Number.NaN;
      }
      return r.value;
    };
    const entry: HalfYearRates = {
      half: draft.half
        .trim()
        .toUpperCase()
        .replace(/^(\d{4})\s*-?\s*S/, '$1-H'),
      ecbRate: value('ecbRate'),
      legalRatePrivate: value('legalRatePrivate'),
      legalRateOther: value('legalRateOther'),
    };
    for (const problem of halfYearRatesErrors(entry)) {
      const field =
        problem.code === 'rates.halfInvalid'
          ? 'half'
          : (String(problem.params?.field ?? 'ecbRate') as RateField);
      found[field] ??= problem;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const next = [...table.user.filter((r) => r.half !== entry.half), entry].sort((a, b) =>
      a.half < b.half ? -1 : 1,
    );
    await setMeta(db(), USER_RATES_KEY, next);
    setDraft(null);
    setSaved(entry.half);
  };

  const remove = async (half: string) => {
    setRemoving(null);
    await setMeta(
      db(),
      USER_RATES_KEY,
      table.user.filter((r) => r.half !== half),
    );
  };

  const rows = [...table.merged].reverse();
  return (
    <div className="rates">
      {missing && (
        <div className="alert warn" role="alert">
          <p>{errorText({ code: 'rates.missingCurrentHalf', params: { half: missing } })}</p>
          <button type="button" className="primary" onClick={() => open(missing)}>
            {t('rates.addHalf', { half: missing })}
          </button>
        </div>
      )}
      {saved && (
        <p className="alert ok" role="status">
          {t('rates.saved', { half: saved })}
        </p>
      )}
      <div className="card">
        <div className="card-header">
          <h2>{t('rates.title')}</h2>
          <button type="button" onClick={() => open()}>
            {t('rates.add')}
          </button>
        </div>
        <p className="muted">{t('rates.intro')}</p>
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th>{t('rates.half')}</th>
                <th className="num">{t('rates.ecbRate')}</th>
                <th className="num">{t('rates.commercialRate')}</th>
                <th className="num">{t('rates.legalRatePrivate')}</th>
                <th className="num">{t('rates.legalRateOther')}</th>
                <th>{t('rates.source')}</th>
                <th>
                  <span className="visually-hidden">{t('scenarios.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.half} className={r.half === halfYearOf(today) ? 'current-half' : undefined}>
                  <th scope="row">{r.half}</th>
                  <td className="num">{formatRate(r.ecbRate, lang)}</td>
                  <td className="num">{formatRate(r.ecbRate + COMMERCIAL_MARGIN, lang)}</td>
                  <td className="num">{formatRate(r.legalRatePrivate, lang)}</td>
                  <td className="num">{formatRate(r.legalRateOther, lang)}</td>
                  <td>
                    {userHalves.has(r.half) ? (
                      <span className="pill warn">
                        {shipped.has(r.half) ? t('rates.userOverride') : t('rates.user')}
                      </span>
                    ) : (
                      <span className="pill">{t('rates.shipped')}</span>
                    )}
                  </td>
                  <td>
                    {userHalves.has(r.half) && (
                      <button type="button" className="link" onClick={() => setRemoving(r)}>
                        {shipped.has(r.half) ? t('rates.restore') : t('rates.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      {draft && (
        <Dialog title={t('rates.dialogTitle')} onClose={() => setDraft(null)}>
          <form onSubmit={onSubmit} noValidate>
            <p className="muted">{t('rates.dialogIntro')}</p>
            <div className="form-grid">
              <Field label={t('rates.half')} error={errorText(errors.half)} hint={t('rates.halfHint')}>
                <input value={draft.half} onChange={(e) => setDraft({ ...draft, half: e.target.value })} />
              </Field>
              <Field
                label={t('rates.ecbRateInput')}
                error={errorText(errors.ecbRate)}
                hint={t('rates.ecbRateHint')}
              >
                <input
                  inputMode="decimal"
                  value={draft.ecbRate}
                  onChange={(e) => setDraft({ ...draft, ecbRate: e.target.value })}
                />
              </Field>
              <Field label={t('rates.legalRatePrivateInput')} error={errorText(errors.legalRatePrivate)}>
                <input
                  inputMode="decimal"
                  value={draft.legalRatePrivate}
                  onChange={(e) => setDraft({ ...draft, legalRatePrivate: e.target.value })}
                />
              </Field>
              <Field label={t('rates.legalRateOtherInput')} error={errorText(errors.legalRateOther)}>
                <input
                  inputMode="decimal"
                  value={draft.legalRateOther}
                  onChange={(e) => setDraft({ ...draft, legalRateOther: e.target.value })}
                />
              </Field>
            </div>
            {table.merged.some((r) => r.half === draft.half.trim()) && (
              <p className="alert warn">{t('rates.replaces', { half: draft.half.trim() })}</p>
            )}
            <div className="form-actions">
              <button type="button" onClick={() => setDraft(null)}>
                {t('cancel')}
              </button>
              <button type="submit" className="primary">
                {t('save')}
              </button>
            </div>
          </form>
        </Dialog>
      )}

      {removing && (
        <ConfirmDialog
          title={t('rates.removeTitle', { half: removing.half })}
          confirm={shipped.has(removing.half) ? t('rates.restore') : t('rates.remove')}
          onConfirm={() => void remove(removing.half)}
          onCancel={() => setRemoving(null)}
        >
          <p>{shipped.has(removing.half) ? t('rates.restoreText') : t('rates.removeText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
