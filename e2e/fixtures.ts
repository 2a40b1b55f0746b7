import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

export { expect };

/** The project folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WEB_HOST_ENTRY = join(ROOT, 'dist', 'node', 'web.mjs');
export const ELECTRON_MAIN = join(ROOT, 'dist', 'electron', 'main.cjs');
/** Pictures for people to look at; nothing asserts on them. */
export const SCREENS_DIR = join(ROOT, 'test-results', 'screens');

const URL_LINE = /DesignDrill is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/;
const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

export function requireBuilt(file: string): void {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the app first with \`npm run build\` (\`npm test\` builds before it runs Playwright).`);
  }
}

// ---------------------------------------------------------------------------------------
// The prompts shipped in prompts/, read straight from the files so the suites follow edits.

export type ShippedPrompt = {
  file: string;
  id: string;
  title: string;
  difficulty: string;
  tags: string[];
  brief: string;
  /** The hidden scripted answers' texts and the curveballs, in the file's order (what the console offers). */
  answers: string[];
  curveballs: string[];
};

export function shippedPromptFiles(): string[] {
  return readdirSync(join(ROOT, 'prompts'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(ROOT, 'prompts', name));
}

export function shippedPrompts(): ShippedPrompt[] {
  return shippedPromptFiles().map((file) => {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
    if (!match) throw new Error(`${file} has no front matter`);
    const data = parseYaml(match[1]!) as Record<string, unknown>;
    return {
      file,
      id: String(data.id),
      title: String(data.title),
      difficulty: String(data.difficulty),
      tags: (data.tags as unknown[]).map(String),
      brief: String(data.brief).trim(),
      answers: ((data.answers ?? []) as { answer: unknown }[]).map((a) => String(a.answer).trim()),
      curveballs: ((data.curveballs ?? []) as unknown[]).map((c) => String(c).trim()),
    };
  });
}

export const DIFFICULTY_LABEL: Record<string, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

// ---------------------------------------------------------------------------------------
// The browser host as a child process.

/**
 * Runs `node dist/node/web.mjs --port 0 --data-dir <dataDir>` and reads the address it
 * prints. `restart()` stops it and starts a new one on the same data folder (a new port
 * and a new token), which is how a person would restart it.
 */
export class WebHost {
  private child: ChildProcess | undefined;
  private started: { url: string; origin: string; port: number; token: string } | undefined;
  /** Everything the host printed, across restarts, for the report of a failed test. */
  readonly log: string[] = [];

  constructor(readonly dataDir: string) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The address with the one-time token, as printed. */
  get url(): string {
    return this.current().url;
  }

  /** `http://127.0.0.1:PORT`, without the token. */
  get origin(): string {
    return this.current().origin;
  }

  get token(): string {
    return this.current().token;
  }

  private current() {
    if (!this.started) throw new Error('the host is not running: call host.start() first');
    return this.started;
  }

  /** The port it listens on. */
  get port(): number {
    return this.current().port;
  }

  /** `port`: listen there (as `npm run web --port N` does) instead of on a free one. */
  async start(options: { port?: number } = {}): Promise<string> {
    if (this.running) throw new Error('the host is already running');
    requireBuilt(WEB_HOST_ENTRY);
    const env = { ...process.env };
    delete env.DESIGNDRILL_DATA_DIR;
    const port = String(options.port ?? 0);
    const child = spawn(process.execPath, [WEB_HOST_ENTRY, '--port', port, '--data-dir', this.dataDir], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.log.push(`$ node ${WEB_HOST_ENTRY} --port ${port} --data-dir ${this.dataDir}`);

    this.started = await new Promise((resolvePromise, reject) => {
      let stdout = '';
      const timer = setTimeout(
        () => fail(`the host printed no address within ${START_TIMEOUT_MS} ms`),
        START_TIMEOUT_MS,
      );
      const fail = (why: string) => {
        clearTimeout(timer);
        reject(new Error(`${why}\n--- host output ---\n${this.log.join('\n')}`));
      };
      child.stdout!.setEncoding('utf8');
      child.stderr!.setEncoding('utf8');
      child.stdout!.on('data', (chunk: string) => {
        this.record('out', chunk);
        stdout += chunk;
        const match = URL_LINE.exec(stdout);
        if (match) {
          clearTimeout(timer);
          const url = match[1]!;
          resolvePromise({ url, origin: new URL(url).origin, port: Number(match[2]), token: match[3]! });
        }
      });
      child.stderr!.on('data', (chunk: string) => this.record('err', chunk));
      child.once('error', (error) => fail(`the host could not be started: ${error.message}`));
      child.once('exit', (code, signal) => fail(`the host exited before printing its address (code ${code}, signal ${signal})`));
    });
    return this.url;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    this.started = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      this.log.push(`the host ignored SIGTERM for ${STOP_TIMEOUT_MS} ms; killing it`);
      child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  async restart(options: { port?: number } = {}): Promise<string> {
    await this.stop();
    return this.start(options);
  }

  /** Kills the host at once (SIGKILL), as a crash or a closed terminal would: it gets no chance to tidy up. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    this.started = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGKILL');
    await exited;
  }

  private record(stream: 'out' | 'err', chunk: string): void {
    for (const line of chunk.split(/\r?\n/)) if (line) this.log.push(`[${stream}] ${line}`);
  }
}

// ---------------------------------------------------------------------------------------
// Offline and error-free: every page is watched.

export type Watch = {
  /** Requests that tried to leave 127.0.0.1; each was aborted. */
  blocked: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** Console errors a test expects (see allowConsoleError). */
  allowed: RegExp[];
};

const watches = new WeakMap<Page, Watch>();

/**
 * Lets this test's page log console errors matching `pattern`, for a failure the test
 * provokes on purpose (Chromium logs every HTTP error response of a fetch to the console).
 */
export function allowConsoleError(page: Page, pattern: RegExp): void {
  const watch = watches.get(page);
  if (!watch) throw new Error('allowConsoleError works on the page fixture only');
  watch.allowed.push(pattern);
}

function isLoopback(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
    return parsed.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Aborts (and records) every request of `context` that is not for 127.0.0.1. */
async function blockLeavingLoopback(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    blocked.push(`${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });
}

/** Records console errors and uncaught errors of `page`. */
function recordErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    errors.push(`console.error: ${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
}

export async function watchPage(page: Page): Promise<Watch> {
  const watch: Watch = { blocked: [], errors: [], allowed: [] };
  await blockLeavingLoopback(page.context(), watch.blocked);
  recordErrors(page, watch.errors);
  watches.set(page, watch);
  return watch;
}

export function expectClean(watch: Watch): void {
  const errors = watch.errors.filter((e) => !watch.allowed.some((pattern) => pattern.test(e)));
  expect(
    { blockedRequests: watch.blocked, errors },
    'the page must stay on 127.0.0.1 (other requests were aborted) and log no console errors or uncaught errors',
  ).toEqual({ blockedRequests: [], errors: [] });
}

// ---------------------------------------------------------------------------------------
// Fixtures.

type Fixtures = {
  /** A fresh, empty data folder under the OS temp folder, removed after a passing test. */
  dataDir: string;
  /** The browser host on `dataDir`, not yet started: write files first, then `await host.start()`. */
  host: WebHost;
  /**
   * A second person's page, for the interviewer of a paired session: a browser context of its
   * own, so it holds only what the console link gives it. Watched like `page`.
   */
  partner: Page;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), 'designdrill-e2e-'));
    await use(dir);
    if (testInfo.status === testInfo.expectedStatus) await rm(dir, { recursive: true, force: true });
    else console.log(`kept the data folder of a failed test: ${dir}`);
  },

  host: async ({ dataDir }, use, testInfo) => {
    const host = new WebHost(dataDir);
    try {
      await use(host);
    } finally {
      await host.stop();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('host-output.txt', { body: host.log.join('\n'), contentType: 'text/plain' });
      }
    }
  },

  // Every test's page is kept offline and must log no errors. It depends on `host` so the
  // host outlives the page (a vanished host would make the page log errors).
  page: async ({ page, host }, use) => {
    void host;
    const watch = await watchPage(page);
    await use(page);
    expectClean(watch);
  },

  partner: async ({ browser, host }, use) => {
    void host;
    const context = await browser.newContext();
    try {
      const partner = await context.newPage();
      const watch = await watchPage(partner);
      await use(partner);
      expectClean(watch);
    } finally {
      await context.close();
    }
  },
});

/** Opens the host's printed address (which trades the token for a cookie) and waits for the shell. */
/** Calls the bridge from inside the page, as the renderer does (same origin, same cookie). */
export async function bridge<T>(page: Page, channel: string, request: unknown): Promise<T> {
  type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
  const envelope = await page.evaluate(
    async ([c, r]) =>
      (await (await fetch(`/api/${c}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(r) })).json()) as Envelope,
    [channel, request] as const,
  );
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** The interviewer's command, sent with the console link's token from inside `page`, as the console page sends it. */
export async function consoleAct(page: Page, token: string, id: string, command: unknown): Promise<void> {
  const envelope = await page.evaluate(
    async ([t, r]) =>
      (await (
        await fetch('/console/api/console.act', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-designdrill-token': t }, body: JSON.stringify(r) })
      ).json()) as { ok: boolean; error?: unknown },
    [token, { id, command }] as const,
  );
  if (!envelope.ok) throw new Error(`console.act failed: ${JSON.stringify(envelope.error)}`);
}

export async function openApp(page: Page, host: WebHost): Promise<void> {
  const response = await page.goto(host.url);
  expect(response?.status(), 'the address the host printed should open the app').toBe(200);
  await expect(page.getByRole('link', { name: 'DesignDrill' })).toBeVisible();
}

/** Picks a theme the way a person does: by clicking its label (the radio itself is visually hidden). */
export async function chooseTheme(page: Page, label: 'Light' | 'Dark' | 'Follow system'): Promise<void> {
  const radio = page.getByRole('radio', { name: label, exact: true });
  await page.getByRole('group', { name: 'Theme' }).locator('label', { has: radio }).click();
  await expect(radio).toBeChecked();
}

/** Picks the radio labelled `label` in `group` the way a person does: by its label when it has one around it. */
export async function chooseRadio(group: Locator, label: string): Promise<void> {
  const radio = group.getByRole('radio', { name: label, exact: true });
  await expect(radio).toBeAttached();
  // `has` looks inside each label, so the radio is found from the page, not from the group.
  const around = group.locator('label', { has: group.page().getByRole('radio', { name: label, exact: true }) });
  if ((await around.count()) > 0) await around.first().click();
  else await radio.check();
  await expect(radio).toBeChecked();
}

/**
 * Opens a paired session's console as the partner does: the candidate's page asks for it and
 * shows a link, and `partner`, in a browser of its own, opens that link. Returns the link.
 */
export async function openConsole(candidate: Page, partner: Page): Promise<string> {
  await candidate.getByRole('button', { name: 'Open the partner console' }).click();
  const link = candidate.getByRole('link', { name: 'Partner console' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  const href = new URL((await link.getAttribute('href')) ?? '', candidate.url()).href;
  const response = await partner.goto(href);
  expect(response?.status(), 'the console link should open the console').toBe(200);
  await expect(partner.getByRole('heading', { name: 'Partner console' })).toBeVisible();
  return href;
}

export function screenPath(name: string): string {
  return join(SCREENS_DIR, `${name}.png`);
}

export type ScreenshotOptions = {
  /** The whole page from its top (the header is sticky), rather than the window. */
  fullPage?: boolean;
  /** Scrolled into view first (the window's picture then shows it). */
  scrollTo?: Locator;
};

/**
 * Saves test-results/screens/<name>.png as a person sees the screen: transitions and animations
 * finished (Playwright fast-forwards them), the caret hidden, and the next frame painted (the
 * canvas draws on animation frames), so no fixed wait is needed before it.
 */
export async function screenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<void> {
  await mkdir(SCREENS_DIR, { recursive: true });
  if (options.scrollTo) await options.scrollTo.scrollIntoViewIfNeeded();
  else if (options.fullPage) await page.evaluate('window.scrollTo(0, 0)');
  await page.evaluate('new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)))');
  await page.screenshot({ path: screenPath(name), fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
}

/** A session's address; its id is the first group. */
export const SESSION_URL = /#\/session\/(s-\d{8}-\d{6}-[a-z0-9]{4})$/;

/**
 * From the home screen the host opened, a new solo session on the prompt titled `title` (the
 * URL shortener by default), as a person starts one; gives the session's id.
 */
export async function startPractice(page: Page, title = 'Design a URL Shortener'): Promise<string> {
  await page.locator('a.prompt-card', { hasText: title }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(SESSION_URL);
  return SESSION_URL.exec(page.url())![1]!;
}
