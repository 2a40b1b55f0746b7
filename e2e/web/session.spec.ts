import type { Page } from '@playwright/test';
import { expect, openApp, screenshot, shippedPrompts, test, type WebHost } from '../fixtures';

const SESSION_URL = /#\/session\/(s-\d{8}-\d{6}-[a-z0-9]{4})$/;

function urlShortener() {
  const prompts = shippedPrompts();
  return prompts.find((p) => p.id === 'url-shortener') ?? prompts[0]!;
}

/** `4:59` → 299, `−0:05` → -5. */
function seconds(clock: string | null): number {
  const match = /^([−-])?(\d+):(\d{2})$/.exec((clock ?? '').trim());
  if (!match) throw new Error(`not a clock reading: "${clock}"`);
  const value = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -value : value;
}

const timer = (page: Page) => page.getByRole('timer', { name: /^Time left in/ });
const currentStep = (page: Page) => page.getByRole('list', { name: 'Phases' }).locator('[aria-current="step"]');
const notes = (page: Page, phase: string) => page.getByRole('textbox', { name: `Notes for “${phase}”` });

/**
 * Moves the page's clock (installed with `page.clock.install()`) on by `ms` and has the window
 * read it and draw: a clock that should stand still has had its chance to move. The session
 * screen reads the time on its tick while running and on focus whenever it is.
 */
async function letTimePass(page: Page, ms: number): Promise<void> {
  await page.clock.fastForward(ms);
  // Two frames after the focus: the render it asked for has been drawn. A string: the e2e
  // project has no DOM types.
  await page.evaluate('window.dispatchEvent(new Event("focus")); new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)))');
}

/** A full-page picture from the top (the header is sticky), once colour transitions have settled. */

/** From home: open the prompt, keep the first plan, press Start practice. Returns the session id. */
async function startPractice(page: Page, host: WebHost, title: string): Promise<string> {
  await openApp(page, host);
  await page.locator('a.prompt-card', { hasText: title }).click();
  const picker = page.getByRole('group', { name: 'Plan' });
  await expect(picker.getByRole('radio').first()).toBeChecked();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(SESSION_URL);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return SESSION_URL.exec(page.url())![1]!;
}

test('a session runs from a prompt: countdown, pause, extend, phases, notes, reload, the list, end', async ({ page, host }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  // The page's clock runs on but can be pushed forward to show what stands still.
  await page.clock.install();
  const prompt = urlShortener();
  const id = await startPractice(page, host, prompt.title);

  // It opens ready: the brief is there and the clock waits for Start.
  await expect(page.locator('.brief-text')).toHaveText(prompt.brief, { useInnerText: true });
  await expect(currentStep(page)).toContainText('Clarify scope');
  await expect(timer(page)).toHaveText('5:00');
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await letTimePass(page, 5_000);
  expect(await timer(page).textContent()).toBe('5:00');
  await screenshot(page, 'session-ready', { fullPage: true });

  // Start: the countdown moves.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const first = await timer(page).textContent();
  await expect.poll(async () => seconds(await timer(page).textContent()), { message: `the countdown should move from ${first}`, timeout: 5000 }).toBeLessThan(seconds(first));

  // Pause freezes it; Resume sets it going again.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.locator('.session-meta .status-pill')).toHaveText('Paused');
  const frozen = await timer(page).textContent();
  await letTimePass(page, 5_000);
  expect(await timer(page).textContent()).toBe(frozen);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => seconds(await timer(page).textContent()), { timeout: 3000 }).toBeLessThan(seconds(frozen));

  // +1 min raises this phase's budget by a minute.
  await expect(currentStep(page).locator('.step-time')).toContainText('/ 5:00');
  const beforeExtend = seconds(await timer(page).textContent());
  await page.getByRole('button', { name: '+1 min' }).click();
  await expect(currentStep(page).locator('.step-time')).toContainText('/ 6:00');
  expect(seconds(await timer(page).textContent())).toBeGreaterThanOrEqual(beforeExtend + 55);

  // Notes for this phase are saved as they are typed.
  await notes(page, 'Clarify scope').fill('Read-heavy: 100 reads per write.\nExpiry is optional.');
  await expect(page.locator('.notes-status')).toHaveText('Saved');

  // Next, twice: the stepper follows.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(currentStep(page)).toContainText('Estimate');
  await expect(page.locator('.step').first()).not.toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(currentStep(page)).toContainText('API');
  await expect(page.locator('.timer-phase-title')).toHaveText('API');
  await expect(page.locator('.step-index', { hasText: '3' }).locator('xpath=ancestor::li')).toHaveAttribute('aria-current', 'step');

  // Notes in phase three, then a reload mid-phase: same phase, notes and time.
  const apiNotes = 'POST /links {url, expiresAt?} -> {code}\nGET /{code} -> 301';
  await notes(page, 'API').click();
  await page.keyboard.type(apiNotes);
  await expect(notes(page, 'API')).toHaveValue(apiNotes);
  await expect(page.locator('.notes-status')).toHaveText('Saved');
  await screenshot(page, 'session-light', { fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'session-dark', { fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  const beforeReload = seconds(await timer(page).textContent());
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}$`));
  await expect(currentStep(page)).toContainText('API');
  await expect(notes(page, 'API')).toHaveValue(apiNotes);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const afterReload = seconds(await timer(page).textContent());
  expect(beforeReload - afterReload, `the clock read ${beforeReload}s before the reload and ${afterReload}s after`).toBeGreaterThanOrEqual(0);
  expect(beforeReload - afterReload).toBeLessThanOrEqual(3);

  // Text typed just before leaving is not lost: it is sent as the page goes.
  await notes(page, 'API').click();
  await page.keyboard.press('End');
  await page.keyboard.type('\nRate limit creation per user.');
  await page.reload();
  await expect(notes(page, 'API')).toHaveValue(`${apiNotes}\nRate limit creation per user.`);

  // Previous goes back a phase, and its notes are there.
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(currentStep(page)).toContainText('Estimate');
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(notes(page, 'Clarify scope')).toHaveValue('Read-heavy: 100 reads per write.\nExpiry is optional.');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(currentStep(page)).toContainText('API');

  // The sessions list shows it, running; a click opens it again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await expect(page).toHaveURL(/#\/sessions$/);
  const row = page.getByRole('row').filter({ hasText: prompt.title });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.status-pill')).toHaveText('Unfinished');
  await expect(row.locator('.session-row-status')).toHaveText('Running');
  await expect(row).toContainText('Eight steps');
  await row.getByRole('link', { name: prompt.title }).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}$`));
  await expect(currentStep(page)).toContainText('API');

  // End asks first; "Keep going" changes nothing.
  await page.getByRole('button', { name: 'End session' }).click();
  const dialog = page.getByRole('dialog', { name: 'End this session?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep going' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  await dialog.getByRole('button', { name: 'End session' }).click();
  await expect(page.locator('.session-meta .status-pill')).toHaveText('Ended');
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await expect(timer(page)).toHaveCount(0);
  await expect(page.getByText('Session ended')).toBeVisible();
  await expect(page.locator('.ended-notes')).toContainText('Read-heavy: 100 reads per write.');
  await expect(page.locator('.ended-notes')).toContainText('Rate limit creation per user.');
  await screenshot(page, 'session-ended', { fullPage: true });
  const used = page.locator('.session-total-value');
  const ended = await used.textContent();
  await letTimePass(page, 5_000);
  expect(await used.textContent()).toBe(ended);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await expect(page.getByRole('row').filter({ hasText: prompt.title }).locator('.status-pill')).toHaveText('Finished');
});

test('time cues at two minutes, thirty seconds and zero; at zero it suggests moving on but stays', async ({ page, host }) => {
  await host.start();
  // The page's clock runs on but can be pushed forward; the session log keeps real time.
  await page.clock.install();
  const prompt = urlShortener();
  await startPractice(page, host, prompt.title);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const cue = page.getByRole('status').filter({ hasText: 'Clarify scope' });
  await expect(cue).toHaveCount(0);

  await page.clock.fastForward('03:05');
  await expect(cue).toHaveText(/Two minutes left in “Clarify scope”/);
  await expect(timer(page)).toHaveClass(/soon/);

  await page.clock.fastForward('01:30');
  await expect(cue).toHaveText(/Thirty seconds left in “Clarify scope”/);

  await page.clock.fastForward('00:40');
  await expect(cue).toHaveText(/Time is up for “Clarify scope”/);
  await expect(timer(page)).toHaveText(/^−0:\d\d$/);
  await expect(timer(page)).toHaveClass(/overtime/);
  await expect(page.getByRole('button', { name: 'Next phase' })).toHaveClass(/btn-primary/);
  await expect(currentStep(page)).toHaveClass(/step-over/);
  await expect(currentStep(page).locator('.step-over-by')).toBeVisible();
  await screenshot(page, 'session-time-up', { fullPage: true });

  // Nothing moves by itself: overtime keeps counting in the same phase.
  await page.clock.fastForward('00:30');
  await expect(currentStep(page)).toContainText('Clarify scope');
  expect(seconds(await timer(page).textContent())).toBeLessThanOrEqual(-30);

  // An extension past the cue puts it away; the person moves on when ready.
  await page.getByRole('button', { name: '+2 min' }).click();
  await expect(cue).toHaveCount(0);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(currentStep(page)).toContainText('Estimate');
});

test('a second window follows the same session', async ({ page, host, context }) => {
  await host.start();
  const prompt = urlShortener();
  const id = await startPractice(page, host, prompt.title);

  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && otherErrors.push(m.text()));
  other.on('pageerror', (e) => otherErrors.push(e.message));
  const stream = other.waitForResponse((r) => r.url() === `${host.origin}/api/events`);
  await other.goto(`${host.origin}/#/session/${id}`);
  expect((await stream).status()).toBe(200);
  await expect(timer(other)).toHaveText('5:00');

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(other.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(currentStep(other)).toContainText('Estimate');
  await notes(page, 'Estimate').fill('10M new links a day, about 115 writes/s.');
  await expect(notes(other, 'Estimate')).toHaveValue('10M new links a day, about 115 writes/s.');

  // And the other way round.
  await other.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect.poll(async () => seconds(await timer(other).textContent())).toBe(seconds(await timer(page).textContent()));
  await other.close();
  expect(otherErrors).toEqual([]);
});

test('after a restart an unfinished session is offered for resume, paused where it stopped', async ({ page, host }) => {
  // Two app starts and a host restart: more than the default 30 s on a busy 2-core runner.
  test.setTimeout(60_000);
  await host.start();
  await page.clock.install();
  const prompt = urlShortener();
  await startPractice(page, host, prompt.title);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(currentStep(page)).toContainText('Estimate');

  await page.goto('about:blank');
  await host.restart();
  await openApp(page, host);
  const offer = page.getByRole('status').filter({ hasText: 'session in progress' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText(new RegExp(`Resume “${prompt.title}” \\((paused at|running,) \\d+:\\d\\d`));
  await offer.getByRole('button', { name: 'Resume' }).click();

  await expect(page).toHaveURL(SESSION_URL);
  await expect(currentStep(page)).toContainText('Estimate');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.locator('.session-meta .status-pill')).toHaveText(/Paused/);
  const frozen = await timer(page).textContent();
  await letTimePass(page, 5_000);
  expect(await timer(page).textContent()).toBe(frozen);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Dismissed, the offer stays away in this window.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prompts' }).click();
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Dismiss' }).click();
  await expect(offer).toHaveCount(0);
});
