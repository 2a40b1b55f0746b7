import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { DIFFICULTY_LABEL, ELECTRON_MAIN, ROOT, chooseTheme, expect, requireBuilt, shippedPromptFiles, shippedPrompts } from '../fixtures';

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
const skipReason = 'reason' in found ? `Electron suite skipped: ${found.reason}` : undefined;
// The file is loaded by the runner and again by a worker; say it once.
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
    window.on('console', (m) => m.type() === 'error' && this.watch.errors.push(`console.error: ${m.text()}`));
    window.on('pageerror', (e) => this.watch.errors.push(`page error: ${e.stack ?? e.message}`));
    await window.waitForLoadState('domcontentloaded');
    await expect(window.getByRole('link', { name: 'DesignDrill' })).toBeVisible();
    this.window = window;
    return window;
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

const test = base.extend<{ desktop: DesktopApp }>({
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

test.describe('the desktop app', () => {
  test.skip(skipReason !== undefined, skipReason);

  test('home lists the prompts and a prompt opens', async ({ desktop }) => {
    const window = await desktop.launch();
    await expect(window.getByRole('heading', { level: 1, name: 'Practice prompts' })).toBeVisible();
    const cards = window.locator('a.prompt-card');
    await expect(cards).toHaveCount(shippedPromptFiles().length);
    for (const prompt of shippedPrompts()) {
      const card = cards.filter({ hasText: prompt.title });
      await expect(card.locator('.badge')).toHaveText(DIFFICULTY_LABEL[prompt.difficulty]!);
      await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(prompt.tags);
    }

    const prompt = shippedPrompts()[0]!;
    await cards.filter({ hasText: prompt.title }).click();
    await expect(window).toHaveURL(new RegExp(`#/prompt/${prompt.id}$`));
    const opener = window.getByRole('heading', { name: 'The interviewer opens with' });
    await expect(opener).toBeVisible();
    await expect(opener.locator('xpath=following-sibling::*[1]')).toHaveText(prompt.brief, { useInnerText: true });

    await window.reload();
    await expect(window.getByRole('heading', { level: 1, name: prompt.title })).toBeVisible();
    await window.getByRole('link', { name: /All prompts/ }).click();
    await expect(window.getByRole('heading', { level: 1, name: 'Practice prompts' })).toBeVisible();

    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(window.getByText('the desktop app')).toBeVisible();
    await expect(window.locator('.facts code')).toHaveText(desktop.dataDir);
  });

  test('a session shows the canvas, records what is drawn, and leaves canvas.excalidraw when it ends', async ({ desktop }) => {
    const window = await desktop.launch();
    const prompt = shippedPrompts()[0]!;
    await window.locator('a.prompt-card', { hasText: prompt.title }).click();
    await window.getByRole('button', { name: 'Start practice' }).click();
    await expect(window).toHaveURL(/#\/session\/s-[0-9a-z-]+$/);
    const id = /#\/session\/(s-[0-9a-z-]+)$/.exec(window.url())![1]!;
    await window.getByRole('button', { name: 'Start', exact: true }).click();

    // Excalidraw, loaded from app:// with its fonts (the watch fails the test on any request off the machine).
    const diagram = window.getByRole('region', { name: 'Diagram' });
    const canvas = diagram.locator('.excalidraw canvas.interactive');
    await expect(canvas).toBeVisible({ timeout: 15_000 });
    const box = (await diagram.locator('.excalidraw').boundingBox())!;
    const x = box.x + box.width / 3;
    const y = box.y + box.height / 3;
    await window.mouse.click(x - 40, y - 40);
    await window.keyboard.press('r');
    await window.mouse.move(x, y);
    await window.mouse.down();
    await window.mouse.move(x + 160, y + 80, { steps: 5 });
    await window.mouse.up();
    // A label typed into it, so a font has to load.
    await window.keyboard.press('Enter');
    await window.keyboard.type('API gateway');
    await window.keyboard.press('Escape');

    // Within a second or so the log holds the shape and its label, as deltas.
    const events = join(desktop.dataDir, 'sessions', id, 'events.jsonl');
    await expect
      .poll(async () => {
        const lines = (await readFile(events, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { type: string; payload: { added?: { type: string }[] } });
        return lines.filter((e) => e.type === 'canvas.changed').flatMap((e) => e.payload.added ?? []).map((e) => e.type).sort();
      }, { timeout: 5_000 })
      .toEqual(['rectangle', 'text']);

    await window.getByRole('button', { name: 'End session' }).click();
    await window.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
    await expect(window.locator('.session-meta .status-pill')).toHaveText('Ended');
    const file = join(desktop.dataDir, 'sessions', id, 'canvas.excalidraw');
    await expect.poll(() => existsSync(file)).toBe(true);
    const scene = JSON.parse(await readFile(file, 'utf8')) as { type: string; elements: { type: string; text?: string }[] };
    expect(scene.type).toBe('excalidraw');
    expect(scene.elements.map((e) => e.type).sort()).toEqual(['rectangle', 'text']);
    expect(scene.elements.find((e) => e.type === 'text')?.text).toBe('API gateway');
  });

  test('the theme persists after closing and relaunching', async ({ desktop }) => {
    let window = await desktop.launch();
    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(window.getByRole('group', { name: 'Theme' })).toBeEnabled();
    await chooseTheme(window, 'Dark');
    await expect(window.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect
      .poll(async () => JSON.parse(await readFile(join(desktop.dataDir, 'settings.json'), 'utf8')).theme)
      .toBe('dark');

    window = await desktop.relaunch();
    await expect(window.locator('html')).toHaveAttribute('data-theme', 'dark');
    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(window.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });
});
