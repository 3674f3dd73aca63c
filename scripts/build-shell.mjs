// Bundles the Electron shell: main (Node, CommonJS — electron-store and zod are ESM,
// esbuild converts them) and the preload (ONE CommonJS file: a sandboxed preload can
// require 'electron' and nothing else). The renderer is built by Vite into dist/renderer.
import { build } from 'esbuild';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist-electron');
const production = process.env.NODE_ENV !== 'development';

const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: production ? false : 'inline',
  minify: false,
  logLevel: 'warning',
  legalComments: 'none',
};

await mkdir(out, { recursive: true });

await build({
  ...common,
  entryPoints: [path.join(root, 'main/index.ts')],
  outfile: path.join(out, 'main.cjs'),
  platform: 'node',
  // Electron 45 runs Node 22.
  target: 'node22',
});

await build({
  ...common,
  entryPoints: [path.join(root, 'preload/preload.ts')],
  outfile: path.join(out, 'preload.cjs'),
  // The sandboxed preload is a browser-like context with a restricted `require`.
  platform: 'browser',
  target: 'chrome140',
});

// The tray and window icon travel with the shell (electron-builder packs dist-electron/**).
await copyFile(path.join(root, 'assets/icons/icon.png'), path.join(out, 'icon.png'));

for (const file of ['main.cjs', 'preload.cjs']) {
  const { size } = await stat(path.join(out, file));
  console.log(`dist-electron/${file} ${(size / 1024).toFixed(0)} KiB`);
}
