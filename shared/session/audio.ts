import { z } from 'zod';

/**
 * The candidate's recorded voice as files beside the log (docs/decisions/0009-audio-chunks.md):
 * each recording run is one file that decodes alone, named for its order and the session time
 * it began at, so a crash mid-run loses only the chunk on its way and the next run goes on.
 */

/** The largest chunk the bridge takes: a second of Opus is a few kilobytes, so this is generous. */
export const AUDIO_CHUNK_MAX_BYTES = 256 * 1024;

/**
 * The most audio one session keeps (all its runs): about 2.8 hours at 32 kbit/s, and small
 * enough that an export carrying it (base64, a third larger) stays under the import's 60 MB.
 */
export const AUDIO_SESSION_MAX_BYTES = 40 * 1024 * 1024;

export const AudioMime = z.enum(['audio/webm', 'audio/ogg']);
export type AudioMime = z.infer<typeof AudioMime>;

export const AudioRunNumber = z.number().int().min(1).max(9_999);

/** Base64 of at most AUDIO_CHUNK_MAX_BYTES bytes. */
export const AudioChunkData = z
  .string()
  .min(4)
  .max(Math.ceil(AUDIO_CHUNK_MAX_BYTES / 3) * 4, `a chunk of audio is at most ${AUDIO_CHUNK_MAX_BYTES / 1024} KiB`)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64');

/** One recording run as the replay lists it. */
export const AudioRun = z.object({
  run: AudioRunNumber,
  /** Session clock (ms) when the run began: its first sound plays at this moment of the replay. */
  startT: z.number().int().nonnegative(),
  mime: AudioMime,
  bytes: z.number().int().nonnegative(),
});
export type AudioRun = z.infer<typeof AudioRun>;

const EXTENSIONS: Record<AudioMime, string> = { 'audio/webm': 'webm', 'audio/ogg': 'ogg' };

/** `run-0001-t000012345.webm`: sorted by name is sorted by run. */
export function audioFileName(run: number, startT: number, mime: AudioMime): string {
  return `run-${String(run).padStart(4, '0')}-t${String(startT).padStart(9, '0')}.${EXTENSIONS[mime]}`;
}

/** The run a file of the audio folder holds, or undefined for a file that is not one. */
export function parseAudioFileName(name: string): Omit<AudioRun, 'bytes'> | undefined {
  const m = /^run-(\d{4})-t(\d{9,})\.(webm|ogg)$/.exec(name);
  if (!m) return undefined;
  return { run: Number(m[1]), startT: Number(m[2]), mime: m[3] === 'webm' ? 'audio/webm' : 'audio/ogg' };
}

/** A run as a session file carries it (only when the export was asked to): the file's bytes, base64. */
export const ExportedAudioRun = z
  .object({
    run: AudioRunNumber,
    startT: z.number().int().nonnegative(),
    mime: AudioMime,
    data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  })
  .strict();
export type ExportedAudioRun = z.infer<typeof ExportedAudioRun>;
