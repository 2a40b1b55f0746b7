import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SessionEvent } from '../../shared/session/events';
import { allowConsoleError, expect, openApp, screenshot, shippedPrompts, test, type WebHost } from '../fixtures';

// The estimation pad, typed the way a person types: line by line with Enter, in the session
// screen. What is checked is what the pad shows beside each line and what the session log
// holds, read from the data folder.

const SESSION_URL = /#\/session\/(s-\d{8}-\d{6}-[a-z0-9]{4})$/;

/** The URL shortener's estimate from the method's worked example, with one slip in the middle. */
const SEED_LINES = [
  '# URL shortener, five years',
  'new_links = 10M/day',
  'writes = new_links in /s',
  'reads = writes * 100',
  'peak_reads = reads * 3',
  'records = 10M/day * 5 year',
  'storage = records * 500 B',
  'oops = writes * (2 +',
  'codes = 62^7',
];

function urlShortener() {
  const prompts = shippedPrompts();
  return prompts.find((p) => p.id === 'url-shortener') ?? prompts[0]!;
}

/**
 * A prompt of the person's own (in the data folder) whose figures are tagged so the seed's
 * estimate meets each verdict: writes and reads fine, storage 5.5 times off (a warning), peak
 * reads 29 times off (flagged).
 */
const CHECK_PROMPT = {
  id: 'url-shortener-figures',
  title: 'Shorten links (figures check)',
  text: `---
id: url-shortener-figures
title: Shorten links (figures check)
difficulty: easy
tags: [read-heavy]
summary: "A link shortener whose figures are set to test the estimate review."
brief: |
  Build a link shortener. Estimate it first.
figures:
  - name: New links per day
    value: 10M/day
    estimate: write-qps
  - name: Redirects per day
    value: 1B/day
    estimate: read-qps
  - name: Peak redirects
    value: 1M/s
    estimate: peak-qps
  - name: Storage over five years
    value: 50 TB
    estimate: storage
---
An outline.
`,
};

async function startPractice(page: Page, host: WebHost, title = urlShortener().title): Promise<string> {
  await openApp(page, host);
  await page.locator('a.prompt-card', { hasText: title }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(SESSION_URL);
  return SESSION_URL.exec(page.url())![1]!;
}

const pad = (page: Page) => page.getByRole('region', { name: 'Estimates' });
const editor = (page: Page) => page.getByRole('textbox', { name: 'Estimation pad' });
/** The result beside line `n` (1-based). */
const result = (page: Page, n: number): Locator => pad(page).locator(`.pad-row[data-line="${n}"]`);

async function events(host: WebHost, id: string): Promise<SessionEvent[]> {
  const text = await readFile(join(host.dataDir, 'sessions', id, 'events.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => SessionEvent.parse(JSON.parse(line)));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}

/** Waits until the pad's last change is in the log. */
async function padSaved(page: Page): Promise<void> {
  await expect(pad(page).locator('.pad-save')).toHaveText('Saved');
}

const lastPad = async (host: WebHost, id: string) => {
  const changes = (await events(host, id)).filter((e) => e.type === 'scratchpad.changed');
  expect(changes.length).toBeGreaterThan(0);
  return changes[changes.length - 1]!.payload as { lines: { id: string; text: string; tag?: string | null }[]; conclusions: { id: string; text: string; lineIds: string[] }[] };
};

test('the pad evaluates the seed estimate as it is typed, keeps tags and conclusions through edits and a reload, and is compared after the end', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await mkdir(join(host.dataDir, 'prompts'), { recursive: true });
  await writeFile(join(host.dataDir, 'prompts', `${CHECK_PROMPT.id}.md`), CHECK_PROMPT.text);
  await host.start();
  const id = await startPractice(page, host, CHECK_PROMPT.title);
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // Folded to its bar in the first phase; the estimation phase unfolds it.
  await expect(pad(page)).toBeVisible();
  await expect(editor(page)).toBeHidden();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(page.locator('.timer-phase-title')).toHaveText('Estimate');
  await expect(editor(page)).toBeVisible();

  // Typed line by line: each result appears beside its line as it is typed.
  await editor(page).click();
  for (const [i, line] of SEED_LINES.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
    if (line === 'writes = new_links in /s') await expect(result(page, i + 1)).toContainText('116 /s');
  }
  await expect(editor(page)).toHaveValue(SEED_LINES.join('\n'));
  // What is typed in the pad is text, never Excalidraw's shortcuts ("r" is not the rectangle tool).
  await expect(page.locator('.canvas-host [data-testid="toolbar-rectangle"]')).not.toBeChecked();
  await expect(result(page, 1)).toHaveText('');
  await expect(result(page, 3).locator('.pad-value')).toHaveText('116 /s');
  await expect(result(page, 3).locator('.pad-power')).toHaveText('≈10²');
  await expect(result(page, 4).locator('.pad-value')).toHaveText(/^11\.6 K ?\/s$/);
  await expect(result(page, 6).locator('.pad-value')).toHaveText('18.3 B');
  await expect(result(page, 7).locator('.pad-value')).toHaveText('9.13 TB');
  await expect(result(page, 7).locator('.pad-power')).toHaveText('≈10¹²');
  // The slip shows its own error; the line after it still evaluates.
  await expect(result(page, 8).locator('.pad-error')).toBeVisible();
  await expect(result(page, 8).locator('.pad-value')).toHaveCount(0);
  await expect(result(page, 9).locator('.pad-value')).toHaveText('3.52 T');
  await expect(pad(page).locator('.pad-bar-errors')).toHaveText('1 line with an error');
  // The caret's line is described in full under the pad.
  await expect(pad(page).locator('.pad-status')).toContainText('Line 9 · codes = 3.52 T');

  // Estimates inferred from the names, shown as such.
  const chip = (n: number) => result(page, n).locator('.pad-chip');
  await expect(chip(3)).toHaveText('write QPS');
  await expect(chip(3)).toHaveClass(/pad-chip-inferred/);
  await expect(chip(7)).toHaveText('storage');

  // Tagged from the menu by mouse: codes becomes an "other" estimate.
  await chip(9).click();
  const menu = page.getByRole('menu', { name: 'Estimate for line 9' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitemradio', { name: /From the name/ })).toHaveAttribute('aria-checked', 'true');
  await menu.getByRole('menuitemradio', { name: 'Other estimate', exact: true }).click();
  await expect(menu).toHaveCount(0);
  await expect(chip(9)).toHaveText('other');
  await expect(chip(9)).not.toHaveClass(/pad-chip-inferred/);

  // And by keyboard: Ctrl+. on line 4 opens its menu; Read QPS, chosen, is no longer inferred.
  await editor(page).focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+.');
  const readsMenu = page.getByRole('menu', { name: 'Estimate for line 4' });
  await expect(readsMenu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(readsMenu.getByRole('menuitemradio', { name: 'Read QPS', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(readsMenu).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  await expect(chip(4)).toHaveText('read QPS');
  await expect(chip(4)).not.toHaveClass(/pad-chip-inferred/);

  // A conclusion, tied to the line the caret was on.
  const draft = pad(page).getByRole('textbox', { name: 'New conclusion' });
  await expect(pad(page).getByText('Rests on line 4 · reads')).toBeVisible();
  await draft.fill('100 reads per write: cache the read path');
  await draft.press('Enter');
  const conclusion = pad(page).getByRole('textbox', { name: 'Conclusion 1' });
  await expect(conclusion).toHaveValue('100 reads per write: cache the read path');
  await expect(pad(page).getByRole('list', { name: 'Lines conclusion 1 rests on' })).toContainText('line 4 · reads');
  await padSaved(page);

  let logged = await lastPad(host, id);
  expect(logged.lines.map((l) => l.text)).toEqual(SEED_LINES);
  expect(logged.lines[3]!.tag).toBe('read-qps');
  expect(logged.lines[8]!.tag).toBe('other');
  expect(logged.lines[2]!.tag).toBeUndefined();
  expect(logged.conclusions).toEqual([{ id: expect.any(String), text: '100 reads per write: cache the read path', lineIds: [logged.lines[3]!.id] }]);
  const ids = logged.lines.map((l) => l.id);
  expect(new Set(ids).size).toBe(SEED_LINES.length);

  // Editing around the lines keeps their ids, so tags and ties stay put: a line opened above
  // everything (Enter at the start), then merged away again (Backspace at the start).
  await editor(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter');
  await expect(chip(10)).toHaveText('other');
  await expect(chip(5)).toHaveText('read QPS');
  await expect(pad(page).getByRole('list', { name: 'Lines conclusion 1 rests on' })).toContainText('line 5 · reads');
  await page.keyboard.press('Backspace');
  await expect(editor(page)).toHaveValue(SEED_LINES.join('\n'));
  // Typing inside a line keeps it too.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(' # a day');
  await page.keyboard.press('Backspace');
  await padSaved(page);
  logged = await lastPad(host, id);
  expect(logged.lines.map((l) => l.id)).toEqual(ids);
  expect(logged.lines[1]!.text).toBe('new_links = 10M/day # a da');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(editor(page)).toHaveValue(SEED_LINES.join('\n'));

  // A reload brings everything back from the log.
  await page.keyboard.press('Tab');
  await padSaved(page);
  await page.reload();
  await expect(editor(page)).toHaveValue(SEED_LINES.join('\n'));
  await expect(chip(4)).toHaveText('read QPS');
  await expect(chip(9)).toHaveText('other');
  await expect(result(page, 9).locator('.pad-value')).toHaveText('3.52 T');
  await expect(pad(page).getByRole('textbox', { name: 'Conclusion 1' })).toHaveValue('100 reads per write: cache the read path');
  await expect(pad(page).getByRole('list', { name: 'Lines conclusion 1 rests on' })).toContainText('line 4 · reads');
  logged = await lastPad(host, id);
  expect(logged.lines.map((l) => l.id)).toEqual(ids);

  // While the session runs, the prompt's figures stay hidden: the review is refused.
  allowConsoleError(page, /403/);
  const early = await page.evaluate(
    async (sessionId) =>
      (await (await fetch('/api/session.estimateReview', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: sessionId }) })).json()) as {
        ok: boolean;
        error?: { code: string; message: string };
      },
    id,
  );
  expect(early.ok).toBe(false);
  expect(early.error?.code).toBe('forbidden');
  expect(early.error?.message).toMatch(/once the session has ended/);
  await expect(page.getByRole('region', { name: 'Estimates against the prompt' })).toHaveCount(0);

  // End: the pad is read-only and each named estimate meets the prompt's figure.
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  await expect(page.locator('.session-meta .status-pill')).toHaveText('Ended');
  const review = page.getByRole('region', { name: 'Estimates against the prompt' });
  await expect(review).toBeVisible();
  const row = (tag: string) => review.locator('.review-item').filter({ has: page.locator('.review-tag', { hasText: new RegExp(`^${tag}$`) }) });
  await expect(row('Write QPS').locator('.review-verdict')).toHaveText('Fine');
  await expect(row('Read QPS').locator('.review-verdict')).toHaveText('Fine');
  await expect(row('Storage').locator('.review-verdict')).toHaveText('Warning');
  await expect(row('Storage')).toContainText('9.13 TB');
  await expect(row('Storage')).toContainText('50 TB');
  await expect(row('Peak QPS').locator('.review-verdict')).toHaveText('Flagged');
  await expect(row('Peak QPS')).toContainText('1M/s');
  await expect(row('Other estimate').locator('.review-verdict')).toHaveText('No figure');
  await expect(review.locator('.review-summary')).toHaveText('2 fine1 warning1 flagged');
  await expect(editor(page)).toHaveAttribute('readonly', '');
  await expect(result(page, 7).locator('.pad-badge')).toHaveText(/× off/);
  await expect(result(page, 3).locator('.pad-badge')).toHaveText('fine');
  await expect(pad(page).getByRole('textbox', { name: 'New conclusion' })).toHaveCount(0);
  await expect(pad(page).locator('.pad-conclusion-text')).toHaveText('100 reads per write: cache the read path');
  await shot(page, 'scratchpad-ended');
});

test('the reference card and the help open from the pad, search, and put a figure in it; folding the pad is the person’s choice', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await host.start();
  await startPractice(page, host);
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // Unfolded by hand in the first phase, it stays unfolded through the phases that follow.
  await expect(editor(page)).toBeHidden();
  await pad(page).getByRole('button', { name: 'Estimates' }).click();
  await expect(editor(page)).toBeVisible();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(page.locator('.timer-phase-title')).toHaveText('API');
  await expect(editor(page)).toBeVisible();
  // Folded in the estimation phase, it stays folded there, and after a reload.
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.locator('.timer-phase-title')).toHaveText('Estimate');
  await pad(page).getByRole('button', { name: 'Estimates' }).click();
  await expect(editor(page)).toBeHidden();
  await page.reload();
  await expect(page.locator('.timer-phase-title')).toHaveText('Estimate');
  await expect(pad(page)).toBeVisible();
  await expect(editor(page)).toBeHidden();
  await pad(page).getByRole('button', { name: 'Estimates' }).click();

  await editor(page).click();
  await page.keyboard.type('writes = 10M/day');

  // The card: searched, and a figure put in the pad under the caret's line.
  await pad(page).getByRole('button', { name: 'Reference card' }).click();
  const drawer = page.getByRole('dialog', { name: 'Reference card' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('searchbox', { name: 'Search the reference card' })).toBeFocused();
  await expect(drawer.getByRole('region', { name: 'Latency' })).toBeVisible();
  await page.keyboard.type('seconds in a day');
  await expect(drawer.getByRole('region', { name: 'Latency' })).toHaveCount(0);
  await expect(drawer.getByRole('row', { name: /Seconds in a day/ })).toContainText('86,400 s');
  await drawer.getByRole('button', { name: 'Put Seconds in a day in the pad' }).click();
  await expect(editor(page)).toHaveValue('writes = 10M/day\n1 day in s');
  await expect(result(page, 2).locator('.pad-value')).toHaveText('86,400 s');
  await expect(editor(page)).toBeFocused();

  // The language help, in the same drawer.
  await drawer.getByRole('tab', { name: 'How to write lines' }).click();
  const help = page.getByRole('dialog', { name: 'How to write lines' });
  await expect(help.getByRole('region', { name: 'Rates' })).toBeVisible();
  await help.getByRole('searchbox', { name: 'Search the help' }).fill('KiB');
  await expect(help.getByRole('region', { name: 'Rates' })).toHaveCount(0);
  await expect(help.getByRole('region', { name: 'Units' })).toBeVisible();
  await help.getByRole('searchbox', { name: 'Search the help' }).fill('');
  await shot(page, 'scratchpad-help');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(pad(page).getByRole('button', { name: 'Help', exact: true })).toBeFocused();
});

test('an edit made just before a phase change is logged in its phase, and one made just before a reload is kept', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await host.start();
  const id = await startPractice(page, host);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await editor(page).click();
  await page.keyboard.type('writes = 10M/day');
  // No wait for the 400 ms pause: the change goes before the phase does.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(page.locator('.timer-phase-title')).toHaveText('API');
  const logged = (await events(host, id)).filter((e) => e.type === 'scratchpad.changed');
  expect(logged.length).toBeGreaterThan(0);
  expect(logged[logged.length - 1]!.phase).toBe('estimate');
  expect((logged[logged.length - 1]!.payload as { lines: { text: string }[] }).lines.map((l) => l.text)).toEqual(['writes = 10M/day']);

  // The estimation phase opened the pad, so the API phase folded it again: unfolded by hand.
  await pad(page).getByRole('button', { name: 'Estimates' }).click();
  await editor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type('\nreads = writes * 100');
  await page.reload();
  await expect(page.locator('.timer-phase-title')).toHaveText('API');
  await expect(editor(page)).toHaveValue('writes = 10M/day\nreads = writes * 100');
  await expect(result(page, 2).locator('.pad-value')).toHaveText(/^11\.6 K ?\/s$/);
});

test('names people give rates work as variables, an emoji shows whole in its error, and the review takes the ratio from the read and write lines', async ({ page, host }) => {
  // A whole session from start to review: room for a busy machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await host.start();
  await startPractice(page, host);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(editor(page)).toBeVisible({ timeout: 20_000 });
  // Filled at once rather than typed: typing is tested above, and this test is about what the lines mean.
  await editor(page).fill(['dau = 100M', 'qps = dau * 20 / 86400', 'writes = 10M/day', 'reads = writes * 100', 'x = 5 😀 3'].join('\n'));
  await expect(result(page, 2).locator('.pad-value')).toHaveText('23.1 K');
  await expect(result(page, 5).locator('.pad-error')).toContainText('unexpected "😀"');
  await expect(result(page, 5).locator('.pad-error')).not.toContainText('\uFFFD');
  await padSaved(page);

  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  const review = page.getByRole('region', { name: 'Estimates against the prompt' });
  const ratio = review.locator('.review-item').filter({ has: page.locator('.review-tag', { hasText: /^Read\/write ratio$/ }) });
  await expect(ratio.locator('.review-verdict')).toHaveText('Fine', { timeout: 20_000 });
  await expect(ratio.locator('.review-where')).toHaveText('reads ÷ writes, lines 4 and 3');
  await shot(page, 'scratchpad-ratio-review');
});
