import { existsSync } from 'node:fs';

/**
 * The browser the web suite drives and the flags it starts with, in one place: the config uses
 * them, and a spec that needs more flags (the fake microphone) adds to them.
 *
 * The browser is the system's Chromium when there is one (CI installs Debian's), else
 * Playwright's own (`npx playwright install chromium` on a developer laptop). Set
 * CHROMIUM_PATH to pick another.
 */
const systemChromium = '/usr/bin/chromium';
export const executablePath = process.env.CHROMIUM_PATH || (existsSync(systemChromium) ? systemChromium : undefined);

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
