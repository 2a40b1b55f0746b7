import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SessionEvent } from '../../shared/session/events';
import { expect, openApp, screenshot, shippedPrompts, test, type WebHost } from '../fixtures';

// The structured notes, typed the way a person types: Enter for the next item, Alt+arrows to
// reorder, Backspace and the delete button to remove, Ctrl+Z to take it back. What is checked
// is what the panel shows, what comes back after a reload and what the session log holds.

const SESSION_URL = /#\/session\/(s-\d{8}-\d{6}-[a-z0-9]{4})$/;

const urlShortener = () => shippedPrompts().find((p) => p.id === 'url-shortener') ?? shippedPrompts()[0]!;

async function startPractice(page: Page, host: WebHost): Promise<string> {
  await openApp(page, host);
  await page.locator('a.prompt-card', { hasText: urlShortener().title }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(SESSION_URL);
  return SESSION_URL.exec(page.url())![1]!;
}

async function events(host: WebHost, id: string): Promise<SessionEvent[]> {
  const text = await readFile(join(host.dataDir, 'sessions', id, 'events.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => SessionEvent.parse(JSON.parse(line)));
}

const notesPanel = (page: Page) => page.getByRole('complementary', { name: 'Notes' });
const list = (page: Page, name: string) => notesPanel(page).getByRole('list', { name, exact: true });
const field = (page: Page, name: string) => notesPanel(page).getByRole('textbox', { name, exact: true });
const saved = (page: Page) => expect(page.locator('.note-lists-status')).toHaveText('Saved');
/** The text fields of a list, in the order shown. */
const values = async (items: Locator) => Promise.all((await items.getByRole('textbox').all()).map((box) => box.inputValue()));

async function next(page: Page, phase: string): Promise<void> {
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(page.locator('.timer-phase-title')).toHaveText(phase);
}

async function previous(page: Page, phase: string): Promise<void> {
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.locator('.timer-phase-title')).toHaveText(phase);
}

test('structured notes: typed with Enter, tagged, reordered, deleted and undone, kept in the log and after a reload', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  const id = await startPractice(page, host);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('.timer-phase-title')).toHaveText('Clarify scope');

  // Solo practice: the questions are put to the interviewer, so there is no list of them here.
  await expect(notesPanel(page).getByRole('heading', { name: 'Questions asked' })).toHaveCount(0);
  await expect(notesPanel(page).getByRole('heading', { name: 'Functional requirements', exact: true })).toBeVisible();

  // Requirements, one after the other with Enter.
  await notesPanel(page).getByRole('button', { name: 'Add requirement' }).click();
  await expect(field(page, 'Requirement 1')).toBeFocused();
  await page.keyboard.type('Shorten a long link');
  await page.keyboard.press('Enter');
  await expect(field(page, 'Requirement 2')).toBeFocused();
  await page.keyboard.type('Redirect a short link');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Count the clicks');
  const functional = list(page, 'Functional requirements');
  await expect.poll(() => values(functional)).toEqual(['Shorten a long link', 'Redirect a short link', 'Count the clicks']);

  // Backspace in an empty item takes it away and goes back to the one above.
  await page.keyboard.press('Enter');
  await expect(field(page, 'Requirement 4')).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(field(page, 'Requirement 4')).toHaveCount(0);
  await expect(field(page, 'Requirement 3')).toBeFocused();

  // A non-functional requirement, tagged with its quality.
  await notesPanel(page).getByRole('button', { name: 'Add quality requirement' }).click();
  await page.keyboard.type('Redirects answer within 50 ms at p99');
  await notesPanel(page).getByRole('combobox', { name: 'Quality requirement 1, quality' }).selectOption('latency');

  // Alt+Down moves the first requirement down one; the caret goes with it.
  await field(page, 'Requirement 1').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => values(functional)).toEqual(['Redirect a short link', 'Shorten a long link', 'Count the clicks']);
  await expect(field(page, 'Requirement 2')).toBeFocused();

  // Delete, undo, redo, undo: the item is back in its place.
  await notesPanel(page).getByRole('button', { name: 'Delete requirement 3' }).click();
  await expect.poll(() => values(functional)).toEqual(['Redirect a short link', 'Shorten a long link']);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => values(functional)).toEqual(['Redirect a short link', 'Shorten a long link', 'Count the clicks']);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => values(functional)).toEqual(['Redirect a short link', 'Shorten a long link']);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => values(functional)).toEqual(['Redirect a short link', 'Shorten a long link', 'Count the clicks']);

  // Undo after typing takes back the burst typed, not one letter.
  await field(page, 'Requirement 3').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' per day');
  await expect(field(page, 'Requirement 3')).toHaveValue('Count the clicks per day');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(field(page, 'Requirement 3')).toHaveValue('Count the clicks');

  await notesPanel(page).getByRole('button', { name: 'Add exclusion' }).click();
  await page.keyboard.type('Custom domains');
  await notesPanel(page).getByRole('button', { name: 'Add assumption' }).click();
  await page.keyboard.type('Reads outnumber writes 100 to 1');
  await saved(page);
  await screenshot(page, 'notes-clarify');

  // The estimation phase's record is the pad: no lists, a pointer to it.
  await next(page, 'Estimate');
  await expect(notesPanel(page).locator('.note-list')).toHaveCount(0);
  await expect(notesPanel(page)).toContainText('estimation pad');
  await screenshot(page, 'notes-estimate');

  // API: two operations typed field to field with Enter, the main path ticked.
  await next(page, 'API');
  await notesPanel(page).getByRole('button', { name: 'Add operation' }).click();
  await expect(field(page, 'Operation 1, Signature')).toBeFocused();
  await page.keyboard.type('POST /urls {longUrl} → {code}');
  await page.keyboard.press('Enter');
  await expect(field(page, 'Operation 1, Purpose')).toBeFocused();
  await page.keyboard.type('Makes a short code');
  await page.keyboard.press('Enter');
  await expect(field(page, 'Operation 2, Signature')).toBeFocused();
  await page.keyboard.type('GET /{code} → 301');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sends the visitor on');
  await notesPanel(page).getByRole('checkbox', { name: 'Operation 2, Main path' }).check();
  await saved(page);
  await screenshot(page, 'notes-api');

  await next(page, 'Data model');
  await notesPanel(page).getByRole('button', { name: 'Add entity' }).click();
  await page.keyboard.type('Link');
  await page.keyboard.press('Enter');
  await page.keyboard.type('code (key), longUrl, createdAt');
  await page.keyboard.press('Enter');
  const store = notesPanel(page).getByRole('combobox', { name: 'Entity 1, Store' });
  await expect(store).toBeFocused();
  await store.selectOption('key-value store');
  await field(page, 'Entity 1, Why').fill('Always read by code; billions of rows');
  await saved(page);
  await screenshot(page, 'notes-data');

  await next(page, 'High-level diagram');
  await notesPanel(page).getByRole('button', { name: 'Add sentence' }).click();
  await page.keyboard.type('A redirect checks the cache, then the key-value store');
  await saved(page);
  await screenshot(page, 'notes-high-level');

  await next(page, 'Deep dive');
  await notesPanel(page).getByRole('button', { name: 'Add deep dive' }).click();
  await page.keyboard.type('ID generator');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Each server takes a block of IDs');
  await saved(page);
  await screenshot(page, 'notes-deep-dive');

  await next(page, 'Bottlenecks');
  await notesPanel(page).getByRole('button', { name: 'Add bottleneck' }).click();
  await expect(field(page, 'Bottleneck 1, Breaks')).toBeFocused();
  await page.keyboard.type('The one database takes every write');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Shard by code');
  await notesPanel(page).getByRole('combobox', { name: 'Bottleneck 1, At' }).selectOption('100x');
  await saved(page);
  await screenshot(page, 'notes-bottlenecks');

  // A trade-off in all three parts, then a risk and an open question.
  await next(page, 'Trade-offs and wrap-up');
  await notesPanel(page).getByRole('button', { name: 'Add trade-off' }).click();
  await page.keyboard.type('A key-value store');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Joins and ad-hoc queries');
  await page.keyboard.press('Enter');
  await expect(field(page, 'Trade-off 1, Because')).toBeFocused();
  await page.keyboard.type('Every read is a lookup by code');
  await notesPanel(page).getByRole('button', { name: 'Add risk' }).click();
  await page.keyboard.type('A cold cache after a deploy');
  await notesPanel(page).getByRole('button', { name: 'Add open question' }).click();
  await page.keyboard.type('Should links expire by default?');
  await saved(page);
  await screenshot(page, 'notes-tradeoffs');

  // After a reload everything is there, in order.
  await page.reload();
  await expect(page.locator('.timer-phase-title')).toHaveText('Trade-offs and wrap-up');
  await expect.poll(() => values(list(page, 'Trade-offs'))).toEqual(['A key-value store', 'Joins and ad-hoc queries', 'Every read is a lookup by code']);
  await expect.poll(() => values(list(page, 'Risks'))).toEqual(['A cold cache after a deploy']);
  await expect.poll(() => values(list(page, 'Open questions'))).toEqual(['Should links expire by default?']);
  await previous(page, 'Bottlenecks');
  await expect(notesPanel(page).getByRole('combobox', { name: 'Bottleneck 1, At' })).toHaveValue('100x');
  for (const phase of ['Deep dive', 'High-level diagram', 'Data model']) await previous(page, phase);
  await expect(notesPanel(page).getByRole('combobox', { name: 'Entity 1, Store' })).toHaveValue('key-value store');
  await previous(page, 'API');
  await expect.poll(() => values(list(page, 'Operations'))).toEqual(['POST /urls {longUrl} → {code}', 'Makes a short code', 'GET /{code} → 301', 'Sends the visitor on']);
  await expect(notesPanel(page).getByRole('checkbox', { name: 'Operation 1, Main path' })).not.toBeChecked();
  await expect(notesPanel(page).getByRole('checkbox', { name: 'Operation 2, Main path' })).toBeChecked();
  await previous(page, 'Estimate');
  await previous(page, 'Clarify scope');
  await expect.poll(() => values(list(page, 'Functional requirements'))).toEqual(['Redirect a short link', 'Shorten a long link', 'Count the clicks']);
  await expect(notesPanel(page).getByRole('combobox', { name: 'Quality requirement 1, quality' })).toHaveValue('latency');

  // The log holds every kind of change, each in the phase it was made in, and no event per keystroke.
  const log = await events(host, id);
  const types = new Set(log.map((e) => e.type));
  for (const type of ['note.added', 'note.edited', 'note.removed', 'note.moved'] as const) expect(types, `the log should hold ${type}`).toContain(type);
  const tradeoff = log.find((e) => e.type === 'note.added' && e.payload.body.list === 'tradeoff');
  expect(tradeoff?.phase).toBe('tradeoffs');
  const edits = log.filter((e) => e.type === 'note.edited').length;
  expect(edits, `${edits} edits were logged for about 500 characters typed`).toBeLessThan(60);

  // After the end the notes are read back, and nothing can be typed into them.
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  await expect(page.locator('.session-meta .status-pill')).toHaveText('Ended');
  await expect(notesPanel(page).getByRole('textbox')).toHaveCount(0);
  await expect(notesPanel(page).getByRole('list', { name: 'Functional requirements', exact: true }).getByRole('listitem')).toHaveText([
    'Redirect a short link',
    'Shorten a long link',
    'Count the clicks',
  ]);
  await expect(notesPanel(page).getByRole('list', { name: 'Trade-offs', exact: true })).toHaveText('Chose A key-value store; gave up Joins and ad-hoc queries; because Every read is a lookup by code');
  await expect(notesPanel(page).getByRole('list', { name: 'Non-functional requirements', exact: true })).toHaveText('Redirects answer within 50 ms at p99 (latency)');
  await screenshot(page, 'notes-ended');
});

test('a paste longer than a note field holds is cut to 2,000 characters, and the field says so', async ({ page, host }) => {
  test.setTimeout(60_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await host.start();
  await startPractice(page, host);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await notesPanel(page).getByRole('button', { name: 'Add requirement' }).click();
  await expect(field(page, 'Requirement 1')).toBeFocused();
  await page.evaluate((text) => (globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }).navigator.clipboard.writeText(text), 'a'.repeat(10_000));
  await page.keyboard.press('ControlOrMeta+V');
  await expect(field(page, 'Requirement 1')).toHaveValue('a'.repeat(2_000));
  const cut = notesPanel(page).getByRole('status').filter({ hasText: 'Cut to 2,000 characters' });
  await expect(cut).toHaveText('Cut to 2,000 characters: a note field holds at most that, so the last 8,000 pasted were left out.');
  await cut.scrollIntoViewIfNeeded();
  await screenshot(page, 'notes-paste-cut');
  // A paste that fits says nothing (the first field's notice stays, saying what happened there).
  await notesPanel(page).getByRole('button', { name: 'Add requirement' }).click();
  await page.evaluate((text) => (globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }).navigator.clipboard.writeText(text), 'Redirect a short link');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(field(page, 'Requirement 2')).toHaveValue('Redirect a short link');
  await expect(notesPanel(page).getByRole('status').filter({ hasText: 'Cut to' })).toHaveCount(1);
});
