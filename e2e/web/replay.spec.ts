import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionEvent } from '../../shared/session/events';
import { bridge, expect, openApp, ROOT, screenPath, SCREENS_DIR, test } from '../fixtures';

// A short session written through the bridge at real intervals (the host has no fake clock,
// so its moments are seconds apart and every check reads them from the log), then replayed:
// scrub to a moment and see its diagram and notes, keys, play at 8x to the end, a reload that
// keeps the place, and a report's evidence that opens the replay at its moment.

type Element = { id: string; type: string; version: number; text?: string; containerId?: string | null; boundElements?: { id: string }[] | null };

const REQUIREMENT = 'Turn a long URL into a short 7-character code';
const PAD_LINE = 'writes = 10M/day in /s';
const CONCLUSION = 'Writes are tiny next to reads, so the read path gets a cache';
const TRADEOFF = { chose: 'A key-value store', gaveUp: 'Joins and ad-hoc queries', because: 'Every read is a lookup by code' };
/** Between the moments, so each lands on its own second of the session clock. */
const GAP_MS = 1_500;

test('a finished session replays: scrub to a moment, keys, play at 8x, reload, and jump from the report', async ({ page, host }) => {
  // Six seconds of real time make the session; Excalidraw loads three times (open, reload, from the report).
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);

  // The URL shortener's diagram in two strokes: the client and the service first, the rest later.
  const diagram = (JSON.parse(await readFile(join(ROOT, 'shared/canvas/fixtures/url-shortener.excalidraw'), 'utf8')) as { elements: Element[] }).elements;
  const firstIds = new Set(['client', 'service']);
  const first = diagram
    .filter((e) => firstIds.has(e.id) || (e.containerId !== undefined && e.containerId !== null && firstIds.has(e.containerId)))
    .map((e) => ({ ...e, boundElements: e.boundElements?.filter((b) => diagram.some((x) => x.id === b.id && x.containerId === e.id)) ?? null }));
  const rest = diagram.filter((e) => !first.some((f) => f.id === e.id));
  const firstLabels = first.filter((e) => e.type === 'text').map((e) => e.text!);
  expect(firstLabels).toEqual(['Web client', 'URL service']);

  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', level: 'senior' });
  const send = (command: unknown) => bridge(page, 'session.append', { id, command });
  await send({ type: 'start' });
  await page.waitForTimeout(200);
  await send({ type: 'note.add', id: 'req-1', index: 0, body: { list: 'functional', text: REQUIREMENT } });
  await page.waitForTimeout(GAP_MS);
  await send({ type: 'canvas', delta: { added: first } });
  await page.waitForTimeout(GAP_MS);
  await send({ type: 'next' });
  await send({ type: 'scratchpad', pad: { lines: [{ id: 'l1', text: PAD_LINE, tag: 'write-qps' }], conclusions: [{ id: 'c1', text: CONCLUSION, lineIds: ['l1'] }] } });
  await page.waitForTimeout(GAP_MS);
  await send({ type: 'canvas', delta: { added: rest, changed: first.map((e) => ({ ...diagram.find((d) => d.id === e.id)!, version: e.version + 1 })) } });
  await send({ type: 'note.add', id: 'to-1', index: 0, body: { list: 'tradeoff', ...TRADEOFF } });
  await page.waitForTimeout(GAP_MS);
  await send({ type: 'end' });

  const { events } = await bridge<{ events: SessionEvent[] }>(page, 'session.events', { id });
  const at = (type: SessionEvent['type'], nth = 0) => events.filter((e) => e.type === type)[nth]!.t;
  const firstStroke = at('canvas.changed');
  const secondStroke = at('canvas.changed', 1);
  const padAt = at('scratchpad.changed');
  const duration = events[events.length - 1]!.t;
  expect(firstStroke).toBeLessThan(padAt);
  expect(padAt).toBeLessThan(secondStroke);

  // Between the two strokes: two boxes and their labels, the requirement, the pad line; no trade-off yet.
  const between = Math.round((padAt + secondStroke) / 2);
  await page.goto(`${host.origin}/#/session/${id}/replay/${between}`);
  const scrubber = page.getByRole('slider', { name: 'Moment of the session' });
  await expect(scrubber).toHaveAttribute('aria-valuenow', String(between));
  await expect(scrubber).toHaveAttribute('aria-valuemax', String(duration));
  await expect(scrubber).toHaveAttribute('aria-valuetext', /^0:0\d of 0:0\d, Estimate/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Design a URL Shortener');
  await expect(page.locator('.replay-canvas-count')).toHaveText(`${first.length} elements at this moment`, { timeout: 15_000 });
  await expect(page.getByRole('list', { name: 'Text on the diagram' }).getByRole('listitem')).toHaveText(firstLabels);
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await expect(notes).toContainText(REQUIREMENT);
  await expect(notes).not.toContainText(TRADEOFF.chose);
  const pad = page.getByRole('list', { name: 'Estimation pad' });
  await expect(pad).toContainText(PAD_LINE);
  await expect(pad).toContainText('/s');
  await expect(page.getByRole('list', { name: 'Conclusions' })).toContainText(CONCLUSION);
  await expect(page.getByRole('group', { name: 'Clocks at this moment' })).toContainText('Session 0:0');
  await expect(page.getByRole('button', { name: /^Estimate, from/ })).toHaveAttribute('aria-current', 'step');
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('replay-between') });

  // Before the first stroke the canvas is empty and the pad too.
  await scrubber.focus();
  await page.keyboard.press('Home');
  await expect(scrubber).toHaveAttribute('aria-valuenow', '0');
  await expect(page.locator('.replay-canvas-count')).toHaveText('Nothing drawn yet');
  await expect(page.getByText('Nothing on the pad yet.')).toBeVisible();
  await expect(notes).not.toContainText(REQUIREMENT);
  // The arrows step 5 s, Shift for 30 s (clamped to the end).
  await page.keyboard.press('ArrowRight');
  await expect(scrubber).toHaveAttribute('aria-valuenow', String(Math.min(5_000, duration)));
  await page.keyboard.press('Shift+ArrowRight');
  await expect(scrubber).toHaveAttribute('aria-valuenow', String(duration));

  // At the end: the whole diagram, the trade-off.
  await expect(page.locator('.replay-canvas-count')).toHaveText(`${diagram.length} elements at this moment`);
  await expect(page.getByRole('list', { name: 'Text on the diagram' })).toContainText('Redis cache');
  await expect(notes).toContainText(TRADEOFF.chose);
  await page.screenshot({ path: screenPath('replay-end') });

  // A click on the track seeks to the moment under the pointer.
  const box = (await scrubber.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
  const clicked = Number(await scrubber.getAttribute('aria-valuenow'));
  expect(Math.abs(clicked - duration * 0.25)).toBeLessThan(duration * 0.03);

  // Play at 8x from the start: the time moves on and stops at the end.
  await page.keyboard.press('Home');
  await page.getByRole('group', { name: 'Speed' }).getByRole('button', { name: '8×' }).click();
  await expect(page.getByRole('button', { name: '8×' })).toHaveAttribute('aria-pressed', 'true');
  // Space plays even with the focus on a speed button.
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(await scrubber.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: Math.ceil(duration / 8) + 3_000 });
  await expect(scrubber).toHaveAttribute('aria-valuenow', String(duration));
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/replay/${duration}$`));

  // A reload opens at the place kept in the address.
  await scrubber.focus();
  await page.keyboard.press('ArrowLeft');
  const kept = duration - Math.min(5_000, duration);
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/replay/${kept}$`));
  await page.reload();
  await expect(scrubber).toHaveAttribute('aria-valuenow', String(kept));

  // The report's evidence opens the replay at its moment.
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/report$`));
  const evidence = page.locator('#criterion-scope .evidence-for').filter({ hasText: REQUIREMENT });
  const link = evidence.getByRole('link', { name: /^Replay at \d+:\d\d$/ });
  const href = (await link.getAttribute('href'))!;
  const t = Number(/\/replay\/(\d+)$/.exec(href)![1]);
  expect(t).toBe(at('note.added'));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/replay/${t}$`));
  await expect(scrubber).toHaveAttribute('aria-valuenow', String(t));
  await expect(notes).toContainText(REQUIREMENT);
  // The rubric's evidence has its own lane of marks, and every mark is in the list of moments.
  await expect(page.locator('.timeline-marks .mark-evidence').first()).toBeAttached();
  await expect(page.locator('.replay-moments')).toContainText(REQUIREMENT);
  await page.screenshot({ path: screenPath('replay-from-report') });
});
