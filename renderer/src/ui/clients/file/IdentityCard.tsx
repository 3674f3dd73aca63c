import { useTranslation } from 'react-i18next';
import type { Client, Scenario } from '../../../domain/model';
import { scenarioFor } from '../../../domain/scenarios';

interface Props {
  client: Client;
  scenarios: Scenario[];
  onEdit: () => void;
}

/** Who the client is and whom to reach: what a letter's address block and a call need. */
export function IdentityCard({ client, scenarios, onEdit }: Props) {
  const { t } = useTranslation('clientFile');
  const tf = useTranslation('forms').t;
  const scenario = scenarioFor(client, scenarios);
  const ids = [
    client.legalForm,
    client.siren && `${t('identity.siren')} ${client.siren}`,
    client.siret && `${t('identity.siret')} ${client.siret}`,
    client.vatNumber && `${t('identity.vat')} ${client.vatNumber}`,
  ].filter(Boolean);
  return (
    <section className="card cf-identity" aria-labelledby="cf-identity-title">
      <div className="card-header">
        <h2 id="cf-identity-title">{t('identity.title')}</h2>
        <button type="button" onClick={onEdit}>
          {t('identity.edit')}
        </button>
      </div>
      <div className="cf-identity-grid">
        <div>
          <address className="cf-address">
            <strong>{client.name}</strong>
            {client.addressLines.map((line, i) => (
              <span key={i}>{line}</span>
            ))}
            {client.country && client.country !== 'FR' ? <span>{client.country}</span> : null}
          </address>
          {ids.length > 0 ? (
            <p className="muted cf-ids">
              {/* "SIRET 68139128000028" stays whole: the line breaks between identifiers only */}
              {ids.map((id, i) => (
                <span key={i}>
                  {i > 0 ? ' · ' : null}
                  <span className="nowrap">{id}</span>
                </span>
              ))}
            </p>
          ) : null}
        </div>
        <div>
          <h3 className="cf-subtitle">{t('identity.contacts')}</h3>
          {client.contacts.length === 0 ? (
            <p className="muted">{t('identity.noContact')}</p>
          ) : (
            <ul className="cf-contacts">
              {client.contacts.map((c, i) => (
                <li key={i}>
                  <strong>{c.name}</strong>
                  {c.role ? <span className="muted"> — {c.role}</span> : null}
                  {c.billing ? <span className="pill ok">{t('identity.billing')}</span> : null}
                  {c.copy ? <span className="pill">{t('identity.copy')}</span> : null}
                  {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                  {c.phone ? <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
        <p className="cf-tags">
          <span className="pill">{tf(`client.kinds.${client.kind}`)}</span>{' '}
          <span className="pill">{t(`identity.languages.${client.language}`)}</span>{' '}
          <span className="pill">{t('identity.scenario', { name: scenario.name })}</span>
          {client.segment ? (
            <>
              {' '}
              <span className="pill">{client.segment}</span>
            </>
          ) : null}
          {client.insolvency ? (
            <>
              {' '}
              <span className="pill danger">{t(`identity.insolvency.${client.insolvency}`)}</span>
            </>
          ) : null}
        </p>
      </div>
      {client.notes ? <p className="cf-notes">{client.notes}</p> : null}
    </section>
  );
}
