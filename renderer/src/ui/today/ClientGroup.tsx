import { useTranslation } from 'react-i18next';
import type { DueAction } from '../../domain/dunning';
import type { Client, CompanySettings, IsoDate, Scenario } from '../../domain/model';
import { sumCents } from '../../domain/money';
import { scenarioFor } from '../../domain/scenarios';
import { useNavigation } from '../../state/navigation';
import { useFormat } from '../components/useFormat';
import { ActionCard } from './ActionCard';

interface Props {
  client: Client;
  actions: DueAction[];
  scenarios: Scenario[];
  company: CompanySettings;
  today: IsoDate;
}

/** A client's actions of the day under its name; the name opens the client file. */
export function ClientGroup({ client, actions, scenarios, company, today }: Props) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const navigate = useNavigation((s) => s.navigate);
  const scenario = (id: string) => scenarios.find((s) => s.id === id) ?? scenarioFor(client, scenarios);
  return (
    <section className="card client-group" aria-label={client.name}>
      <div className="card-header">
        <h2>
          <a
            href={`#/clients/${encodeURIComponent(client.id)}`}
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: 'client', clientId: client.id });
            }}
          >
            {client.name}
          </a>
        </h2>
        <span className="muted">
          {t('group.summary', {
            count: actions.length,
            amount: format.money(sumCents(actions.map((a) => a.amount))),
          })}
        </span>
      </div>
      {actions.map((a) => (
        <ActionCard
          key={a.key}
          action={a}
          client={client}
          scenario={scenario(a.scenarioId)}
          company={company}
          today={today}
        />
      ))}
    </section>
  );
}
