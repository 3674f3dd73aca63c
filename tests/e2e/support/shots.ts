import type { Page } from '@playwright/test';

const SHOTS = process.env.SCREENSHOTS_DIR;

/** Screenshots for the documentation, only when SCREENSHOTS_DIR is set: the window, then the whole page. */
export async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.screenshot({ path: `${SHOTS}/${name}-full.png`, fullPage: true });
}
