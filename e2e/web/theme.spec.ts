import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chooseTheme, expect, openApp, test } from '../fixtures';
import type { Page } from '@playwright/test';

const html = (page: Page) => page.locator('html');

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // The radios are disabled until the settings have loaded.
  await expect(page.getByRole('group', { name: 'Theme' })).toBeEnabled();
}

test('the theme choice is saved, survives a reload and a restart of the host', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);
  // A new data folder follows the system, which is light here.
  await expect(html(page)).toHaveAttribute('data-theme', 'light');

  await openSettings(page);
  await expect(page.getByRole('radio', { name: 'Follow system' })).toBeChecked();
  await chooseTheme(page, 'Dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(async () => JSON.parse(await readFile(join(host.dataDir, 'settings.json'), 'utf8')).theme)
    .toBe('dark');

  await page.reload();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  // Close the tab's connection, restart the host on the same data folder, open its new address.
  await page.goto('about:blank');
  const before = host.url;
  await host.restart();
  expect(host.url, 'a restarted host has a new token').not.toBe(before);
  await openApp(page, host);
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await openSettings(page);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  // Light is a choice too, and wins over a dark system.
  await page.emulateMedia({ colorScheme: 'dark' });
  await chooseTheme(page, 'Light');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
});

test('"Follow system" follows the system colour scheme live', async ({ page, host }) => {
  await host.start();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, host);
  await openSettings(page);
  await chooseTheme(page, 'Light');
  await expect(html(page)).toHaveAttribute('data-theme', 'light');

  await chooseTheme(page, 'Follow system');
  await expect(page.getByRole('radio', { name: 'Follow system' })).toBeChecked();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');

  // The choice itself is "system", saved as such.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Follow system' })).toBeChecked();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
});

test('a second tab follows a theme change made in the first', async ({ page, host, context }) => {
  await host.start();
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, host);
  const other = await context.newPage();
  await other.emulateMedia({ colorScheme: 'light' });
  const otherErrors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && otherErrors.push(m.text()));
  other.on('pageerror', (e) => otherErrors.push(e.message));
  // Wait for its event stream to be open before changing anything.
  const stream = other.waitForResponse((r) => r.url() === `${host.origin}/api/events`);
  await other.goto(`${host.origin}/`);
  expect((await stream).status()).toBe(200);
  await expect(html(other)).toHaveAttribute('data-theme', 'light');

  await openSettings(page);
  await chooseTheme(page, 'Dark');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(html(other)).toHaveAttribute('data-theme', 'dark');
  await other.close();
  expect(otherErrors).toEqual([]);
});
