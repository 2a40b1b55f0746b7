import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { bridge, chooseRadio, consoleAct as act, expect, openApp, SCREENS_DIR, screenPath, shippedPrompts, test } from '../fixtures';

// The candidate's side of a paired session, driven through the bridge for the partner's part
// (the console's own screens are pairing.spec.ts's): what arrives during the session, the
// blind self-assessment the report waits for, and the report's three views.

const QUESTION = 'Do short links ever expire?';
const NOTE = 'Pinned the read-heavy ratio before drawing anything';
const CRITERIA = ['Scope', 'Estimation', 'API', 'Data model', 'High-level design', 'Deep dive', 'Bottlenecks and scaling', 'Trade-offs and risks', 'Time management'];

/** The whole page, or only `part` of it, in both themes. */
async function shoot(page: Page, name: string, part?: Locator): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    if (part) await part.screenshot({ path: screenPath(`${name}-${theme}`) });
    else await page.screenshot({ path: screenPath(`${name}-${theme}`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a paired session: the partner’s messages arrive, the report waits for the candidate’s own scores, then shows the three views', async ({ page, host }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await mkdir(SCREENS_DIR, { recursive: true });
  await host.start();
  await openApp(page, host);
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;

  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: prompt.id, planId: 'eight-steps', level: 'senior', mode: 'paired' });
  const send = (command: unknown) => bridge(page, 'session.append', { id, command });
  await send({ type: 'start' });
  await send({ type: 'note.add', id: 'q-1', index: 0, body: { list: 'question', text: QUESTION } });
  const { url } = await bridge<{ url: string }>(page, 'pairing.open', { id });
  const token = new URL(url, host.origin).searchParams.get('token')!;

  await page.goto(`${host.origin}/#/session/${id}`);
  // The solo interviewer's box is not there: the partner answers.
  await expect(page.getByRole('textbox', { name: 'Ask the scripted interviewer' })).toHaveCount(0);
  const feed = page.getByRole('region', { name: 'From your partner' });
  await act(page, token, id, { type: 'answer', question: QUESTION, answer: null, text: 'No, they live for ever.', note: 'q-1' });
  await expect(feed.getByRole('listitem').first()).toContainText(`Q: ${QUESTION}`);
  await expect(page.locator('.note-answer').filter({ hasText: 'No, they live for ever.' })).toBeVisible();
  await act(page, token, id, { type: 'hint', kind: 'nudge', text: 'Time to move on to the numbers.' });
  await act(page, token, id, { type: 'curveball', index: 0 });
  const changed = page.getByRole('region', { name: 'Changed requirement' });
  await expect(changed).toContainText(prompt.curveballs[0]!);
  // Newest first.
  await expect(feed.getByRole('listitem').first()).toContainText(prompt.curveballs[0]!);
  await expect(feed.getByRole('listitem').nth(1)).toContainText('Time to move on to the numbers.');
  await shoot(page, 'pairing-candidate-session');
  await shoot(page, 'pairing-candidate-feed-card', feed);

  await act(page, token, id, { type: 'score', criterion: 'scope', score: 4 });
  await act(page, token, id, { type: 'note', id: 'n-1', text: NOTE, tags: ['strength', 'question'] });
  await send({ type: 'end' });

  // Straight to the report's address: it asks for the candidate's scores instead of failing.
  await page.goto(`${host.origin}/#/session/${id}/report`);
  await expect(page.getByRole('heading', { name: 'Score yourself' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scores side by side' })).toHaveCount(0);
  await expect(page.getByText(NOTE)).toHaveCount(0);

  // Every criterion is needed; the ones left are named.
  await page.getByRole('button', { name: 'Submit my scores' }).click();
  await expect(page.getByRole('alert')).toContainText('Scope');
  for (const name of CRITERIA) await chooseRadio(page.getByRole('radiogroup', { name, exact: true }), name === 'Scope' ? '1' : name === 'API' ? '3' : '0');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('radiogroup', { name: 'Scope', exact: true }).locator('..')).toContainText(/requirements/i);
  await shoot(page, 'pairing-self-assessment');
  await page.getByRole('button', { name: 'Submit my scores' }).click();

  const table = page.getByRole('table', { name: 'Scores side by side' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Criterion', 'You', 'Partner', 'Automatic']);
  const scope = table.getByRole('row').filter({ hasText: 'Scope' });
  await expect(scope.getByRole('cell')).toHaveText(['1', '4', /^[0-4]$/]);
  await expect(scope).toContainText('differ by 2 or more');
  await expect(table.getByRole('row').filter({ hasText: 'Estimation' }).getByRole('cell').nth(1)).toHaveText('—');
  await expect(table.getByRole('row').filter({ hasText: 'Estimation' })).not.toContainText('differ');
  await expect(table.getByRole('row').filter({ hasText: 'API' })).toContainText('differ by 2 or more');
  const notes = page.getByRole('region', { name: "Partner's notes" });
  const note = notes.getByRole('listitem').filter({ hasText: NOTE });
  await expect(note).toContainText('Strength');
  await expect(note).toContainText('Question');
  await expect(note.getByRole('link')).toHaveAttribute('href', new RegExp(`#/session/${id}/replay/\\d+$`));
  await shoot(page, 'pairing-report-scores', page.locator('.side-by-side'));
  await shoot(page, 'pairing-report-notes', notes);

  // The session screen now offers the report, and the replay marks the note.
  await page.goto(`${host.origin}/#/session/${id}`);
  await expect(page.getByRole('link', { name: 'See your report' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Score yourself' })).toHaveCount(0);
  await page.goto(`${host.origin}/#/session/${id}/replay`);
  const moment = page.locator('.moment').filter({ hasText: 'Partner note' });
  await expect(moment).toContainText(NOTE);
  await expect(page.locator('.moment').filter({ hasText: `Changed requirement: ${prompt.curveballs[0]!}` })).toBeVisible();
  await shoot(page, 'pairing-replay');
});

test('the mode is chosen on the prompt: solo by default as before, paired offers the console link instead of the scripted interviewer', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await mkdir(SCREENS_DIR, { recursive: true });
  await host.start();
  await openApp(page, host);
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;
  await page.locator('a.prompt-card', { hasText: prompt.title }).click();

  const who = page.getByRole('radiogroup', { name: 'Who is interviewing?' });
  await expect(who.getByRole('radio', { name: 'Just me (solo)' })).toBeChecked();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('textbox', { name: 'Ask the scripted interviewer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the partner console' })).toHaveCount(0);

  await page.goBack();
  await chooseRadio(who, 'A partner (paired)');
  await expect(who).toContainText('second window');
  await shoot(page, 'pairing-mode-choice', page.locator('.start-practice'));
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: 'Open the partner console' }).click();
  const link = page.getByRole('link', { name: 'Partner console' });
  await expect(link).toHaveAttribute('href', /\/console\/\?token=/);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Ask the scripted interviewer' })).toHaveCount(0);
  await shoot(page, 'pairing-console-link', page.locator('.partner-card:not(.invite-card)'));
});
