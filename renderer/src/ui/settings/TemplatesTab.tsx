import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listClients } from '../../db/clients';
import { db } from '../../db/database';
import { useTemplates } from '../../db/hooks';
import { listClientInvoices } from '../../db/invoices';
import { listClientPayments } from '../../db/payments';
import { deleteTemplate, saveTemplate } from '../../db/templates';
import { letterHtml } from '../../documents/print/letterHtml';
import { DEFAULT_TEMPLATES, defaultTemplate } from '../../documents/templates/defaults';
import { PLACEHOLDERS } from '../../documents/templates/placeholders';
import type { Template } from '../../domain/model';
import type { DomainError } from '../../domain/result';
import { useCompanySettings } from '../../state/companySettings';
import { useToday } from '../components/useToday';
import { ConfirmDialog } from './ConfirmDialog';
import { EditorSaveBar } from './EditorSaveBar';
import { Field } from '../components/Field';
import { useErrorText } from '../components/useErrorText';
import {
  emailPreview,
  previewInput,
  sampleData,
  templateProblems,
  type PreviewData,
} from './templatePreview';
import { useRateTable } from './useRateTable';

type Status = 'original' | 'modified' | 'custom';

/** Shipped templates with the user's versions in their place, then the user's own. */
function allTemplates(user: readonly Template[]): Template[] {
  const byId = new Map<string, Template>();
  for (const t of [...DEFAULT_TEMPLATES, ...user]) byId.set(t.id, t);
  return [...byId.values()];
}

function statusOf(t: Template, user: readonly Template[]): Status {
  if (!defaultTemplate(t.id)) return 'custom';
  return user.some((u) => u.id === t.id) ? 'modified' : 'original';
}

/**
 * The shipped templates name their channel ("Pré-relance (courrier)", "Mise en demeure (lettre
 * recommandée avec AR)"), and so do their copies: the list adds " · courrier" only to a name that doesn't.
 */
function channelInName(t: Template): boolean {
  const shipped = defaultTemplate(t.id);
  if (shipped && shipped.name === t.name) return true;
  const name = t.name.toLowerCase();
  return DEFAULT_TEMPLATES.some((d) => d.channel === t.channel && name.includes(d.name.toLowerCase()));
}

/** A template's name with "e-mail" kept on one line: no "e-" at a line end in the narrow list. */
function TemplateName({ name }: { name: string }) {
  const parts = name.split(/(e-mail)/i);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

const same = (a: Template, b: Template) => a.subject === b.subject && a.body === b.body && a.name === b.name;

/**
 * "Modèles": the letters and e-mails. Editing a shipped template saves the user's version
 * under the same id (the scenarios keep pointing at it); "Rétablir le modèle d'origine"
 * drops that version. A name that is not a placeholder blocks the save: a letter must
 * never go out with "{{client.nmo}}" in it.
 */
export function TemplatesTab() {
  const { t } = useTranslation('settings');
  const tl = useTranslation('letters').t;
  const errorText = useErrorText('settings');
  const user = useTemplates();
  const company = useCompanySettings((s) => s.settings);
  const today = useToday();
  const rates = useRateTable();
  const [selectedId, setSelectedId] = useState<string>(DEFAULT_TEMPLATES[0]!.id);
  const [draft, setDraft] = useState<Template | null>(null);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<DomainError | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const lastField = useRef<'subject' | 'body'>('body');
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const firstClient = useLiveQuery(async (): Promise<PreviewData | null> => {
    const client = (await listClients(db()))[0];
    if (!client) return null;
    const [invoices, payments] = await Promise.all([
      listClientInvoices(db(), client.id),
      listClientPayments(db(), client.id),
    ]);
    return { client, invoices, payments, sample: false };
  }, []);

  const list = useMemo(() => allTemplates(user ?? []), [user]);
  const stored = list.find((x) => x.id === selectedId) ?? list[0]!;
  const current = draft && draft.id === stored.id ? draft : stored;
  const dirty = !same(current, stored);
  const problems = templateProblems(current.subject, current.body);

  const preview = useMemo(() => {
    if (!rates || firstClient === undefined) return null;
    const sample = sampleData(today, current.language);
    // A real client without open invoice still shows with the sample's invoices.
    const data: PreviewData =
      firstClient && firstClient.invoices.length > 0
        ? firstClient
        : firstClient
          ? {
              ...sample,
              client: firstClient.client,
              invoices: sample.invoices.map((i) => ({ ...i, clientId: firstClient.client.id })),
            }
          : sample;
    const input = previewInput(
      current,
      company,
      { ...data, client: { ...data.client, language: current.language } },
      today,
      rates.merged,
    );
    if (input.invoices.length === 0) {
      const s = sampleData(today, current.language);
      input.invoices = s.invoices.map((invoice) => ({
        invoice: { ...invoice, clientId: data.client.id },
        balance: invoice.amountInclVat,
      }));
    }
    return current.channel === 'letter'
      ? { kind: 'letter' as const, html: letterHtml(input), sample: data.sample, client: data.client.name }
      : { kind: 'email' as const, ...emailPreview(input), sample: data.sample, client: data.client.name };
  }, [current, company, today, rates, firstClient]);

  if (user === undefined) return <p className="muted">{t('loading')}</p>;

  const choose = (id: string) => {
    setSelectedId(id);
    setDraft(null);
    setSaved(false);
    setSaveError(null);
  };
  const edit = (patch: Partial<Template>) => {
    setDraft({ ...current, ...patch });
    setSaved(false);
    setSaveError(null);
  };

  const insert = (name: string) => {
    const token = `{{${name}}}`;
    const field = lastField.current;
    const el = field === 'subject' ? subjectRef.current : bodyRef.current;
    const text = current[field];
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    edit({ [field]: text.slice(0, start) + token + text.slice(end) });
    // Put the cursor after the inserted placeholder once React has written the value.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const onSave = async () => {
    if (problems.unknown.length > 0 || problems.malformed.length > 0) return;
    const { builtIn: _builtIn, ...rest } = current;
    const r = await saveTemplate(db(), rest);
    if (!r.ok) {
      setSaveError(r.error);
      return;
    }
    setDraft(null);
    setSaved(true);
  };

  const onReset = async () => {
    setConfirmReset(false);
    await deleteTemplate(db(), current.id);
    setDraft(null);
    setSaved(false);
  };

  const onDuplicate = async () => {
    const id = `custom-${crypto.randomUUID().slice(0, 8)}-${current.language}`;
    const { builtIn: _builtIn, ...rest } = current;
    const r = await saveTemplate(db(), {
      ...rest,
      id,
      name: t('templates.copyName', { name: current.name }),
    });
    if (r.ok) choose(id);
    else setSaveError(r.error);
  };

  const status = statusOf(stored, user);
  return (
    <div className="templates">
      <nav className="card template-list" aria-label={t('templates.listLabel')}>
        {(['fr', 'en'] as const).map((lang) => (
          <div key={lang}>
            {/* h2: the tab's sections are h2 under the screen's h1, so the heading order holds. */}
            <h2>{t(`templates.language.${lang}`)}</h2>
            <ul>
              {list
                .filter((x) => x.language === lang)
                .map((x) => (
                  <li key={x.id}>
                    <button
                      type="button"
                      className={x.id === stored.id ? 'scenario-item current' : 'scenario-item'}
                      aria-current={x.id === stored.id ? 'true' : undefined}
                      onClick={() => choose(x.id)}
                    >
                      <span>
                        <TemplateName name={x.name} />
                        {channelInName(x) ? null : (
                          <span className="muted small nowrap"> · {t(`templates.channel.${x.channel}`)}</span>
                        )}
                      </span>
                      {statusOf(x, user) !== 'original' && (
                        <span className="pill">{t(`templates.status.${statusOf(x, user)}`)}</span>
                      )}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>

      <div className="template-editor card">
        <div className="card-header">
          <h2>{current.name}</h2>
          <span className="muted">
            {tl(`kinds.${current.kind}`)} · {t(`templates.channel.${current.channel}`)} ·{' '}
            {t(`templates.status.${status}`)}
          </span>
        </div>
        <Field label={t('templates.name')}>
          <input value={current.name} onChange={(e) => edit({ name: e.target.value })} />
        </Field>
        <Field
          label={current.channel === 'email' ? t('templates.subjectEmail') : t('templates.subjectLetter')}
        >
          <input
            ref={subjectRef}
            value={current.subject}
            onFocus={() => (lastField.current = 'subject')}
            onChange={(e) => edit({ subject: e.target.value })}
          />
        </Field>
        <Field label={t('templates.body')} hint={t('templates.bodyHint')}>
          <textarea
            ref={bodyRef}
            rows={16}
            value={current.body}
            onFocus={() => (lastField.current = 'body')}
            onChange={(e) => edit({ body: e.target.value })}
          />
        </Field>
        {(problems.unknown.length > 0 || problems.malformed.length > 0) && (
          <div className="alert error" role="alert">
            <ul>
              {problems.unknown.map((n) => (
                <li key={n}>{t('templates.unknown', { name: `{{${n}}}` })}</li>
              ))}
              {problems.malformed.map((n) => (
                <li key={n}>{t('templates.malformed', { tag: n })}</li>
              ))}
            </ul>
          </div>
        )}
        <EditorSaveBar
          failure={errorText(saveError)}
          saved={saved}
          dirty={dirty}
          canSave={dirty && problems.unknown.length === 0 && problems.malformed.length === 0}
          onSave={() => void onSave()}
        >
          {status === 'modified' && !dirty && (
            <button type="button" onClick={() => setConfirmReset(true)}>
              {t('templates.reset')}
            </button>
          )}
          {dirty && (
            <button type="button" onClick={() => setDraft(null)}>
              {t('templates.discard')}
            </button>
          )}
          <button type="button" onClick={() => void onDuplicate()}>
            {t('templates.duplicate')}
          </button>
        </EditorSaveBar>

        <details className="placeholders" open>
          <summary>{t('templates.placeholders')}</summary>
          <p className="field-hint">{t('templates.placeholdersHint')}</p>
          <ul>
            {PLACEHOLDERS.filter((p) => p.kind !== 'flag').map((p) => (
              <li key={p.name}>
                <button
                  type="button"
                  className="placeholder"
                  onClick={() => insert(p.name)}
                  title={t('templates.insert', { name: p.name })}
                >
                  <code>{`{{${p.name}}}`}</code>
                </button>
                <span className="muted small">{tl(p.descriptionKey)}</span>
              </li>
            ))}
          </ul>
          <p className="field-hint">
            {t('templates.sectionsHint', {
              open: '{{#client.professionnel}}',
              close: '{{/client.professionnel}}',
            })}
          </p>
        </details>
      </div>

      <section className="template-preview card" aria-label={t('templates.preview')}>
        <h2>{t('templates.preview')}</h2>
        {preview && (
          <p className="muted small">
            {preview.sample
              ? t('templates.previewSample')
              : t('templates.previewClient', { name: preview.client })}
          </p>
        )}
        {preview?.kind === 'letter' && (
          // The page is taller than the box: focusable so that the arrow keys scroll it too.
          <div
            className="letter-frame-box"
            tabIndex={0}
            role="region"
            aria-label={t('templates.previewFrame')}
          >
            <iframe
              className="letter-frame"
              title={t('templates.previewFrame')}
              sandbox=""
              srcDoc={preview.html}
            />
          </div>
        )}
        {preview?.kind === 'email' && (
          <div className="email-preview">
            <p>
              <strong>{t('templates.subjectPrefix')}</strong> {preview.subject}
            </p>
            <pre>{preview.body}</pre>
          </div>
        )}
      </section>

      {confirmReset && (
        <ConfirmDialog
          title={t('templates.resetTitle')}
          confirm={t('templates.reset')}
          onConfirm={() => void onReset()}
          onCancel={() => setConfirmReset(false)}
        >
          <p>{t('templates.resetText', { name: current.name })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
