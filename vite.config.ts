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

/** A change made to Excalidraw's published code as it is bundled, and why. */
type Patch = { name: string; pattern: RegExp; replace: (match: string, ...groups: string[]) => string };

const EXCALIDRAW_PATCHES: Patch[] = [
  {
    /**
     * Excalidraw lists a CDN copy (esm.sh) after `EXCALIDRAW_ASSET_PATH` in every font's
     * sources. Chromium checks each source against the CSP as the font face loads, so the
     * CDN address would be blocked and reported even while the bundled copy loads (and for
     * the CJK fallback font it was the only one tried). Point that fallback at the bundled
     * copy too, so no font source names another origin.
     */
    name: "the CDN font fallback (ASSETS_FALLBACK_URL)",
    pattern: /(["']ASSETS_FALLBACK_URL["'],\s*)`https:\/\/esm\.sh\/[\s\S]*?\/dist\/prod\/`/,
    replace: (_match, head) => `${head}new URL("/${EXCALIDRAW_ASSET_DIR}/", globalThis.location?.href ?? "http://127.0.0.1/").href`,
  },
  {
    /**
     * An SVG export carries the fonts its text uses. Excalidraw first cuts each font down to
     * the glyphs used (harfbuzz and woff2 compiled to WebAssembly, in a worker, then on the
     * main thread), which needs 'wasm-unsafe-eval' and, for the woff2 glue's `new Function`,
     * 'unsafe-eval': the app's CSP allows neither, so each export logged two errors before
     * Excalidraw fell back to the whole font files. Go straight to that fallback: the SVG
     * embeds the font files its text needs (tens of kB each), and nothing is tried or logged.
     */
    name: "the SVG export's glyph subsetting (subsetWoff2GlyphsByCodepoints)",
    pattern: /async\s*\((\w+),\s*\w+\)\s*=>\s*\{\s*(?:let|const)\s*\{\s*Commands(?::\s*\w+)?,\s*subsetToBase64(?::\s*\w+)?,\s*toBase64(?::\s*(\w+))?\s*\}\s*=\s*await\s+\w+\(\);/,
    replace: (match, buffer, toBase64) => `${match}return ${toBase64 ?? 'toBase64'}(${buffer});`,
  },
  {
    /**
     * Excalidraw switches to its phone layout when its box is under 730 px wide, or under
     * 500 px tall and 1000 px wide (a phone held sideways). In the session screen the canvas
     * shares the window with the panels and the estimation pad, so the second rule fired on
     * every desktop as soon as the pad opened. Keep the width rule alone: the desktop tools
     * fit a short canvas (their shape panel scrolls).
     */
    name: 'the phone layout breakpoint (isMobileBreakpoint)',
    pattern: /("isMobileBreakpoint",\s*\((\w+),\s*\w+\)\s*=>\s*(?:\{\s*return\s*)?)\2\s*<\s*(\w+)\s*\|\|\s*\w+\s*<\s*\w+\s*&&\s*\2\s*<\s*\w+/,
    replace: (_match, head, width, portraitMax) => `${head}${width} < ${portraitMax}`,
  },
];

/** Applies EXCALIDRAW_PATCHES to Excalidraw's files; a build fails when one no longer matches. */
function excalidrawPatches(): Plugin {
  const applied = new Set<string>();
  return {
    name: 'designdrill-excalidraw-patches',
    transform(code, id) {
      if (!id.includes('@excalidraw/excalidraw/dist/')) return null;
      let out = code;
      for (const patch of EXCALIDRAW_PATCHES) {
        if (!patch.pattern.test(out)) continue;
        out = out.replace(patch.pattern, patch.replace);
        applied.add(patch.name);
      }
      return out === code ? null : { code: out, map: null };
    },
    generateBundle() {
      const missing = EXCALIDRAW_PATCHES.filter((p) => !applied.has(p.name)).map((p) => p.name);
      if (missing.length > 0) this.error(`Excalidraw's code changed: ${missing.join('; ')} not found. Update the patterns in vite.config.ts`);
    },
  };
}

function excalidrawFonts(): Plugin {
  const urlPrefix = `/${EXCALIDRAW_ASSET_DIR}/fonts/`;
  return {
    name: 'designdrill-excalidraw-fonts',
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

/**
 * The voice detector's files (issue 23): the Silero model and the audio worklet from
 * @ricky0123/vad-web, served from the app's own `/vad/` and fetched only when a session records
 * the voice (renderer/voice/speechDetector.ts), so nothing comes from a CDN and the first screen
 * does not wait for them. onnxruntime-web's WebAssembly needs no copy: its bundled loader names
 * it by URL, so Vite emits it into assets/ beside the detector's worker.
 */
const VAD_ASSET_DIR = 'vad';
const VAD_FILES: Record<string, string> = {
  'silero_vad_legacy.onnx': 'node_modules/@ricky0123/vad-web/dist/silero_vad_legacy.onnx',
  'vad.worklet.bundle.min.js': 'node_modules/@ricky0123/vad-web/dist/vad.worklet.bundle.min.js',
};

function voiceDetectorFiles(): Plugin {
  const urlPrefix = `/${VAD_ASSET_DIR}/`;
  const TYPES: Record<string, string> = { '.onnx': 'application/octet-stream', '.js': 'text/javascript' };
  return {
    name: 'designdrill-voice-detector-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        const source = path.startsWith(urlPrefix) ? VAD_FILES[path.slice(urlPrefix.length)] : undefined;
        if (!source) return next();
        res.setHeader('Content-Type', TYPES[source.slice(source.lastIndexOf('.'))] ?? 'application/octet-stream');
        createReadStream(resolve(ROOT, source)).pipe(res);
      });
    },
    writeBundle() {
      for (const [name, source] of Object.entries(VAD_FILES)) {
        const from = resolve(ROOT, source);
        if (!existsSync(from)) this.error(`The voice detector's ${name} is missing at ${from}: run npm install`);
        cpSync(from, join(OUT_DIR, VAD_ASSET_DIR, name));
      }
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), excalidrawPatches(), excalidrawFonts(), voiceDetectorFiles()],
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
