/**
 * Runs bundled app code in real Chromium for the benchmarks: the entry is bundled with
 * esbuild (no app build needed) and loaded into a blank page served on 127.0.0.1, since
 * IndexedDB needs a real http origin (it refuses file: and data: pages).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable } from '../../scripts/chromium-path.mjs';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bundle');
  return file.text;
}

/**
 * Opens a blank page on a local http origin with the bundled `entry` loaded, hands it to
 * `use`, then closes the browser and the server whatever happens.
 */
export async function withBenchPage<T>(
  entry: string,
  title: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const code = await bundle(entry);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>${title}</title>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.addScriptTag({ content: code });
    return await use(page);
  } finally {
    await browser.close();
    server.close();
  }
}
