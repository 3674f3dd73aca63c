import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { InvoiceRow } from './clientFileView';

interface Props {
  rows: InvoiceRow[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  legend: string;
  error?: string | null;
}

/** Ticks the invoices a promise, a dispute, a plan, a note or the dossier is about. */
export function InvoicePicker({ rows, selected, onChange, legend, error }: Props) {
  const { t } = useTranslation('clientFile');
  const { money, shortDate } = useFormat();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  const all = rows.length > 0 && rows.every((r) => selected.has(r.invoice.id));
  return (
    <fieldset className="cf-picker" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {rows.length === 0 ? (
        <p className="muted">{t('picker.none')}</p>
      ) : (
        <>
          <label className="cf-check cf-check-all">
            <input
              type="checkbox"
              checked={all}
              onChange={(e) => onChange(new Set(e.target.checked ? rows.map((r) => r.invoice.id) : []))}
            />
            {t('picker.all')}
          </label>
          <ul>
            {rows.map((r) => (
              <li key={r.invoice.id}>
                <label className="cf-check">
                  <input
                    type="checkbox"
                    checked={selected.has(r.invoice.id)}
                    onChange={(e) => toggle(r.invoice.id, e.target.checked)}
                  />
                  <span className="cf-picker-number">{r.invoice.number}</span>
                  <span className="muted">{t('picker.due', { date: shortDate(r.invoice.dueDate) })}</span>
                  <span className="num">{money(r.balance)}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}

/** The sum owed on the ticked invoices: the default amount of a promise or a plan. */
export function selectedBalance(rows: InvoiceRow[], selected: ReadonlySet<string>): number {
  return rows.filter((r) => selected.has(r.invoice.id)).reduce((s, r) => s + r.balance, 0);
}
