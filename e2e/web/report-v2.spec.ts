import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../shared/rubric/report';
import { bridge, expect, openApp, screenPath, SCREENS_DIR, test } from '../fixtures';

// Rubric v2 (issue 21): what was written but earned nothing is listed per criterion with why,
// and each criterion below 4 says what moves it up one level. A session is written as the
// session screen's editors write it (through the bridge), ended in the session screen, and its
// report opened as a person would.

const OFF_TOPIC = 'Plan the office seating chart and the kitchen rota';
/** The URL shortener's reference has writes of about 115 per second: this is 1000 times that. */
const FAR_OFF = 'writes = 10B/day in /s';

test('an off-topic note and a far-off estimate are listed as not counted with why, and a criterion below 4 says what moves it up one level', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await host.start();
  await openApp(page, host);

  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', level: 'senior' });
  const send = (command: unknown) => bridge(page, 'session.append', { id, command });
  await send({ type: 'start' });
  await send({ type: 'note.add', id: 'req-1', index: 0, body: { list: 'functional', text: 'Turn a long URL into a short 7-character code' } });
  await send({ type: 'note.add', id: 'req-2', index: 1, body: { list: 'functional', text: OFF_TOPIC } });
  await send({ type: 'next' });
  await send({ type: 'scratchpad', pad: { lines: [{ id: 'l1', text: FAR_OFF, tag: 'write-qps' }], conclusions: [{ id: 'c1', text: 'Writes need a sharded cluster of 50 nodes', lineIds: ['l1'] }] } });

  await page.goto(`${host.origin}/#/session/${id}`);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  await page.getByRole('link', { name: 'See your report' }).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/report$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Design a URL Shortener' })).toBeVisible();

  const scope = page.getByRole('list', { name: 'Not counted for Scope' });
  await expect(scope.getByRole('listitem').filter({ hasText: OFF_TOPIC })).toBeVisible();
  await expect(scope.getByRole('listitem').filter({ hasText: OFF_TOPIC }).locator('.not-counted-reason')).not.toBeEmpty();
  // Each line once: the off-topic note is under Not counted, not also a line against in the evidence.
  await expect(page.getByRole('list', { name: 'Evidence for Scope' }).getByRole('listitem').filter({ hasText: OFF_TOPIC })).toHaveCount(0);
  const estimation = page.getByRole('list', { name: 'Not counted for Estimation' });
  await expect(estimation.getByRole('listitem').filter({ hasText: '10B/day' }).locator('.not-counted-reason')).not.toBeEmpty();

  const below4 = page.locator('article.criterion:not(:has(.criterion-score.score-4))');
  await expect(below4.first().locator('.criterion-tip')).toContainText('What moves you up one level');
  // The moment of a not-counted line opens the replay there.
  await expect(estimation.getByRole('link', { name: /^Replay at \d+:\d\d$/ }).first()).toHaveAttribute('href', new RegExp(`#/session/${id}/replay`));

  await mkdir(SCREENS_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('#criterion-scope').screenshot({ path: screenPath(`report-v2-not-counted-${scheme}`) });
  }
});

// The same screen against the report schema today: a saved report (by the current rubric) that
// lists not-counted items shows them compact under their criterion, each linked to its moment.
test('a saved report with not-counted items shows them under their criterion with why, linked to the replay, in light and dark', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await host.start();
  await openApp(page, host);
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', level: 'senior' });
  await bridge(page, 'session.append', { id, command: { type: 'start' } });
  await bridge(page, 'session.append', { id, command: { type: 'note.add', id: 'req-2', index: 0, body: { list: 'functional', text: OFF_TOPIC } } });
  await bridge(page, 'session.append', { id, command: { type: 'end' } });
  const { report } = await bridge<{ report: Report }>(page, 'session.report', { id });
  const scope = report.criteria.find((c) => c.id === 'scope')!;
  scope.notCounted = [{ text: OFF_TOPIC, reason: 'Off topic: nothing in it is about shortening or redirecting links.', t: 4_000, ref: 'req-2' }];
  await writeFile(join(host.dataDir, 'sessions', id, 'report.json'), JSON.stringify(report));

  await page.goto(`${host.origin}/#/session/${id}/report`);
  const list = page.getByRole('list', { name: 'Not counted for Scope' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.locator('.not-counted-text')).toHaveText(OFF_TOPIC);
  await expect(list.locator('.not-counted-reason')).toHaveText('Off topic: nothing in it is about shortening or redirecting links.');
  await expect(list.getByRole('link', { name: 'Replay at 0:04' })).toHaveAttribute('href', `#/session/${id}/replay/4000`);
  // Shown only where there is something: no other criterion has the list.
  await expect(page.locator('.not-counted')).toHaveCount(1);
  await expect(page.locator('#criterion-scope .criterion-tip')).toContainText('What moves you up one level');

  await mkdir(SCREENS_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('#criterion-scope').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenPath(`report-not-counted-${scheme}`) });
  }
  await list.getByRole('link', { name: 'Replay at 0:04' }).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/replay/4000$`));
});
