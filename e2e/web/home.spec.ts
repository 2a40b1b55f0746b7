import { allowConsoleError, DIFFICULTY_LABEL, expect, openApp, shippedPromptFiles, shippedPrompts, test } from '../fixtures';

test.describe('home and prompts', () => {
  test.beforeEach(async ({ host }) => {
    await host.start();
  });

  test('home lists every shipped prompt with its title, difficulty and tags', async ({ page, host }) => {
    const prompts = shippedPrompts();
    expect(prompts.length, 'prompts/ should hold at least one prompt').toBeGreaterThan(0);
    expect(prompts.length).toBe(shippedPromptFiles().length);

    await openApp(page, host);
    await expect(page).toHaveURL(`${host.origin}/`);
    await expect(page.locator('header .brand')).toHaveText('DesignDrill');
    await expect(page.getByRole('heading', { level: 1, name: 'Practice prompts' })).toBeVisible();

    const cards = page.locator('a.prompt-card');
    await expect(cards).toHaveCount(shippedPromptFiles().length);
    await expect(page.locator('.count')).toHaveText(`${prompts.length} prompt${prompts.length === 1 ? '' : 's'}`);
    // A clean library shows no problem notice.
    await expect(page.getByRole('status')).toHaveCount(0);

    for (const prompt of prompts) {
      const card = cards.filter({ has: page.locator('.prompt-card-title', { hasText: prompt.title }) });
      await expect(card, `a card for ${prompt.file}`).toHaveCount(1);
      await expect(card.locator('.prompt-card-title')).toHaveText(prompt.title);
      await expect(card.locator('.badge')).toHaveText(DIFFICULTY_LABEL[prompt.difficulty] ?? '(unknown difficulty)');
      await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(prompt.tags);
      await expect(card).toHaveAttribute('href', `#/prompt/${prompt.id}`);
    }
  });

  test('a prompt opens from its card, survives a reload, and the back link returns home', async ({ page, host }) => {
    // Every shipped prompt opens; the reload is the same route for each, so two of them are reloaded.
    test.setTimeout(90_000);
    await openApp(page, host);
    const prompts = shippedPrompts();
    for (const [i, prompt] of prompts.entries()) {
      await page.locator('a.prompt-card', { hasText: prompt.title }).click();
      await expect(page).toHaveURL(new RegExp(`#/prompt/${prompt.id}$`));

      await expect(page.getByRole('heading', { level: 1, name: prompt.title })).toBeVisible();
      const opener = page.getByRole('heading', { name: 'The brief', exact: true });
      await expect(opener).toBeVisible();
      await expect(opener.locator('xpath=following-sibling::*[1]')).toHaveText(prompt.brief, { useInnerText: true });
      await expect(page.locator('.prompt-meta .badge')).toHaveText(DIFFICULTY_LABEL[prompt.difficulty]!);

      if (i === 0 || i === prompts.length - 1) {
        await page.reload();
        await expect(page).toHaveURL(new RegExp(`#/prompt/${prompt.id}$`));
        await expect(page.getByRole('heading', { level: 1, name: prompt.title })).toBeVisible();
        await expect(page.locator('.brief')).toHaveText(prompt.brief, { useInnerText: true });
      }

      await page.getByRole('link', { name: /All prompts/ }).click();
      await expect(page).toHaveURL(/#\/$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Practice prompts' })).toBeVisible();
    }
  });

  test('an unknown prompt id shows an error, not a blank page', async ({ page, host }) => {
    // The bridge answers 404; Chromium logs any failed fetch to the console.
    allowConsoleError(page, /Failed to load resource: the server responded with a status of 404 .*\/api\/prompt\.open/);
    await openApp(page, host);
    await page.goto(`${host.origin}/#/prompt/no-such-prompt`);
    await expect(page.getByRole('alert')).toContainText('This prompt could not be opened');
    await expect(page.getByRole('alert')).toContainText('no-such-prompt');
  });

  test('the launch token matters: without it the host answers 403', async ({ browser, host }) => {
    const context = await browser.newContext();
    try {
      const blocked: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1') return route.continue();
        blocked.push(url.href);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();

      const response = await page.goto(`${host.origin}/`);
      expect(response?.status()).toBe(403);
      // A page that says where the current address is, not a bare refusal.
      await expect(page.getByRole('heading', { name: 'Open DesignDrill from its address' })).toBeVisible();
      await expect(page.locator('body')).toContainText('does not carry the key of the DesignDrill running now');
      await expect(page.getByText('Practice prompts')).toHaveCount(0);

      const wrong = await page.goto(`${host.origin}/?token=not-the-token`);
      expect(wrong?.status()).toBe(403);

      // The bridge refuses too, from a page or from anything else on this machine.
      const api = await context.request.post(`${host.origin}/api/prompt.list`, { data: {} });
      expect(api.status()).toBe(403);

      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
