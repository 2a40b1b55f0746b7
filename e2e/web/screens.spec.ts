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
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenPath('session-pad-light') });

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenPath('session-pad-dark') });

  // The next phase folds the pad (it opened by itself); its bar keeps the key figures in sight.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(editor).toBeHidden();
  await expect(pad.getByRole('list', { name: 'Key figures' })).toContainText('9.13 TB');
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenPath('session-pad-folded') });
});
