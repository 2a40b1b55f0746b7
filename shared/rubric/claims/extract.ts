import type { SessionEvent } from '../../session/events';
import { readAll } from '../../text/normalise';
import type { SessionRecord } from '../record';
import type { Claim } from './claim';
import { canvasAnnotations, claimsFromCanvas } from './fromCanvas';
import { claimsFromFreeText } from './fromFreeNotes';
import { claimsFromNotes } from './fromNotes';
import { claimsFromPad, padComments } from './fromPad';
import { answeredNotes, claimsFromQuestions } from './fromQuestions';
import { dedupeClaims } from './dedupe';
import { readTimeline } from './source';

/**
 * Every artifact of a session read once into claims (./claim.ts): structured notes, free notes
 * (shorthand included), pad lines and conclusions, the diagram's shapes, arrows and free texts,
 * questions asked and answered. Extraction records what was asserted and where; it does not
 * judge (grounding and scoring are the criteria's). The same claim written in two places is kept
 * once (./dedupe.ts).
 *
 * `events` (the session log the record was read from) gives what the record does not keep: when
 * each free-notes line was written and the phase of each pad line. Without it free-notes lines
 * carry their phase's start time and pad lines no phase.
 */
export function extractClaims(record: SessionRecord, events?: readonly SessionEvent[]): Claim[] {
  const timeline = readTimeline(record, events);
  // Every text the language layer will read, in one pass (see shared/text/normalise.ts).
  readAll([
    ...Object.values(record.state.notes).flatMap((t) => t.split('\n')),
    ...record.items.flatMap((i) => Object.values(i.body).filter((v): v is string => typeof v === 'string' && v !== '')),
    ...record.diagram.components.map((c) => c.label),
  ]);
  const pad = padComments(record, timeline).map((c) => ({ from: 'pad-line' as const, ...c }));
  const canvas = canvasAnnotations(record).map((a) => ({ from: 'canvas' as const, ...a }));
  return dedupeClaims([
    ...claimsFromNotes(record.items, timeline, answeredNotes(record), record.prompt),
    ...claimsFromFreeText(record, timeline, [...pad, ...canvas]),
    ...claimsFromPad(record, timeline),
    ...claimsFromCanvas(record, timeline),
    ...claimsFromQuestions(record, timeline),
  ]);
}
