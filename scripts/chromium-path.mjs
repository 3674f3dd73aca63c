// Where is a Chromium Playwright can drive? $CHROMIUM_PATH, Debian's, or Playwright's own.
import { existsSync } from 'node:fs';

export function chromiumExecutable() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) {
    if (path && existsSync(path)) return path;
  }
  return undefined; // let Playwright use its own browser, if installed
}
