import { stat } from 'node:fs/promises';
import { basename, extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path onto a file under `root`, refusing anything that escapes it.
 * Paths without an extension are app routes and get index.html.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = normalize(root + sep);
  const candidate = normalize(join(base, decoded));
  if (!candidate.startsWith(base) && candidate !== normalize(root)) return undefined;
  const file = extname(candidate) === '' ? join(base, 'index.html') : candidate;
  try {
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Vite's output: `assets/<name>-<8-character content hash>.<ext>`. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+(?:\.map)?$/;

/**
 * Whether `file` (a path resolveStaticFile gave for `root`) is one Vite named by its content,
 * which a new build never reuses for other content, so it may be cached for good.
 */
export function isHashedAsset(root: string, file: string): boolean {
  const assets = join(normalize(root + sep), 'assets') + sep;
  return file.startsWith(assets) && HASHED_NAME.test(basename(file));
}
