import { mkdir } from 'node:fs/promises';
import { expect, openApp, SCREENS_DIR, screenPath, shippedPrompts, test } from '../fixtures';

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
