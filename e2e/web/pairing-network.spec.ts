import type { Locator, Page } from '@playwright/test';
import { chooseRadio, expect, expectClean, openApp, screenshot, shippedPrompts, test, watchPage } from '../fixtures';

// A partner on another computer (issue 25). The candidate turns the invite on and picks an
// address; a second browser, with a context of its own (tests may only use 127.0.0.1, so it
// stands in for the other machine), opens the invite link over HTTPS, joins with the one-time
// code and runs the console. A third browser with the same link is refused, and the candidate
// sees that someone tried. What the partner sends reaches the candidate; the hidden facts do not.

const SESSION_URL = /#\/session\/(s-[0-9a-z-]+)$/;
const HINT = 'Think about what happens when one link goes viral.';
const NOTE = 'Asked about expiry before drawing anything';

const radioGroup = (scope: Page | Locator, name: string) => scope.getByRole('radiogroup', { name, exact: true });
const feed = (page: Page) => page.getByRole('region', { name: 'From your interviewer' });

test('a partner on another computer joins with the one-time code, runs the console over HTTPS, and a second claimant is refused and shown', async ({ page, host, browser }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);
  const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;
  await page.locator('a.prompt-card', { hasText: prompt.title }).click();
  await chooseRadio(radioGroup(page, 'Who is interviewing?'), 'A partner (paired)');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(SESSION_URL);
  const id = SESSION_URL.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // Off until the candidate turns it on.
  const invite = page.getByRole('region', { name: 'Partner on another computer' });
  const toggle = invite.getByRole('switch', { name: /Invite a partner over the network/ });
  await expect(toggle).not.toBeChecked();
  await invite.locator('label.switch').click();
  await invite.getByRole('combobox', { name: 'Listen on' }).selectOption('127.0.0.1');
  await invite.getByRole('button', { name: 'Make the invite link' }).click();
  await expect(invite.getByText('Waiting for your partner.')).toBeVisible();
  const link = (await invite.locator('.invite-url').innerText()).trim();
  const code = (await invite.locator('.invite-code').innerText()).trim();
  const fingerprint = (await invite.locator('.invite-fingerprint').innerText()).trim();
  expect(link).toMatch(new RegExp(`^https://127\\.0\\.0\\.1:\\d+/pair\\?code=${code}$`));
  expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await expect(invite.getByRole('img', { name: /QR code of the invite link/ })).toBeVisible();
  await screenshot(page, 'pairing-network-invite', { scrollTo: invite });

  // The partner's browser: its own context, which accepts the session's self-signed certificate.
  const partnerContext = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  const strangerContext = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const partner = await partnerContext.newPage();
    const partnerWatch = await watchPage(partner);
    expect((await partner.goto(link))?.status()).toBe(200);
    await expect(partner.getByRole('heading', { name: 'Join as the interviewer' })).toBeVisible();
    await expect(partner.getByRole('textbox', { name: 'Pairing code' })).toHaveValue(code);
    await partner.getByRole('button', { name: 'Join the interview' }).click();
    await expect(partner).toHaveURL(new RegExp(`/console/#/console/${id}$`));
    await expect(partner.getByRole('heading', { name: 'Interviewer console' })).toBeVisible();
    const cookies = await partnerContext.cookies();
    expect(cookies).toEqual([expect.objectContaining({ name: expect.stringMatching(/^designdrill_partner_\d+$/), httpOnly: true, secure: true, sameSite: 'Strict' })]);
    await expect(invite.getByText(/Your partner joined from 127\.0\.0\.1/)).toBeVisible();

    // A second browser with the same link and code is refused, and the candidate is told.
    const stranger = await strangerContext.newPage();
    await stranger.goto(link);
    await stranger.getByRole('button', { name: 'Join the interview' }).click();
    await expect(stranger.getByRole('heading', { name: 'You could not join this interview' })).toBeVisible();
    await expect(stranger.getByText(/already been used/)).toBeVisible();
    expect(await strangerContext.cookies()).toEqual([]);
    await expect(invite.getByRole('alert')).toContainText('Someone else tried to join');
    await expect(invite.getByRole('alert')).toContainText('tried the code after your partner had joined');
    await screenshot(page, 'pairing-network-joined', { scrollTo: invite });

    // The partner drives the console; the candidate sees each within a few seconds.
    await partner.getByRole('button', { name: 'Send scripted answer 1', exact: true }).click();
    await expect(feed(page).getByText(prompt.answers[0]!).first()).toBeVisible({ timeout: 5_000 });
    await partner.getByRole('textbox', { name: 'Hint or nudge' }).fill(HINT);
    await partner.getByRole('button', { name: 'Send hint' }).click();
    await expect(feed(page).getByText(HINT).first()).toBeVisible({ timeout: 5_000 });
    await partner.getByRole('button', { name: 'Spring curveball 1', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Changed requirement' }).getByText(prompt.curveballs[0]!)).toBeVisible({ timeout: 5_000 });
    const noteBox = partner.getByRole('textbox', { name: 'Interviewer note' });
    await noteBox.fill(NOTE);
    await noteBox.press('Enter');
    await expect(partner.getByRole('listitem').filter({ hasText: NOTE })).toBeVisible();
    await chooseRadio(radioGroup(partner, 'Scope'), '4');
    await screenshot(partner, 'pairing-network-console', { fullPage: true });

    // The candidate's page shows what was sent and none of what was not: later answers, unsprung curveballs, the note.
    const candidateText = await page.locator('body').innerText();
    for (const hidden of [...prompt.answers.slice(1), ...prompt.curveballs.slice(1), NOTE]) expect(candidateText, hidden).not.toContain(hidden);

    // A reload keeps the partner signed in (the cookie), and the console holds the note and the score.
    await partner.reload();
    await expect(partner.getByRole('listitem').filter({ hasText: NOTE })).toBeVisible();
    await expect(radioGroup(partner, 'Scope').getByRole('radio', { name: '4', exact: true })).toBeChecked();

    // Up to here the partner's page stayed on 127.0.0.1 and logged no error.
    expectClean(partnerWatch);

    // Turning it off closes the address: the partner's next load finds nothing there.
    await invite.locator('label.switch').click();
    await expect(invite.getByText(/You turned the invite off/)).toBeVisible();
    await expect(toggle).not.toBeChecked();
    await expect(partner.goto(link)).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
  } finally {
    await partnerContext.close();
    await strangerContext.close();
  }
});
