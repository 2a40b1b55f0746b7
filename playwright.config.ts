import { defineConfig } from '@playwright/test';
import { chromiumArgs, executablePath } from './e2e/chromium';

/**
 * End-to-end suites. They drive the built app (`npm run build` first; `npm test` does it):
 * `web` runs the browser host in Chromium (e2e/chromium.ts), `electron` runs the desktop app itself.
 */

export default defineConfig({
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // One spec file at a time unless PW_WORKERS says more: each test has its own host process,
  // port and data folder, so files share nothing, but two workers on a loaded 2-core machine
  // ran into the 5 s expect timeouts (measured 2026-12-07 at load 19: 478 s -> 360 s, more timeouts).
  fullyParallel: false,
  workers: Number(process.env.PW_WORKERS ?? 1),
  forbidOnly: !!process.env.CI,
  // No retries: a test that passes only on its second try hides a race in the product (the
  // history's band after a host restart was one, fixed in sessionsSlice.takeScored).
  retries: 0,
  // Playwright empties its output folder on every run; keep it apart from the other
  // reports in test-results/ (vitest.json, npm-test.log, screens/).
  outputDir: 'test-results/artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    // Recording a trace of every test costs about a quarter of the suite's time on 2 cores, and
    // CI keeps only what it prints: a failure shows its error, screenshot and host output. Set
    // PW_TRACE=retain-on-failure to keep traces of failed tests when looking into one.
    trace: (process.env.PW_TRACE as 'retain-on-failure' | 'on' | undefined) ?? 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [...chromiumArgs],
    },
  },
  projects: [
    { name: 'web', testDir: 'e2e/web' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
