import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { NEUTRAL_REPLIES } from '../../shared/interviewer/reply';
import { SessionEvent } from '../../shared/session/events';
import { expect, openApp, SCREENS_DIR, screenPath, shippedPrompts, test, type WebHost } from '../fixtures';

// Asking the scripted interviewer in a solo session of the URL shortener: one question its
// script answers (in the candidate's own words), one it does not; both logged, both kept.

const SESSION_URL = /#\/session\/(s-\d{8}-\d{6}-[a-z0-9]{4})$/;

async function startPractice(page: Page, host: WebHost, title: string): Promise<string> {
  await openApp(page, host);
  await page.locator('a.prompt-card', { hasText: title }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(SESSION_URL);
  return SESSION_URL.exec(page.url())![1]!;
}

async function askedEvents(host: WebHost, id: string) {
  const text = await readFile(join(host.dataDir, 'sessions', id, 'events.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => SessionEvent.parse(JSON.parse(line)))
    .filter((e) => e.type === 'interviewer.asked');
}

const panel = (page: Page) => page.locator('details.interviewer-card');
const box = (page: Page) => page.getByRole('textbox', { name: 'Ask the interviewer' });
const turns = (page: Page) => page.getByRole('list', { name: 'Questions and replies' }).getByRole('listitem');

/** The page with the question box scrolled into the phase panel's view, and the panel alone. */
async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENS_DIR, { recursive: true });
  await box(page).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenPath(name) });
  await panel(page).screenshot({ path: screenPath(`${name}-panel`) });
}

test('the interviewer answers a scripted question, asks for an assumption otherwise, and both survive a reload', async ({ page, host }) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;
  const id = await startPractice(page, host, prompt.title);
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // Open in the Clarify phase, with nothing asked yet.
  await expect(panel(page)).toHaveAttribute('open', '');
  await expect(turns(page)).toHaveCount(0);

  await box(page).fill('How many people use it each day?');
  await box(page).press('Enter');
  await expect(turns(page)).toHaveCount(1);
  await expect(turns(page).nth(0)).toContainText('How many people use it each day?');
  await expect(turns(page).nth(0).locator('.interviewer-reply')).toContainText('about 10 million new short links a day');
  await expect(box(page)).toHaveValue('');

  await box(page).fill('Should I use Kubernetes?');
  await box(page).press('Enter');
  await expect(turns(page)).toHaveCount(2);
  await expect(turns(page).nth(1).locator('.interviewer-reply')).toHaveText(NEUTRAL_REPLIES[0]);
  await expect(turns(page).nth(1).locator('.interviewer-reply')).toHaveClass(/interviewer-neutral/);
  await shot(page, 'interviewer-asked');

  // Both are in the log, with the answer matched (or none) and the session clock's time.
  const logged = await askedEvents(host, id);
  expect(logged.map((e) => e.type === 'interviewer.asked' && [e.payload.question, e.payload.answer, e.phase])).toEqual([
    ['How many people use it each day?', 0, 'clarify'],
    ['Should I use Kubernetes?', null, 'clarify'],
  ]);

  await page.reload();
  await expect(turns(page)).toHaveCount(2);
  await expect(turns(page).nth(0).locator('.interviewer-reply')).toContainText('about 10 million new short links a day');
  await expect(turns(page).nth(1).locator('.interviewer-reply')).toHaveText(NEUTRAL_REPLIES[0]);
  await expect(turns(page).nth(0).locator('.interviewer-time')).toHaveText(/^0:\d\d$/);

  // Later phases keep the conversation, folded, to open when a question comes up.
  await page.getByRole('button', { name: 'Next phase →' }).click();
  await expect(panel(page)).not.toHaveAttribute('open');
  await expect(panel(page).locator('summary')).toContainText('2 questions');
  await panel(page).locator('summary').click();
  await expect(box(page)).toBeVisible();
  await shot(page, 'interviewer-later-phase');
});
