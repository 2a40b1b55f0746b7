import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { bridge, expect, openApp, openConsole, SCREENS_DIR, screenPath, test } from '../fixtures';

// The interviewer's note tags on the console: a tag is for the note being written, one at a
// time, unless the interviewer pins it for the notes that follow.

const tagButton = (partner: Page, name: 'Strength' | 'Concern' | 'Question') => partner.getByRole('group', { name: 'Tags' }).getByRole('button', { name, exact: true });
const written = (partner: Page, text: string) => partner.getByRole('list', { name: 'Notes written' }).getByRole('listitem').filter({ hasText: text });

test('a note tag applies to the note it was chosen for; Alt+1/2/3 pick one tag; a pinned tag stays', async ({ page, partner, host }) => {
  test.setTimeout(120_000);
  await partner.setViewportSize({ width: 1440, height: 900 });
  await host.start();
  await openApp(page, host);
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', mode: 'paired' });
  await bridge(page, 'session.append', { id, command: { type: 'start' } });
  await page.goto(`${host.origin}/#/session/${id}`);
  await openConsole(page, partner);
  const box = partner.getByRole('textbox', { name: 'Partner note' });

  // A strength, by keyboard: the tag is gone once the note is in.
  await box.fill('Asked about read/write ratio first');
  await box.press('Alt+1');
  await expect(tagButton(partner, 'Strength')).toHaveAttribute('aria-pressed', 'true');
  await box.press('Enter');
  await expect(written(partner, 'read/write ratio')).toContainText('Strength');
  await expect(box).toHaveValue('');
  for (const name of ['Strength', 'Concern', 'Question'] as const) await expect(tagButton(partner, name)).toHaveAttribute('aria-pressed', 'false');

  // The next note, untagged, is saved without a tag.
  await box.fill('Drew the cache before the database');
  await box.press('Enter');
  await expect(written(partner, 'cache before')).toBeVisible();
  await expect(written(partner, 'cache before')).not.toContainText(/Strength|Concern|Question/);

  // Alt+1 then Alt+2: the second key changes the tag, it does not add one.
  await box.fill('Skipped the failure modes of the cache');
  await box.press('Alt+1');
  await box.press('Alt+2');
  await expect(tagButton(partner, 'Concern')).toHaveAttribute('aria-pressed', 'true');
  await expect(tagButton(partner, 'Strength')).toHaveAttribute('aria-pressed', 'false');
  // The same key again takes it off.
  await box.press('Alt+2');
  await expect(tagButton(partner, 'Concern')).toHaveAttribute('aria-pressed', 'false');
  await box.press('Alt+2');
  await box.press('Enter');
  const concern = written(partner, 'failure modes');
  await expect(concern).toContainText('Concern');
  await expect(concern).not.toContainText('Strength');

  // Pinned, a tag stays for the notes after it until it is unpinned.
  await tagButton(partner, 'Question').click();
  await partner.getByRole('checkbox', { name: 'Keep the tag for the next notes' }).check();
  await box.fill('Why a relational store?');
  await box.press('Enter');
  await expect(written(partner, 'relational store')).toContainText('Question');
  await expect(tagButton(partner, 'Question')).toHaveAttribute('aria-pressed', 'true');
  await box.fill('Why base62?');
  await box.press('Enter');
  await expect(written(partner, 'base62')).toContainText('Question');
  await mkdir(SCREENS_DIR, { recursive: true });
  await partner.getByRole('region', { name: 'Your notes' }).screenshot({ path: screenPath('console-notes-pinned') });
  await partner.getByRole('checkbox', { name: 'Keep the tag for the next notes' }).uncheck();
  await box.fill('Estimated storage for five years');
  await box.press('Enter');
  await expect(written(partner, 'five years')).toContainText('Question');
  await expect(tagButton(partner, 'Question')).toHaveAttribute('aria-pressed', 'false');

  // What the log holds is what the console showed.
  const own = await partner.evaluate(
    async (sessionId) =>
      (await (await fetch('/console/api/console.open', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: sessionId }) })).json()) as {
        value: { own: { notes: { text: string; tags: string[] }[] } };
      },
    id,
  );
  expect(own.value.own.notes.map((n) => [n.text, n.tags])).toEqual([
    ['Asked about read/write ratio first', ['strength']],
    ['Drew the cache before the database', []],
    ['Skipped the failure modes of the cache', ['concern']],
    ['Why a relational store?', ['question']],
    ['Why base62?', ['question']],
    ['Estimated storage for five years', ['question']],
  ]);
});
