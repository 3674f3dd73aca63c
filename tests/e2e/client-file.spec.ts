import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { fillClientForm, fillInvoiceForm, type InvoiceFields } from './support/app';
import { docxText, savedPath as savedPathIn } from './support/files';
import { fr } from './support/text';

// Frozen on 31 March 2026, noon in Paris: every "days late" and penalty below is counted to that day.
const NOW = new Date('2026-03-31T12:00:00+02:00');
const SHOTS = process.env.CLIENT_FILE_SHOTS ?? join(tmpdir(), 'client-file-shots');

const CLIENT = 'Atelier Dupont SAS';

async function shot(page: Page, name: string, fullPage = false) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

const savedPath = (download: Download) => savedPathIn(download, 'client-file');

/** A one-page PDF small enough to write by hand: what an accounting package exports, minus the content. */
function tinyPdf(title: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Info << /Title (${title}) >> >> endobj\n` +
      `trailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/**
 * From an empty database, as the office manager types it: one client with a phone number,
 * then through its file two invoices — F-2026-001 (1 200,00 € due 31 January, 59 days late
 * on 31 March) and F-2026-002 (2 400,00 € due 14 April, not yet due).
 */
async function openClientWithInvoices(page: Page, now = NOW) {
  // The clock runs from `now` (not fixed): two actions of the same day keep their order in the journal.
  await page.clock.install({ time: now });
  await page.goto('/#/clients');
  await expect(page.getByRole('heading', { name: "Aucun client pour l'instant" })).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau client' });
  await fillClientForm(dialog, {
    name: CLIENT,
    siren: '732 829 320',
    street: '12 RUE DE LA PAIX',
    city: '75002 PARIS',
    contact: 'Marie Dupont',
    email: 'marie@atelier-dupont.fr',
    phone: '01 23 45 67 89',
  });
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: CLIENT, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLIENT })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Factures ouvertes' })).toContainText(
    'Aucune facture ouverte',
  );

  await addInvoice(page, { number: 'F-2026-001', issue: '01/01/2026', incl: '1 200,00', excl: '1 000,00' });
  await addInvoice(page, { number: 'F-2026-002', issue: '15/03/2026', incl: '2 400,00', excl: '2 000,00' });
  await expect(page.getByRole('table', { name: 'Factures ouvertes' }).getByRole('row')).toHaveCount(3);
}

async function addInvoice(page: Page, inv: InvoiceFields) {
  await page.getByRole('button', { name: 'Nouvelle facture' }).click();
  const dialog = page.getByRole('dialog', { name: /Nouvelle facture/ });
  await fillInvoiceForm(dialog, inv);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `Facture ${inv.number} enregistrée.` }),
  ).toBeVisible();
}

const tab = (page: Page, name: string) => page.getByRole('tablist').getByRole('tab', { name });

test.describe('client file', () => {
  test('shows the account, and records a promise, a dispute and its resolution, a call and a note', async ({
    page,
  }) => {
    await openClientWithInvoices(page);

    // The figures: 1 200 + 2 400 = 3 600,00 € due, of which 1 200,00 € overdue for 59 days (28 in February + 31 in March).
    const stats = page.locator('dl.cf-stats');
    await expect(stats).toContainText(fr('3 600,00 €'));
    await expect(stats).toContainText(fr('1 200,00 €'));
    await expect(stats).toContainText('59 jours');
    // Limitation: due 31/01/2026 + 5 years = 31/01/2031, far away: no warning pill.
    await expect(stats).toContainText('31/01/2031');
    await expect(stats.locator('.pill')).toHaveCount(0);
    const open = page.getByRole('table', { name: 'Factures ouvertes' });
    await expect(open.getByRole('row', { name: /F-2026-001/ })).toContainText('59 jours');
    await shot(page, '01-invoices');

    // "Modifier" opens the client form on the client: a new phone number shows in the card.
    const identity = page.getByRole('region', { name: 'Identité et contacts' });
    await identity.getByRole('button', { name: 'Modifier' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier le client' });
    await expect(edit.getByLabel('Raison sociale ou nom')).toHaveValue(CLIENT);
    await edit.getByLabel('Téléphone').fill('01 98 76 54 32');
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Fiche client enregistrée.');
    await expect(identity.getByRole('link', { name: '01 98 76 54 32' })).toHaveAttribute(
      'href',
      'tel:0198765432',
    );

    // A promise to pay 1 200 € on 15 April for the late invoice.
    await tab(page, 'Promesses, litiges, échéanciers').click();
    await page.getByRole('button', { name: 'Promesse de paiement' }).click();
    let dialog = page.getByRole('dialog', { name: 'Promesse de paiement' });
    await dialog.getByLabel('F-2026-002').uncheck();
    await expect(dialog.getByLabel('Montant promis')).toHaveValue(fr('1 200,00'));
    // A date already passed is refused beside its field.
    await dialog.getByLabel('Date promise').fill('15/03/2026');
    await dialog.getByRole('button', { name: 'Enregistrer la promesse' }).click();
    await expect(dialog.getByLabel('Date promise')).toHaveAccessibleDescription(/ne peut pas être passée/);
    await dialog.getByLabel('Date promise').fill('15/04/2026');
    await dialog.getByRole('button', { name: 'Enregistrer la promesse' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText(
      'Promesse de paiement enregistrée pour le 15/04/2026.',
    );

    // A dispute on the other invoice, then its resolution.
    await page.getByRole('button', { name: 'Ouvrir un litige' }).click();
    dialog = page.getByRole('dialog', { name: 'Ouvrir un litige' });
    await dialog.getByRole('button', { name: 'Ouvrir le litige' }).click();
    await expect(dialog.getByLabel('Motif du litige')).toHaveAccessibleDescription(/Indiquez le motif/);
    await dialog.getByLabel('Motif du litige').fill('Deux chaises livrées abîmées');
    await dialog.getByLabel('F-2026-002').check();
    await dialog.getByRole('button', { name: 'Ouvrir le litige' }).click();
    await expect(dialog).toBeHidden();
    await shot(page, '02-follow-ups');

    await tab(page, 'Factures').click();
    await expect(open.getByRole('row', { name: /F-2026-001/ })).toContainText(
      fr('Promesse : 1 200,00 € le 15/04/2026'),
    );
    await expect(open.getByRole('row', { name: /F-2026-002/ })).toContainText('Litige');

    await tab(page, 'Promesses, litiges, échéanciers').click();
    await page.getByRole('button', { name: 'Résoudre le litige « Deux chaises livrées abîmées »' }).click();
    dialog = page.getByRole('dialog', { name: 'Résoudre le litige' });
    await dialog.getByLabel('Solution retenue').fill('Chaises remplacées le 30 mars');
    await dialog.getByRole('button', { name: 'Résoudre le litige' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Résolu le 31/03/2026 : Chaises remplacées le 30 mars')).toBeVisible();
    await tab(page, 'Factures').click();
    await expect(open.getByRole('row', { name: /F-2026-002/ })).not.toContainText('Litige');

    // A call and a note, through the chronology.
    await tab(page, 'Chronologie').click();
    await page.getByRole('button', { name: 'Noter un appel' }).click();
    dialog = page.getByRole('dialog', { name: 'Noter un appel' });
    await expect(dialog.getByRole('link', { name: '01 98 76 54 32' })).toHaveAttribute(
      'href',
      'tel:0198765432',
    );
    await dialog.getByLabel("Résultat de l'appel").selectOption({ label: 'Joint' });
    await dialog.getByLabel('Ce qui a été dit').fill('Virement prévu mi-avril');
    await dialog.getByRole('button', { name: "Enregistrer l'appel" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'Ajouter une note' }).click();
    dialog = page.getByRole('dialog', { name: 'Ajouter une note' });
    await dialog.getByLabel('Note', { exact: true }).fill('Comptable absente jusqu’au 12 avril');
    await dialog.getByRole('button', { name: 'Ajouter la note' }).click();
    await expect(dialog).toBeHidden();

    const chronology = page.getByRole('table', { name: /Chronologie des actions/ });
    // Newest first: note, call, dispute resolved, dispute opened, promise.
    const rows = chronology.getByRole('row');
    await expect(rows).toHaveCount(6);
    await expect(rows.nth(1)).toContainText('Comptable absente jusqu’au 12 avril');
    await expect(rows.nth(2)).toContainText('Appel');
    await expect(rows.nth(2)).toContainText('Joint — Virement prévu mi-avril');
    await expect(rows.nth(3)).toContainText('Litige résolu : Chaises remplacées le 30 mars');
    await expect(rows.nth(4)).toContainText('Deux chaises livrées abîmées');
    await expect(rows.nth(5)).toContainText('Promesse de paiement');
    await expect(rows.nth(5)).toContainText(fr('Promesse de payer 1 200,00 € le 15/04/2026.'));
    await expect(rows.nth(1)).toContainText('31/03/2026');
    await shot(page, '03-chronology');
  });

  test('records a payment plan with generated, editable instalments', async ({ page }) => {
    await openClientWithInvoices(page);
    await tab(page, 'Promesses, litiges, échéanciers').click();
    await page.getByRole('button', { name: 'Échéancier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Échéancier de paiement' });
    await dialog.getByLabel('F-2026-002').uncheck();
    await dialog.getByLabel("Nombre d'échéances").fill('3');
    await dialog.getByLabel('Première échéance').fill('30/04/2026');
    await dialog.getByRole('button', { name: 'Calculer les échéances' }).click();
    // 1 200,00 € / 3 = 400,00 € each, monthly from 30 April: 30/04, 30/05, 30/06.
    await expect(dialog.getByLabel("Date de l'échéance 3")).toHaveValue('30/06/2026');
    await expect(dialog.getByLabel("Montant de l'échéance 1")).toHaveValue(fr('400,00'));
    // The user moves money between instalments: 500 + 400 + 300 still makes 1 200.
    await dialog.getByLabel("Montant de l'échéance 1").fill('500,00');
    await expect(dialog.getByText(/L'échéancier totalise/)).toBeVisible();
    await dialog.getByLabel("Montant de l'échéance 3").fill('300,00');
    await expect(dialog.getByText(/L'échéancier totalise/)).toBeHidden();
    await shot(page, '04-plan');
    await dialog.getByRole('button', { name: "Enregistrer l'échéancier" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Échéancier de 3 échéances enregistré.');
    await expect(page.getByText(fr('30/06/2026 — 300,00 €'))).toBeVisible();
    await tab(page, 'Factures').click();
    await expect(page.getByRole('row', { name: /F-2026-001/ })).toContainText('Échéancier respecté');

    // Cancelled: one journal line, written with the cancellation, naming the plan it ends.
    await tab(page, 'Promesses, litiges, échéanciers').click();
    await page.getByRole('button', { name: "Annuler l'échéancier" }).click();
    await expect(page.getByRole('button', { name: "Annuler l'échéancier" })).toBeHidden();
    await tab(page, 'Chronologie').click();
    const rows = page.getByRole('table', { name: /Chronologie des actions/ }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('Échéancier annulé.');
    await expect(rows.nth(1)).toContainText(fr('Échéancier : 3 échéances, 1 200,00 € au total.'));
    await expect(rows.nth(2)).not.toContainText('annulé');
  });

  test('records a formal notice posted by hand, then its registered-letter tracking', async ({ page }) => {
    await openClientWithInvoices(page);
    await tab(page, 'Chronologie').click();
    await page.getByRole('button', { name: 'Étape faite' }).click();
    let dialog = page.getByRole('dialog', { name: "Étape faite hors de l'application" });
    await dialog.getByLabel('Étape', { exact: true }).selectOption({ label: 'Mise en demeure — LRAR' });
    await dialog.getByLabel('F-2026-002').uncheck();
    await dialog.getByRole('button', { name: "Enregistrer l'étape" }).click();
    await expect(dialog).toBeHidden();
    const entry = page
      .getByRole('table', { name: /Chronologie des actions/ })
      .getByRole('row', { name: /Mise en demeure/ });
    await expect(entry).toContainText('LRAR');
    await expect(entry).toContainText('Fait');
    await expect(entry).toContainText('Déposé le 31/03/2026');

    await entry.getByRole('button', { name: 'Suivi LRAR' }).click();
    dialog = page.getByRole('dialog', { name: 'Suivi de la lettre recommandée' });
    // A number of the wrong shape is refused with the expected format.
    await dialog.getByLabel('Numéro du recommandé').fill('1A 123');
    await dialog.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await expect(dialog.getByLabel('Numéro du recommandé')).toHaveAccessibleDescription(
      fr('Format attendu : 1A 123 456 7890 1'),
    );
    await dialog.getByLabel('Numéro du recommandé').fill('1a12345678901');
    await dialog.getByLabel('Date de première présentation').fill('01/04/2026');
    await dialog.getByLabel('Issue').selectOption({ label: 'Retournée : non réclamée' });
    await expect(dialog.getByText(/reste valable/)).toBeVisible();
    await dialog.getByLabel('Date du retour').fill('17/04/2026');
    await shot(page, '05-lrar');
    await dialog.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await expect(dialog).toBeHidden();
    await expect(entry).toContainText('1A 123 456 7890 1');
    await expect(entry).toContainText('Présenté le 01/04/2026');
    await expect(entry).toContainText('Retourné le 17/04/2026 (non réclamé)');
    await shot(page, '06-chronology-lrar');
  });

  test('details the late-payment penalties to date', async ({ page }) => {
    await openClientWithInvoices(page);
    await tab(page, 'Pénalités').click();
    // F-2026-001: 1 200,00 € due 31/01/2026, interest from 01/02/2026 to 31/03/2026 = 28 + 31 = 59 days,
    // 2026 H1 rate = ECB 2,15 % + 10 points = 12,15 %:
    // 1 200,00 × 12,15 % × 59 / 365 = 145,80 × 59 / 365 = 8 602,20 / 365 = 23,567… → 23,57 €,
    // + 40,00 € fixed indemnity = 63,57 €. F-2026-002 is not due: nothing.
    const card = page.getByRole('region', { name: 'Facture F-2026-001' });
    await expect(card).toContainText('Taux de la BCE + 10 points');
    await expect(card).toContainText('intérêts dus à partir du 1er février 2026');
    const period = card.getByRole('row', { name: /01\/02\/2026/ });
    await expect(period).toContainText('31/03/2026');
    await expect(period).toContainText('59');
    await expect(period).toContainText(fr('1 200,00 €'));
    await expect(period).toContainText(fr('12,15 %'));
    await expect(period).toContainText(fr('23,57 €'));
    await expect(card.getByRole('row', { name: /Indemnité forfaitaire/ })).toContainText(fr('40,00 €'));
    await expect(card.getByRole('row', { name: /Total pour la facture/ })).toContainText(fr('63,57 €'));
    await expect(page.getByRole('region', { name: 'Facture F-2026-002' })).toHaveCount(0);
    await expect(page.locator('dl.cf-stats')).toContainText(fr('63,57 €'));
    await shot(page, '07-penalties', true);
  });

  test('says when the rate of a half-year is missing instead of counting it as zero', async ({ page }) => {
    // On 15 August 2026 the shipped table stops at 2026 H1: the second half-year has no rate yet.
    await openClientWithInvoices(page, new Date('2026-08-15T12:00:00+02:00'));
    await tab(page, 'Pénalités').click();
    await expect(page.getByRole('alert').filter({ hasText: 'Taux manquant pour 2026 S2' })).toContainText(
      'les intérêts de cette période ne sont pas comptés',
    );
    // Only 01/02/2026–30/06/2026 is counted: 28 + 31 + 30 + 31 + 30 = 150 days,
    // 1 200,00 × 12,15 % × 150 / 365 = 21 870 / 365 = 59,917… → 59,92 €.
    const card = page.getByRole('region', { name: 'Facture F-2026-001' });
    await expect(card).toContainText('Taux manquant pour 2026 S2 : intérêts de cette période non comptés.');
    await expect(card.getByRole('row', { name: /30\/06\/2026/ })).toContainText(fr('59,92 €'));
    await expect(page.locator('dl.cf-stats')).toContainText('incomplet');
    await shot(page, '12-missing-rate', true);
  });

  test('attaches invoice PDFs, downloads the statement and exports the lawyer dossier', async ({ page }) => {
    await openClientWithInvoices(page);
    await tab(page, 'Documents').click();
    const input = page.getByLabel('Joindre des fichiers…');

    // Over 20 MB: refused with the limit, nothing attached.
    await input.setInputFiles({
      name: 'scan-enorme.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 1),
    });
    await expect(page.getByRole('alert')).toContainText(
      '« scan-enorme.pdf » est trop volumineux : 20 Mo au plus par fichier.',
    );
    await expect(page.getByRole('table', { name: /Documents du client/ })).toContainText('Aucun document');

    // Named after the invoice number: matched to F-2026-001.
    await input.setInputFiles([
      { name: 'Facture F-2026-001.pdf', mimeType: 'application/pdf', buffer: tinyPdf('F-2026-001') },
      { name: 'conditions.pdf', mimeType: 'application/pdf', buffer: tinyPdf('CGV') },
    ]);
    const status = page.getByRole('status').filter({ hasText: 'fichiers joints' });
    await expect(status).toContainText('Facture F-2026-001.pdf → facture F-2026-001 (Facture (PDF))');
    await expect(status).toContainText('conditions.pdf : aucune facture reconnue dans le nom');
    const documents = page.getByRole('table', { name: /Documents du client/ });
    const pdfRow = documents.getByRole('row', { name: /Facture F-2026-001\.pdf/ });
    await expect(pdfRow).toContainText('Facture (PDF)');
    await expect(pdfRow).toContainText('F-2026-001');
    await expect(pdfRow.locator('code')).toHaveText(/^[0-9a-f]{12}$/);

    // The terms of sale, as such.
    await page.getByLabel('Type des fichiers').selectOption({ label: 'Conditions générales de vente' });
    await input.setInputFiles({
      name: 'CGV 2026.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('CGV 2026'),
    });
    await expect(documents.getByRole('row', { name: /CGV 2026\.pdf/ })).toContainText(
      'Conditions générales de vente',
    );
    await shot(page, '08-documents');

    // The stored PDF comes back byte for byte.
    let downloading = page.waitForEvent('download');
    await pdfRow.getByRole('button', { name: 'Télécharger Facture F-2026-001.pdf' }).click();
    let download = await downloading;
    expect(download.suggestedFilename()).toBe('Facture F-2026-001.pdf');

    // The statement of account, in Word.
    downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Relevé de compte' }).click();
    download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^Relevé de compte - Atelier Dupont SAS - 2026-03-31\.docx$/,
    );
    const statement = docxText(await savedPath(download));
    expect(statement).toContain('F-2026-001');
    expect(statement).toMatch(fr('3 600,00 €'));

    // The lawyer's dossier, for both open invoices.
    await page.getByRole('button', { name: 'Exporter le dossier avocat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter le dossier avocat' });
    await expect(dialog.getByLabel('Toutes les factures ouvertes')).toBeChecked();
    await shot(page, '09-dossier-dialog');
    downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exporter le ZIP' }).click();
    download = await downloading;
    expect(download.suggestedFilename()).toBe('dossier-Atelier-Dupont-SAS-2026-03-31.zip');
    const zip = await savedPath(download);
    expect(execFileSync('unzip', ['-t', zip], { encoding: 'utf8' })).toContain('No errors detected');
    const listing = execFileSync('unzip', ['-l', zip], { encoding: 'utf8' });
    for (const name of [
      '00-bordereau-des-pieces.docx',
      '01-note-de-synthese.docx',
      '02-releve-de-compte.csv',
      '02-releve-de-compte.docx',
      '03-chronologie.csv',
      '04-injonction-de-payer-donnees.docx',
      'dossier.json',
    ]) {
      expect(listing).toContain(name);
    }
    expect(listing).toMatch(/pieces\/[^\n]*F-2026-001[^\n]*\.pdf/);
    expect(listing).toMatch(/pieces\/[^\n]*CGV[^\n]*\.pdf/);
    await expect(page.getByRole('status').filter({ hasText: 'Dossier enregistré' })).toContainText(
      'Dossier enregistré : dossier-Atelier-Dupont-SAS-2026-03-31.zip',
    );

    // The export is in the chronology.
    await tab(page, 'Chronologie').click();
    await expect(
      page.getByRole('table', { name: /Chronologie des actions/ }).getByRole('row', { name: /Export/ }),
    ).toContainText('Dossier avocat exporté (dossier-Atelier-Dupont-SAS-2026-03-31.zip');
  });

  test('reads in English', async ({ page }) => {
    await openClientWithInvoices(page);
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect(page.getByRole('tab', { name: 'Invoices' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Statement of account' })).toBeVisible();
    await expect(page.getByRole('button', { name: "Export the lawyer's dossier" })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Identity and contacts' })).toBeVisible();
    await expect(page.locator('dl.cf-stats')).toContainText('Balance due');
    await expect(page.locator('dl.cf-stats')).toContainText('€3,600.00');
    await expect(page.getByRole('row', { name: /F-2026-001/ })).toContainText('59 days');
    await page.getByRole('tab', { name: 'Penalties' }).click();
    await expect(page.getByRole('region', { name: 'Invoice F-2026-001' })).toContainText('12.15%');
    await expect(page.getByRole('region', { name: 'Invoice F-2026-001' })).toContainText('€63.57');
    await shot(page, '10-english-penalties', true);
    await page.getByRole('tab', { name: 'Chronology' }).click();
    await page.getByRole('button', { name: 'Log a call' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Log a call' }).getByLabel('Outcome of the call'),
    ).toBeVisible();
    await shot(page, '11-english-call');
  });
});
