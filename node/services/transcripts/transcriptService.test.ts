import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/bridge/contract';
import { samplePlan } from '../../../shared/session/testing/samplePlan';
import { TranscriptFile } from '../../../shared/voice/transcript';
import { useServices } from '../testing/useServices';
import { useTempDirs } from '../testing/tempDir';
import { pocketSphinxEngine } from './engines';
import { placeSegments } from './transcriptService';
import { transcriptPath } from './transcriptFile';

const tempDir = useTempDirs();
const services = useServices();

/**
 * A stand-in for `pocketsphinx_continuous`: keeps a copy of the WAV it was given, prints timed
 * word lines as the real one does, and with `slow` in its folder waits until it is killed.
 */
const FAKE_POCKETSPHINX = `#!/bin/sh
dir=$(dirname "$0")
while [ $# -gt 0 ]; do [ "$1" = "-infile" ] && wav="$2"; shift; done
n=$(ls "$dir"/got-*.wav 2>/dev/null | wc -l)
cp "$wav" "$dir/got-$n.wav"
echo "<s> 0.000 0.100 1.000"
echo "we 0.120 0.300 0.900"
echo "need 0.300 0.600 0.900"
echo "caching 0.600 0.900 0.800"
if [ -e "$dir/slow" ]; then exec sleep 30; fi
echo "</s> 0.900 1.000 1.000"
echo "late 5.000 9.500 0.500"
`;

/** A fake engine on a fake model folder, both in a temporary folder, and services that use it. */
async function withFakeEngine(options: { slow?: boolean } = {}) {
  const bin = await tempDir();
  const program = join(bin, 'pocketsphinx_continuous');
  await writeFile(program, FAKE_POCKETSPHINX);
  await chmod(program, 0o755);
  if (options.slow) await writeFile(join(bin, 'slow'), '');
  const model = join(bin, 'model');
  await mkdir(join(model, 'en-us'), { recursive: true });
  await writeFile(join(model, 'en-us.lm.bin'), '');
  await writeFile(join(model, 'cmudict-en-us.dict'), '');
  const dataDir = await tempDir();
  const s = await services.launch(dataDir, { transcriptEngines: () => [pocketSphinxEngine({ program, modelDir: model })] });
  const progress: EventPayload<'transcript.progress'>[] = [];
  s.events.subscribe((event, payload) => {
    if (event === 'transcript.progress') progress.push(payload as EventPayload<'transcript.progress'>);
  });
  return { bin, dataDir, h: s.handlers, progress };
}

/** An ended session of two recorded runs: the first at 40 ms, the second at 3 s of the session clock. */
async function recorded(h: Awaited<ReturnType<typeof withFakeEngine>>['h'], options: { end?: boolean } = {}) {
  await h['plan.save']({ plan: { ...samplePlan, id: 'transcribed', builtin: false } });
  const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'transcribed', mode: 'solo', level: 'senior' });
  await h['session.append']({ id, command: { type: 'start' } });
  await h['audio.append']({ id, seq: 0, startT: 40, mime: 'audio/webm', data: Buffer.from('run one').toString('base64') });
  await h['audio.append']({ id, seq: 0, startT: 3_000, mime: 'audio/webm', data: Buffer.from('run two').toString('base64') });
  if (options.end !== false) await h['session.append']({ id, command: { type: 'end' } });
  return id;
}

/** `ms` of 16 kHz 16-bit silence, base64, as the window sends a decoded run. */
const pcm = (ms: number) => Buffer.alloc(ms * 32).toString('base64');

async function until<T>(read: () => T | undefined): Promise<T> {
  for (let i = 0; i < 500; i += 1) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out waiting');
}

describe('transcripts of a recorded session', () => {
  it('names the engine it would use, and says why one is missing and how to install it', async () => {
    const { h } = await withFakeEngine();
    expect(await h['transcript.engines']({})).toEqual({ engines: [{ id: 'pocketsphinx', name: 'PocketSphinx', available: true }], use: 'pocketsphinx' });
    const dataDir = await tempDir();
    const none = (await services.launch(dataDir, { transcriptEngines: () => [pocketSphinxEngine({ program: join(dataDir, 'absent') })] })).handlers;
    const { engines, use } = await none['transcript.engines']({});
    expect(use).toBeUndefined();
    expect(engines[0]).toMatchObject({ available: false, why: expect.stringContaining('not installed'), install: expect.stringContaining('apt-get install pocketsphinx') });
  });

  it('runs the engine on each run as a WAV, reports progress, and saves the segments on the session clock', async () => {
    const { bin, dataDir, h, progress } = await withFakeEngine();
    const id = await recorded(h);
    // Two pieces for the first run (2 s in all), one for the second (1.5 s).
    await h['transcript.audio']({ id, run: 1, seq: 0, pcm: pcm(1_000) });
    await h['transcript.audio']({ id, run: 1, seq: 1, pcm: pcm(1_000) });
    await h['transcript.audio']({ id, run: 2, seq: 0, pcm: pcm(1_500) });
    const { job } = await h['transcript.start']({ id });
    expect(job).toEqual({ state: 'running', engine: 'pocketsphinx', fraction: 0 });
    const done = await until(() => progress.find((p) => p.id === id && p.job.state !== 'running'));
    expect(done.job).toEqual({ state: 'done', engine: 'pocketsphinx', segments: 2 });
    const fractions = progress.filter((p) => p.job.state === 'running').map((p) => (p.job.state === 'running' ? p.job.fraction : -1));
    expect(fractions.length).toBeGreaterThan(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);

    // The engine got a proper 16 kHz mono WAV of each run, all its samples there.
    const wav = await readFile(join(bin, 'got-0.wav'));
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(16_000);
    expect(wav.readUInt16LE(22)).toBe(1);
    expect(wav.readUInt32LE(40)).toBe(64_000);
    expect(wav.length).toBe(44 + 64_000);

    // Words past a run's end (the fake's "late" at 5 s of a 2 s run) are cut; times carry the run's start.
    const saved = TranscriptFile.parse(JSON.parse(await readFile(transcriptPath(dataDir, id), 'utf8')));
    expect(saved.segments).toEqual([
      { start: 160, end: 940, text: 'we need caching' },
      { start: 3_120, end: 3_900, text: 'we need caching' },
    ]);
    expect((await h['transcript.get']({ id })).transcript).toEqual(saved);
  });

  it('is cancelled by killing the engine, keeping the transcript saved before', async () => {
    const { dataDir, h, progress } = await withFakeEngine({ slow: true });
    const id = await recorded(h);
    const before = { format: 'designdrill.transcript', version: 1, engine: 'whisper', createdAt: 1, segments: [{ start: 0, end: 10, text: 'kept' }] } as const;
    await writeFile(transcriptPath(dataDir, id), JSON.stringify(before));
    await h['transcript.audio']({ id, run: 1, seq: 0, pcm: pcm(1_000) });
    await h['transcript.audio']({ id, run: 2, seq: 0, pcm: pcm(1_000) });
    await h['transcript.start']({ id });
    await expect(h['transcript.start']({ id })).rejects.toThrow(/being transcribed already/);
    // Cancelled once the engine is under way (it printed its first words).
    await until(() => progress.find((p) => p.job.state === 'running' && p.job.fraction > 0));
    expect(await h['transcript.cancel']({ id })).toEqual({ cancelled: true });
    const end = await until(() => progress.find((p) => p.job.state !== 'running'));
    expect(end.job).toEqual({ state: 'cancelled', engine: 'pocketsphinx' });
    expect((await h['transcript.get']({ id })).transcript).toEqual(before);
  });

  it('refuses a session still running, a run it does not hold, pieces out of order, and a start before every run was sent', async () => {
    const { h } = await withFakeEngine();
    const open = await recorded(h, { end: false });
    await expect(h['transcript.audio']({ id: open, run: 1, seq: 0, pcm: pcm(10) })).rejects.toThrow(/has not ended/);
    const id = await recorded(h);
    await expect(h['transcript.audio']({ id, run: 7, seq: 0, pcm: pcm(10) })).rejects.toThrow(/no recorded run 7/);
    await h['transcript.audio']({ id, run: 1, seq: 0, pcm: pcm(10) });
    await expect(h['transcript.audio']({ id, run: 1, seq: 2, pcm: pcm(10) })).rejects.toThrow(/expects piece 1 next, not 2/);
    await expect(h['transcript.start']({ id })).rejects.toThrow(/run 2 was not sent/);
  });

  it('travels in the session bundle and is taken back by the import', async () => {
    const { dataDir, h } = await withFakeEngine();
    const id = await recorded(h);
    const transcript = { format: 'designdrill.transcript', version: 1, engine: 'pocketsphinx', createdAt: 5, segments: [{ start: 100, end: 900, text: 'a cache in front' }] } as const;
    await writeFile(transcriptPath(dataDir, id), JSON.stringify(transcript));
    const { content } = await h['session.exportBundle']({ id });
    expect(JSON.parse(content!).transcript).toEqual(transcript);
    const elsewhere = (await services.launch(await tempDir())).handlers;
    const imported = await elsewhere['session.importBundle']({ name: 'voice.designdrill.json', content: content! });
    expect((await elsewhere['transcript.get']({ id: imported.id })).transcript).toEqual(transcript);
  });

  it('says which file and field are wrong when transcript.json is damaged', async () => {
    const { dataDir, h } = await withFakeEngine();
    const id = await recorded(h);
    await writeFile(transcriptPath(dataDir, id), JSON.stringify({ format: 'designdrill.transcript', version: 1, engine: 'pocketsphinx', createdAt: 5, segments: [{ start: 9, end: 1, text: 'x' }] }));
    await expect(h['transcript.get']({ id })).rejects.toThrow(/transcript\.json is not a DesignDrill transcript: segments\.0\.end/);
  });
});

describe('placing a run’s segments on the session clock', () => {
  it('adds the run’s start, clamps to its length and cuts at the next run', () => {
    const segments = [
      { start: 0, end: 400, text: 'one' },
      { start: 900, end: 1_600, text: 'two' },
      { start: 2_500, end: 2_600, text: 'past' },
    ];
    expect(placeSegments(segments, { startT: 1_000, durationMs: 2_000, nextStartT: 2_500 })).toEqual([
      { start: 1_000, end: 1_400, text: 'one' },
      { start: 1_900, end: 2_500, text: 'two' },
    ]);
  });
});
