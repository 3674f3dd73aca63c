import { expect, test, type Page } from '@playwright/test';
import { CLIENT, createClient, createInvoice, goToday, openApp } from './support/app';

/**
 * A promise to pay pauses the escalation; a broken one resumes it (DESIGN.md, the
 * scheduler). Clock frozen on Tuesday 10 March 2026, 09:00 Paris: the invoice fell due on
 * 4 February, so it is 34 days late and its e-mail reminder (J+2) is due today.
 */
const NOW = new Date('2026-03-10T09:00:00+01:00');

async function promise(page: Page, date: string) {
  await page.getByRole('link', { name: CLIENT.name }).first().click();
  await page.getByRole('tab', { name: 'Promesses, litiges, échéanciers' }).click();
  await page.getByRole('button', { name: 'Promesse de paiement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Promesse de paiement' });
  await dialog.getByLabel('Date promise').fill(date);
  await dialog.getByRole('button', { name: 'Enregistrer la promesse' }).click();
  await expect(dialog).toBeHidden();
}

test('a promise to pay pauses the reminders, and a broken promise resumes them', async ({ page }) => {
  await openApp(page, NOW);
  await createClient(page);
  await createInvoice(page, {
    number: 'F-2026-010',
    issue: '05/01/2026',
    due: '04/02/2026',
    incl: '1 200,00',
    excl: '1 000,00',
  });
  await goToday(page);
  const group = page.getByRole('region', { name: CLIENT.name });
  await expect(group).toContainText('F-2026-010');

  // The client promises to pay on 13 March: nothing to chase until then.
  await promise(page, '13/03/2026');
  await goToday(page);
  await expect(group).toBeHidden();
  await expect(page.getByRole('heading', { name: "Rien à faire aujourd'hui" })).toBeVisible();

  // 14 March, 09:00 (4 days later): the promised date passed without payment.
  await page.clock.fastForward(4 * 24 * 60 * 60 * 1000);
  await expect(page.getByText('14 mars 2026', { exact: true })).toBeVisible();
  await expect(group).toContainText('F-2026-010');
  await expect(page.getByText(/Promesse non tenue/)).toBeVisible();
});
