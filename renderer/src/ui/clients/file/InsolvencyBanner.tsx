import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../domain/dates';
import { DECLARATION_MONTHS } from '../../../domain/dunning';
import type { Client, IsoDate } from '../../../domain/model';
import { useFormat } from '../../components/useFormat';

/**
 * A debtor in sauvegarde, redressement or liquidation judiciaire is not chased any more:
 * its creditor declares the claim to the mandataire judiciaire within two months of the
 * BODACC publication of the opening judgment (Code de commerce L622-24, R622-24). The
 * banner says so at the top of the client file, with the date to aim before —
 * judgment + 2 months, the publication coming a few days after the judgment.
 */
export function InsolvencyBanner({ client, today }: { client: Client; today: IsoDate }) {
  const { t } = useTranslation('clientFile');
  const { shortDate } = useFormat();
  if (!client.insolvency) return null;
  const openedOn = client.insolvencyOpenedOn;
  if (openedOn === undefined) {
    return (
      <p className="alert error cf-insolvency" role="note">
        {t('insolvency.noDate', { procedure: t(`identity.insolvency.${client.insolvency}`) })}
      </p>
    );
  }
  const deadline = addMonths(openedOn, DECLARATION_MONTHS);
  const title = t(`insolvency.title.${client.insolvency}`, { date: shortDate(openedOn) });
  return (
    <section className="alert error cf-insolvency" aria-label={title}>
      <p>
        <strong>{title}</strong>
      </p>
      <p>{t('insolvency.effects')}</p>
      <p>
        {today <= deadline
          ? t('insolvency.declare', { deadline: shortDate(deadline) })
          : t('insolvency.late', { deadline: shortDate(deadline) })}
      </p>
    </section>
  );
}
