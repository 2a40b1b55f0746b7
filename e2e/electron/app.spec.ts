import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIFFICULTY_LABEL, chooseTheme, expect, shippedPromptFiles, shippedPrompts } from '../fixtures';
import { skipReason, test } from './desktop';

test.describe('the desktop app', () => {
  test.skip(skipReason !== undefined, skipReason);

  test('home lists the prompts and a prompt opens', async ({ desktop }) => {
    const window = await desktop.launch();
    await expect(window.getByRole('heading', { level: 1, name: 'Practice prompts' })).toBeVisible();
    const cards = window.locator('a.prompt-card');
    await expect(cards).toHaveCount(shippedPromptFiles().length);
    for (const prompt of shippedPrompts()) {
      const card = cards.filter({ hasText: prompt.title });
      await expect(card.locator('.badge')).toHaveText(DIFFICULTY_LABEL[prompt.difficulty]!);
      await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(prompt.tags);
    }

    const prompt = shippedPrompts()[0]!;
    await cards.filter({ hasText: prompt.title }).click();
    await expect(window).toHaveURL(new RegExp(`#/prompt/${prompt.id}$`));
    const opener = window.getByRole('heading', { name: 'The brief', exact: true });
    await expect(opener).toBeVisible();
    await expect(opener.locator('xpath=following-sibling::*[1]')).toHaveText(prompt.brief, { useInnerText: true });

    await window.reload();
    await expect(window.getByRole('heading', { level: 1, name: prompt.title })).toBeVisible();
    await window.getByRole('link', { name: /All prompts/ }).click();
    await expect(window.getByRole('heading', { level: 1, name: 'Practice prompts' })).toBeVisible();

    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(window.getByText('the desktop app')).toBeVisible();
    await expect(window.locator('.facts code')).toHaveText(desktop.dataDir);
  });

  test('a session shows the canvas, records what is drawn, and leaves canvas.excalidraw when it ends', async ({ desktop }) => {
    const window = await desktop.launch();
    const prompt = shippedPrompts()[0]!;
    await window.locator('a.prompt-card', { hasText: prompt.title }).click();
    await window.getByRole('button', { name: 'Start practice' }).click();
    await expect(window).toHaveURL(/#\/session\/s-[0-9a-z-]+$/);
    const id = /#\/session\/(s-[0-9a-z-]+)$/.exec(window.url())![1]!;
    await window.getByRole('button', { name: 'Start', exact: true }).click();

    // Excalidraw, loaded from app:// with its fonts (the watch fails the test on any request off the machine).
    const diagram = window.getByRole('region', { name: 'Diagram' });
    const canvas = diagram.locator('.excalidraw canvas.interactive');
    await expect(canvas).toBeVisible({ timeout: 15_000 });
    const box = (await diagram.locator('.excalidraw').boundingBox())!;
    const x = box.x + box.width / 3;
    const y = box.y + box.height / 3;
    await window.mouse.click(x - 40, y - 40);
    await window.keyboard.press('r');
    await window.mouse.move(x, y);
    await window.mouse.down();
    await window.mouse.move(x + 160, y + 80, { steps: 5 });
    await window.mouse.up();
    // A label typed into it, so a font has to load.
    await window.keyboard.press('Enter');
    await window.keyboard.type('API gateway');
    await window.keyboard.press('Escape');

    // Within a second or so the log holds the shape and its label, as deltas.
    const events = join(desktop.dataDir, 'sessions', id, 'events.jsonl');
    await expect
      .poll(async () => {
        const lines = (await readFile(events, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { type: string; payload: { added?: { type: string }[] } });
        return lines.filter((e) => e.type === 'canvas.changed').flatMap((e) => e.payload.added ?? []).map((e) => e.type).sort();
      }, { timeout: 5_000 })
      .toEqual(['rectangle', 'text']);

    await window.getByRole('button', { name: 'End session' }).click();
    await window.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
    await expect(window.locator('.session-meta .status-pill')).toHaveText('Ended');
    const file = join(desktop.dataDir, 'sessions', id, 'canvas.excalidraw');
    await expect.poll(() => existsSync(file)).toBe(true);
    const scene = JSON.parse(await readFile(file, 'utf8')) as { type: string; elements: { type: string; text?: string }[] };
    expect(scene.type).toBe('excalidraw');
    expect(scene.elements.map((e) => e.type).sort()).toEqual(['rectangle', 'text']);
    expect(scene.elements.find((e) => e.type === 'text')?.text).toBe('API gateway');
  });

  test('the theme persists after closing and relaunching', async ({ desktop }) => {
    let window = await desktop.launch();
    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(window.getByRole('group', { name: 'Theme' })).toBeEnabled();
    await chooseTheme(window, 'Dark');
    await expect(window.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect
      .poll(async () => JSON.parse(await readFile(join(desktop.dataDir, 'settings.json'), 'utf8')).theme)
      .toBe('dark');

    window = await desktop.relaunch();
    await expect(window.locator('html')).toHaveAttribute('data-theme', 'dark');
    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(window.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });
});
