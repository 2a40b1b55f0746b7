import { mkdir } from 'node:fs/promises';
import { bridge, expect, openApp, openConsole, SCREENS_DIR, screenPath, screenshot, shippedPrompts, test } from '../fixtures';

// Full-page pictures for people to look at in test-results/screens/. Nothing asserts on pixels;
// the checks only make sure each screen has finished loading before it is taken.
test('screenshots of home (light and dark), a prompt and settings', async ({ page, host }) => {
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);
  await expect(page.locator('a.prompt-card').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.screenshot({ path: screenPath('home-light'), fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: screenPath('home-dark'), fullPage: true });

  await page.emulateMedia({ colorScheme: 'light' });
  const prompt = shippedPrompts()[0]!;
  await page.locator('a.prompt-card', { hasText: prompt.title }).click();
  await expect(page.locator('.brief')).toBeVisible();
  await page.screenshot({ path: screenPath('prompt-light'), fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: screenPath('prompt-dark'), fullPage: true });

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'About this copy' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Follow system' })).toBeChecked();
  await page.screenshot({ path: screenPath('settings-light'), fullPage: true });
});

test('screenshots of the session screen with the estimation pad (light and dark)', async ({ page, host }) => {
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener') ?? shippedPrompts()[0]!;
  await page.locator('a.prompt-card', { hasText: prompt.title }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Next phase' }).click();

  const pad = page.getByRole('region', { name: 'Estimates' });
  const editor = page.getByRole('textbox', { name: 'Estimation pad' });
  await editor.click();
  const lines = [
    '# URL shortener: 10M new links a day, kept 5 years',
    'new_links = 10M/day',
    'writes = new_links in /s',
    'reads = writes * 100',
    'peak = reads * 3',
    'records = new_links * 5 year',
    'storage = records * 500 B',
    'bandwidth = reads * 500 B',
    'codes = 62^7',
    'codes / records',
  ];
  await page.keyboard.type(lines.join('\n'));
  await expect(pad.locator('.pad-row[data-line="7"] .pad-value')).toHaveText('9.13 TB');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const draft = pad.getByRole('textbox', { name: 'New conclusion' });
  await draft.fill('100 reads per write: cache the redirect path');
  await draft.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await draft.fill('3.5 T codes for 18 B links: 7 characters are plenty');
  await draft.press('Enter');
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(pad.locator('.pad-save')).toHaveText('Saved');
  await screenshot(page, 'session-pad-light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'session-pad-dark');

  // The next phase folds the pad (it opened by itself); its bar keeps the key figures in sight.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(editor).toBeHidden();
  await expect(pad.getByRole('list', { name: 'Key figures' })).toContainText('9.13 TB');
  await screenshot(page, 'session-pad-folded');
});

// Every screen a person reaches, walked in one go: the page fixture fails the test on any
// console error or uncaught error, and on any request leaving 127.0.0.1.
test('a walk through every screen logs no console error', async ({ page, partner, host }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await host.start();
  await openApp(page, host);
  const heading = (name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;

  // Home and a prompt.
  await heading('Practice prompts');
  await page.locator('a.prompt-card', { hasText: prompt.title }).click();
  await expect(page.locator('.brief')).toBeVisible();

  // A session: the canvas, the pad, the exports.
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.locator('.canvas-host .excalidraw__canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const canvas = (await page.locator('.canvas-host .excalidraw__canvas.interactive').boundingBox())!;
  await page.mouse.click(canvas.x + canvas.width * 0.9, canvas.y + canvas.height * 0.8);
  await page.keyboard.press('r');
  await page.mouse.move(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.3);
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width * 0.5, canvas.y + canvas.height * 0.5, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.press('Enter');
  await page.keyboard.type('API server');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Next phase' }).click();
  const editor = page.getByRole('textbox', { name: 'Estimation pad' });
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.type('writes = 10M/day\nreads = writes * 100');
  await expect(page.locator('.pad-row[data-line="1"] .pad-value')).not.toBeEmpty();
  for (const format of ['SVG image', 'PNG image', 'Excalidraw file']) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menu', { name: 'Export the diagram' }).getByRole('menuitem', { name: new RegExp(format) }).click();
    await download;
  }
  await expect(page.locator('.canvas-status')).toHaveText('Saved', { timeout: 10_000 });

  // The end, the ended session, its report and its replay.
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
  await expect(page.locator('.ended-card')).toBeVisible();
  await expect(page.locator('.canvas-host .excalidraw__canvas.static')).toBeVisible({ timeout: 30_000 });
  const ended = /#\/session\/([^/]+)$/.exec(page.url())![1]!;
  await page.getByRole('link', { name: 'See your report' }).click();
  await heading(prompt.title);
  await page.goto(`${host.origin}/#/session/${ended}/replay`);
  await expect(page.locator('.replay-canvas-count')).toBeVisible({ timeout: 30_000 });

  // A second attempt, for history, compare and progress.
  const { id: second } = await bridge<{ id: string }>(page, 'session.create', { promptId: prompt.id, planId: 'eight-steps', level: 'senior' });
  await bridge(page, 'session.append', { id: second, command: { type: 'start' } });
  await bridge(page, 'session.append', { id: second, command: { type: 'end' } });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await heading('Sessions');
  await page.goto(`${host.origin}/#/compare/${second}/${ended}`);
  await expect(page.locator('.compare-overall').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await heading('Progress');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click();
  await heading('Plans');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await heading('Settings');

  // A paired session and its interviewer's console, in the partner's own browser.
  const { id: paired } = await bridge<{ id: string }>(page, 'session.create', { promptId: prompt.id, planId: 'eight-steps', level: 'senior', mode: 'paired' });
  await page.goto(`${host.origin}/#/session/${paired}`);
  await expect(page.locator('.canvas-host .excalidraw__canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await openConsole(page, partner);
  await expect(partner.getByRole('heading', { name: 'Partner console' })).toBeVisible();
});
