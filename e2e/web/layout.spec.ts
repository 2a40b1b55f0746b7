import type { Page } from '@playwright/test';
import type { CanvasElement } from '../../shared/canvas/element';
import { box } from '../../shared/rubric/testing/builder';
import { bridge, consoleAct, expect, openApp, screenshot, shippedPrompts, test } from '../fixtures';

// The session screen gives the canvas room: measured at two common window sizes with the
// estimation pad open, a long list in the notes, a changed requirement from the partner,
// and an ended session read back.

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;
/** What the canvas keeps with the pad open: Excalidraw's desktop tools need 730 px of width. */
const CANVAS_MIN_WIDTH = 730;
const CANVAS_MIN_HEIGHT_SHARE = 0.38;

// Excalidraw takes a while to load on a busy machine.
test.describe.configure({ timeout: 60_000 });

const prompt = () => shippedPrompts().find((p) => p.id === 'url-shortener')!;

async function createSession(page: Page, mode: 'solo' | 'paired' = 'solo'): Promise<{ id: string; send: (command: unknown) => Promise<unknown> }> {
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: prompt().id, planId: 'eight-steps', level: 'senior', mode });
  return { id, send: (command: unknown) => bridge(page, 'session.append', { id, command }) };
}

const canvasHost = (page: Page) => page.locator('.canvas-host');

async function canvasReady(page: Page): Promise<void> {
  await expect(page.locator('.canvas-host .excalidraw__canvas.interactive')).toBeVisible({ timeout: 30_000 });
}

/** A box drawn in a colour of its own, solid, so the canvas's pixels show whether it is in view. */
function colouredBox(id: string, x: number, y: number, colour: string): CanvasElement[] {
  const [shape, label] = box(id, id, x, y);
  return [{ ...shape!, strokeColor: colour, backgroundColor: colour, fillStyle: 'solid' }, { ...label!, fontSize: 20, fontFamily: 5, lineHeight: 1.25 }];
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the Estimate phase opens the pad under a diagram and the canvas keeps its room and its desktop tools`, async ({ page, host }) => {
    await page.setViewportSize(size);
    await host.start();
    await openApp(page, host);
    const { id, send } = await createSession(page);
    await send({ type: 'start' });
    // A diagram begun while clarifying.
    await send({ type: 'canvas', delta: { added: colouredBox('api', 0, 0, '#1971c2') } });
    await page.goto(`${host.origin}/#/session/${id}`);
    await canvasReady(page);
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.locator('.timer-phase-title')).toHaveText('Estimate');

    // The pad is this phase's record: it opens by itself.
    await expect(page.getByRole('textbox', { name: 'Estimation pad' })).toBeVisible();
    const canvas = (await canvasHost(page).boundingBox())!;
    const pad = (await page.getByRole('region', { name: 'Estimates' }).boundingBox())!;
    expect(canvas.width, 'the canvas is wide enough for Excalidraw’s desktop tools').toBeGreaterThanOrEqual(CANVAS_MIN_WIDTH);
    expect(canvas.height / size.height, `the canvas keeps at least ${CANVAS_MIN_HEIGHT_SHARE * 100}% of the window’s height`).toBeGreaterThanOrEqual(CANVAS_MIN_HEIGHT_SHARE);
    expect(canvas.height, 'the canvas is taller than the pad').toBeGreaterThan(pad.height);
    expect(pad.y + pad.height, 'the pad ends inside the window').toBeLessThanOrEqual(size.height);
    await expect(page.locator('.canvas-host .excalidraw')).not.toHaveClass(/excalidraw--mobile/);
    await expect(page.locator('.canvas-host [data-testid="toolbar-rectangle"]')).toBeVisible();
    // The narrowed side panels hold what they show: nothing wider than them, nothing cut off.
    for (const panel of ['.session-side', '.session-notes']) {
      const fits = await page.locator(panel).evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollLeft === 0);
      expect(fits, `${panel} has nothing wider than itself`).toBe(true);
    }
    await screenshot(page, `layout-estimate-${size.width}`);
  });
}

test('a long list in the notes panel stays inside its card; the panel scrolls', async ({ page, host }) => {
  await page.setViewportSize(SIZES[0]);
  await host.start();
  await openApp(page, host);
  const { id, send } = await createSession(page);
  await send({ type: 'start' });
  for (let i = 0; i < 14; i += 1) {
    await send({ type: 'note.add', id: `fr-${i}`, index: i, body: { list: 'functional', text: `Requirement ${i + 1}: a person can do one more thing with a short link, said in a full sentence` } });
  }
  await page.goto(`${host.origin}/#/session/${id}`);
  await canvasReady(page);
  const card = page.getByRole('complementary', { name: 'Notes' }).locator('.work-card');
  const items = card.locator('.note-item');
  await expect(items).toHaveCount(14);
  const cardBox = (await card.boundingBox())!;
  for (const item of await items.all()) {
    const itemBox = (await item.boundingBox())!;
    expect(itemBox.y + itemBox.height, 'each item ends inside the card').toBeLessThanOrEqual(cardBox.y + cardBox.height);
  }
  const overflow = await card.evaluate((element) => element.scrollHeight - element.clientHeight);
  expect(overflow, 'the card holds all it shows').toBeLessThanOrEqual(1);
  await screenshot(page, 'layout-long-notes');
});

test('a changed requirement shows in the head without pushing the canvas down, folds away, and unfolds for the next one', async ({ page, host }) => {
  await page.setViewportSize(SIZES[1]);
  await host.start();
  await openApp(page, host);
  const { id, send } = await createSession(page, 'paired');
  await send({ type: 'start' });
  const { url } = await bridge<{ url: string }>(page, 'pairing.open', { id });
  const token = new URL(url, host.origin).searchParams.get('token')!;
  await page.goto(`${host.origin}/#/session/${id}`);
  await canvasReady(page);
  const before = (await canvasHost(page).boundingBox())!;

  await consoleAct(page, token, id, { type: 'curveball', index: 0 });
  const changed = page.getByRole('region', { name: 'Changed requirement' });
  await expect(changed).toContainText(prompt().curveballs[0]!);
  await screenshot(page, 'layout-curveball');
  const after = (await canvasHost(page).boundingBox())!;
  expect(after.y, 'the canvas starts where it did').toBe(before.y);
  expect(after.height).toBe(before.height);

  await changed.getByRole('button', { name: 'Hide' }).click();
  await expect(changed.getByText(prompt().curveballs[0]!)).toBeHidden();
  await expect(changed.getByRole('button', { name: 'Show' })).toHaveAttribute('aria-expanded', 'false');
  await screenshot(page, 'layout-curveball-folded');

  await consoleAct(page, token, id, { type: 'curveball', index: 1 });
  await expect(changed.getByText(prompt().curveballs[1]!)).toBeVisible();
  expect((await canvasHost(page).boundingBox())!.y).toBe(before.y);
});

test('an ended session’s canvas shows the whole diagram, however far apart its parts were drawn', async ({ page, host }) => {
  await page.setViewportSize(SIZES[0]);
  await host.start();
  await openApp(page, host);
  const { id, send } = await createSession(page);
  await send({ type: 'start' });
  const colours = { left: '#e03131', right: '#1971c2', below: '#2f9e44' };
  await send({
    type: 'canvas',
    delta: { added: [...colouredBox('left', -1800, -300, colours.left), ...colouredBox('right', 1800, -300, colours.right), ...colouredBox('below', 0, 1400, colours.below)] },
  });
  await send({ type: 'end' });
  await page.goto(`${host.origin}/#/session/${id}`);
  await expect(page.locator('.canvas-host .excalidraw__canvas.static')).toBeVisible({ timeout: 15_000 });

  // Counted on Excalidraw's own drawing: each box's colour is on the canvas.
  const shown = (hex: string) =>
    page.locator('.canvas-host .excalidraw__canvas.static').evaluate((element, colour) => {
      type Canvas = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } };
      const canvas = element as unknown as Canvas;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r!) < 12 && Math.abs(data[i + 1]! - g!) < 12 && Math.abs(data[i + 2]! - b!) < 12) count += 1;
      return count;
    }, hex);
  for (const [where, colour] of Object.entries(colours)) {
    await expect.poll(() => shown(colour), { message: `the box ${where} is in view` }).toBeGreaterThan(100);
  }
  await screenshot(page, 'layout-ended-fit');
});
