import react from '@vitejs/plugin-react';
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'dist', 'bench-bare');

/**
 * The bare Excalidraw page `npm run bench` compares the app's canvas with. Built apart
 * from the app (dist/bench-bare), with Excalidraw's fonts beside it so it runs offline.
 */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [
    react(),
    {
      name: 'excalidraw-fonts',
      apply: 'build',
      closeBundle() {
        cpSync(join(root, 'node_modules', '@excalidraw', 'excalidraw', 'dist', 'prod', 'fonts'), join(outDir, 'fonts'), { recursive: true });
      },
    },
  ],
  build: { outDir, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 8000 },
  logLevel: 'warn',
});
