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
