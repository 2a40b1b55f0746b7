import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Everything ships inside the app; keep small assets as files so the CSP needs no data: scripts.
    assetsInlineLimit: 0,
  },
});
