import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { visibleElements } from '../../shared/canvas/scene';
import type { SessionState } from '../../shared/session/state';
import { bridge, expect, openApp, SCREENS_DIR, screenPath, startPractice as openPractice, test } from '../fixtures';

// The moment a session ends, in the same window that drew it: what the ended screen says
// about the work must be what the log holds, not what the screen held when it opened.

const NO_DIAGRAM = 'No diagram was drawn in this session.';

async function startPractice(page: Page): Promise<string> {
  const id = await openPractice(page);
  await expect(page.locator('.canvas-host .excalidraw__canvas.interactive')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  return id;
}

/** A point on the canvas, as fractions of its width and height. */
async function at(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.canvas-host .excalidraw__canvas.interactive').boundingBox())!;
  return { x: Math.round(box.x + box.width * fx), y: Math.round(box.y + box.height * fy) };
}

/** A labelled rectangle, drawn with Excalidraw's own keys and the mouse. */
async function drawBox(page: Page, label: string, fx: number, fy: number): Promise<void> {
  await page.locator('.canvas-host').getByTitle(/^Rectangle/).click();
  const from = await at(page, fx, fy);
  const to = await at(page, fx + 0.15, fy + 0.12);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.press('Enter');
  await page.keyboard.type(label);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator('.canvas-status')).toHaveText('Saved', { timeout: 5000 });
}

/** The labels on the canvas as the log holds them. */
async function loggedLabels(page: Page, id: string): Promise<string[]> {
  const { state } = await bridge<{ state: SessionState }>(page, 'session.open', { id });
  return visibleElements(state.canvas)
    .filter((e) => e.type === 'text')
    .map((e) => String(e.originalText ?? e.text))
    .sort();
}

async function endSession(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  await expect(page.locator('.canvas-status')).toHaveText('View only: the session has ended');
}

test('a diagram drawn in this window is not called missing the moment the session ends', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await host.start();
  await openApp(page, host);
  const id = await startPractice(page);
  const spot = await at(page, 0.97, 0.6);
  await page.mouse.click(spot.x, spot.y);
  await page.keyboard.press('Escape');
  await drawBox(page, 'Load balancer', 0.35, 0.3);
  await drawBox(page, 'API server', 0.62, 0.55);
  await expect.poll(() => loggedLabels(page, id), { timeout: 5000 }).toEqual(['API server', 'Load balancer']);

  await endSession(page);
  await expect(page.locator('.ended-card')).toBeVisible();
  // Excalidraw still shows the scene; nothing may claim it is empty.
  await expect(page.locator('.canvas-empty')).toHaveCount(0);
  await expect(page.getByText(NO_DIAGRAM)).toHaveCount(0);
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('ended-session-drawn') });

  // As after a reload.
  await page.reload();
  await expect(page.locator('.canvas-host .excalidraw--view-mode')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(NO_DIAGRAM)).toHaveCount(0);
});

test('a session ended with nothing drawn says so, at once and after a reload', async ({ page, host }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await host.start();
  await openApp(page, host);
  await startPractice(page);
  await endSession(page);
  await expect(page.getByText(NO_DIAGRAM)).toBeVisible();
  await page.reload();
  await expect(page.getByText(NO_DIAGRAM)).toBeVisible({ timeout: 15_000 });
});
