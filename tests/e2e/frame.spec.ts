import { expect, test } from '@playwright/test';

test('the app opens in French, navigates, and keeps English after a reload', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: "Aujourd'hui" })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: "Aujourd'hui" })).toBeVisible();

  await nav.getByRole('link', { name: 'Balance âgée' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Balance âgée' })).toBeVisible();
  await nav.getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();

  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const enNav = page.getByRole('navigation', { name: 'Main navigation' });
  await enNav.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await enNav.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('on the first morning, Aujourd’hui says what the letters still lack and leads to the company identity', async ({
  page,
}) => {
  await page.goto('/');
  const notice = page.getByRole('note');
  await expect(notice).toContainText(
    "Vos courriers partiront incomplets : renseignez d'abord la raison sociale, l'adresse, l'IBAN, le nom du signataire de votre entreprise.",
  );
  await notice.getByRole('link', { name: "Compléter l'identité de l'entreprise" }).click();
  await expect(page).toHaveURL(/#\/settings\/company$/);
  await expect(page.getByRole('tab', { name: 'Entreprise' })).toHaveAttribute('aria-selected', 'true');
});

test('with the company identity filled in, the notice is gone', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'recouvre.settings.company',
      JSON.stringify({
        name: 'Atelier Lumière',
        addressLines: ['3 place du Marché', '69002 LYON'],
        iban: 'FR7630006000011234567890189',
        signatoryName: 'Claire Durand',
      }),
    );
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: "Aujourd'hui" })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
});
