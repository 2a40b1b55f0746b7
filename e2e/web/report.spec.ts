import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allowConsoleError, bridge, expect, openApp, screenPath, SCREENS_DIR, test } from '../fixtures';

// A short session written through the bridge (as the session screen's editors write it),
// ended in the session screen, then read in the report: the band, the nine criteria with
// the evidence quoting what was written, the time per phase and the outline revealed.

const REQUIREMENT = 'Turn a long URL into a short 7-character code';
const QUALITY = 'Redirects answer within 50 ms at p99';
const PAD_LINE = 'writes = 10M/day in /s';
const CONCLUSION = 'Writes are tiny next to reads, so the read path gets a cache';
const TRADEOFF = { chose: 'A key-value store', gaveUp: 'Joins and ad-hoc queries', because: 'Every read is a lookup by code' };

test('an ended session opens its report: band, nine criteria quoting what was written, time per phase, the outline; older reports score again on opening', async ({ page, host }) => {
  // Long: a session written, ended, read in full, copied, and read again after an older report.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);

  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', level: 'senior' });
  const send = (command: unknown) => bridge(page, 'session.append', { id, command });
  await send({ type: 'start' });
  await send({ type: 'note.add', id: 'req-1', index: 0, body: { list: 'functional', text: REQUIREMENT } });
  await send({ type: 'note.add', id: 'nfr-1', index: 0, body: { list: 'non-functional', text: QUALITY, quality: 'latency' } });
  await send({ type: 'next' });
  await send({ type: 'scratchpad', pad: { lines: [{ id: 'l1', text: PAD_LINE, tag: 'write-qps' }], conclusions: [{ id: 'c1', text: CONCLUSION, lineIds: ['l1'] }] } });
  await send({ type: 'note.add', id: 'to-1', index: 0, body: { list: 'tradeoff', ...TRADEOFF } });

  // Before the end the report is refused: it would reveal the outline.
  allowConsoleError(page, /status of 403/);
  await expect(bridge(page, 'session.report', { id })).rejects.toThrow(/forbidden/);

  await page.goto(`${host.origin}/#/session/${id}`);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  await page.getByRole('link', { name: 'See your report' }).click();
  await expect(page).toHaveURL(new RegExp(`#/session/${id}/report$`));

  await expect(page.getByRole('heading', { level: 1, name: 'Design a URL Shortener' })).toBeVisible();
  await expect(page.locator('#report-band')).toHaveText(/^(Strong no hire|No hire|Lean no hire|Lean hire|Hire|Strong hire)$/);
  await expect(page.locator('.band-card')).toContainText('for Senior');
  await expect(page.getByRole('list', { name: 'Bands, lowest first' }).locator('[aria-current="true"]')).toHaveCount(1);

  const chart = page.getByRole('region', { name: 'Score per criterion' });
  await expect(chart.getByRole('listitem')).toHaveCount(9);
  for (const name of ['Scope', 'Estimation', 'API', 'Data model', 'High-level design', 'Deep dive', 'Bottlenecks and scaling', 'Trade-offs and risks', 'Time management']) {
    await expect(chart.getByRole('listitem').filter({ hasText: name })).toHaveText(new RegExp(`${name}[0-4] / 4$`));
  }
  await expect(page.locator('article.criterion')).toHaveCount(9);

  // The evidence quotes what was written, each at its time on the session clock.
  const scope = page.locator('#criterion-scope');
  await expect(scope.locator('.evidence-for').filter({ hasText: REQUIREMENT }).locator('q')).toHaveText(REQUIREMENT);
  await expect(scope.locator('.evidence-for').filter({ hasText: REQUIREMENT }).locator('.evidence-time')).toHaveText(/^\d+:\d\d$/);
  await expect(page.locator('#criterion-tradeoffs .evidence-for')).toContainText([TRADEOFF.chose]);
  await expect(page.locator('#criterion-estimation')).toContainText(CONCLUSION);
  // What is missing counts against, and is told apart.
  await expect(page.locator('#criterion-api .evidence-against').first()).toBeVisible();
  await expect(page.locator('.criterion-tip').first()).toContainText('What moves you up one level');
  // A criterion at 4 has no step up to show.
  for (const full of await page.locator('article.criterion:has(.criterion-score.score-4)').all()) await expect(full.locator('.criterion-tip')).toHaveCount(0);

  // The report as Markdown carries the same words.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.locator('.report-copied')).toHaveText('Copied');
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toContain('# Report: Design a URL Shortener');
  expect(copied).toContain('**What moves you up one level:**');

  const phases = page.getByRole('region', { name: 'Time per phase' });
  await expect(phases.getByRole('listitem')).toHaveCount(8);
  await expect(phases.getByRole('listitem').first()).toContainText('Clarify scope');
  await expect(phases.getByRole('listitem').first()).toContainText(/\d+:\d\d of 5:00/);

  const outline = page.getByRole('region', { name: 'The reference outline' });
  await expect(outline.getByRole('heading', { name: 'Trade-offs', exact: true })).toBeVisible();
  await expect(outline.getByRole('table').first()).toContainText('code (key, 7 chars)');
  await expect(page.getByRole('button', { name: 'Score again' })).toHaveCount(0);

  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: screenPath('report'), fullPage: true });
  await page.screenshot({ path: screenPath('report-top') });
  await page.locator('.criteria-list').screenshot({ path: screenPath('report-criteria') });
  await phases.screenshot({ path: screenPath('report-phases') });

  // The sessions list links an ended session to its report, which is now read back as saved.
  const saved = JSON.parse(await readFile(join(host.dataDir, 'sessions', id, 'report.json'), 'utf8')) as { scoredAt: number; rubricVersion: string };
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('link', { name: 'Report on Design a URL Shortener' }).click();
  await expect(page.locator('.report-meta')).toContainText(`rubric ${saved.rubricVersion}`);
  expect((JSON.parse(await readFile(join(host.dataDir, 'sessions', id, 'report.json'), 'utf8')) as { scoredAt: number }).scoredAt).toBe(saved.scoredAt);

  // A report from an older rubric is scored again on opening; the old one is kept beside it.
  const older = JSON.stringify({ ...saved, rubricVersion: '0.0.1' });
  await writeFile(join(host.dataDir, 'sessions', id, 'report.json'), older);
  await page.reload();
  await expect(page.locator('.report-meta')).toContainText(`rubric ${saved.rubricVersion}; scored again since rubric 0.0.1`);
  await page.locator('.report-head').screenshot({ path: screenPath('report-rescored') });
  expect(await readFile(join(host.dataDir, 'sessions', id, 'report.0.0.1.json'), 'utf8')).toBe(older);
  await expect(page.getByRole('button', { name: 'Score again' })).toHaveCount(0);
});

const ownPrompt = (id: string, title: string, extra = '') => `---
id: ${id}
title: ${title}
difficulty: easy
tags: [storage]
summary: A prompt of the person's own.
brief: Design it.${extra}
---
# Outline
`;

test("the report of a session on a prompt without a reference answer says it was scored with general knowledge only; one with a reference does not", async ({ page, host }) => {
  // Two sessions scored and two reports opened: more than one default test's time on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await host.start();
  await openApp(page, host);
  const reference = '\nreference:\n  terms: [comment, reply, thread]';
  const files = [
    { name: 'plain.md', text: ownPrompt('plain-own', 'Design a Plain Thing') },
    { name: 'referenced.md', text: ownPrompt('referenced-own', 'Design a Referenced Thing', reference) },
  ];
  const { imported } = await bridge<{ imported: { id: string }[] }>(page, 'prompt.import', { files });
  expect(imported.map((p) => p.id)).toEqual(['plain-own', 'referenced-own']);

  const ended = async (promptId: string) => {
    const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId, planId: 'eight-steps', level: 'senior' });
    await bridge(page, 'session.append', { id, command: { type: 'start' } });
    await bridge(page, 'session.append', { id, command: { type: 'end' } });
    return id;
  };
  const plain = await ended('plain-own');
  await page.goto(`${host.origin}/#/session/${plain}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Design a Plain Thing' })).toBeVisible();
  await expect(page.locator('.report-general-only')).toHaveText('This prompt has no reference answer, so it was scored with general system-design knowledge only.');
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.locator('.report-head').screenshot({ path: screenPath('report-general-only') });

  const referenced = await ended('referenced-own');
  await page.goto(`${host.origin}/#/session/${referenced}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Design a Referenced Thing' })).toBeVisible();
  await expect(page.locator('#report-band')).toBeVisible();
  await expect(page.locator('.report-general-only')).toHaveCount(0);
});

test('a Chat Service session clicked through in no time: the words agree with the evidence, the tips use the chat prompt, time scores 1', async ({ page, host }) => {
  // Nine criteria checked one by one: room for a busy machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'chat', planId: 'eight-steps', level: 'senior' });
  const send = (command: unknown) => bridge(page, 'session.append', { id, command });
  await send({ type: 'start' });
  await send({ type: 'note.add', id: 'req-1', index: 0, body: { list: 'functional', text: 'Send a message to a friend' } });
  await send({ type: 'note.add', id: 'nfr-1', index: 0, body: { list: 'non-functional', text: 'Messages arrive fast', quality: 'latency' } });
  for (let i = 0; i < 7; i++) await send({ type: 'next' });
  await send({ type: 'end' });
  await page.goto(`${host.origin}/#/session/${id}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Design a Chat Service' })).toBeVisible();

  const scope = page.locator('#criterion-scope');
  await expect(scope.locator('.criterion-descriptor')).toContainText('Functional requirements and targets for one quality (latency); no target with a number; fewer than three qualities; no question asked and nothing out of scope.');
  // "Messages arrive fast" names latency without a number: the tip asks for one, with the chat
  // prompt's own latency target as the example (not another quality's).
  await expect(scope.locator('.criterion-tip')).toContainText('Put a number on latency: a target someone could measure, such as "an online recipient in the same region sees a message within 500 ms at p99, about 100 ms typically" (latency).');
  for (const article of await page.locator('article.criterion').all()) {
    await expect(article.locator('.criterion-descriptor')).not.toContainText(/redirect|short (link|code)/i);
    await expect(article.locator('.criterion-tip')).not.toContainText(/redirect|short (link|code)/i);
  }
  const time = page.locator('#criterion-time');
  await expect(time.locator('.criterion-score')).toHaveText('1 / 4');
  await expect(time.locator('.criterion-descriptor')).toContainText('no phase worked through');
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.locator('.criteria-list').screenshot({ path: screenPath('report-criteria-chat-rushed') });
});
