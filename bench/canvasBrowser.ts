import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, BrowserType, Page } from 'playwright-core';
import { visibleElements } from '../shared/canvas/scene';
import { readLog } from '../node/services/sessions/readLog';
import { fold } from '../shared/session/reduce';
import { sessionPaths } from '../node/services/sessions/sessionFiles';
import { contentType, resolveStaticFile } from '../node/services/staticFiles';
import { round } from './stats';
import { messageOf } from '../shared/errors';

/**
 * The cost of recording: the same scripted drawing in the app's session screen (the
 * browser host, recording every change into the session log) and on a bare Excalidraw
 * page (dist/bench-bare, nothing recorded), in one Chromium, in the same run.
 */

export type CanvasBrowserResult =
  | {
      /** Wall time per element drawn in the app's session screen, recording on. */
      canvasRecordMs: number;
      /** The same on the bare Excalidraw page. */
      canvasBareMs: number;
      /** canvasRecordMs / canvasBareMs; the goal is 1.15 or less. */
      canvasRecordRatio: number;
      /** Elements the script draws per run. */
      canvasRecordElements: number;
      /** Elements the session log held after the app's last run: proof the recording kept up. */
      canvasRecordedElements: number;
    }
  | {
      /** Why the browser figures are missing. */
      canvasRecordSkipped: string;
    };

export type CanvasBrowserOptions = {
  /** The project (or unpacked app) folder, holding dist/. */
  root: string;
  tempRoot: string;
  elements?: number;
  /** Elements drawn on one page before the other takes its turn. */
  chunk?: number;
  progress?: (line: string) => void;
};

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1800, height: 1100 };
/**
 * The script's grid, placed the same in both canvases relative to the canvas's top left:
 * right of the style panel Excalidraw shows on the left while a tool is active (a press
 * there would not draw), below the toolbar, above the zoom and undo buttons.
 */
const GRID = { columns: 22, cellWidth: 28, cellHeight: 20, shapeWidth: 20, shapeHeight: 13, left: 270, top: 100, marginRight: 40, marginBottom: 90 };
/** Rectangle, ellipse, diamond, arrow: Excalidraw's own shortcuts. */
const TOOLS = ['r', 'o', 'd', 'a'] as const;
/** Excalidraw's top layer, the one that takes the pointer. */
export const CANVAS = '.excalidraw canvas.interactive';
const URL_LINE = /DesignDrill is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/;

export class Skip extends Error {}

export function findChromium(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Playwright and a Chromium to drive, or a Skip saying what is missing. */
export async function loadChromium(): Promise<{ chromium: BrowserType; executablePath: string }> {
  // Loaded only here (and left out of the bundle): a packaged app has no Playwright.
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    throw new Skip(`playwright-core cannot be loaded (${messageOf(error)})`);
  }
  const executablePath = findChromium() ?? (existsSync(chromium.executablePath()) ? chromium.executablePath() : undefined);
  if (!executablePath) throw new Skip('no Chromium on this machine (set CHROMIUM_PATH, install chromium, or run `npx playwright install chromium`)');
  return { chromium, executablePath };
}

/** The app, the browser host and the bare Excalidraw page must be built; a Skip names the first one missing. */
function builtOrSkip(root: string): { webEntry: string; bareDir: string } {
  const webEntry = join(root, 'dist', 'node', 'web.mjs');
  const bareDir = join(root, 'dist', 'bench-bare');
  for (const [file, what] of [
    [join(root, 'dist', 'renderer', 'index.html'), 'the app (npm run build)'],
    [webEntry, 'the browser host (npm run build:node)'],
    [join(bareDir, 'index.html'), 'the bare Excalidraw page (vite build --config bench/bare/vite.config.ts)'],
  ] as const) {
    if (!existsSync(file)) throw new Skip(`${file} is missing: build ${what} first`);
  }
  return { webEntry, bareDir };
}

/**
 * What a browser figure is measured with: the app's browser host on a data folder of its own,
 * a server for the bare Excalidraw page, and one headless Chromium. Each is undone by
 * `cleanups`, run last first, whatever fails after.
 */
export async function startRig(options: { root: string; tempRoot: string }, name: string, cleanups: (() => Promise<unknown>)[]): Promise<{ bare: { origin: string }; host: WebHost; dataDir: string; browser: Browser }> {
  const { webEntry, bareDir } = builtOrSkip(options.root);
  const { chromium, executablePath } = await loadChromium();
  const bare = await serveStatic(bareDir);
  cleanups.push(() => new Promise((done) => bare.server.close(done)));
  const dataDir = await mkdtemp(join(options.tempRoot, `${name}-host-`));
  const host = await startWebHost(webEntry, dataDir);
  cleanups.push(() => host.stop());
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  cleanups.push(() => browser.close());
  return { bare, host, dataDir, browser };
}

export async function benchCanvasBrowser(options: CanvasBrowserOptions): Promise<CanvasBrowserResult> {
  const progress = options.progress ?? (() => {});
  const count = options.elements ?? 500;
  const chunkSize = options.chunk ?? 25;
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const { bare, host, dataDir, browser } = await startRig(options, 'canvas', cleanups);
    progress(`  Chromium ${browser.version()}, bare page on ${bare.origin}, app on ${host.origin}`);

    // Both pages stay open and take turns, a chunk of elements at a time, each side going
    // first in every other chunk: drift (a busy machine, a warming JIT, a growing scene)
    // falls on both alike.
    const barePage = await openPage(browser, `${bare.origin}/`);
    // The page's code runs in the browser: given as text, since this side has no DOM types.
    await barePage.waitForFunction('window.__bareCanvas !== undefined', undefined, { timeout: 20_000 });
    const id = await host.newRunningSession();
    const appPage = await openPage(browser, host.url);
    await appPage.goto(`${host.origin}/#/session/${id}`);
    if (!(await canvasShows(appPage))) {
      const shown = (await appPage.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
      throw new Skip(`the app's session screen shows no Excalidraw canvas (${CANVAS}) within a minute; it shows: "${shown}"`);
    }
    const sides = { bare: await prepare(barePage, count), app: await prepare(appPage, count) };
    const times = { bare: 0, app: 0 };
    for (let from = 0, chunk = 0; from < count; from += chunkSize, chunk++) {
      const to = Math.min(count, from + chunkSize);
      for (const side of chunk % 2 === 0 ? (['bare', 'app'] as const) : (['app', 'bare'] as const)) {
        times[side] += await drawRange(sides[side], from, to);
      }
      if (chunk % 4 === 3 || to === count) progress(`  ${to} elements: bare ${round(times.bare / to, 1)} ms, app ${round(times.app / to, 1)} ms per element`);
    }
    const drawn = await barePage.evaluate<number>('window.__bareCanvas.elements()');
    if (drawn !== count) throw new Error(`the bare page holds ${drawn} elements after drawing ${count}: the script did not draw what it should`);
    // The last batch leaves within a second (and on blur): wait until the log has it all.
    const recorded = await waitForRecorded(dataDir, id, count);
    if (recorded !== count) progress(`  warning: the session log holds ${recorded} elements, not ${count}`);
    return {
      canvasRecordMs: round(times.app / count, 3),
      canvasBareMs: round(times.bare / count, 3),
      canvasRecordRatio: round(times.app / times.bare, 3),
      canvasRecordElements: count,
      canvasRecordedElements: recorded,
    };
  } catch (error) {
    // The other figures still stand: say what went wrong in place of these.
    if (error instanceof Skip) return { canvasRecordSkipped: error.message };
    return { canvasRecordSkipped: `the browser run failed: ${messageOf(error).split('\n')[0]}` };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

/** Excalidraw's chunk is large and loads on demand: give a busy machine time, and one reload. */
async function canvasShows(page: Page): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await page.locator(CANVAS).first().waitFor({ state: 'visible', timeout: 30_000 });
      return true;
    } catch {
      if (attempt === 0) await page.reload().catch(() => {});
    }
  }
  return false;
}

/** A fresh browser context (its own empty cache and cookies) that loads nothing from outside 127.0.0.1, as the app. */
export async function offlineContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route('**/*', (route) => {
    const target = new URL(route.request().url());
    const local = ['data:', 'blob:', 'about:'].includes(target.protocol) || target.hostname === '127.0.0.1';
    return local ? route.continue() : route.abort('blockedbyclient');
  });
  return context;
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await (await offlineContext(browser)).newPage();
  await page.goto(url);
  return page;
}

type Prepared = { page: Page; left: number; top: number };

/** Finds the canvas, checks the script's grid fits, and focuses the canvas. */
async function prepare(page: Page, count: number): Promise<Prepared> {
  const box = await page.locator('.excalidraw').first().boundingBox();
  if (!box) throw new Error('the Excalidraw container has no box');
  const rows = Math.ceil(count / GRID.columns);
  const width = GRID.left + GRID.columns * GRID.cellWidth + GRID.marginRight;
  const height = GRID.top + rows * GRID.cellHeight + GRID.marginBottom;
  if (box.width < width || box.height < height) {
    throw new Error(`the canvas is ${Math.round(box.width)}×${Math.round(box.height)} px, too small for the script's drawing (${width}×${height})`);
  }
  if (box.y + height > VIEWPORT.height) throw new Error(`the canvas's drawing area ends below the window (${Math.round(box.y + height)} px of ${VIEWPORT.height})`);
  const left = box.x + GRID.left;
  const top = box.y + GRID.top;
  // A click on empty paper focuses the canvas, so the tool shortcuts reach Excalidraw.
  await page.mouse.click(left + 10, top + rows * GRID.cellHeight + 30);
  await nextFrame(page);
  return { page, left, top };
}

/**
 * Draws elements `from` to `to` by keyboard and mouse, one grid cell each, and returns
 * the wall time in ms until the page has painted the last one.
 */
async function drawRange({ page, left, top }: Prepared, from: number, to: number): Promise<number> {
  const started = performance.now();
  for (let i = from; i < to; i++) {
    const x = left + (i % GRID.columns) * GRID.cellWidth + 4;
    const y = top + Math.floor(i / GRID.columns) * GRID.cellHeight + 4;
    await page.keyboard.press(TOOLS[i % TOOLS.length]!);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + GRID.shapeWidth, y + GRID.shapeHeight, { steps: 2 });
    await page.mouse.up();
  }
  await nextFrame(page);
  return performance.now() - started;
}

function nextFrame(page: Page): Promise<void> {
  return page.evaluate<void>('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
}

async function waitForRecorded(dataDir: string, id: string, count: number): Promise<number> {
  const deadline = Date.now() + 10_000;
  let held = 0;
  while (Date.now() < deadline) {
    const { events } = readLog(await readFile(sessionPaths(dataDir, id).events, 'utf8'));
    held = visibleElements(fold(events).canvas).length;
    if (held >= count) return held;
    await new Promise((done) => setTimeout(done, 250));
  }
  return held;
}

async function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void resolveStaticFile(root, url.pathname).then(async (file) => {
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      const data = await readFile(file);
      res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': data.length }).end(data);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export type WebHost = {
  url: string;
  origin: string;
  /** The candidate's token, which the host also takes as the cookie `tokenCookieName(port)`. */
  token: string;
  stop(): Promise<void>;
  newRunningSession(): Promise<string>;
  /** One bridge call with the host's token. */
  call<T>(channel: string, body: unknown): Promise<T>;
};

/** `node dist/node/web.mjs --port 0 --data-dir <dir>`, its printed address read back. */
export async function startWebHost(entry: string, dataDir: string): Promise<WebHost> {
  const env = { ...process.env };
  delete env.DESIGNDRILL_DATA_DIR;
  const child: ChildProcess = spawn(process.execPath, [entry, '--port', '0', '--data-dir', dataDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const started = await new Promise<{ url: string; origin: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => fail('it printed no address within 15 s'), 15_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop();
      reject(new Error(`the browser host did not start: ${why}\n${output.join('')}`));
    };
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output.push(chunk);
      stdout += chunk;
      const match = URL_LINE.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, origin: new URL(match[1]!).origin, token: match[3]! });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.once('exit', (code) => fail(`it exited with code ${code}`));
  });

  const call = async <T>(channel: string, body: unknown): Promise<T> => {
    const res = await fetch(`${started.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-designdrill-token': started.token },
      body: JSON.stringify(body),
    });
    const envelope = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error?.message}`);
    return envelope.value as T;
  };

  return {
    url: started.url,
    origin: started.origin,
    token: started.token,
    stop,
    call,
    async newRunningSession() {
      const { prompts } = await call<{ prompts: { id: string }[] }>('prompt.list', {});
      const { plans } = await call<{ plans: { id: string }[] }>('plan.list', {});
      if (!prompts[0] || !plans[0]) throw new Error('the host offers no prompt or no plan to start a session with');
      const { id } = await call<{ id: string }>('session.create', { promptId: prompts[0].id, planId: plans[0].id, mode: 'solo' });
      await call('session.append', { id, command: { type: 'start' } });
      return id;
    },
  };
}
