import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const ROOT = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = resolve(ROOT, 'dist/renderer');

/**
 * Excalidraw's fonts, shipped with the app so the canvas never reaches for a CDN.
 * The renderer points `window.EXCALIDRAW_ASSET_PATH` at `<origin>/excalidraw/`
 * (renderer/canvas/assetPath.ts); Excalidraw adds `fonts/<family>/<file>.woff2`.
 */
const EXCALIDRAW_FONTS = resolve(ROOT, 'node_modules/@excalidraw/excalidraw/dist/prod/fonts');
const EXCALIDRAW_ASSET_DIR = 'excalidraw';

/**
 * Excalidraw lists a CDN copy (esm.sh) after `EXCALIDRAW_ASSET_PATH` in every font's
 * sources. Chromium checks each source against the CSP as the font face loads, so the
 * CDN address would be blocked and reported even while the bundled copy loads (and for
 * the CJK fallback font it was the only one tried). Point that fallback at the bundled
 * copy too, so no font source names another origin.
 */
const CDN_FALLBACK = /(["']ASSETS_FALLBACK_URL["'],\s*)`https:\/\/esm\.sh\/[\s\S]*?\/dist\/prod\/`/;
const LOCAL_FALLBACK = `new URL("/${EXCALIDRAW_ASSET_DIR}/", globalThis.location?.href ?? "http://127.0.0.1/").href`;

function excalidrawFonts(): Plugin {
  const urlPrefix = `/${EXCALIDRAW_ASSET_DIR}/fonts/`;
  let patched = false;
  return {
    name: 'designdrill-excalidraw-fonts',
    transform(code, id) {
      if (!id.includes('@excalidraw/excalidraw/dist/') || !CDN_FALLBACK.test(code)) return null;
      patched = true;
      return { code: code.replace(CDN_FALLBACK, `$1${LOCAL_FALLBACK}`), map: null };
    },
    generateBundle() {
      if (!patched) this.error("Excalidraw's CDN font fallback (ASSETS_FALLBACK_URL) was not found: update the pattern in vite.config.ts");
    },
    // `vite` (dev): serve them from node_modules.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        if (!path.startsWith(urlPrefix)) return next();
        const file = normalize(join(EXCALIDRAW_FONTS, decodeURIComponent(path.slice(urlPrefix.length))));
        if (!file.startsWith(EXCALIDRAW_FONTS + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', 'font/woff2');
        createReadStream(file).pipe(res);
      });
    },
    // `vite build`: copy them beside the bundle.
    writeBundle() {
      if (!existsSync(EXCALIDRAW_FONTS)) this.error(`Excalidraw's fonts are missing at ${EXCALIDRAW_FONTS}: run npm install`);
      cpSync(EXCALIDRAW_FONTS, join(OUT_DIR, EXCALIDRAW_ASSET_DIR, 'fonts'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), excalidrawFonts()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    sourcemap: true,
    // Everything ships inside the app; keep small assets as files so the CSP needs no data: scripts.
    assetsInlineLimit: 0,
    // Excalidraw is one large chunk, loaded only when a session opens.
    chunkSizeWarningLimit: 4000,
  },
});
