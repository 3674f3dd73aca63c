import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { shot } from './support/shots';

// Frozen on 31 March 2026, noon in Paris.
const NOW = new Date('2026-03-31T12:00:00+02:00');
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/import');

async function openData(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/#/settings/data');
  await expect(page.getByRole('heading', { name: 'Importer un fichier CSV' })).toBeVisible();
}

function csvSection(page: Page) {
  return page.getByRole('region', { name: 'Importer un fichier CSV' });
}

async function importInvoicesCsv(page: Page) {
  const csv = csvSection(page);
  await csv.getByLabel('Le fichier contient').selectOption({ label: 'des factures' });
  await csv.getByLabel('Fichier CSV').setInputFiles(join(FIXTURES, 'factures-facturation-utf8-bom.csv'));
  await expect(
    csv.getByText('Encodage : UTF-8 avec BOM · séparateur : point-virgule · 5 lignes de données.'),
  ).toBeVisible();
  // The columns guessed from their titles.
  await expect(csv.getByLabel('N° de facture *')).toHaveValue('N° facture');
  await expect(csv.getByLabel('Montant TTC *')).toHaveValue('Montant TTC');
  await expect(csv.getByLabel('Reste à payer')).toHaveValue('Reste à payer');
  await expect(csv.getByRole('cell', { name: 'F2026-004' })).toBeVisible();
  await shot(page, 'data-csv-preview');
  await csv.getByRole('button', { name: 'Importer' }).click();
  await expect(csv.getByText('Import terminé.')).toBeVisible();
  await expect(csv.getByText('Clients : 3 créés, 0 mis à jour')).toBeVisible();
  await expect(csv.getByText('Factures : 5 créées, 0 mises à jour')).toBeVisible();
}

test('CSV of invoices: encoding and separator shown, columns guessed, imported, the clients appear', async ({
  page,
}) => {
  await openData(page);
  await importInvoicesCsv(page);

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  for (const name of ['Boulangerie Dupré', 'Société Œnologique du Sud', 'Garage Martin & Fils']) {
    await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  }
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Balance âgée' })
    .click();
  await expect(page.getByText('Garage Martin & Fils').first()).toBeVisible();

  // The same file again: the mapping comes back from the first import, nothing is duplicated.
  await page.goto('/#/settings/data');
  const csv = csvSection(page);
  await csv.getByLabel('Fichier CSV').setInputFiles(join(FIXTURES, 'factures-facturation-utf8-bom.csv'));
  await expect(
    csv.getByText('Correspondance reprise du dernier import « factures-facturation-utf8-bom »'),
  ).toBeVisible();
  await csv.getByRole('button', { name: 'Importer' }).click();
  await expect(csv.getByText('Factures : 0 créées, 5 mises à jour')).toBeVisible();
});

test('malformed CSV: every rejected line listed with its line and column, Import stays disabled', async ({
  page,
}) => {
  await openData(page);
  const csv = csvSection(page);
  await csv.getByLabel('Fichier CSV').setInputFiles(join(FIXTURES, 'factures-montant-invalide.csv'));
  const rejected = csv.getByRole('alert');
  await expect(rejected.getByText('1 ligne rejetée.')).toBeVisible();
  const row = rejected.getByRole('row', { name: /Montant HT/ });
  await expect(row.getByRole('cell').first()).toHaveText('4');
  await expect(row).toContainText('1.234,5x');
  await expect(csv.getByRole('button', { name: 'Importer' })).toBeDisabled();
  await rejected.scrollIntoViewIfNeeded();
  await shot(page, 'data-csv-errors');

  await csv.getByLabel('Fichier CSV').setInputFiles(join(FIXTURES, 'factures-colonnes.csv'));
  await expect(
    csv.getByRole('row', { name: /11 colonnes au lieu de 10|8 colonnes au lieu de 10/ }),
  ).toHaveCount(1);
  await expect(
    csv
      .getByRole('row', { name: /colonnes au lieu de/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('3');
  await expect(csv.getByRole('button', { name: 'Importer' })).toBeDisabled();

  // Nothing was written.
  await page.goto('/#/clients');
  await expect(page.getByRole('heading', { name: "Aucun client pour l'instant" })).toBeVisible();
});

test('FEC: read in the background, everything guessed is shown, then imported', async ({ page }) => {
  await openData(page);
  const fec = page.getByRole('region', { name: 'Importer un FEC' });
  await fec.getByLabel('Fichier FEC').setInputFiles(join(FIXTURES, '793456120FEC20261231.txt'));
  await expect(fec.getByText(/séparateur : tabulation · 23 écritures · 3 clients/)).toBeVisible();
  const guesses = fec.getByText('Ce que Recouvre a déduit').locator('xpath=ancestor::div[1]');
  await expect(guesses).toContainText('Encodage deviné');
  await expect(guesses).toContainText("soldes d'à-nouveaux");
  await expect(fec.getByRole('cell', { name: 'Boulangerie Dupré' }).first()).toBeVisible();
  await expect(fec.getByRole('cell', { name: /FA-2026-0101/ })).toBeVisible();
  await expect(fec.getByText("solde d'ouverture").first()).toBeVisible();
  await fec.getByRole('cell', { name: /FA-2026-0101/ }).scrollIntoViewIfNeeded();
  await shot(page, 'data-fec-preview');

  await fec.getByRole('button', { name: 'Importer' }).click();
  await expect(fec.getByText('Import terminé.')).toBeVisible();
  await expect(fec.getByText(/Clients : 3 créés/)).toBeVisible();
});

test('backup: exported, then restored into a fresh browser profile with the same clients', async ({
  page,
  browser,
}, testInfo) => {
  await openData(page);
  await importInvoicesCsv(page);
  const backup = page.getByRole('region', { name: 'Sauvegarde' });
  const downloading = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Exporter une sauvegarde' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('recouvre-sauvegarde-2026-03-31.zip');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  const fresh = await browser.newContext({
    baseURL: test.info().project.use.baseURL ?? 'http://127.0.0.1:4173',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const other = await fresh.newPage();
  await openData(other);
  const restore = other.getByRole('region', { name: 'Sauvegarde' });
  await restore.getByLabel('Restaurer une sauvegarde…').setInputFiles(file);
  await expect(restore.getByRole('row', { name: 'Clients 3' })).toBeVisible();
  await expect(restore.getByRole('row', { name: 'Factures 5' })).toBeVisible();
  await shot(other, 'data-backup-preview');
  await restore.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
  await other
    .getByRole('dialog', { name: 'Remplacer toutes les données ?' })
    .getByRole('button', { name: 'Remplacer par la sauvegarde' })
    .click();
  await expect(restore.getByText('Sauvegarde du 31 mars 2026 restaurée.')).toBeVisible();

  await other.goto('/#/clients');
  for (const name of ['Boulangerie Dupré', 'Société Œnologique du Sud', 'Garage Martin & Fils']) {
    await expect(other.getByText(name, { exact: true }).first()).toBeVisible();
  }
  await fresh.close();
});

test('demo data: loaded after a confirmation, the clients appear', async ({ page }) => {
  await openData(page);
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remplacer les données actuelles ?' });
  await expect(dialog).toContainText('seront remplacés');
  await dialog.getByRole('button', { name: 'Remplacer les données' }).click();
  await expect(page.getByText(/Données chargées : 60 clients, 400 factures/)).toBeVisible();
  await shot(page, 'data-demo');

  await page.goto('/#/clients');
  await expect(page.getByRole('heading', { name: "Aucun client pour l'instant" })).toHaveCount(0);
  await expect(page.getByText('60 clients', { exact: true })).toBeVisible();
});

test('data file: a file that is not a dataset is refused, a dataset is loaded', async ({
  page,
}, testInfo) => {
  await openData(page);
  const demo = page.getByRole('region', { name: 'Données de démonstration' });
  const wrong = testInfo.outputPath('pas-un-jeu.json');
  writeFileSync(wrong, JSON.stringify({ format: 'autre', version: 1 }));
  await demo.getByLabel('Charger un fichier de données…').setInputFiles(wrong);
  await expect(demo.getByText("Ce fichier n'est pas un fichier de données Recouvre.")).toBeVisible();

  const good = testInfo.outputPath('jeu.json');
  writeFileSync(
    good,
    JSON.stringify({
      format: 'recouvre-dataset',
      version: 1,
      createdAt: '2026-03-31T10:00:00.000Z',
      clients: [
        {
          id: 'c1',
          name: 'Menuiserie Arnaud',
          kind: 'professional',
          addressLines: ['4 RUE DU PORT', '44000 NANTES'],
          contacts: [],
          language: 'fr',
          createdAt: '2026-01-05T09:00:00.000Z',
        },
      ],
      invoices: [
        {
          id: 'i1',
          number: 'F-2026-001',
          clientId: 'c1',
          issueDate: '2026-01-05',
          dueDate: '2026-02-04',
          amountInclVat: 120000,
          amountExclVat: 100000,
          currency: 'EUR',
          source: 'demo',
        },
      ],
      payments: [],
      journal: [],
      promises: [],
      disputes: [],
      plans: [],
    }),
  );
  await demo.getByLabel('Charger un fichier de données…').setInputFiles(good);
  const dialog = page.getByRole('dialog', { name: 'Remplacer les données actuelles ?' });
  await expect(dialog).toContainText('jeu.json : 1 clients, 1 factures.');
  await dialog.getByRole('button', { name: 'Remplacer les données' }).click();
  await expect(demo.getByText('Données chargées : 1 clients, 1 factures dont 1 ouvertes.')).toBeVisible();
  await page.goto('/#/clients');
  await expect(page.getByText('Menuiserie Arnaud').first()).toBeVisible();
});
