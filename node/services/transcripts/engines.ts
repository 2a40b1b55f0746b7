import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { TranscriptSegment, type TranscriptEngineId } from '../../../shared/voice/transcript';

/**
 * Offline speech-to-text engines behind one interface (issue 23). Each runs as a child process
 * on a 16 kHz mono 16-bit WAV of one recording run, reports progress, stops when its signal
 * aborts, and gives segments in ms from the WAV's start (the caller adds the run's `startT`).
 * Nothing is downloaded: an engine is there when its program and model are on this machine.
 */
export type EngineStatus = { available: true } | { available: false; why: string; install: string };

export type TranscribeOptions = {
  /** The WAV's length in ms, so progress can be told for engines that do not report it. */
  durationMs: number;
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
};

export type TranscriptEngine = {
  id: TranscriptEngineId;
  name: string;
  detect(): Promise<EngineStatus>;
  transcribe(wav: string, options: TranscribeOptions): Promise<TranscriptSegment[]>;
};

async function isFile(path: string, mode = constants.R_OK): Promise<boolean> {
  return access(path, mode).then(
    () => true,
    () => false,
  );
}

/** A program on PATH (or a path to one), as the shell would find it. */
export async function findProgram(name: string, path = process.env.PATH ?? ''): Promise<string | undefined> {
  if (name.includes('/')) return (await isFile(name, constants.X_OK)) ? name : undefined;
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (await isFile(candidate, constants.X_OK)) return candidate;
  }
  return undefined;
}

/** Runs `program`, gathering its output; `onLine` sees stdout and stderr line by line. Rejects on a non-zero exit or an abort. */
function run(program: string, args: string[], options: { signal?: AbortSignal; onLine?(line: string): void }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(options.signal ? { signal: options.signal } : {}) });
    let out = '';
    let err = '';
    const lines = (chunk: string, rest: { text: string }) => {
      rest.text += chunk;
      const parts = rest.text.split('\n');
      rest.text = parts.pop()!;
      for (const line of parts) options.onLine?.(line);
    };
    const outRest = { text: '' };
    const errRest = { text: '' };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      lines(chunk, outRest);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err = (err + chunk).slice(-4_000);
      lines(chunk, errRest);
    });
    child.on('error', (error) => reject(error.name === 'AbortError' ? new Error('the transcript was cancelled') : error));
    child.on('close', (code) => {
      if (options.signal?.aborted) reject(new Error('the transcript was cancelled'));
      else if (code === 0) resolve(out);
      else reject(new Error(`${program} stopped with exit code ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** Debian's pocketsphinx-en-us puts the US English model here. */
export const POCKETSPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const FILLER = /^(<s>|<\/s>|<sil>|\[.*\]|\(NULL\)|\+.*\+)$/i;
/** A pause this long between words starts a new segment. */
const SEGMENT_GAP_MS = 600;

/**
 * Word lines of `pocketsphinx_continuous -time yes` (`word start end probability`, seconds)
 * grouped into segments at fillers marking a sentence break and at pauses; alternates
 * pronunciations (`the(2)`) are read as the word.
 */
export function parsePocketSphinx(output: string): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  let words: string[] = [];
  let start = 0;
  let end = 0;
  const close = () => {
    if (words.length > 0) segments.push({ start, end, text: words.join(' ') });
    words = [];
  };
  for (const line of output.split('\n')) {
    const m = /^(\S+)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*$/.exec(line.trim());
    if (!m) continue;
    const word = m[1]!.replace(/\(\d+\)$/, '');
    const from = Math.round(Number(m[2]) * 1000);
    const to = Math.round(Number(m[3]) * 1000);
    if (FILLER.test(word)) {
      if (word === '</s>' || to - from >= SEGMENT_GAP_MS) close();
      continue;
    }
    if (words.length > 0 && from - end >= SEGMENT_GAP_MS) close();
    if (words.length === 0) start = from;
    words.push(word.toLowerCase());
    end = Math.max(end, to);
  }
  close();
  return segments;
}

export function pocketSphinxEngine(options: { modelDir?: string; program?: string } = {}): TranscriptEngine {
  const modelDir = options.modelDir ?? POCKETSPHINX_MODEL_DIR;
  const files = { hmm: join(modelDir, 'en-us'), lm: join(modelDir, 'en-us.lm.bin'), dict: join(modelDir, 'cmudict-en-us.dict') };
  const install = 'On Debian or Ubuntu: sudo apt-get install pocketsphinx pocketsphinx-en-us';
  return {
    id: 'pocketsphinx',
    name: 'PocketSphinx',
    async detect() {
      if (!(await findProgram(options.program ?? 'pocketsphinx_continuous'))) return { available: false, why: 'pocketsphinx_continuous is not installed', install };
      for (const path of Object.values(files)) {
        if (!(await isFile(path))) return { available: false, why: `its US English model is missing (${path})`, install };
      }
      return { available: true };
    },
    async transcribe(wav, { durationMs, onProgress, signal }) {
      const program = (await findProgram(options.program ?? 'pocketsphinx_continuous')) ?? 'pocketsphinx_continuous';
      const args = ['-infile', wav, '-time', 'yes', '-hmm', files.hmm, '-lm', files.lm, '-dict', files.dict, '-logfn', '/dev/null'];
      // It prints each word as it decodes: progress is how far into the audio the last word ends.
      const out = await run(program, args, {
        ...(signal ? { signal } : {}),
        onLine: (line) => {
          const m = /\s(\d+(?:\.\d+)?)\s+-?\d+(?:\.\d+)?\s*$/.exec(line);
          if (m && durationMs > 0) onProgress?.(Math.min(1, (Number(m[1]) * 1000) / durationMs));
        },
      });
      onProgress?.(1);
      return parsePocketSphinx(out);
    },
  };
}

/** `whisper-cli -oj` output: `transcription[].offsets` in ms and the text. */
function parseWhisperJson(text: string): TranscriptSegment[] {
  const parsed = JSON.parse(text) as { transcription?: { offsets?: { from?: number; to?: number }; text?: string }[] };
  if (!Array.isArray(parsed.transcription)) throw new Error('whisper-cli wrote no "transcription" list');
  return parsed.transcription.flatMap((s) => {
    const words = (s.text ?? '').trim();
    const from = s.offsets?.from;
    const to = s.offsets?.to;
    if (!words || typeof from !== 'number' || typeof to !== 'number') return [];
    return [TranscriptSegment.parse({ start: Math.round(from), end: Math.max(Math.round(from), Math.round(to)), text: words })];
  });
}

/** whisper.cpp's `whisper-cli` with a model file the person downloaded, both named in settings. */
export function whisperEngine(options: { program: string | undefined; model: string | undefined }): TranscriptEngine {
  const install =
    'Build whisper.cpp (github.com/ggml-org/whisper.cpp), download a model such as ggml-base.en.bin, then name the whisper-cli program and the model file in Settings';
  return {
    id: 'whisper',
    name: 'whisper.cpp',
    async detect() {
      if (!options.program) return { available: false, why: 'no whisper-cli program is set', install };
      if (!(await findProgram(options.program))) return { available: false, why: `${options.program} is not a program this app can run`, install };
      if (!options.model) return { available: false, why: 'no whisper model file is set', install };
      if (!(await isFile(options.model))) return { available: false, why: `the model file ${options.model} cannot be read`, install };
      return { available: true };
    },
    async transcribe(wav, { onProgress, signal }) {
      const dir = await mkdtemp(join(tmpdir(), 'designdrill-whisper-'));
      try {
        const base = join(dir, 'out');
        await run(options.program!, ['-m', options.model!, '-f', wav, '-oj', '-of', base, '-pp', '-np'], {
          ...(signal ? { signal } : {}),
          onLine: (line) => {
            const m = /progress\s*=\s*(\d+)%/.exec(line);
            if (m) onProgress?.(Number(m[1]) / 100);
          },
        });
        onProgress?.(1);
        return parseWhisperJson(await readFile(`${base}.json`, 'utf8'));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
