import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { bridge, expect, openApp, SCREENS_DIR, screenPath, test } from '../fixtures';

// Labels and messages that say what the click does or what is shown: the replay's pill is the
// state at the moment shown, importing one's own export says where the session already is,
// and the design doc's button and message say it is a .zip and what is in it.

async function endedSession(page: Page): Promise<string> {
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', level: 'senior' });
  const send = (command: unknown) => bridge(page, 'session.append', { id, command });
  await send({ type: 'start' });
  await send({ type: 'note.add', id: 'req-1', index: 0, body: { list: 'functional', text: 'Shorten a long link' } });
  await send({ type: 'next' });
  await send({ type: 'end' });
  return id;
}

test('the replay of an ended session labels the moment shown, not the session now', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await host.start();
  await openApp(page, host);
  const id = await endedSession(page);
  await page.goto(`${host.origin}/#/session/${id}/replay/0`);
  const pill = page.locator('.replay-screen .status-pill');
  await expect(pill).toHaveText('Clock running at this moment');
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.locator('.session-head').screenshot({ path: screenPath('replay-pill-moment') });
  await page.keyboard.press('End');
  await expect(pill).toHaveText('Ended');
});

test('importing a session exported from this history says it is already there and opens it', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await host.start();
  await openApp(page, host);
  const id = await endedSession(page);
  await page.goto(`${host.origin}/#/sessions`);
  const download = page.waitForEvent('download');
  await page.locator('tbody tr').getByRole('button', { name: 'Export' }).click();
  const file = await download;

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a session…' }).click();
  await (await chooser).setFiles((await file.path())!);
  const told = page.getByRole('status').filter({ hasText: 'Design a URL Shortener' });
  await expect(told).toContainText('“Design a URL Shortener” is already in your history');
  await expect(told).not.toContainText('imported before');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await page.locator('.notice').screenshot({ path: screenPath('import-already-in-history') });
  await told.getByRole('link', { name: 'Open it' }).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}$`));
});

test('"Export design doc" says it saves a .zip, and what the .zip holds', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await host.start();
  await openApp(page, host);
  const id = await endedSession(page);
  await page.goto(`${host.origin}/#/session/${id}/report`);
  const button = page.getByRole('button', { name: 'Export design doc (.zip)' });
  await expect(button).toBeVisible();
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  const message = page.getByRole('status').filter({ hasText: 'Downloaded' });
  await expect(message).toContainText(`Downloaded ${file.suggestedFilename()}: a .zip with the document in Markdown (no diagram was drawn)`);
  await page.locator('.report-head').screenshot({ path: screenPath('design-doc-zip-message') });
});
