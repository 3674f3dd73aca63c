import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { applyImport, rememberedMapping, type ImportSummary } from '../../db/import/applyImport';
import { parseCsvImport, readCsvHeader, type CsvDelimiter } from '../../domain/import/csv';
import { CSV_FIELDS, guessMapping, REQUIRED_FIELDS, type CsvMapping } from '../../domain/import/csvMapping';
import { decodeText, type TextEncodingName } from '../../domain/import/encoding';
import type { ImportIssue, ImportKind } from '../../domain/import/plan';
import type { DomainError } from '../../domain/result';
import { useCompanySettings } from '../../state/companySettings';
import { useToday } from '../components/useToday';
import { Field } from '../components/Field';
import { baseName, fileBytes } from './fileBytes';
import { CsvPreview } from './CsvPreview';
import { ImportResult } from './ImportResult';
import { IssuesTable } from './IssuesTable';
import { useImportText } from './useImportText';

const KINDS: readonly ImportKind[] = ['clients', 'invoices', 'payments'];

interface LoadedFile {
  name: string;
  text: string;
  encoding: TextEncodingName;
  guessed: boolean;
  delimiter: CsvDelimiter;
  headers: string[];
}

/** A remembered mapping is used only when every column it names is in this file. */
function fits(
  mapping: Record<string, string> | undefined,
  headers: readonly string[],
): mapping is Record<string, string> {
  return !!mapping && Object.values(mapping).every((h) => headers.includes(h));
}

/**
 * Import CSV: choose what the file lists, pick it; the encoding and separator are
 * detected and shown, the columns guessed (or taken from the last import of the same
 * source) and corrected here; every rejected line is listed; "Importer" writes all of
 * it or nothing, and only when no line is rejected.
 */
export function CsvImport() {
  const { t } = useTranslation('import');
  const text = useImportText();
  const paymentTermsDays = useCompanySettings((s) => s.settings.paymentTermsDays);
  const today = useToday();
  const [kind, setKind] = useState<ImportKind>('invoices');
  const [source, setSource] = useState('');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [remembered, setRemembered] = useState(false);
  const [readError, setReadError] = useState<DomainError | null>(null);
  const [dbErrors, setDbErrors] = useState<ImportIssue[]>([]);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const sourceName = source.trim() || (file ? baseName(file.name) : '');
  const result = useMemo(
    () =>
      file
        ? parseCsvImport(file.text, kind, mapping, { sourceName, fileName: file.name, paymentTermsDays })
        : null,
    [file, kind, mapping, sourceName, paymentTermsDays],
  );

  const mapFor = async (headers: string[], forKind: ImportKind, name: string) => {
    const known = await rememberedMapping(db(), name);
    const useKnown =
      fits(known, headers) &&
      Object.keys(known).some((f) => (CSV_FIELDS[forKind] as readonly string[]).includes(f));
    setRemembered(useKnown);
    setMapping(useKnown ? known : guessMapping(headers, forKind));
  };

  const onFile = async (picked: File | undefined) => {
    setSummary(null);
    setDbErrors([]);
    setReadError(null);
    setFile(null);
    if (!picked) return;
    const decoded = decodeText(await fileBytes(picked));
    if (!decoded.ok) {
      setReadError(decoded.error);
      return;
    }
    const { headers, delimiter } = readCsvHeader(decoded.value.text);
    const loaded: LoadedFile = {
      name: picked.name,
      text: decoded.value.text,
      encoding: decoded.value.encoding,
      guessed: decoded.value.guessed,
      delimiter,
      headers,
    };
    await mapFor(headers, kind, source.trim() || baseName(picked.name));
    setFile(loaded);
  };

  const onImport = async () => {
    if (!result || result.errors.length > 0) return;
    setBusy(true);
    try {
      const r = await applyImport(db(), result.plan, { today });
      if (r.ok) {
        setSummary(r.summary);
        setFile(null);
      } else setDbErrors(r.errors);
    } finally {
      setBusy(false);
    }
  };

  const issues = [...(result?.errors ?? []), ...dbErrors];
  const canImport = !!result && issues.length === 0 && result.rowCount > 0 && !busy;
  const fields = CSV_FIELDS[kind] as readonly string[];
  const required = new Set(REQUIRED_FIELDS[kind]);

  return (
    <section className="card" aria-labelledby="csv-title">
      <h2 id="csv-title">{t('screen.csvTitle')}</h2>
      <p className="muted">{t('screen.csvIntro')}</p>
      <div className="form-grid">
        <Field label={t('screen.kind')}>
          <select
            value={kind}
            onChange={(e) => {
              const next = e.target.value as ImportKind;
              setKind(next);
              if (file) void mapFor(file.headers, next, sourceName);
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`screen.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('screen.source')} hint={t('screen.sourceHint')}>
          <input
            value={source}
            placeholder={file ? baseName(file.name) : ''}
            onChange={(e) => setSource(e.target.value)}
            onBlur={() => file && void mapFor(file.headers, kind, sourceName)}
          />
        </Field>
        <Field label={t('screen.csvFile')}>
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </Field>
      </div>

      {readError && (
        <p className="alert error" role="alert">
          {text.issue({
            line: 0,
            code: readError.code,
            ...(readError.params ? { params: readError.params } : {}),
          })}
        </p>
      )}
      {summary && <ImportResult summary={summary} />}

      {file && result && (
        <>
          <p className="detected" role="status">
            {t('screen.detected', {
              encoding: t(`encodings.${file.encoding}`),
              separator: t(`separators.${file.delimiter}`),
              rows: result.rowCount,
            })}
            {file.guessed && (
              <> {text.guess({ code: 'import.guess.encoding', params: { encoding: file.encoding } })}</>
            )}
          </p>

          <h3>{t('screen.mappingTitle')}</h3>
          <p className="muted">
            {remembered ? t('screen.mappingRemembered', { source: sourceName }) : t('screen.mappingGuessed')}
          </p>
          <div className="mapping-grid">
            {fields.map((f) => (
              <Field key={f} label={`${text.field(f)}${required.has(f) ? ' *' : ''}`}>
                <select
                  value={mapping[f] ?? ''}
                  onChange={(e) =>
                    setMapping({ ...mapping, [f]: e.target.value === '' ? undefined : e.target.value })
                  }
                >
                  <option value="">{t('screen.notInFile')}</option>
                  {file.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </Field>
            ))}
          </div>

          <h3>{t('screen.previewTitle')}</h3>
          <CsvPreview kind={kind} plan={result.plan} />
          <IssuesTable issues={issues} />
          <div className="save-bar">
            <span className="muted">
              {issues.length > 0 ? t('screen.fixFirst') : t('screen.allOrNothing')}
            </span>
            <button type="button" className="primary" disabled={!canImport} onClick={() => void onImport()}>
              {t('screen.import')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
