import { expect, test, type Download, type Page } from '@playwright/test';
import { CLIENT, createClient, createInvoice, goToday, openApp, type InvoiceData } from './support/app';
import { DOCX_TEXT, python, savedPath as savedPathIn } from './support/files';

/**
 * "Aujourd'hui" as the office manager uses it: clients and invoices typed through the
 * forms, then the day's actions worked one by one — letter, e-mail, postponement, print
 * batch with the registered letters' sheet — and the next morning's tick.
 *
 * The page clock is frozen at Tuesday 10 March 2026, 09:00 in Paris (after the 08:30
 * scheduler hour, so the load tick is today's). With the standard scenario an invoice
 * due on 4 February 2026 is 34 days late (28 − 4 = 24 days of February + 10 of March);
 * untouched, its first step is the e-mail reminder (J+2) — the pre-reminder (J−5) is
 * skipped once the due date has passed.
 */
const NOW = new Date('2026-03-10T09:00:00+01:00');

const OVERDUE: InvoiceData = {
  number: 'F-2026-001',
  issue: '05/01/2026',
  due: '04/02/2026',
  incl: '1 200,00',
  excl: '1 000,00',
};

const savedPath = (download: Download) => savedPathIn(download, 'today');

/** A client with one invoice 34 days late, then the Today screen. */
async function overdueClient(page: Page) {
  await openApp(page, NOW);
  await createClient(page);
  await createInvoice(page, OVERDUE);
  await goToday(page);
  return page.getByRole('region', { name: CLIENT.name });
}

async function jumpTo(page: Page, option: string) {
  await page.getByRole('button', { name: "Passer à l'étape…" }).click();
  const dialog = page.getByRole('dialog', { name: 'Passer à une étape suivante' });
  await dialog.getByLabel('Étape').selectOption({ label: option });
  await dialog.getByRole('button', { name: 'Passer à cette étape' }).click();
  await expect(dialog).toBeHidden();
}

test("today's action for an overdue invoice: jump to the letter, generate it, mark it done", async ({
  page,
}) => {
  const group = await overdueClient(page);
  await expect(group.getByRole('link', { name: CLIENT.name })).toBeVisible();
  await expect(group.getByText('F-2026-001')).toBeVisible();
  await expect(group.getByText('34 jours')).toBeVisible();
  await expect(group.getByRole('heading', { level: 3 })).toContainText('Relance');
  await expect(group.getByRole('heading', { level: 3 })).toContainText('E-mail');
  await expect(page.getByRole('link', { name: /Aujourd'hui/ }).locator('.badge')).toHaveText('1');
  await page.screenshot({ path: 'test-results/today-email-action.png' });

  // The debtor is known to ignore e-mails: straight to the second reminder by post.
  await jumpTo(page, 'Relance — Courrier');
  await expect(group.getByRole('heading', { level: 3 })).toContainText('Courrier');

  const downloading = page.waitForEvent('download');
  await group.getByRole('button', { name: 'Générer la lettre' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Relance - Garage Martin SARL - 2026-03-10.docx');
  await expect(group.getByText(/Lettre enregistrée dans le dossier du client/)).toBeVisible();
  const text = python(DOCX_TEXT, await savedPath(download));
  expect(text).toContain('F-2026-001');
  expect(text).toContain(CLIENT.name);
  expect(text).toMatch(/1\s200,00\s€/);
  await page.screenshot({ path: 'test-results/today-letter-generated.png' });

  await group.getByRole('button', { name: 'Fait', exact: true }).click();
  await expect(page.getByRole('heading', { name: "Rien à faire aujourd'hui" })).toBeVisible();
  await expect(page.getByTestId('due-count')).toHaveText('0');

  // The client file is one click away from the (now empty) day: open it through the list.
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('button', { name: CLIENT.name, exact: true }).click();
  await expect(page).toHaveURL(/#\/clients\//);
});

test('the e-mail reminder: mailto link, .eml draft with the letter attached, marked as sent', async ({
  page,
}) => {
  const group = await overdueClient(page);
  await group.getByRole('button', { name: "Ouvrir l'e-mail" }).click();
  const link = group.getByRole('link', { name: 'Ouvrir dans la messagerie' });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith(`mailto:${CLIENT.email}?`)).toBe(true);
  const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  expect(query.get('subject')).toBe('Atelier Lumière — rappel de paiement');
  expect(query.get('body')).toContain('F-2026-001');
  await page.screenshot({ path: 'test-results/today-email-open.png' });

  const downloading = page.waitForEvent('download');
  await group.getByRole('button', { name: 'Télécharger le brouillon .eml' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Relance - Garage Martin SARL - 2026-03-10.eml');
  const parsed = python(
    `
import sys, email
from email import policy
m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default)
print(m['Subject'])
print(m['To'])
print(m['X-Unsent'])
print('|'.join(part.get_filename() for part in m.iter_attachments()))
print(m.get_body(('plain',)).get_content())
`,
    await savedPath(download),
  ).split('\n');
  expect(parsed[0]).toBe('Atelier Lumière — rappel de paiement');
  expect(parsed[1]).toContain(CLIENT.email);
  expect(parsed[2]).toBe('1');
  expect(parsed[3]).toBe('Relance - Garage Martin SARL - 2026-03-10.docx');
  expect(parsed.slice(4).join('\n')).toContain('F-2026-001');

  await group.getByRole('button', { name: 'Marquer comme envoyé' }).click();
  await expect(page.getByRole('heading', { name: "Rien à faire aujourd'hui" })).toBeVisible();
});

test('postponing an action takes it off the list until the chosen day (default: one week later)', async ({
  page,
}) => {
  const group = await overdueClient(page);
  await group.getByRole('button', { name: 'Reporter…' }).click();
  const dialog = page.getByRole('dialog', { name: "Reporter l'action" });
  await expect(dialog.getByLabel('Reporter au')).toHaveValue('2026-03-17');
  await expect(dialog.getByText('17 mars 2026')).toBeVisible();
  await dialog.getByRole('button', { name: 'Reporter', exact: true }).click();
  await expect(page.getByRole('heading', { name: "Rien à faire aujourd'hui" })).toBeVisible();
  await expect(page.getByRole('link', { name: /Aujourd'hui/ }).locator('.badge')).toHaveCount(0);

  // A week later (the app left open), the 08:30 tick of 17 March brings it back.
  await page.clock.fastForward(7 * 24 * 3_600_000);
  await expect(page.getByText('17 mars 2026', { exact: true })).toBeVisible();
  await expect(page.getByTestId('due-count')).toHaveText('1');
  await expect(group.getByRole('heading', { level: 3 })).toContainText('Relance');
});

test('print preview of the formal notice with the registered letters sheet, then posted with its number', async ({
  page,
}) => {
  const group = await overdueClient(page);
  await jumpTo(page, 'Mise en demeure — LRAR');
  await expect(group.getByRole('heading', { level: 3 })).toContainText('Mise en demeure');

  await page.getByRole('button', { name: /Imprimer le lot du jour \(1 lettre\)/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu avant impression' })).toBeVisible();
  await expect(page).toHaveURL(/#\/print\/today$/);
  const letter = page.locator('.letter').first();
  await expect(letter).toContainText('F-2026-001');
  await expect(letter).toContainText(/mise en demeure/i);
  await expect(letter).toContainText(CLIENT.street);
  const sheet = page.getByRole('region', {
    name: 'Lettres recommandées avec accusé de réception du 10 mars 2026',
  });
  await expect(sheet).toContainText(CLIENT.name);
  await expect(sheet).toContainText(CLIENT.city);
  await expect(sheet.getByRole('columnheader', { name: 'N° de recommandé' })).toBeVisible();
  await page.screenshot({ path: 'test-results/today-print-preview.png', fullPage: true });
  await sheet.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 70));
  await page.screenshot({ path: 'test-results/today-print-registered.png' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Liste des recommandés (.docx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Recommandés 2026-03-10.docx');
  const listText = python(DOCX_TEXT, await savedPath(download));
  expect(listText).toContain(CLIENT.name);
  expect(listText).toContain(CLIENT.street);

  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { __printed: boolean }).__printed = true;
    };
  });
  await page.getByRole('button', { name: 'Imprimer', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);

  // Back from the post office: "Fait" asks for the registered number and the deposit date.
  await page.getByRole('button', { name: "Retour à Aujourd'hui" }).click();
  await group.getByRole('button', { name: 'Fait', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Lettre recommandée déposée' });
  await expect(dialog.getByLabel('Date de dépôt à La Poste')).toHaveValue('2026-03-10');
  await dialog.getByLabel('N° de recommandé (facultatif)').fill('1A 123');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText(/n'est pas un numéro de recommandé valable/)).toBeVisible();
  await dialog.getByLabel('N° de recommandé (facultatif)').fill('1A 123 456 7890 1');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: "Rien à faire aujourd'hui" })).toBeVisible();
});

test('the next morning: the clock ticks, an invoice reaches its pre-reminder and the count changes', async ({
  page,
}) => {
  await openApp(page, NOW);
  await createClient(page);
  // Due on 16 March: its pre-reminder (J−5) falls on 11 March, tomorrow.
  await createInvoice(page, {
    number: 'F-2026-014',
    issue: '14/02/2026',
    due: '16/03/2026',
    incl: '450,00',
    excl: '375,00',
  });
  await goToday(page);
  await expect(page.getByTestId('due-count')).toHaveText('0');
  await expect(page.getByText('10 mars 2026', { exact: true })).toBeVisible();

  // The app stays open overnight: the 08:30 tick of Wednesday brings the new day.
  await page.clock.fastForward('24:00:00');
  await expect(page.getByText('11 mars 2026', { exact: true })).toBeVisible();
  await expect(page.getByTestId('due-count')).toHaveText('1');
  const group = page.getByRole('region', { name: CLIENT.name });
  await expect(group.getByRole('heading', { level: 3 })).toContainText('Pré-relance');
  await expect(group.getByText('échéance dans 5 jours')).toBeVisible();
  await expect(page.getByRole('link', { name: /Aujourd'hui/ }).locator('.badge')).toHaveText('1');
  const notices = await page.evaluate(
    () => (window as unknown as { __notices: { title: string; body?: string }[] }).__notices,
  );
  expect(notices.at(-1)?.title).toBe('Recouvre');
  expect(notices.at(-1)?.body).toMatch(/^1 relance à faire aujourd'hui — 450,00\s€$/);
});

test('a strategic client is called first: the number as a tel: link, the call logged, the step done', async ({
  page,
}) => {
  await openApp(page, NOW);
  await createClient(page, 'Client stratégique');
  await createInvoice(page, OVERDUE);
  await goToday(page);
  const group = page.getByRole('region', { name: CLIENT.name });
  await expect(group.getByRole('heading', { level: 3 })).toContainText('Appel téléphonique');
  await expect(group.getByRole('link', { name: CLIENT.phone })).toHaveAttribute('href', 'tel:0123456789');
  await group.getByRole('button', { name: 'Noter un appel' }).click();
  await group.getByLabel("Résultat de l'appel").selectOption({ label: 'Interlocuteur joint' });
  await group
    .getByLabel('Ce qui a été dit')
    .fill('Paiement promis pour vendredi, virement en cours de validation.');
  await expect(group.getByLabel("L'appel a eu lieu : l'étape est faite")).toBeChecked();
  await page.screenshot({ path: 'test-results/today-call.png' });
  await group.getByRole('button', { name: "Enregistrer l'appel" }).click();
  await expect(page.getByRole('heading', { name: "Rien à faire aujourd'hui" })).toBeVisible();
});

test('skipping a step proposes the next one at once (a skipped step is not a contact)', async ({ page }) => {
  const group = await overdueClient(page);
  await group.getByRole('button', { name: 'Passer', exact: true }).click();
  // Reminder 1 (e-mail, J+2) skipped: reminder 2 by post (J+15) is already due.
  await expect(group.getByRole('heading', { level: 3 })).toContainText('Courrier');
  await expect(page.getByTestId('due-count')).toHaveText('1');
});

test("the morning alerts: the second half-year's legal rate is missing, the banner leads to the settings", async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-07-02T09:00:00+02:00') });
  await page.goto('/');
  const banner = page.getByRole('region', { name: '1 point à surveiller' });
  await expect(banner).toContainText("Le taux de l'intérêt légal du 2d semestre 2026 n'est pas renseigné");
  await page.screenshot({ path: 'test-results/today-alerts.png' });
  await banner.getByRole('link', { name: 'Ouvrir les paramètres' }).click();
  await expect(page).toHaveURL(/#\/settings\/rates$/);

  await page.getByLabel('Langue').selectOption('en');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Today' })
    .click();
  await expect(page.getByRole('region', { name: '1 thing to watch' })).toContainText('Open settings');
  await expect(page.getByRole('heading', { name: 'Nothing to do today' })).toBeVisible();
});
