import type { Locator, Page } from '@playwright/test';
import { CRITERIA } from '../../shared/rubric/table';
import { allowConsoleError, bridge, chooseRadio, expect, openApp, openConsole, screenshot, shippedPrompts, test } from '../fixtures';

// A paired session in two browsers: the candidate's page and the interviewer's console, each
// with its own token. What the interviewer sends reaches the candidate within a second; the
// note and the manual scores reach the report once the candidate has scored themselves.

const SESSION_URL = /#\/session\/(s-[0-9a-z-]+)$/;
const QUESTION = 'How long do links live?';
const TYPED_ANSWER = 'Keep every link for five years, then let it expire.';
const HINT = 'Think about what happens when one link goes viral.';
const NOTE = 'Asked about expiry before drawing anything';

const radioGroup = (scope: Page | Locator, name: string) => scope.getByRole('radiogroup', { name, exact: true });

const feed = (page: Page) => page.getByRole('region', { name: 'From your partner' });

/**
 * Runs `act` on the console and expects `shown` on the candidate's page within a second of
 * the click landing (Playwright's click returns once the click has been dispatched).
 */
async function reachesCandidate(act: () => Promise<void>, shown: Locator): Promise<void> {
  await act();
  await expect(shown, 'the candidate should see it within a second of the click').toBeVisible({ timeout: 1_000 });
}

/** The "Suggested: N" shown beside a criterion's manual score on the console. */
async function suggested(partner: Page, criterion: string): Promise<number> {
  // The innermost element holding both the criterion's radios and a suggestion.
  const holder = partner.locator('*', { has: radioGroup(partner, criterion) }).filter({ hasText: /Suggested: \d/ }).last();
  await expect(holder, `a suggested ${criterion} score on the console`).toBeAttached();
  const match = /Suggested: (\d)/.exec(await holder.innerText());
  if (!match) throw new Error(`no "Suggested: N" beside the ${criterion} score on the console`);
  return Number(match[1]);
}

/** The whole page, or the window's view with `part` scrolled into it. */
async function shot(page: Page, name: string, part?: Locator): Promise<void> {
  await screenshot(page, name, part ? { scrollTo: part } : { fullPage: true });
}

test('the interviewer answers, hints, springs a curveball and extends the phase; the candidate sees each within a second; note and scores reach the report', async ({ page, partner, host }) => {
  test.setTimeout(90_000);
  for (const p of [page, partner]) {
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.emulateMedia({ colorScheme: 'light' });
  }
  await host.start();
  await openApp(page, host);
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;
  await page.locator('a.prompt-card', { hasText: prompt.title }).click();

  const who = radioGroup(page, 'Who is interviewing?');
  await expect(who.getByRole('radio', { name: 'Just me (solo)' })).toBeChecked();
  await chooseRadio(who, 'A partner (paired)');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(SESSION_URL);
  const id = SESSION_URL.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  const href = await openConsole(page, partner);
  expect(href).toMatch(new RegExp(`/console/\\?token=[^&#]+#/console/${id}$`));
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  // The console traded its token for a cookie of its own, and the candidate's page holds none.
  await expect(partner).toHaveURL(new RegExp(`/console/#/console/${id}$`));
  expect((await partner.context().cookies()).map((c) => c.name)).toEqual([expect.stringMatching(/^designdrill_interviewer_\d+$/)]);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContainEqual(expect.stringMatching(/interviewer/));

  // A scripted answer, then one typed in.
  await reachesCandidate(() => partner.getByRole('button', { name: 'Send scripted answer 1', exact: true }).click(), feed(page).getByText(prompt.answers[0]!).first());
  await partner.getByRole('textbox', { name: 'Question heard' }).fill(QUESTION);
  await partner.getByRole('textbox', { name: 'Your answer' }).fill(TYPED_ANSWER);
  await reachesCandidate(() => partner.getByRole('button', { name: 'Send answer' }).click(), feed(page).getByText(TYPED_ANSWER).first());
  await expect(feed(page).getByText(`Q: ${QUESTION}`).first()).toBeVisible();

  await partner.getByRole('textbox', { name: 'Hint or nudge' }).fill(HINT);
  await reachesCandidate(() => partner.getByRole('button', { name: 'Send hint' }).click(), feed(page).getByText(HINT).first());
  // Told politely to a screen reader, not only drawn.
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: HINT }).first()).toBeAttached();

  const changed = page.getByRole('region', { name: 'Changed requirement' });
  await reachesCandidate(() => partner.getByRole('button', { name: 'Spring curveball 1', exact: true }).click(), changed.getByText(prompt.curveballs[0]!));
  await expect(partner.getByRole('button', { name: 'Spring curveball 1', exact: true })).toBeDisabled();
  await expect(partner.getByText(/Sprung at \d+:\d\d/).first()).toBeVisible();

  // The phase had 5 minutes; one more shows on the candidate's clock and in the feed.
  await reachesCandidate(() => partner.getByRole('button', { name: '+1 min' }).click(), feed(page).getByText(/gave Clarify scope 1 more minute/).first());
  await expect(page.locator('.timer-sub')).toContainText('of 6:00');
  await expect(feed(page).getByRole('listitem').first()).toContainText('1 more minute');
  await expect(changed).toContainText(prompt.curveballs[0]!);
  await shot(page, 'pairing-candidate-feed');
  await shot(page, 'pairing-candidate-feed-list', feed(page));

  // A note tagged by keyboard, and manual scores beside the suggested ones.
  const noteBox = partner.getByRole('textbox', { name: 'Partner note' });
  await noteBox.fill(NOTE);
  await noteBox.press('Alt+1');
  await expect(partner.getByRole('button', { name: 'Strength', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await noteBox.press('Enter');
  await expect(noteBox).toHaveValue('');
  const written = partner.getByRole('listitem').filter({ hasText: NOTE });
  await expect(written).toContainText(/strength/i);
  await expect(written).toContainText(/\d+:\d\d/);

  const apiSuggested = await suggested(partner, 'API');
  await chooseRadio(radioGroup(partner, 'Scope'), '4');
  await chooseRadio(radioGroup(partner, 'API'), String(apiSuggested));
  await shot(partner, 'pairing-console');
  await shot(partner, 'pairing-console-notes', radioGroup(partner, 'API'));

  // The end: the candidate scores themselves before anything is revealed.
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { name: 'Score yourself' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See your report' })).toHaveCount(0);
  // The console's suggestion is the automatic score the report will show.
  await expect.poll(() => suggested(partner, 'API')).toBe(apiSuggested);
  const mine: Record<string, number> = { Scope: 1, API: apiSuggested };
  for (const { name } of CRITERIA) await chooseRadio(radioGroup(page, name), String(mine[name] ?? 2));
  await shot(page, 'pairing-self-assessment');
  await page.getByRole('button', { name: 'Submit my scores' }).click();
  await page.getByRole('link', { name: 'See your report' }).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/report$`));

  const table = page.getByRole('table', { name: 'Scores side by side' });
  await expect(table).toBeVisible();
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const column = (name: string) => {
    const index = headers.findIndex((h) => h.startsWith(name));
    if (index < 0) throw new Error(`"Scores side by side" has no column "${name}" (it has: ${headers.join(', ')})`);
    return index;
  };
  const row = (criterion: string) => table.getByRole('row').filter({ has: page.locator('th:first-child, td:first-child', { hasText: criterion }) });
  const cell = (criterion: string, name: string) => row(criterion).locator('th, td').nth(column(name));
  const score = (n: number) => new RegExp(`(^|\\D)${n}(\\D|$)`);
  await expect(table.getByRole('row')).toHaveCount(CRITERIA.length + 1);
  await expect(cell('Scope', 'You')).toHaveText(score(1));
  await expect(cell('Scope', 'Partner')).toHaveText(score(4));
  await expect(row('Scope')).toContainText('differ by 2 or more');
  await expect(cell('API', 'You')).toHaveText(score(apiSuggested));
  await expect(cell('API', 'Partner')).toHaveText(score(apiSuggested));
  await expect(cell('API', 'Automatic')).toHaveText(score(apiSuggested));
  await expect(row('API')).not.toContainText('differ by 2 or more');
  // A criterion the interviewer left alone reads as not scored, not as 0.
  await expect(cell('Estimation', 'Partner')).not.toHaveText(/\d/);

  const notes = page.getByRole('region', { name: "Partner's notes" });
  const note = notes.getByRole('listitem').filter({ hasText: NOTE });
  await expect(note).toContainText(/strength/i);
  const moment = note.getByRole('link', { name: /\d+:\d\d/ });
  await expect(moment).toHaveAttribute('href', new RegExp(`#/session/${id}/replay/\\d+$`));
  await shot(page, 'pairing-report');
  await shot(page, 'pairing-report-scores', table);

  // The note's time opens the replay there, where it is a mark of its own.
  await moment.click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/replay/\\d+$`));
  await expect(page.locator('.moment').filter({ hasText: 'Partner note' }).first()).toBeVisible();
});

test("the candidate's token cannot call the interviewer's channels, nor the interviewer's the candidate's", async ({ page, partner, host }) => {
  await host.start();
  await openApp(page, host);
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', mode: 'paired' });
  const { url } = await bridge<{ url?: string }>(page, 'pairing.open', { id });
  expect(url, 'the browser host answers pairing.open with the console link').toBeDefined();
  allowConsoleError(page, /status of 403/);
  allowConsoleError(partner, /status of 403/);

  const post = (from: Page, path: string, body: unknown) =>
    from.evaluate(
      async ([p, b]) => {
        const reply = await fetch(p, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
        return { status: reply.status, body: await reply.text() };
      },
      [path, body] as const,
    );
  const events = (from: Page, path: string) => from.evaluate(async (p) => (await fetch(p)).status, path);
  const hint = { id, command: { type: 'hint', kind: 'hint', text: 'from the wrong window' } };

  // The candidate's page holds the candidate's cookie alone.
  expect((await page.context().cookies()).map((c) => c.name)).toEqual([expect.stringMatching(/^designdrill_token_\d+$/)]);
  for (const path of ['/api/console.open', '/console/api/console.open']) {
    expect((await post(page, path, { id })).status, `${path} with the candidate's cookie`).toBe(403);
  }
  for (const path of ['/api/console.act', '/console/api/console.act']) {
    expect((await post(page, path, hint)).status, `${path} with the candidate's cookie`).toBe(403);
  }
  expect(await events(page, '/console/api/events'), "the interviewer's push stream with the candidate's cookie").toBe(403);
  expect(JSON.parse((await post(page, '/api/console.open', { id })).body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // The console's own cookie opens the interviewer's channels, and only those.
  await partner.goto(url!);
  await expect(partner.getByRole('heading', { name: 'Partner console' })).toBeVisible();
  const opened = await post(partner, '/console/api/console.open', { id });
  expect(opened.status).toBe(200);
  expect(JSON.parse(opened.body)).toMatchObject({ ok: true, value: { id } });
  expect((await post(partner, '/console/api/session.append', { id, command: { type: 'start' } })).status).toBe(403);
  expect((await post(partner, '/api/console.open', { id })).status, "the candidate's bridge with the interviewer's cookie").toBe(403);

  // One browser holding both cookies still calls the candidate's bridge as the candidate.
  await page.context().addCookies(await partner.context().cookies());
  expect((await post(page, '/api/console.open', { id })).status).toBe(403);
  expect((await post(page, '/api/console.act', hint)).status).toBe(403);
});
