import { targetOf } from '../rubric/claims/target';
import type { TranscriptSegment } from './transcript';

/**
 * Figures said aloud, as the transcript heard them: a segment counts when it holds a number
 * with a unit the pad engine reads ("p99 under 200 ms", "10k requests/s"). Transcripts are
 * poor (PocketSphinx misses most words of synthetic speech), so these are shown as evidence
 * marked "spoken (transcribed, may be inaccurate)" and never lower a score.
 */
export type SpokenClaim = { t: number; end: number; text: string; figure: string };

export function spokenClaims(segments: readonly TranscriptSegment[]): SpokenClaim[] {
  return segments.flatMap((s) => {
    const figure = targetOf(s.text);
    return figure ? [{ t: s.start, end: s.end, text: s.text, figure }] : [];
  });
}
