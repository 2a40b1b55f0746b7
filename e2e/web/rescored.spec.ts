import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { bridge, expect, openApp, screenPath, SCREENS_DIR, test } from '../fixtures';

// After an update of the rubric: a session whose saved report is by an older version shows the
// band of the current one in the history, is charted and compared with it, and each screen says
// in one line which rubric scored what it shows and how many older reports were scored again.

async function endedSession(page: Page, text: string): Promise<string> {
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', level: 'senior' });
  await bridge(page, 'session.append', { id, command: { type: 'start' } });
  await bridge(page, 'session.append', { id, command: { type: 'note.add', id: 'r1', index: 0, body: { list: 'functional', text } } });
  await bridge(page, 'session.append', { id, command: { type: 'end' } });
  return id;
}

test('a report by an older rubric is scored again for the history, the charts and the comparison, and each says which rubric scored them', async ({ page, host }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);

  const first = await endedSession(page, 'shorten a link');
  const second = await endedSession(page, 'Turn a long URL into a short 7-character code');
  const { report } = await bridge<{ report: { rubricVersion: string; band: string } }>(page, 'session.report', { id: first });
  await bridge(page, 'session.report', { id: second });
  const current = report.rubricVersion;
  // The older report gives the other end of the scale, so a band shown from it would be seen.
  const oldBand = report.band === 'strong hire' ? 'strong no hire' : 'strong hire';
  const file = join(host.dataDir, 'sessions', first, 'report.json');
  const older = JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), rubricVersion: '0.0.1', band: oldBand, overall: oldBand === 'strong hire' ? 3.9 : 0.1 });
  await writeFile(file, older);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await expect(page.locator('.rubric-line')).toHaveText(`Scored with rubric ${current}; 1 older report rescored`);
  const bandLabel = (band: string) => band.charAt(0).toUpperCase() + band.slice(1);
  const rows = page.locator('.sessions-table tbody tr');
  await expect(rows.locator('.session-row-band').filter({ hasText: bandLabel(oldBand) })).toHaveCount(0);
  await expect(rows.filter({ hasText: bandLabel(report.band) }).first()).toBeVisible();
  expect(await readFile(join(host.dataDir, 'sessions', first, 'report.0.0.1.json'), 'utf8')).toBe(older);
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('history-rescored') });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.locator('.rubric-line')).toHaveText(`Scored with rubric ${current}; 1 older report rescored`);
  await expect(page.getByRole('table', { name: 'Sessions in time order' })).not.toContainText(bandLabel(oldBand));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenPath('progress-rescored-dark') });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.goto(`${host.origin}/#/compare/${first}/${second}`);
  await expect(page.getByRole('region', { name: 'Attempt A' })).toContainText(`rubric ${current} (scored again since 0.0.1)`);
  await expect(page.getByRole('region', { name: 'Attempt B' })).toContainText(`rubric ${current}`);
  await expect(page.getByRole('region', { name: 'Attempt B' })).not.toContainText('scored again');
  await page.screenshot({ path: screenPath('compare-rescored') });

  // An older report the charts find first: they answer at once and fill in once it is scored behind them.
  const secondFile = join(host.dataDir, 'sessions', second, 'report.json');
  await writeFile(secondFile, JSON.stringify({ ...JSON.parse(await readFile(secondFile, 'utf8')), rubricVersion: '0.0.1' }));
  await page.getByRole('link', { name: '← Progress' }).click();
  await expect(page.locator('.rubric-line')).toHaveText(`Scored with rubric ${current}; 2 older reports rescored`);
  await expect(page.locator('.progress-scoring')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Sessions in time order' }).locator('tbody tr')).toHaveCount(2);
});
