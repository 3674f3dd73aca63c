// Stops the end-to-end tests early, with a message saying how to get a browser.
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './chromium-path.mjs';

if (!chromiumExecutable()) {
  let playwrightOwn;
  try {
    const { chromium } = await import('@playwright/test');
    playwrightOwn = existsSync(chromium.executablePath());
  } catch {
    playwrightOwn = false;
  }
  if (!playwrightOwn) {
    console.error(
      [
        'No Chromium found for the end-to-end tests.',
        'Install one of:',
        '  - Debian/Ubuntu: sudo apt-get install chromium',
        '  - Playwright\'s own: npx playwright install chromium',
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
