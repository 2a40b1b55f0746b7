import { bridge, expect, openApp, screenPath, test } from '../fixtures';
import { cannotSpeak, fakeMicrophone } from './voiceScript';

// A recorded session transcribed by the engine installed here: espeak's script through the
// fake microphone, the end starting the transcript by itself, its progress in the report, and
// the transcript's words at the playhead of the replay, found by its search.

test.use(fakeMicrophone);

type Engines = { engines: { name: string; available: boolean; why?: string }[]; use?: string };
type Transcript = { transcript?: { segments: { start: number; end: number; text: string }[] } };

test('a recorded session is transcribed when it ends; the report shows the progress, the replay the words', async ({ page, host }) => {
  test.skip(cannotSpeak !== undefined, cannotSpeak);
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1360, height: 900 });
  await host.start();
  await openApp(page, host);
  const engines = await bridge<Engines>(page, 'transcript.engines', {});
  const none = engines.use === undefined ? `no transcript engine is installed here: ${engines.engines.map((e) => `${e.name} (${e.why})`).join(', ')}` : undefined;
  if (none) console.log(`voice-transcript: skipped, ${none}`);
  test.skip(none !== undefined, none);

  // The settings list the engine found.
  await page.goto(`${host.origin}/#/settings`);
  await expect(page.getByRole('radio', { name: /PocketSphinx|whisper/ }).first()).toBeVisible();
  await page.locator('.transcript-settings').screenshot({ path: screenPath('voice-transcript-settings') });

  await page.goto(`${host.origin}/#/`);
  await page.locator('a.prompt-card', { hasText: 'URL shortener' }).first().click();
  const record = page.getByRole('switch', { name: /Record my voice/ });
  await page.locator('label', { has: record }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(/#\/session\/(s-[^/]+)$/);
  const id = /#\/session\/(s-[^/]+)$/.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recording your voice' })).toBeVisible();
  // The script lasts about 12 s: recorded until the first run holds that much (32 kbit/s is 4 KB a second).
  await expect.poll(async () => (await bridge<{ runs: { bytes: number }[] }>(page, 'audio.list', { id })).runs[0]?.bytes ?? 0, { timeout: 60_000 }).toBeGreaterThan(48_000);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();

  // Started by the end; the report shows it working (or already done on a quick machine), then its result.
  await page.goto(`${host.origin}/#/session/${id}/report`);
  const card = page.locator('.transcript-card');
  await expect(card).toBeVisible({ timeout: 60_000 });
  await expect(card.getByText(/Preparing the recording|Transcribing|stretch(es)? of speech transcribed/)).toBeVisible();
  await expect(card.getByText(/stretch(es)? of speech transcribed/)).toBeVisible({ timeout: 120_000 });
  await card.screenshot({ path: screenPath('voice-transcript-report') });
  const { transcript } = await bridge<Transcript>(page, 'transcript.get', { id });
  expect(transcript?.segments.length ?? 0).toBeGreaterThan(0);
  const first = transcript!.segments[0]!;
  console.log(`voice-transcript: ${transcript!.segments.length} segments: ${transcript!.segments.map((s) => `${s.start}-${s.end} "${s.text}"`).join(' | ')}`);

  // The replay shows the line said at the playhead and finds a word of it.
  await page.goto(`${host.origin}/#/session/${id}/replay/${first.start + 1}`);
  await expect(page.getByTestId('transcript-line')).toHaveText(`“${first.text}”`);
  const word = first.text.split(' ').sort((a, b) => b.length - a.length)[0]!;
  await page.getByLabel('Search the transcript').fill(word);
  await expect(page.getByRole('list', { name: 'Transcript hits' }).getByRole('listitem').first()).toContainText(word);
  await page.locator('.replay-transcript').screenshot({ path: screenPath('voice-transcript-replay') });
});
