import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chooseTheme, expect, openApp, SCREENS_DIR, screenPath, shippedPromptFiles, shippedPrompts, test } from '../fixtures';

const BROKEN_PROMPT = `---
id: broken-prompt
title: A prompt with a typo
difficulty: impossible
tags: [testing]
summary: "Only here to be refused."
brief: |
  Nobody should ever see this brief.
---

An outline nobody reads.
`;

test('a broken prompt in the data folder is reported by file, line and field; the shipped prompts still load', async ({ page, host }) => {
  const file = join(host.dataDir, 'prompts', 'broken.md');
  await mkdir(join(host.dataDir, 'prompts'), { recursive: true });
  await writeFile(file, BROKEN_PROMPT);
  await host.start();
  await openApp(page, host);

  const notice = page.getByRole('status').filter({ hasText: 'problem in prompt files' });
  await expect(notice).toBeVisible();
  await expect(notice.locator('.notice-title')).toHaveText('1 problem in prompt files; the other prompts loaded');
  const problem = notice.getByRole('listitem');
  await expect(problem).toHaveCount(1);
  // "difficulty" is on line 4 of the file: the fence, id, title, then difficulty.
  await expect(problem.locator('code')).toHaveText(`${file}:4`);
  await expect(problem).toContainText('(difficulty)');

  await expect(page.locator('a.prompt-card')).toHaveCount(shippedPromptFiles().length);
  for (const prompt of shippedPrompts()) {
    await expect(page.locator('a.prompt-card', { hasText: prompt.title })).toBeVisible();
  }
  await expect(page.getByText('A prompt with a typo')).toHaveCount(0);
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('home-prompt-problem'), fullPage: true });
});

test('a damaged settings file is set aside, kept byte for byte, and the app starts on defaults', async ({ page, host }) => {
  const settingsFile = join(host.dataDir, 'settings.json');
  const damaged = '{not json';
  await writeFile(settingsFile, damaged);
  await host.start();
  await openApp(page, host);

  const notice = page.getByRole('status').filter({ hasText: 'A damaged file was set aside' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(settingsFile);
  await expect(notice).toContainText(join(host.dataDir, 'quarantine'));

  const quarantineDir = join(host.dataDir, 'quarantine');
  const setAside = (await readdir(quarantineDir)).filter((name) => name.endsWith('-settings.json'));
  expect(setAside, 'exactly one damaged copy in quarantine/').toHaveLength(1);
  expect(await readFile(join(quarantineDir, setAside[0]!), 'utf8')).toBe(damaged);
  await expect(notice).toContainText(join(quarantineDir, setAside[0]!));
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('home-damaged-settings'), fullPage: true });

  // The app works on defaults: prompts load, and the theme follows the system.
  await expect(page.locator('a.prompt-card')).toHaveCount(shippedPromptFiles().length);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('radio', { name: 'Follow system' })).toBeChecked();

  // Saving a setting writes a fresh, valid file; the damaged copy stays.
  await chooseTheme(page, 'Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => JSON.parse(await readFile(settingsFile, 'utf8')).theme).toBe('dark');
  expect(await readFile(join(quarantineDir, setAside[0]!), 'utf8')).toBe(damaged);

  // Once read, the warning can be put away.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
