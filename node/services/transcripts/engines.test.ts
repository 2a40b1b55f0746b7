import { execFileSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testing/tempDir';
import { findProgram, parsePocketSphinx, pocketSphinxEngine, whisperEngine } from './engines';

const tempDir = useTempDirs();

/** The voice spec's script (e2e/web/voice.spec.ts), its sentences spoken with pauses between them. */
const SCRIPT = [
  'First, who uses this and how much?',
  'Say a hundred million new links a month, and reads far ahead of writes.',
  'So the read path gets a cache, and the codes come from a counter split into ranges.',
];
const wordsOf = (text: string) => text.toLowerCase().replace(/[^a-z' ]/g, ' ').split(/\s+/).filter(Boolean);

/** Word error rate: word-level edit distance over the reference's length. */
function wordErrorRate(reference: string[], heard: string[]): number {
  let row = Array.from({ length: heard.length + 1 }, (_, j) => j);
  for (let i = 1; i <= reference.length; i++) {
    const next = [i];
    for (let j = 1; j <= heard.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (reference[i - 1] === heard[j - 1] ? 0 : 1));
    row = next;
  }
  return row[heard.length]! / reference.length;
}

describe('parsePocketSphinx', () => {
  it('groups the timed words into segments at sentence ends and pauses, dropping fillers and alternate marks', () => {
    const out = ['<s> 0.000 0.120 1.000', 'first 0.130 0.500 0.900', 'who(2) 0.520 0.800 0.800', '<sil> 0.810 1.600 1.000', 'say 1.610 1.900 0.700', '</s> 1.900 2.000 1.000', 'INFO: ignored'].join('\n');
    expect(parsePocketSphinx(out)).toEqual([
      { start: 130, end: 800, text: 'first who' },
      { start: 1610, end: 1900, text: 'say' },
    ]);
  });
});

describe('the PocketSphinx engine', () => {
  it('says what is missing and how to install it', async () => {
    const status = await pocketSphinxEngine({ modelDir: '/nonexistent/model' }).detect();
    expect(status).toMatchObject({ available: false, install: expect.stringContaining('apt-get install pocketsphinx pocketsphinx-en-us') });
  });

  // Another model folder (e.g. a pocketsphinx-en-us package unpacked with dpkg -x) may be named here.
  const engine = pocketSphinxEngine(process.env.POCKETSPHINX_MODEL_DIR ? { modelDir: process.env.POCKETSPHINX_MODEL_DIR } : {});
  it('transcribes the spoken script end to end', async (context) => {
    const status = await engine.detect();
    const espeak = await findProgram('espeak-ng');
    if (!status.available || !espeak || !(await findProgram('sox'))) {
      const why = !status.available ? `PocketSphinx: ${status.why}` : 'espeak-ng and sox are needed to speak the script';
      console.warn(`skipped: ${why} (CI installs them in .ci/run)`);
      context.skip();
      return;
    }
    const dir = await tempDir();
    const raw = join(dir, 'raw.wav');
    const wav = join(dir, 'script.wav');
    execFileSync('espeak-ng', ['-m', '-s', '150', '-w', raw, `<speak>${SCRIPT.join(' <break time="1200ms"/> ')}</speak>`]);
    execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', wav]);
    const durationMs = Number(execFileSync('soxi', ['-D', wav], { encoding: 'utf8' })) * 1000;
    const progress: number[] = [];
    const segments = await engine.transcribe(wav, { durationMs, onProgress: (f) => progress.push(f) });
    const heard = segments.flatMap((s) => wordsOf(s.text));
    const reference = wordsOf(SCRIPT.join(' '));
    console.log(`pocketsphinx heard: "${heard.join(' ')}" (word error rate ${(wordErrorRate(reference, heard) * 100).toFixed(0)}% on synthetic speech)`);
    expect(segments.length).toBeGreaterThan(0);
    for (const s of segments) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(durationMs + 100);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
    }
    // Its US English model hears espeak's voice poorly: a few of the script's words are what it gets.
    expect(new Set(heard.filter((w) => reference.includes(w) && w.length > 1)).size).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toBe(1);
  }, 120_000);
});

describe('the whisper.cpp engine', () => {
  it('says what is missing and how to install it when nothing is set', async () => {
    expect(await whisperEngine({ program: undefined, model: undefined }).detect()).toMatchObject({ available: false, why: 'no whisper-cli program is set', install: expect.stringContaining('whisper.cpp') });
  });

  /**
   * whisper-cli is not installed here (no Debian package): this faked command line stands in for
   * it, taking the same options and writing the same JSON, so what is tested is the engine's side
   * (arguments, progress, the output file, cancelling), not whisper's hearing.
   */
  async function fakeWhisper(dir: string, sleepMs = 0): Promise<string> {
    const program = join(dir, 'whisper-cli');
    await writeFile(
      program,
      `#!/usr/bin/env node
const args = process.argv.slice(2);
const at = (flag) => args[args.indexOf(flag) + 1];
if (!args.includes('-oj') || !at('-m') || !at('-f')) { console.error('usage: whisper-cli -m MODEL -f WAV -oj -of BASE'); process.exit(2); }
console.error('whisper_print_progress_callback: progress =  50%');
setTimeout(() => {
  require('fs').writeFileSync(at('-of') + '.json', JSON.stringify({ transcription: [
    { offsets: { from: 0, to: 2100 }, text: ' First, who uses this and how much?' },
    { offsets: { from: 3300, to: 7000 }, text: ' We need p99 under 200 milliseconds.' },
    { offsets: { from: 7000, to: 7000 }, text: ' ' },
  ] }));
  console.error('whisper_print_progress_callback: progress = 100%');
}, ${sleepMs});
`,
    );
    await chmod(program, 0o755);
    return program;
  }

  it('runs whisper-cli on the WAV and reads its timed segments (faked command line: whisper-cli is absent here)', async () => {
    const real = await findProgram('whisper-cli');
    console.log(real ? `whisper-cli found at ${real}, but this test uses the faked one so it needs no model` : 'whisper-cli is not installed here: testing against a faked command line');
    const dir = await tempDir();
    const model = join(dir, 'ggml-base.en.bin');
    await writeFile(model, 'model');
    const engine = whisperEngine({ program: await fakeWhisper(dir), model });
    expect(await engine.detect()).toEqual({ available: true });
    const progress: number[] = [];
    const segments = await engine.transcribe(join(dir, 'any.wav'), { durationMs: 7000, onProgress: (f) => progress.push(f) });
    expect(segments).toEqual([
      { start: 0, end: 2100, text: 'First, who uses this and how much?' },
      { start: 3300, end: 7000, text: 'We need p99 under 200 milliseconds.' },
    ]);
    expect(progress).toEqual([0.5, 1, 1]);
  });

  it('stops the child process when cancelled', async () => {
    const dir = await tempDir();
    const model = join(dir, 'model.bin');
    await writeFile(model, 'model');
    const engine = whisperEngine({ program: await fakeWhisper(dir, 30_000), model });
    const controller = new AbortController();
    const started = Date.now();
    const done = engine.transcribe(join(dir, 'any.wav'), { durationMs: 1000, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(done).rejects.toThrow('the transcript was cancelled');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
