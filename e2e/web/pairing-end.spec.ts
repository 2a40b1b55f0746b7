import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { CRITERIA } from '../../shared/rubric/table';
import { bridge, expect, openApp, openConsole, SCREENS_DIR, screenPath, test, type WebHost } from '../fixtures';

// The end of a paired session from both sides: the console leads the partner to the report
// (theirs to see once the session is over), and the candidate's blind self-assessment says
// truly whether the partner has scored yet, without showing a single score.

const NOTE = 'Asked about custom aliases before anything else';

/** A started paired session with its console open in `partner`. */
async function pairedSession(page: Page, partner: Page, host: WebHost): Promise<string> {
  await openApp(page, host);
  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', level: 'senior', mode: 'paired' });
  await bridge(page, 'session.append', { id, command: { type: 'start' } });
  await page.goto(`${host.origin}/#/session/${id}`);
  await openConsole(page, partner);
  return id;
}

/** The console's own call, with the console's cookie, as its page makes it. */
async function consoleAct(partner: Page, id: string, command: unknown): Promise<void> {
  const envelope = await partner.evaluate(
    async (body) =>
      (await (await fetch('/console/api/console.act', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json()) as {
        ok: boolean;
        error?: unknown;
      },
    { id, command },
  );
  if (!envelope.ok) throw new Error(`console.act failed: ${JSON.stringify(envelope.error)}`);
}

async function endFromCandidate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { name: 'Score yourself' })).toBeVisible();
}

test('once the session ends the console leads to the report, which shows the candidate’s scores once they are given', async ({ page, partner, host }) => {
  test.setTimeout(180_000);
  for (const p of [page, partner]) await p.setViewportSize({ width: 1280, height: 900 });
  await host.start();
  const id = await pairedSession(page, partner, host);
  await consoleAct(partner, id, { type: 'score', criterion: 'scope', score: 3 });
  await consoleAct(partner, id, { type: 'note', id: 'n-1', text: NOTE, tags: ['strength'] });
  // Nothing to open while the session runs.
  await expect(partner.getByRole('link', { name: 'See the report' })).toHaveCount(0);

  await endFromCandidate(page);
  const toReport = partner.getByRole('link', { name: 'See the report' });
  await expect(toReport).toBeVisible();
  await mkdir(SCREENS_DIR, { recursive: true });
  await partner.screenshot({ path: screenPath('console-ended') });
  await toReport.click();
  await expect(partner).toHaveURL(new RegExp(`/console/#/console/${id}/report$`));
  await expect(partner.getByRole('heading', { level: 1, name: 'Design a URL Shortener' })).toBeVisible();
  const table = partner.getByRole('table', { name: 'Scores side by side' });
  await expect(table.getByRole('columnheader')).toHaveText(['Criterion', 'Candidate', 'You', 'Automatic']);
  await expect(table.getByRole('row').filter({ hasText: 'Scope' }).getByRole('cell')).toHaveText(['—', '3', /^[0-4]$/]);
  await expect(partner.getByText('The candidate has not scored themselves yet')).toBeVisible();
  const notes = partner.getByRole('region', { name: 'Your notes' });
  await expect(notes.getByRole('listitem').filter({ hasText: NOTE })).toContainText('Strength');
  // The candidate's own actions are not offered to the partner.
  await expect(partner.getByRole('button', { name: 'Export design doc' })).toHaveCount(0);
  await expect(partner.getByRole('link', { name: 'Replay the session' })).toHaveCount(0);
  await partner.screenshot({ path: screenPath('console-report-waiting'), fullPage: true });

  // The candidate, meanwhile, still sees no score of anyone's until they give theirs.
  await expect(page.getByRole('table', { name: 'Scores side by side' })).toHaveCount(0);
  await expect(page.getByText(NOTE)).toHaveCount(0);
  // Their scores, sent as the self-assessment's Submit sends them (its form is self-assessment.spec.ts's).
  await bridge(page, 'session.selfAssess', { id, scores: Object.fromEntries(CRITERIA.map((c) => [c.id, 1])) });

  // The partner's report takes the candidate's scores as they arrive.
  await expect(table.getByRole('row').filter({ hasText: 'Scope' }).getByRole('cell')).toHaveText(['1', '3', /^[0-4]$/]);
  await expect(partner.getByText('The candidate has not scored themselves yet')).toHaveCount(0);
  await partner.getByRole('link', { name: 'Back to the console' }).click();
  await expect(partner.getByRole('heading', { name: 'Partner console' })).toBeVisible();
  await expect(partner.getByText(/beside their own scores/)).toBeVisible();
});

test('the self-assessment says the partner has not scored yet until they have, then how many criteria, never which scores', async ({ page, partner, host }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await host.start();
  const id = await pairedSession(page, partner, host);
  await endFromCandidate(page);
  const intro = page.locator('.self-intro');
  await expect(intro).toContainText('Your partner has not scored you yet');
  await expect(intro).not.toContainText('scored you too');
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.locator('.self-assessment').screenshot({ path: screenPath('self-assessment-partner-not-yet') });

  // The partner scores from the console while the candidate is on this screen.
  await consoleAct(partner, id, { type: 'score', criterion: 'scope', score: 4 });
  await consoleAct(partner, id, { type: 'score', criterion: 'api', score: 2 });
  await expect(intro).toContainText(`Your partner has scored you on 2 of ${CRITERIA.length} criteria`);
  await expect(page.getByRole('table', { name: 'Scores side by side' })).toHaveCount(0);

  // Read afresh, as after a reload.
  await page.reload();
  await expect(page.locator('.self-intro')).toContainText(`Your partner has scored you on 2 of ${CRITERIA.length} criteria`);
});
