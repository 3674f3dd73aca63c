import { expect, test, type Page } from '@playwright/test';
import {
  fillClientForm,
  fillInvoiceForm,
  navigateTo,
  type ClientFields,
  type InvoiceFields,
} from './support/app';
import { fr } from './support/text';

// Frozen on 31 March 2026, noon in Paris: every "days late" below is counted from that day.
const NOW = new Date('2026-03-31T12:00:00+02:00');

const openClients = (page: Page) => navigateTo(page, 'Clients', 'Clients');
const openAging = (page: Page) => navigateTo(page, 'Balance âgée', 'Balance âgée');

async function createClient(page: Page, c: ClientFields) {
  await page.getByRole('button', { name: 'Nouveau client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau client' });
  await fillClientForm(dialog, c);
  return dialog;
}

async function addInvoice(page: Page, clientName: string, inv: InvoiceFields) {
  await page.getByRole('button', { name: `Nouvelle facture pour ${clientName}` }).click();
  const dialog = page.getByRole('dialog', { name: /Nouvelle facture/ });
  await fillInvoiceForm(dialog, inv);
  return dialog;
}

/** Two clients, three invoices, through the forms as the office manager types them. */
async function enterTheBooks(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/#/clients');
  await expect(page.getByRole('heading', { name: "Aucun client pour l'instant" })).toBeVisible();

  // A SIREN with a wrong check digit is refused beside its field, and nothing is saved.
  const dialog = await createClient(page, {
    name: 'Atelier Dupont SAS',
    siren: '123 456 789',
    street: '12 RUE DE LA PAIX',
    city: '75002 PARIS',
    contact: 'Marie Dupont',
    email: 'marie@atelier-dupont.fr',
  });
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  const siren = dialog.getByLabel('SIREN', { exact: true });
  await expect(siren).toHaveAttribute('aria-invalid', 'true');
  await expect(siren).toHaveAccessibleDescription(/Numéro SIREN invalide\s:\s«\s123 456 789\s»/);
  await expect(siren).toBeFocused();
  await siren.fill('732 829 320');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Client « Atelier Dupont SAS » créé.' }),
  ).toBeVisible();

  // Due date from the company's 30-day terms: 1 January + 30 days = 31 January (59 days late on 31 March).
  let inv = await addInvoice(page, 'Atelier Dupont SAS', {
    number: 'F-2026-001',
    issue: '01/01/2026',
    incl: '1 200,00',
    excl: '1 000,00',
  });
  await expect(inv.getByLabel("Date d'échéance")).toHaveValue('31/01/2026');
  await inv.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(inv).toBeHidden();
  // Issued 15 March, due 14 April: not yet due.
  inv = await addInvoice(page, 'Atelier Dupont SAS', {
    number: 'F-2026-002',
    issue: '15/03/2026',
    incl: '2 400,00',
    excl: '2 000,00',
  });
  await inv.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(inv).toBeHidden();

  const second = await createClient(page, {
    name: 'Boulangerie Éclair',
    kind: 'Particulier',
    street: '3 PLACE DU MARCHE',
    city: '69001 LYON',
    contact: 'Paul Éclair',
    email: 'paul@eclair.fr',
  });
  await second.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(second).toBeHidden();
  // Due 1 December 2025: 120 days late on 31 March 2026 (30 + 31 + 28 + 31).
  inv = await addInvoice(page, 'Boulangerie Éclair', {
    number: 'F-2025-117',
    issue: '01/11/2025',
    due: '01/12/2025',
    incl: '300,00',
    excl: '250,00',
  });
  // The number is unique: reusing one is refused beside the field.
  await inv.getByLabel('Numéro de facture').fill('F-2026-001');
  await inv.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(inv.getByLabel('Numéro de facture')).toHaveAccessibleDescription(/déjà utilisé/);
  await inv.getByLabel('Numéro de facture').fill('F-2025-117');
  await inv.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(inv).toBeHidden();
}

test.describe('clients and aged receivables', () => {
  test('record clients, invoices and a partial payment, and read the aged balance change', async ({
    page,
  }) => {
    await enterTheBooks(page);

    // The list shows what each owes: 1 200 + 2 400 = 3 600,00 €
    const dupont = page.getByRole('row', { name: /Atelier Dupont SAS/ });
    await expect(dupont).toContainText(fr('3 600,00 €'));
    await expect(dupont).toContainText('59 jours');

    await openAging(page);
    const table = page.getByRole('table', { name: /Balance âgée par client/ });
    const row = table.getByRole('row', { name: /Atelier Dupont SAS/ });
    await expect(row).toContainText(fr('2 400,00')); // not yet due
    await expect(row).toContainText(fr('1 200,00')); // 31 to 60 days
    await expect(row).toContainText(fr('3 600,00'));
    const totals = table.getByRole('row', { name: /Total \(2 clients\)/ });
    // 3 600,00 + 300,00 = 3 900,00
    await expect(totals).toContainText(fr('3 900,00'));
    await expect(page.getByText('Plus de 90 j').first()).toBeVisible();

    // A 500,00 € cheque: allocated to the oldest invoice first, 700,00 € still owed on it.
    await openClients(page);
    await page.getByRole('button', { name: 'Règlement reçu de Atelier Dupont SAS' }).click();
    const pay = page.getByRole('dialog', { name: /Règlement reçu/ });
    await pay.getByLabel('Montant reçu').fill('500,00');
    await pay.getByLabel('Référence').fill('Chèque 0001234');
    await expect(pay.getByLabel('Montant imputé sur la facture F-2026-001')).toHaveValue('500,00');
    await expect(pay.getByLabel('Montant imputé sur la facture F-2026-002')).toHaveValue('');
    await pay.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(pay).toBeHidden();
    await expect(page.getByRole('row', { name: /Atelier Dupont SAS/ })).toContainText(fr('3 100,00 €'));

    await openAging(page);
    await expect(row).toContainText(fr('700,00'));
    await expect(row).toContainText(fr('3 100,00'));
    // 3 100,00 + 300,00 = 3 400,00
    await expect(totals).toContainText(fr('3 400,00'));
    await expect(page.getByRole('figure')).toContainText(fr('700,00 €'));
  });

  test('sort, search, board view and English', async ({ page }) => {
    await enterTheBooks(page);
    await openAging(page);
    const table = page.getByRole('table', { name: /Balance âgée par client/ });
    const clientNames = table.locator('tbody th[scope="row"]');
    // Largest total first by default: Atelier (3 600,00) then Boulangerie (300,00).
    await expect(clientNames).toHaveText(['Atelier Dupont SAS', 'Boulangerie Éclair']);

    const maxLate = table.getByRole('columnheader', { name: /Retard max/ });
    await maxLate.getByRole('button').click();
    await expect(maxLate).toHaveAttribute('aria-sort', 'descending');
    await expect(clientNames).toHaveText(['Boulangerie Éclair', 'Atelier Dupont SAS']); // 120 days, then 59
    // The keyboard sorts too: the header is a button.
    await maxLate.getByRole('button').press('Enter');
    await expect(maxLate).toHaveAttribute('aria-sort', 'ascending');
    await expect(clientNames).toHaveText(['Atelier Dupont SAS', 'Boulangerie Éclair']);
    await table
      .getByRole('columnheader', { name: /Client/ })
      .getByRole('button')
      .click();
    await expect(table.getByRole('columnheader', { name: /Client/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await page.getByLabel('Rechercher un client').fill('eclair');
    await expect(clientNames).toHaveText(['Boulangerie Éclair']);
    await expect(table.getByRole('row', { name: /Total \(1 client\)/ })).toContainText(fr('300,00'));
    await page.getByLabel('Rechercher un client').fill('');
    await page.getByLabel('Type de client').selectOption({ label: 'Particulier' });
    await expect(clientNames).toHaveText(['Boulangerie Éclair']);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect(clientNames).toHaveCount(2);

    await page.getByRole('button', { name: 'Vue par étape' }).click();
    await expect(page.getByRole('button', { name: 'Vue par étape' })).toHaveAttribute('aria-pressed', 'true');
    const board = page.getByRole('region', { name: 'Clients par étape de relance' });
    await expect(board.getByRole('heading', { name: /Mise en demeure/ })).toBeVisible();
    await expect(board.getByRole('heading', { name: /Dossier contentieux/ })).toBeVisible();
    const card = board.getByRole('button', { name: /Boulangerie Éclair/ });
    await expect(card).toContainText(fr('300,00 €'));
    await expect(card).toContainText('120 jours de retard');
    await card.click();
    await expect(page).toHaveURL(/#\/clients\/[^/]+$/);

    await openAging(page);
    await page.getByLabel('Langue').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Aged receivables' })).toBeVisible();
    await page.getByRole('button', { name: 'Table' }).click();
    const enTable = page.getByRole('table', { name: /Aged receivables by client/ });
    await expect(enTable.getByRole('columnheader', { name: /Max days late/ })).toBeVisible();
    await expect(enTable.getByRole('columnheader', { name: 'Not yet due' })).toBeVisible();
    await expect(enTable.getByRole('row', { name: /Total \(2 clients\)/ })).toContainText('3,900.00');
  });
});
