import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bridge, expect, openApp, screenPath, SCREENS_DIR, shippedPrompts, test } from '../fixtures';

test('the sessions list shows each session with its date, time used and state; a damaged one says why', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  // A session folder whose files are both unreadable.
  const damagedDir = join(host.dataDir, 'sessions', 's-20250101-101010-dead');
  await mkdir(damagedDir, { recursive: true });
  await writeFile(join(damagedDir, 'session.json'), '{not json');
  await writeFile(join(damagedDir, 'events.jsonl'), 'not an event\n');
  await host.start();
  await openApp(page, host);

  const prompts = shippedPrompts();
  const [a, b, c] = [prompts[0]!, prompts[1] ?? prompts[0]!, prompts[2] ?? prompts[0]!];
  const create = async (promptId: string) => (await bridge<{ id: string }>(page, 'session.create', { promptId, planId: 'eight-steps' })).id;
  const send = (id: string, command: unknown) => bridge(page, 'session.append', { id, command });

  const ended = await create(a.id);
  await send(ended, { type: 'start' });
  await send(ended, { type: 'end' });
  const paused = await create(b.id);
  await send(paused, { type: 'start' });
  await page.waitForTimeout(1100);
  await send(paused, { type: 'pause' });
  const ready = await create(c.id);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  // Newest first; the damaged one (created "in 2025") last.
  await expect(rows.nth(0)).toContainText(c.title);
  await expect(rows.nth(0).locator('.status-pill')).toHaveText('Unfinished');
  await expect(rows.nth(0).locator('.session-row-status')).toHaveText('Not started');
  await expect(rows.nth(1)).toContainText(b.title);
  await expect(rows.nth(1).locator('.status-pill')).toHaveText('Unfinished');
  await expect(rows.nth(1).locator('.session-row-status')).toHaveText('Paused');
  await expect(rows.nth(1).locator('td.num')).toHaveText(/^0:0[1-9] of 45:00$/);
  await expect(rows.nth(2)).toContainText(a.title);
  await expect(rows.nth(2).locator('.status-pill')).toHaveText('Finished');
  await expect(rows.nth(3).locator('.status-pill')).toHaveText('Damaged');
  await expect(rows.nth(3)).toContainText('session.json');
  await expect(rows.nth(3).getByRole('link')).toHaveCount(0);
  // A short reason first; the long one, naming files and lines, and where they are, one click away.
  await expect(rows.nth(3).locator('.session-row-reason')).toHaveText('Line 1 of its log is not a session record.');
  const why = rows.nth(3).locator('.session-row-problem');
  await expect(why.locator('summary')).toHaveText('Show its files');
  const long = why.locator('p').filter({ hasText: 'session.json' });
  await expect(long).toBeHidden();
  await why.locator('summary').click();
  await expect(long).toBeVisible();
  await expect(why.locator('.session-row-folder code')).toHaveText(damagedDir);
  // Dates in the browser's own format.
  const today = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date()));
  await expect(rows.nth(0)).toContainText(today);
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('sessions'), fullPage: true });

  // The damaged one's action moves it to the trash, files and all.
  await rows.nth(3).getByRole('button', { name: 'Move to trash' }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: 'to the trash' })).toBeVisible();

  // A click anywhere on a row opens that session.
  await rows.nth(1).locator('td').nth(1).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${paused}$`));
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();

  // Home offers the most recent unfinished session: the one not started yet.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prompts' }).click();
  const offer = page.getByRole('status').filter({ hasText: 'session in progress' });
  await expect(offer).toContainText(`Resume “${c.title}” (not started yet)`);
  await offer.getByRole('button', { name: 'Resume' }).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${ready}$`));
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  expect(ended).not.toBe(ready);
});

test('a session whose metadata is damaged is rebuilt from its log, says so, and keeps the damaged file', async ({ page, host }) => {
  await host.start();
  await openApp(page, host);
  // The home screen's own calls finish first: stopping the host under them would log a refused request.
  await expect(page.locator('a.prompt-card').first()).toBeVisible();
  const prompt = shippedPrompts()[0]!;
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: prompt.id, planId: 'eight-steps' });
  await bridge(page, 'session.append', { id, command: { type: 'start' } });
  await bridge(page, 'session.append', { id, command: { type: 'notes', phase: 'clarify', text: 'Reads dominate.' } });
  await bridge(page, 'session.append', { id, command: { type: 'pause' } });
  // The open page refetches its lists when the session changes; leave it so that none of
  // those calls is cut off by the stop and logged as a refused request.
  await page.goto('about:blank');
  await host.stop();
  await writeFile(join(host.dataDir, 'sessions', id, 'session.json'), '{"half a file');

  for (let launch = 0; launch < 2; launch += 1) {
    // The verdict must hold on the next launch too, not only the first time it is found. The
    // list left open from the last launch goes first, so none of its calls is cut off.
    await page.goto('about:blank');
    await host.restart();
    await openApp(page, host);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
    const row = page.locator('tbody tr').filter({ hasText: prompt.title });
    // Rebuilt counts as damaged in the list, though it still opens where it stopped.
    await expect(row.locator('.status-pill')).toHaveText('Damaged');
    await expect(row.locator('.session-row-status')).toHaveText('Paused');
    await expect(row.locator('.session-row-warning')).toContainText('rebuilt');
  }
  const kept = await readdir(join(host.dataDir, 'quarantine'), { recursive: true });
  expect(kept.some((f) => f.endsWith('session.json'))).toBe(true);

  await page.locator('tbody tr').filter({ hasText: prompt.title }).getByRole('link', { name: prompt.title, exact: true }).click();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('textbox', { name: /Notes for/ })).toHaveValue('Reads dominate.');
});

test('settings: the chime, pause-on-sleep and record-my-voice switches are saved', async ({ page, host }) => {
  await host.start();
  await openApp(page, host);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const chime = page.getByRole('switch', { name: /Chime with time cues/ });
  const sleep = page.getByRole('switch', { name: /Pause the session when the computer sleeps/ });
  // Recording is opt-in: off until the person turns it on.
  const voice = page.getByRole('switch', { name: /Record my voice by default/ });
  await expect(chime).toBeChecked();
  await expect(sleep).toBeChecked();
  await expect(voice).not.toBeChecked();
  await page.locator('label', { has: chime }).click();
  await page.locator('label', { has: sleep }).click();
  await page.locator('label', { has: voice }).click();
  await expect(chime).not.toBeChecked();
  await expect(sleep).not.toBeChecked();
  await expect(voice).toBeChecked();
  await page.reload();
  await expect(chime).not.toBeChecked();
  await expect(sleep).not.toBeChecked();
  await expect(voice).toBeChecked();
  const settings = await bridge<{ chime: boolean; pauseOnSleep: boolean; recordVoice: boolean }>(page, 'settings.get', {});
  expect(settings).toMatchObject({ chime: false, pauseOnSleep: false, recordVoice: true });
});
