import { z } from 'zod';

/**
 * A recorded session's transcript (issue 23), saved beside the audio as
 * `sessions/<id>/transcript.json`. Each segment is a stretch of words on the session clock (ms),
 * as the engine heard them; engines are offline programs on the person's own machine.
 */
export const TranscriptEngineId = z.enum(['pocketsphinx', 'whisper']);
export type TranscriptEngineId = z.infer<typeof TranscriptEngineId>;

export const TranscriptSegment = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1).max(5_000),
  })
  .strict()
  .refine((s) => s.end >= s.start, { message: 'a transcript segment ends after it starts', path: ['end'] });
export type TranscriptSegment = z.infer<typeof TranscriptSegment>;

export const TRANSCRIPT_FORMAT = 'designdrill.transcript';

export const TranscriptFile = z
  .object({
    format: z.literal(TRANSCRIPT_FORMAT),
    version: z.literal(1),
    engine: TranscriptEngineId,
    /** When it was made, ms since 1970 (UTC). */
    createdAt: z.number().int().nonnegative(),
    segments: z.array(TranscriptSegment),
  })
  .strict();
export type TranscriptFile = z.infer<typeof TranscriptFile>;

/**
 * The window's decoded audio of one run, on its way to the engine: 16 kHz mono signed 16-bit
 * little-endian samples, base64, in pieces of at most TRANSCRIPT_PCM_PIECE_BYTES (a minute is
 * 1.9 MB of samples, so an hour's run goes in about sixty pieces).
 */
export const TRANSCRIPT_SAMPLE_RATE = 16_000;
export const TRANSCRIPT_PCM_PIECE_BYTES = 2 * 1024 * 1024;
/** The most samples a session sends for transcribing: four hours (460 MB in a temporary folder). */
export const TRANSCRIPT_PCM_MAX_BYTES = 4 * 3600 * TRANSCRIPT_SAMPLE_RATE * 2;

export const TranscriptPcmPiece = z
  .string()
  .min(4)
  .max(Math.ceil(TRANSCRIPT_PCM_PIECE_BYTES / 3) * 4, `a piece of decoded audio is at most ${TRANSCRIPT_PCM_PIECE_BYTES / 1024 / 1024} MiB`)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64');

/** Where a session's transcript job stands, as the report shows it. */
export const TranscriptJob = z.discriminatedUnion('state', [
  /** `fraction`: 0 to 1 of the engine's work over all runs. */
  z.object({ state: z.literal('running'), engine: TranscriptEngineId, fraction: z.number().min(0).max(1) }),
  z.object({ state: z.literal('done'), engine: TranscriptEngineId, segments: z.number().int().nonnegative() }),
  z.object({ state: z.literal('failed'), engine: TranscriptEngineId, message: z.string() }),
  z.object({ state: z.literal('cancelled'), engine: TranscriptEngineId }),
]);
export type TranscriptJob = z.infer<typeof TranscriptJob>;

/** One engine as settings and the report list it: there, or why not and how to install it. */
export const TranscriptEngineInfo = z.object({
  id: TranscriptEngineId,
  name: z.string(),
  available: z.boolean(),
  why: z.string().optional(),
  install: z.string().optional(),
});
export type TranscriptEngineInfo = z.infer<typeof TranscriptEngineInfo>;

/** The segment the playhead `t` (session ms) is in, or the last one before it while it is still recent (a pause between lines). */
export function segmentAt(segments: readonly TranscriptSegment[], t: number, holdMs = 3_000): TranscriptSegment | undefined {
  let found: TranscriptSegment | undefined;
  for (const s of segments) {
    if (s.start > t) break;
    if (t <= s.end + holdMs) found = s;
  }
  return found;
}
