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

const TRANSCRIPT_FORMAT = 'designdrill.transcript';

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
