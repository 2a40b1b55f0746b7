import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { bridge, expect, openApp, ROOT, screenPath, SCREENS_DIR, test } from '../fixtures';

// Three ended attempts at the URL shortener, each fuller than the last, and one at another
// prompt, written through the bridge; then the progress charts over them, the filters,
// and two attempts compared side by side with their final diagrams.

type Element = { id: string; type: string; boundElements?: unknown };

/** An ended session of `promptId` with `commands` sent after the start. */
async function endedSession(page: Page, promptId: string, level: string, commands: unknown[]): Promise<string> {
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId, planId: 'eight-steps', level });
  const send = (command: unknown) => bridge(page, 'session.append', { id, command });
  await send({ type: 'start' });
  for (const command of commands) await send(command);
  await send({ type: 'end' });
  return id;
}

const note = (id: string, body: unknown) => ({ type: 'note.add', id, index: 0, body });

test('progress charts three attempts at one prompt, filters by prompt and level, and compares two side by side with their diagrams', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);

  const diagram = (JSON.parse(await readFile(join(ROOT, 'shared/canvas/fixtures/url-shortener.excalidraw'), 'utf8')) as { elements: Element[] }).elements;
  // The second attempt drew the boxes only; the third, the whole diagram with its labels and arrows.
  const boxes = diagram.filter((e) => ['rectangle', 'diamond', 'ellipse'].includes(e.type)).map((e) => ({ ...e, boundElements: null }));

  const thin = await endedSession(page, 'url-shortener', 'senior', [note('r1', { list: 'functional', text: 'shorten a link' })]);
  const middle = await endedSession(page, 'url-shortener', 'senior', [
    note('r1', { list: 'functional', text: 'Turn a long URL into a short 7-character code' }),
    note('q1', { list: 'non-functional', text: 'Redirects answer within 50 ms at p99', quality: 'latency' }),
    { type: 'next' },
    { type: 'scratchpad', pad: { lines: [{ id: 'l1', text: 'writes = 10M/day in /s', tag: 'write-qps' }], conclusions: [] } },
    { type: 'canvas', delta: { added: boxes } },
  ]);
  const full = await endedSession(page, 'url-shortener', 'staff', [
    note('r1', { list: 'functional', text: 'Turn a long URL into a short 7-character code' }),
    note('r2', { list: 'functional', text: 'Redirect a short code to its long URL' }),
    note('q1', { list: 'non-functional', text: 'Redirects answer within 50 ms at p99', quality: 'latency' }),
    { type: 'next' },
    {
      type: 'scratchpad',
      pad: { lines: [{ id: 'l1', text: 'writes = 10M/day in /s', tag: 'write-qps' }], conclusions: [{ id: 'c1', text: 'Writes are tiny next to reads: cache the read path', lineIds: ['l1'] }] },
    },
    { type: 'canvas', delta: { added: diagram } },
    note('t1', { list: 'tradeoff', chose: 'A key-value store', gaveUp: 'Joins and ad-hoc queries', because: 'Every read is a lookup by code' }),
  ]);
  const other = await endedSession(page, 'paste-bin', 'senior', [note('r1', { list: 'functional', text: 'Save a paste and share its link' })]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page).toHaveURL(/#\/progress$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Sessions in time order' });
  await expect(table.getByRole('row')).toHaveCount(5);

  // Filtered to the URL shortener: three points, each a row of the table and the chart.
  await page.getByRole('combobox', { name: 'Prompt' }).selectOption({ label: 'Design a URL Shortener (3)' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const overall = page.getByRole('region', { name: 'Overall score' });
  await expect(overall.locator('.recharts-line-dot')).toHaveCount(3);
  await expect(overall.locator('.recharts-reference-area')).toHaveCount(6);
  await expect(overall.locator('.progress-summary')).toHaveText(/^3 sessions\. Overall score from \d\.\d\d to \d\.\d\d of 4 \(up \d\.\d\d\); best/);
  const scores = await table.locator('tbody tr td.progress-number').allTextContents();
  expect(new Set(scores).size, `three different overall scores, got ${scores.join(', ')}`).toBe(3);
  expect(Number(scores[2])).toBeGreaterThan(Number(scores[0]));

  const criterion = page.getByRole('region', { name: 'Score per criterion' });
  await criterion.getByRole('combobox', { name: 'Criterion' }).selectOption({ label: 'Estimation' });
  await expect(criterion.locator('.progress-summary')).toHaveText(/^Estimation, session by session: [0-4], [0-4], [0-4] \(of 4\)\.$/);
  const phases = page.getByRole('region', { name: 'Time per phase against plan' });
  await expect(phases.locator('svg.recharts-surface')).toHaveCount(1);
  await phases.getByText('Time per phase as a table').click();
  await expect(phases.getByRole('table').getByRole('row')).toHaveCount(9);
  await expect(phases.getByRole('row', { name: /^Clarify/ })).toHaveText(/%3$/);

  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('progress'), fullPage: true });

  // At staff level only one attempt is left: no chart, and a word on what to change.
  await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Staff' });
  await expect(page.getByText('Fewer than two sessions match these filters')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'All levels' });

  // Compare the fullest attempt with the one before it.
  await table.getByRole('link', { name: 'Compare session 3 with the attempt before it' }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/${middle}/${full}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Design a URL Shortener' })).toBeVisible();
  const bandPattern = /Strong no hire|No hire|Lean no hire|Lean hire|Hire|Strong hire/;
  for (const side of ['A', 'B']) {
    const card = page.getByRole('region', { name: new RegExp(`^Attempt ${side} · `) });
    await expect(card.locator('.compare-band')).toHaveText(bandPattern);
    await expect(card.locator('.compare-overall')).toHaveText(/\d\.\d\d of 4/);
  }
  await expect(page.getByRole('region', { name: /^Attempt B · / })).toContainText('Staff');

  const criteria = page.getByRole('region', { name: 'Criterion scores' });
  await expect(criteria.locator('tbody tr')).toHaveCount(9);
  await expect(criteria.getByRole('row', { name: /^Scope/ })).toHaveText(/^Scope[0-4][0-4](same|[+−][1-4])$/);
  await expect(criteria.getByRole('row', { name: /^Overall/ })).toHaveText(/^Overall\d\.\d\d\d\.\d\d\+\d\.\d\d$/);

  const time = page.getByRole('region', { name: 'Time per phase' });
  await expect(time.locator('tbody tr')).toHaveCount(8);
  await expect(time.getByRole('row', { name: /^Clarify scope/ })).toContainText(/\d+:\d\d of 5:00.*\d+:\d\d of 5:00/);

  const diagrams = page.getByRole('region', { name: 'Final diagrams' });
  await expect(diagrams.getByRole('img', { name: /^Final diagram, A · / }).locator('svg')).toHaveCount(1);
  await expect(diagrams.getByRole('img', { name: /^Final diagram, B · / }).locator('svg')).toHaveCount(1);
  // The full diagram's labels are drawn as text; the boxes-only one has none.
  await expect(diagrams.getByRole('img', { name: /^Final diagram, B · / }).locator('svg text').filter({ hasText: 'URL service' })).toHaveCount(1);
  await expect(diagrams.getByRole('img', { name: /^Final diagram, A · / }).locator('svg text')).toHaveCount(0);
  await page.screenshot({ path: screenPath('compare'), fullPage: true });

  // The picker offers the other attempts at this prompt, and only those.
  const picker = page.getByRole('combobox', { name: /^Compare attempt A/ });
  await expect(picker.locator('option')).toHaveCount(2);
  await picker.selectOption({ index: 1 });
  await expect(page).toHaveURL(new RegExp(`#/compare/${middle}/${thin}$`));
  await expect(page.getByRole('img', { name: /^Final diagram, A · / }).locator('svg')).toHaveCount(1);
  await expect(page.getByText('Nothing was drawn in this session.')).toBeVisible();

  // Attempts at two different prompts are refused, with a way to pick a right one.
  await page.goto(`${host.origin}/#/compare/${thin}/${other}`);
  await expect(page.getByRole('alert').filter({ hasText: 'These two are attempts at different prompts' })).toContainText('Design a Paste Bin');
  await expect(page.getByRole('region', { name: 'Criterion scores' })).toHaveCount(0);
  await page.getByRole('combobox', { name: /^Compare attempt A/ }).selectOption({ index: 1 });
  await expect(page).toHaveURL(new RegExp(`#/compare/${thin}/${full}$`));

  // Dark theme: the charts and the comparison in the app's dark colours.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${host.origin}/#/compare/${middle}/${full}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('img', { name: /^Final diagram, B · / }).locator('svg')).toHaveCount(1);
  await page.screenshot({ path: screenPath('compare-dark'), fullPage: true });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('region', { name: 'Overall score' }).locator('.recharts-line-dot')).toHaveCount(4);
  await page.screenshot({ path: screenPath('progress-dark'), fullPage: true });
});

test('progress with fewer than two ended sessions says what to do', async ({ page, host }) => {
  await host.start();
  await openApp(page, host);
  await page.goto(`${host.origin}/#/progress`);
  await expect(page.getByText('Charts need at least two ended sessions.')).toBeVisible();
  await expect(page.getByText('None has ended yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Choose a prompt' }).click();
  await expect(page).toHaveURL(/#\/$/);
});
