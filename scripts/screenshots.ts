/**
 * `npm run screenshots`: pictures of the main screens with demo data, for the README.
 * Serves the web build, loads the demo through the app's own button (as a user would),
 * and writes docs/screenshots/*.png at 1280×800.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { chromiumExecutable } from './chromium-path.mjs';

const OUT = 'docs/screenshots';
const PORT = 4183;

const COMPANY = {
  name: 'Atelier Morel',
  legalForm: 'SARL',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  addressLines: ['12 rue des Tanneurs', '69002 LYON'],
  city: 'Lyon',
  email: 'compta@atelier-morel.fr',
  phone: '04 78 00 00 00',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  signatoryName: 'Claire Morel',
  signatoryTitle: 'Gérante',
};

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`${OUT}/${name}.png`);
}

const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  await context.addInitScript((company) => {
    localStorage.setItem('recouvre.settings.company', JSON.stringify(company));
  }, COMPANY);
  const page = await context.newPage();
  const base = `http://127.0.0.1:${PORT}/`;

  await page.goto(`${base}#/settings/data`);
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).first().click();
  await page.getByRole('button', { name: 'Remplacer les données' }).click();
  await page.getByText(/Données chargées/).waitFor();

  await page.goto(`${base}#/today`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, 'aujourdhui');

  await page.goto(`${base}#/aging`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, 'balance-agee');
  const board = page.getByRole('button', { name: /étape/i }).first();
  if (await board.isVisible().catch(() => false)) {
    await board.click();
    await shoot(page, 'balance-agee-etapes');
  }

  await page.goto(`${base}#/clients`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, 'clients');
  await page.getByRole('button', { name: 'Altéa Bâtiment' }).first().click();
  await page.waitForURL(/#\/clients\/.+/);
  await shoot(page, 'fiche-client');

  await page.goto(`${base}#/settings/scenarios`);
  await shoot(page, 'parametres-plans');
  await page.goto(`${base}#/settings/templates`);
  await shoot(page, 'parametres-modeles');
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
