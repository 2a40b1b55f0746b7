import type { Page } from '@playwright/test';
import { expect, openApp, screenshot, shippedPrompts, test } from '../fixtures';

// The whole coaching loop as a candidate lives it, all through the screen: questions put to
// the scripted interviewer, requirements typed as notes, an estimate with its conclusion in
// the pad, a trade-off in three parts; then the report quotes each of them as evidence.

const notes = (page: Page) => page.getByRole('complementary', { name: 'Notes' });
const ask = (page: Page) => page.getByRole('textbox', { name: 'Ask the scripted interviewer' });
const pad = (page: Page) => page.getByRole('region', { name: 'Estimates' });

async function next(page: Page, phase: string): Promise<void> {
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(page.locator('.timer-phase-title')).toHaveText(phase);
}

test('questions, requirements, an estimate and a trade-off made in a session are quoted by its report', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;
  await page.locator('a.prompt-card', { hasText: prompt.title }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // Two questions: one the script answers, one it turns back as an assumption to state.
  const turns = page.getByRole('list', { name: 'Questions and replies' }).getByRole('listitem');
  await ask(page).fill('Do links expire?');
  await ask(page).press('Enter');
  await expect(turns.nth(0).locator('.interviewer-reply')).toContainText('5 years');
  await ask(page).fill('Which cloud provider should I use?');
  await ask(page).press('Enter');
  await expect(turns.nth(1).locator('.interviewer-reply')).toHaveClass(/interviewer-neutral/);

  await notes(page).getByRole('button', { name: 'Add requirement' }).click();
  await page.keyboard.type('Turn a long link into a 7-character code');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Send a visitor of a short link on to the long one');
  await notes(page).getByRole('button', { name: 'Add quality requirement' }).click();
  await page.keyboard.type('Redirects answer within 50 ms at p99');
  await notes(page).getByRole('combobox', { name: 'Quality requirement 1, quality' }).selectOption('latency');
  await expect(page.locator('.note-lists-status')).toHaveText('Saved');

  await next(page, 'Estimate');
  await pad(page).getByRole('textbox', { name: 'Estimation pad' }).click();
  await page.keyboard.type('new_links = 10M / day');
  await page.keyboard.press('Enter');
  await page.keyboard.type('writes = new_links in /s');
  await expect(pad(page).locator('.pad-row[data-line="2"] .pad-value')).toHaveText('116 /s');
  const draft = pad(page).getByRole('textbox', { name: 'New conclusion' });
  await draft.fill('About a hundred writes a second: one primary store keeps up');
  await draft.press('Enter');
  await expect(pad(page).locator('.pad-save')).toHaveText('Saved');

  for (const phase of ['API', 'Data model', 'High-level diagram', 'Deep dive', 'Bottlenecks', 'Trade-offs and wrap-up']) await next(page, phase);
  await notes(page).getByRole('button', { name: 'Add trade-off' }).click();
  await page.keyboard.type('A key-value store');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Joins and ad-hoc queries');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Every redirect is a lookup by code');
  await expect(page.locator('.note-lists-status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  await page.getByRole('link', { name: 'See your report' }).click();
  await expect(page.locator('#report-band')).toBeVisible();

  const quoted = (criterion: string, text: string) => expect(page.locator(`#criterion-${criterion} .evidence-for`).filter({ hasText: text }).first()).toBeVisible();
  await quoted('scope', 'Do links expire?');
  await quoted('scope', 'Which cloud provider should I use?');
  await quoted('scope', 'Turn a long link into a 7-character code');
  await quoted('scope', 'Send a visitor of a short link on to the long one');
  await quoted('scope', 'Redirects answer within 50 ms at p99');
  await quoted('estimation', 'writes = new_links in /s');
  await quoted('estimation', 'About a hundred writes a second: one primary store keeps up');
  const tradeoffs = page.locator('#criterion-tradeoffs');
  await expect(tradeoffs.locator('.evidence-for').filter({ hasText: 'A key-value store' })).toContainText('Every redirect is a lookup by code');
  // Every quote carries its moment on the session clock.
  await expect(tradeoffs.locator('.evidence-for').first().locator('.evidence-time')).toHaveText(/^\d+:\d\d$/);
  await screenshot(page, 'coach-report', { fullPage: true });
});
