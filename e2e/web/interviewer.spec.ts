import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { NEUTRAL_REPLIES } from '../../shared/interviewer/reply';
import { SessionEvent } from '../../shared/session/events';
import { expect, openApp, screenPath, screenshot, shippedPrompts, startPractice, test, type WebHost } from '../fixtures';

// Asking the scripted interviewer in a solo session: questions its script answers (in the
// candidate's own words, typos and all), one it does not, and one that sits between two answers.

async function askedEvents(host: WebHost, id: string) {
  const text = await readFile(join(host.dataDir, 'sessions', id, 'events.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => SessionEvent.parse(JSON.parse(line)))
    .filter((e) => e.type === 'interviewer.asked');
}

const panel = (page: Page) => page.locator('details.interviewer-card');
const box = (page: Page) => page.getByRole('textbox', { name: 'Ask the scripted interviewer' });
const turns = (page: Page) => page.getByRole('list', { name: 'Questions and replies' }).getByRole('listitem');

/** The page with the question box scrolled into the phase panel's view, and the panel alone. */
async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name, { scrollTo: box(page) });
  await panel(page).screenshot({ path: screenPath(`${name}-panel`), animations: 'disabled', caret: 'hide' });
}

/** A solo session on a shipped prompt, its question panel open, and a way to ask the n-th question and read the reply. */
async function soloSession(page: Page, host: WebHost, promptId: string) {
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  const prompt = shippedPrompts().find((p) => p.id === promptId)!;
  await openApp(page, host);
  const id = await startPractice(page, prompt.title);
  await expect(panel(page)).toHaveAttribute('open', '');
  const ask = async (question: string, n: number) => {
    await box(page).fill(question);
    await box(page).press('Enter');
    await expect(turns(page)).toHaveCount(n);
    return turns(page).nth(n - 1).locator('.interviewer-reply');
  };
  return { id, ask };
}

test('the interviewer answers a scripted question, asks for an assumption otherwise, and both survive a reload', async ({ page, host }) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;
  await openApp(page, host);
  const id = await startPractice(page, prompt.title);
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

test('everyday questions get their answers, an off-script one the neutral reply, and one between two answers "which do you mean"', async ({ page, host }) => {
  // Five questions, each a round trip through the host and the log, then a reload.
  test.slow();
  const { id, ask } = await soloSession(page, host, 'video-streaming');
  // As people type them: slang, a typo, a roundabout question.
  await expect(await ask('about how many ppl watch stuff every day?', 1)).toContainText('About 100 million daily active viewers');
  await expect(await ask('how many vids get uplaoded daily?', 2)).toContainText('About 500,000 uploads a day');
  await expect(await ask('do we keep the orignal file after transcoding?', 3)).toContainText('Keep the original upload too');
  const neutral = await ask('Should I use Kubernetes?', 4);
  await expect(neutral).toHaveText(NEUTRAL_REPLIES[0]);
  await expect(neutral).toHaveClass(/interviewer-neutral/);
  const clarify = await ask('how many videos per day?', 5);
  await expect(clarify).toHaveText('Do you mean daily viewers or daily uploads?');
  await expect(clarify).toHaveClass(/interviewer-clarify/);
  await shot(page, 'interviewer-understands');

  // The log says what the interviewer did with each, and the reload shows the same.
  const logged = await askedEvents(host, id);
  expect(logged.map((e) => e.type === 'interviewer.asked' && [e.payload.kind, e.payload.answers])).toEqual([
    ['answer', [0]],
    ['answer', [1]],
    ['answer', [7]],
    ['neutral', []],
    ['clarify', [0, 1]],
  ]);
  await page.reload();
  await expect(turns(page)).toHaveCount(5);
  await expect(turns(page).nth(4).locator('.interviewer-reply')).toHaveClass(/interviewer-clarify/);
});

test('terse figure questions, a preamble and build or buy get their answers, and a design question the neutral reply', async ({ page, host }) => {
  test.slow();
  const { id, ask } = await soloSession(page, host, 'video-streaming');
  await expect(await ask('startup delay target?', 1)).toContainText('Playback should start within 2 seconds');
  await expect(await ask('ok so before I start, I wanted to check, how long can transcoding take?', 2)).toContainText('watchable in at least one low quality');
  await expect(await ask('is there an existing service for copyright checks, or do we build it?', 3)).toContainText('content-ID API');
  const design = await ask('should we keep a websocket per viewer?', 4);
  await expect(design).toHaveClass(/interviewer-neutral/);
  await shot(page, 'interviewer-everyday');

  const logged = await askedEvents(host, id);
  expect(logged.map((e) => e.type === 'interviewer.asked' && [e.payload.kind, e.payload.answers])).toEqual([
    ['answer', [4]],
    ['answer', [3]],
    ['answer', [9]],
    ['neutral', []],
  ]);
});
