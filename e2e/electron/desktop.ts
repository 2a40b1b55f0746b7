import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { ELECTRON_MAIN, ROOT, expect, requireBuilt } from '../fixtures';

/**
 * Finds the Electron binary without touching `require('electron')`, which would start a
 * download when the binary is missing. Returns the binary, or why there is none.
 */
function findElectron(): { binary: string } | { reason: string } {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    if (existsSync(binary)) return { binary };
    return { reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${binary} does not exist` };
  }
  if (!existsSync(pkg)) return { reason: 'the electron package is not installed (run npm ci)' };
  if (!relative) {
    return {
      reason:
        'no Electron binary on this machine (node_modules/electron/path.txt is missing and node_modules/electron/dist is empty; ' +
        'it downloads on first use, which needs the internet)',
    };
  }
  const binary = join(pkg, 'dist', relative);
  if (!existsSync(binary)) {
    return { reason: `no Electron binary on this machine (${binary} is missing; it downloads on first use, which needs the internet)` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display to open a window on (run the suite under `xvfb-run`, or set DISPLAY)' };
  }
  return { binary };
}

const found = findElectron();
/** Why the Electron suite cannot run here, or undefined when it can: each spec skips with it. */
export const skipReason = 'reason' in found ? `Electron suite skipped: ${found.reason}` : undefined;
// Every spec file is loaded by the runner and again by a worker; say it once.
if (skipReason && !process.env.DESIGNDRILL_E2E_ELECTRON_SKIP_SAID) {
  process.env.DESIGNDRILL_E2E_ELECTRON_SKIP_SAID = '1';
  console.log(skipReason);
}

type Watch = { foreign: string[]; errors: string[] };

/** The desktop app on one data folder; `relaunch()` closes it and opens it again on the same folder. */
class DesktopApp {
  app: ElectronApplication | undefined;
  window: Page | undefined;
  readonly watch: Watch = { foreign: [], errors: [] };
  readonly output: string[] = [];

  constructor(
    readonly binary: string,
    readonly dataDir: string,
  ) {}

  async launch(): Promise<Page> {
    requireBuilt(ELECTRON_MAIN);
    // Launch the project folder, not main.cjs itself: Electron takes the app's folder from
    // package.json ("main"), and the app finds dist/renderer and prompts/ from there.
    const app = await electron.launch({
      executablePath: this.binary,
      args: [ROOT, '--data-dir', this.dataDir],
      cwd: ROOT,
      env: Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k !== 'DESIGNDRILL_DATA_DIR' && v !== undefined)) as Record<string, string>,
      timeout: 20_000,
    });
    this.app = app;
    app.process().stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    app.process().stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    app.context().on('request', (request) => {
      const url = new URL(request.url());
      const local = url.protocol === 'app:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:' || url.hostname === '127.0.0.1';
      if (!local) this.watch.foreign.push(`${request.method()} ${request.url()}`);
    });
    const window = await app.firstWindow();
    this.watchWindow(window);
    await window.waitForLoadState('domcontentloaded');
    await expect(window.getByRole('link', { name: 'DesignDrill' })).toBeVisible();
    this.window = window;
    return window;
  }

  /** Records a window's console errors and uncaught errors; every window of the app must have none. */
  watchWindow(window: Page): void {
    window.on('console', (m) => m.type() === 'error' && this.watch.errors.push(`console.error: ${m.text()}`));
    window.on('pageerror', (e) => this.watch.errors.push(`page error: ${e.stack ?? e.message}`));
  }

  async close(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    this.window = undefined;
    if (app) await app.close();
  }

  async relaunch(): Promise<Page> {
    await this.close();
    return this.launch();
  }
}

export const test = base.extend<{ desktop: DesktopApp }>({
  // eslint-disable-next-line no-empty-pattern
  desktop: async ({}, use, testInfo) => {
    if (!('binary' in found)) throw new Error(skipReason);
    const dataDir = await mkdtemp(join(tmpdir(), 'designdrill-e2e-electron-'));
    const desktop = new DesktopApp(found.binary, dataDir);
    try {
      await use(desktop);
      expect(
        { foreignRequests: desktop.watch.foreign, errors: desktop.watch.errors },
        'the app must make no requests off this machine and log no console errors',
      ).toEqual({ foreignRequests: [], errors: [] });
    } finally {
      await desktop.close().catch(() => {});
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('electron-output.txt', { body: desktop.output.join(''), contentType: 'text/plain' });
      } else {
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  },
});
