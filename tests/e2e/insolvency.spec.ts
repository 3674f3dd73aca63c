import { expect, test } from '@playwright/test';
import {
  CLIENT,
  createClient,
  createInvoice,
  goToday,
  navigateTo,
  openApp,
  type InvoiceData,
} from './support/app';
import { fr } from './support/text';

/**
 * A debtor goes into redressement judiciaire: the office manager records the procedure
 * and the date of the opening judgment on the client. From then on the client is not
 * chased (Code de commerce L622-21), its claim must be declared to the mandataire
 * judiciaire (L622-24, R622-24), and late interest stops the day before the judgment
 * (L622-28, applied by L631-14).
 *
 * Frozen on 31 March 2026, noon in Paris. F-2026-010: 2 000,00 € due 31 January 2026.
 * Judgment on 16 March 2026 → interest 1 February … 15 March = 28 + 15 = 43 days at
 * 12,15 % (2026 H1: ECB 2,15 % + 10 points): 2 000 × 0,1215 × 43 / 365 = 10 449 / 365
 * = 28,627… → 28,63 €, no 40 € indemnity. Declaration before 16 March + 2 months =
 * 16 May 2026 (the period really runs from the BODACC publication, a few days later).
 */
const NOW = new Date('2026-03-31T12:00:00+02:00');

const OVERDUE: InvoiceData = {
  number: 'F-2026-010',
  issue: '01/01/2026',
  due: '31/01/2026',
  incl: '2 000,00',
  excl: '1 666,67',
};

test('a client in redressement judiciaire: no reminder, the declaration alert, interest stopped', async ({
  page,
}) => {
  await openApp(page, NOW);
  await createClient(page);
  await createInvoice(page, OVERDUE);

  // Before: 59 days late, an action waits on Aujourd'hui.
  await goToday(page);
  await expect(page.getByRole('region', { name: CLIENT.name })).toBeVisible();

  // The client file, "Modifier": the procedure and the date of the opening judgment.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await page.getByRole('button', { name: CLIENT.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLIENT.name })).toBeVisible();
  await page
    .getByRole('region', { name: 'Identité et contacts' })
    .getByRole('button', { name: 'Modifier' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Modifier le client' });
  await edit.getByLabel('Procédure en cours').selectOption({ label: 'Redressement judiciaire' });
  const openedOn = edit.getByLabel("Date du jugement d'ouverture");
  // Required once a procedure is chosen, and not in the future.
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit.getByRole('alert')).toContainText("Indiquez la date du jugement d'ouverture");
  await openedOn.fill('01/04/2026');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit.getByRole('alert')).toContainText("ne peut pas être daté après aujourd'hui");
  await openedOn.fill('16/03/2026');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toBeHidden();

  // The banner of the client file: procedure, date, what to do and before when.
  const banner = page.getByRole('region', { name: 'Redressement judiciaire ouvert le 16/03/2026' });
  await expect(banner).toContainText('Les relances sont arrêtées');
  await expect(banner).toContainText('Déclarez votre créance au mandataire judiciaire avant le 16/05/2026');
  await expect(banner).toContainText('publication du jugement au BODACC');
  await page.screenshot({ path: '/tmp/insolv-results/client-file-insolvency.png' });
  await expect(page.getByRole('button', { name: 'Générer un courrier' })).toBeDisabled();

  // Penalties: one period ending the day before the judgment, no indemnity.
  await page.getByRole('tablist').getByRole('tab', { name: 'Pénalités' }).click();
  await expect(
    page.getByText("Intérêts arrêtés au 15 mars 2026, veille du jugement d'ouverture"),
  ).toBeVisible();
  const card = page.getByRole('region', { name: 'Facture F-2026-010' });
  const period = card.getByRole('row', { name: /01\/02\/2026/ });
  await expect(period).toContainText('15/03/2026');
  await expect(period).toContainText('43');
  await expect(period).toContainText(fr('2 000,00 €'));
  await expect(period).toContainText(fr('12,15 %'));
  await expect(period).toContainText(fr('28,63 €'));
  await expect(card.getByRole('row')).toHaveCount(5); // head, one period, three total lines
  await expect(card.getByRole('row', { name: /Indemnité forfaitaire/ })).toContainText(fr('0,00 €'));
  await expect(card.getByRole('row', { name: /Total pour la facture/ })).toContainText(fr('28,63 €'));
  await expect(card).toContainText("sont comptés jusqu'au 15 mars 2026 inclus");

  // Aujourd'hui: the action is gone, the alert gives the declaration deadline.
  await goToday(page);
  await expect(page.getByRole('region', { name: CLIENT.name })).toHaveCount(0);
  const alerts = page.locator('.alerts-banner');
  const alert = alerts.getByRole('listitem').filter({ hasText: 'Procédure collective' });
  await expect(alert).toContainText(
    `${CLIENT.name} est en redressement judiciaire depuis le jugement du 16 mars 2026`,
  );
  await expect(alert).toContainText(fr('déclarez votre créance (2 000,00 €) au mandataire judiciaire'));
  await expect(alert).toContainText('avant le 16 mai 2026');
  await expect(alert).toContainText('quelques jours après le jugement');
  await page.screenshot({ path: '/tmp/insolv-results/today-insolvency.png', fullPage: true });

  // The aged balance says why the client is not chased.
  await navigateTo(page, 'Balance âgée', 'Balance âgée');
  const row = page
    .getByRole('table', { name: /Balance âgée par client/ })
    .getByRole('row', { name: /Garage Martin/ });
  await expect(row).toContainText('En pause : procédure collective');
});
