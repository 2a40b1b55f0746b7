import type { Page } from '@playwright/test';
import { allowConsoleError, bridge, expect, openApp, screenshot, shippedPrompts, startPractice as openPractice, test, type WebHost } from '../fixtures';

// The host killed and started again under an open session: the window says so at once, keeps
// everything typed meanwhile, says how to reopen, and sends it all once it can.

const urlShortener = () => shippedPrompts().find((p) => p.id === 'url-shortener') ?? shippedPrompts()[0]!;
const notesPanel = (page: Page) => page.getByRole('complementary', { name: 'Notes' });
const field = (page: Page, name: string) => notesPanel(page).getByRole('textbox', { name, exact: true });
const freeNotes = (page: Page) => page.getByRole('textbox', { name: /^Notes for/ });
const pill = (page: Page) => page.locator('.session-meta .status-pill');
const timer = (page: Page) => page.getByRole('timer', { name: /^Time left in/ });

async function startPractice(page: Page, host: WebHost): Promise<string> {
  await openApp(page, host);
  return openPractice(page, urlShortener().title);
}

type Item = { body: { list: string; text?: string } };

test('the host killed and restarted under an open session: the window says so within 5 s, loses nothing typed, and reconnects once the new address is opened', async ({ page, host }) => {
  test.setTimeout(90_000);
  // Chromium logs each request the dead (then restarted) host could not answer; those are what this test provokes.
  allowConsoleError(page, /net::ERR_CONNECTION_REFUSED|net::ERR_EMPTY_RESPONSE|status of 403 \(Forbidden\)|api\/events/);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  const id = await startPractice(page, host);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await notesPanel(page).getByRole('button', { name: 'Add requirement' }).click();
  await page.keyboard.type('Shorten a long link');
  await expect(page.locator('.note-lists-status')).toHaveText('Saved');
  const port = host.port;

  // Killed: within 5 seconds the window says it is not connected and stops claiming "Saved".
  await host.kill();
  const killedAt = Date.now();
  const lost = page.getByRole('alert').filter({ hasText: 'DesignDrill is not answering' });
  await expect(lost).toBeVisible({ timeout: 5_000 });
  expect(Date.now() - killedAt).toBeLessThan(5_000);
  await expect(pill(page)).toHaveText('Not connected');
  await expect(page.locator('.note-lists-status')).toHaveText('Not connected');
  // The clock stops where the connection went.
  const frozen = await timer(page).textContent();
  await expect.poll(() => timer(page).textContent(), { intervals: [1500] }).toBe(frozen);

  // Typed meanwhile: a new item and the free notes stay in the window, said to be waiting.
  await notesPanel(page).getByRole('button', { name: 'Add requirement' }).click();
  await page.keyboard.type('Redirect a short link');
  await freeNotes(page).fill('Reads dominate: about 100 reads per write.');
  await freeNotes(page).blur();
  await expect(notesPanel(page).getByRole('status').filter({ hasText: /not saved yet/ })).toContainText('sent once DesignDrill answers');
  await expect(page.locator('.notes-status')).toHaveText('Not sent: kept here until DesignDrill answers');
  await expect(page.getByRole('alert').filter({ hasText: 'That did not go through' })).toHaveCount(0);
  await screenshot(page, 'connection-lost');
  await expect(field(page, 'Requirement 2')).toHaveValue('Redirect a short link');

  // Started again on the same address, with a new token: the old tab says so and how to reopen.
  await host.start({ port });
  const replaced = page.getByRole('alert').filter({ hasText: 'DesignDrill was restarted' });
  await expect(replaced).toBeVisible({ timeout: 10_000 });
  await expect(replaced).toContainText('Open the address the new run printed');
  await expect(field(page, 'Requirement 2')).toHaveValue('Redirect a short link');
  await expect(freeNotes(page)).toHaveValue('Reads dominate: about 100 reads per write.');
  await screenshot(page, 'connection-replaced');

  // The old address in another tab (its cookie is the old run's) gets a page that explains, not a bare refusal.
  const other = await page.context().newPage();
  const stale = await other.goto(`${host.origin}/`);
  expect(stale?.status()).toBe(403);
  await expect(other.getByRole('heading', { name: 'Open DesignDrill from its address' })).toBeVisible();
  await expect(other.getByText('DesignDrill is running at')).toBeVisible();
  await screenshot(other, 'connection-stale-address');

  // Opening the new address in this browser lets the old tab back in: it reconnects by itself and sends what was kept.
  await openApp(other, host);
  await other.close();
  await expect(replaced).toHaveCount(0, { timeout: 10_000 });
  await expect(pill(page)).toHaveText('Paused when DesignDrill closed');
  await expect(page.locator('.note-lists-status')).toHaveText('Saved');
  await expect(page.locator('.notes-status')).toHaveText('Saved');
  const { state } = await bridge<{ state: { items: Item[]; notes: Record<string, string> } }>(page, 'session.open', { id });
  expect(state.items.filter((i) => i.body.list === 'functional').map((i) => i.body.text)).toEqual(['Shorten a long link', 'Redirect a short link']);
  expect(Object.values(state.notes)).toContain('Reads dominate: about 100 reads per write.');

  // And it is all there after a reload.
  await page.reload();
  await expect(field(page, 'Requirement 2')).toHaveValue('Redirect a short link');
  await expect(freeNotes(page)).toHaveValue('Reads dominate: about 100 reads per write.');
});

test('a note change the host fails to save (a full disk, say) stays in the window, says why, and goes in on Retry', async ({ page, host }) => {
  test.setTimeout(90_000);
  allowConsoleError(page, /status of 500 \(Internal Server Error\)/);
  await page.setViewportSize({ width: 1440, height: 900 });
  await host.start();
  const id = await startPractice(page, host);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('.canvas-status')).toHaveText('Saved', { timeout: 30_000 });

  // The host answers every append with a 500, as it would with no room left on the disk.
  let failing = true;
  await page.route('**/api/session.append', (route) =>
    failing
      ? route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'internal', channel: 'session.append', message: 'session.append failed: the disk is full', issues: [] } }),
        })
      : route.continue(),
  );
  await notesPanel(page).getByRole('button', { name: 'Add requirement' }).click();
  await page.keyboard.type('Shorten a long link');
  await field(page, 'Requirement 1').blur();
  const waiting = notesPanel(page).getByRole('status').filter({ hasText: /not saved yet/ });
  await expect(waiting).toContainText('kept here and sent again');
  await expect(page.getByRole('alert').filter({ hasText: 'That did not go through' })).toContainText('the disk is full');
  await expect(page.locator('.note-lists-status')).toHaveText('Not saved yet: kept here and sent again');
  // Never thrown away: the text typed is still there.
  await expect(field(page, 'Requirement 1')).toHaveValue('Shorten a long link');
  await screenshot(page, 'notes-not-saved');

  failing = false;
  await waiting.getByRole('button', { name: 'Retry now' }).click();
  await expect(page.locator('.note-lists-status')).toHaveText('Saved');
  await expect(waiting).toHaveCount(0);
  const { state } = await bridge<{ state: { items: Item[] } }>(page, 'session.open', { id });
  expect(state.items.map((i) => i.body.text)).toEqual(['Shorten a long link']);
  await page.reload();
  await expect(field(page, 'Requirement 1')).toHaveValue('Shorten a long link');
});
