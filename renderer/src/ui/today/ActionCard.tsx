import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueAction } from '../../domain/dunning';
import type { Client, CompanySettings, IsoDate, Scenario } from '../../domain/model';
import { targetOf } from '../actions/actionTarget';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormat } from '../components/useFormat';
import { CallPanel } from './CallPanel';
import { EmailPanel } from './EmailPanel';
import { LetterPanel } from './LetterPanel';
import { StepButtons } from './StepButtons';
import { StepLabel } from './StepLabel';
import { useFlow } from '../components/useFlow';

interface Props {
  action: DueAction;
  client: Client;
  scenario: Scenario | undefined;
  company: CompanySettings;
  today: IsoDate;
}

/** One step for one client: the invoices it covers, what to do, and how to record it. */
export function ActionCard({ action, client, scenario, company, today }: Props) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const runner = useFlow('today', 'action.unexpected');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const target = targetOf(action);
  const channel = action.step.channel;
  const titleId = `action-${action.key}`;

  return (
    <article className="action" aria-labelledby={titleId}>
      <header className="action-header">
        <h3 id={titleId}>
          <StepLabel step={action.step} />
        </h3>
        <span className="muted">{t('card.dueSince', { date: format.date(action.dueSince) })}</span>
        <span className="amount action-amount">{format.money(action.amount)}</span>
      </header>
      <table className="data action-invoices">
        <caption className="visually-hidden">{t('card.invoices')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('card.number')}</th>
            <th scope="col">{t('card.dueDate')}</th>
            <th scope="col" className="num">
              {t('card.daysLate')}
            </th>
            <th scope="col" className="num">
              {t('card.balance')}
            </th>
          </tr>
        </thead>
        <tbody>
          {action.invoices.map((i) => (
            <tr key={i.invoiceId}>
              <td>{i.number}</td>
              <td>{format.shortDate(i.dueDate)}</td>
              <td className="num">
                {i.daysLate >= 0
                  ? t('card.late', { count: i.daysLate })
                  : t('card.dueIn', { count: -i.daysLate })}
              </td>
              <td className="num amount">{format.money(i.balance)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {channel === 'letter' || channel === 'registered-letter' ? (
        <LetterPanel
          actionKey={action.key}
          target={target}
          company={company}
          today={today}
          runner={runner}
          onGenerated={(id) => setDocumentIds((ids) => [...ids, id])}
        />
      ) : null}
      {channel === 'email' ? (
        <EmailPanel target={target} company={company} today={today} runner={runner} />
      ) : null}
      {channel === 'phone' ? (
        <CallPanel client={client} target={target} today={today} runner={runner} />
      ) : null}
      {channel === 'task' ? (
        <p className="action-panel muted">
          {t(action.step.kind === 'court-file' ? 'task.courtFile' : 'task.other')}
        </p>
      ) : null}

      <ErrorAlert message={runner.error} />
      <StepButtons
        target={target}
        scenario={scenario}
        today={today}
        documentIds={documentIds}
        runner={runner}
      />
    </article>
  );
}
