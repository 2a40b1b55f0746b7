import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { allowConsoleError, bridge, expect, openApp, ROOT, screenPath, SCREENS_DIR, shippedPrompts, test, WebHost } from '../fixtures';

type Bundle = { session: { id: string; createdAt: number }; events: { at: number }[]; prompt: { id: string; title: string } };
const fixture = (name: 'strong' | 'weak') => JSON.parse(readFileSync(join(ROOT, 'shared', 'rubric', 'fixtures', `${name}.session.json`), 'utf8')) as Bundle;

/** The weak fixture a week before the strong one, so the two attempts have an order. */
function weekEarlier(bundle: Bundle): Bundle {
  const week = 7 * 24 * 3600 * 1000;
  return {
    ...bundle,
    session: { ...bundle.session, id: 's-20251229-090000-weak', createdAt: bundle.session.createdAt - week },
    events: bundle.events.map((e) => ({ ...e, at: e.at - week })),
  };
}

const BAND_LABEL = (band: string) => band.charAt(0).toUpperCase() + band.slice(1);
const used = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;
const sessionsLink = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' });

test('the history lists each session with prompt, date, time used, band and state; it sorts and filters', async ({ page, host }) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  const unreadable = join(host.dataDir, 'sessions', 's-20250101-101010-dead');
  await mkdir(unreadable, { recursive: true });
  await writeFile(join(unreadable, 'events.jsonl'), 'not an event\n');
  await host.start();
  await openApp(page, host);

  const strong = fixture('strong');
  const weak = weekEarlier(fixture('weak'));
  await bridge(page, 'session.importBundle', { name: 'strong.json', content: JSON.stringify(strong) });
  await bridge(page, 'session.importBundle', { name: 'weak.json', content: JSON.stringify(weak) });
  const bandOf = async (id: string) => (await bridge<{ report: { band: string } }>(page, 'session.report', { id })).report.band;
  const strongBand = await bandOf(strong.session.id);
  const weakBand = await bandOf(weak.session.id);
  expect(strongBand).not.toBe(weakBand);
  const other = shippedPrompts().find((p) => p.id !== strong.prompt.id)!;
  const fresh = (await bridge<{ id: string }>(page, 'session.create', { promptId: other.id, planId: 'eight-steps' })).id;

  await sessionsLink(page).click();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  // Newest first, the unreadable one last.
  await expect(rows.nth(0)).toContainText(other.title);
  await expect(rows.nth(0).locator('.status-pill')).toHaveText('Unfinished');
  await expect(rows.nth(0).locator('.session-row-status')).toHaveText('Not started');
  await expect(rows.nth(0).getByRole('link', { name: 'Resume' })).toHaveAttribute('href', `#/session/${fresh}`);
  const strongRow = rows.nth(1);
  await expect(strongRow.locator('.status-pill')).toHaveText('Finished');
  await expect(strongRow.locator('.session-row-band')).toHaveText(BAND_LABEL(strongBand));
  const listed = (await bridge<{ sessions: { id: string; activeMs: number; plannedMs: number }[] }>(page, 'session.list', {})).sessions;
  const strongListed = listed.find((s) => s.id === strong.session.id)!;
  await expect(strongRow.locator('td.num')).toHaveText(`${used(strongListed.activeMs)} of ${used(strongListed.plannedMs)}`);
  const strongDate = await page.evaluate((ms) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(ms)), strong.session.createdAt);
  await expect(strongRow.locator('.session-row-date')).toContainText(strongDate);
  // An ended session offers its report, its replay and a comparison with the attempt before it.
  await expect(strongRow.getByRole('link', { name: 'Report' })).toHaveAttribute('href', `#/session/${strong.session.id}/report`);
  await expect(strongRow.getByRole('link', { name: 'Replay' })).toHaveAttribute('href', `#/session/${strong.session.id}/replay`);
  await expect(strongRow.getByRole('link', { name: 'Compare' })).toHaveAttribute('href', `#/compare/${weak.session.id}/${strong.session.id}`);
  await expect(rows.nth(2).locator('.session-row-band')).toHaveText(BAND_LABEL(weakBand));
  await expect(rows.nth(2).getByRole('link', { name: 'Compare' })).toHaveCount(0);
  await expect(rows.nth(3).locator('.status-pill')).toHaveText('Damaged');
  await expect(rows.nth(3).getByRole('link')).toHaveCount(0);
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('history'), fullPage: true });

  const filters = page.getByRole('group', { name: 'Sort and filter the sessions' });
  await filters.getByRole('combobox', { name: /^Sort/ }).selectOption({ label: 'Oldest first' });
  await expect(rows.nth(0)).toContainText(strong.prompt.title);
  await expect(rows.nth(0).locator('.session-row-band')).toHaveText(BAND_LABEL(weakBand));
  await expect(rows.nth(2)).toContainText(other.title);
  await filters.getByRole('combobox', { name: /^Sort/ }).selectOption({ label: 'By prompt' });
  const byTitle = [other.title, strong.prompt.title].sort((a, b) => a.localeCompare(b));
  await expect(rows.nth(0)).toContainText(byTitle[0]!);

  await filters.getByRole('combobox', { name: /^Prompt/ }).selectOption({ label: strong.prompt.title });
  await expect(rows).toHaveCount(2);
  await expect(filters).toContainText('2 of 4 sessions');
  await filters.getByRole('combobox', { name: /^Prompt/ }).selectOption({ label: 'All prompts' });
  await filters.locator('label', { hasText: 'Last 7 days' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText(other.title);
  // A range of dates: the strong attempt's week only.
  await filters.getByLabel('From', { exact: true }).fill('2026-01-01');
  await filters.getByLabel('To', { exact: true }).fill('2026-01-31');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0).locator('.session-row-band')).toHaveText(BAND_LABEL(strongBand));
  await page.screenshot({ path: screenPath('history-filtered'), fullPage: true });
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(4);
});

test('delete moves a session to the trash: undo brings it back; delete forever asks first; a running one is refused', async ({ page, host }) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  await host.start();
  await openApp(page, host);
  const [a, b] = shippedPrompts();
  const kept = (await bridge<{ id: string }>(page, 'session.create', { promptId: a!.id, planId: 'eight-steps' })).id;
  const running = (await bridge<{ id: string }>(page, 'session.create', { promptId: b!.id, planId: 'eight-steps' })).id;
  await bridge(page, 'session.append', { id: running, command: { type: 'start' } });

  await sessionsLink(page).click();
  const row = (title: string) => page.locator('tbody tr').filter({ hasText: title });
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash).toHaveCount(0);

  // A running clock is not trashed from under the person.
  allowConsoleError(page, /status of 403/);
  await row(b!.title).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not deleted' })).toContainText('pause it');
  await expect(row(b!.title)).toHaveCount(1);
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();

  await row(a!.title).getByRole('button', { name: 'Delete' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'to the trash' });
  await expect(notice).toContainText(`Moved “${a!.title}” to the trash`);
  await expect(row(a!.title)).toHaveCount(0);
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  expect(existsSync(join(host.dataDir, 'trash', kept, 'events.jsonl'))).toBe(true);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(row(a!.title)).toHaveCount(1);
  await expect(trash).toHaveCount(0);

  await row(a!.title).getByRole('button', { name: 'Delete' }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  // The trash survives a restart of the host.
  await page.goto('about:blank');
  await host.restart();
  await openApp(page, host);
  await sessionsLink(page).click();
  await expect(trash.getByRole('listitem')).toContainText(a!.title);

  const dialog = page.getByRole('dialog', { name: 'Delete this session forever?' });
  await trash.getByRole('button', { name: /forever/ }).click();
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: screenPath('history-trash-confirm') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await trash.getByRole('button', { name: /forever/ }).click();
  await dialog.getByRole('button', { name: 'Delete forever' }).click();
  await expect(trash).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'forever' })).toContainText(`Deleted “${a!.title}” forever`);
  expect(existsSync(join(host.dataDir, 'trash', kept))).toBe(false);
  expect(existsSync(join(host.dataDir, 'sessions', kept))).toBe(false);
  await expect(row(b!.title)).toHaveCount(1);
});

test('a session exported as a bundle imports into another data folder, opens, and shows its report', async ({ page, host }) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  await host.start();
  await openApp(page, host);
  const strong = fixture('strong');
  await sessionsLink(page).click();

  // Import through the button, as a person would.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a session…' }).click();
  await (await chooser).setFiles({ name: 'strong.designdrill.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(strong)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(`Imported “${strong.prompt.title}”`);
  const row = page.locator('tbody tr').filter({ hasText: strong.prompt.title });

  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^url-shortener-\d{4}-\d{2}-\d{2}\.designdrill\.json$/);
  // Kept in the first data folder, which the fixture removes.
  const saved = join(host.dataDir, file.suggestedFilename());
  await file.saveAs(saved);
  const exported = JSON.parse(await readFile(saved, 'utf8')) as Bundle;
  expect(exported.events).toEqual(strong.events);

  // Another machine: a new, empty data folder.
  await page.goto('about:blank');
  const otherDir = await mkdtemp(join(tmpdir(), 'designdrill-e2e-'));
  const other = new WebHost(otherDir);
  try {
    await other.start();
    await openApp(page, other);
    await sessionsLink(page).click();
    await expect(page.getByText('No sessions yet.')).toBeVisible();
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a session…' }).click();
    await (await again).setFiles(saved);
    const imported = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect(imported).toContainText(`Imported “${strong.prompt.title}”`);
    await page.screenshot({ path: screenPath('history-imported'), fullPage: true });

    // Importing it twice adds nothing.
    const twice = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a session…' }).click();
    await (await twice).setFiles(saved);
    await expect(page.getByRole('status').filter({ hasText: 'already in your history' })).toBeVisible();
    await expect(page.locator('tbody tr')).toHaveCount(1);

    await page.getByRole('status').getByRole('link', { name: 'Open it' }).click();
    await expect(page).toHaveURL(new RegExp(`#/session/${strong.session.id}$`));
    await expect(page.getByText('Session ended')).toBeVisible();
    await sessionsLink(page).click();
    await page.locator('tbody tr').getByRole('link', { name: 'Report' }).click();
    await expect(page.locator('#report-band')).toBeVisible();
    const band = (await bridge<{ report: { band: string } }>(page, 'session.report', { id: strong.session.id })).report.band;
    await expect(page.locator('#report-band')).toHaveText(BAND_LABEL(band));
    await page.screenshot({ path: screenPath('history-imported-report') });
    await page.goto('about:blank');
  } finally {
    await other.stop();
    await rm(otherDir, { recursive: true, force: true });
  }
});
