import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served either by Electron (file://) or by a plain
// web server (web mode): relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
