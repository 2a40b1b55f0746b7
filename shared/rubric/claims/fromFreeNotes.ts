import type { SessionRecord } from '../record';
import type { Claim, ClaimSource } from './claim';
import type { Draft } from './draft';
import { sectionOfPhase } from './sections';
import { readFreeText } from './shorthand';
import { sourceOf, type Timeline } from './source';

/** The pad's variable names and their line ids, so a decision in notes that names one rests on that line. */
function padNames(record: SessionRecord): Map<string, string> {
  const names = new Map<string, string>();
  const lines = record.state.scratchpad.lines;
  record.results.forEach((r, i) => {
    if (r.kind === 'value' && r.name !== undefined && lines[i]) names.set(r.name, lines[i]!.id);
  });
  return names;
}

/** Attaches the source; a decision's estimate names become the pad lines of those names, or `near` when it names none. */
function withSource(drafts: readonly Draft[], source: ClaimSource, lineIds: ReadonlyMap<string, string>, near?: string): Claim[] {
  return drafts.map((d) => {
    if (d.kind !== 'decision') return { ...d, source } as Claim;
    const restsOn = d.restsOn.map((n) => lineIds.get(n) ?? n);
    return { ...d, restsOn: restsOn.length === 0 && near ? [near] : restsOn, source };
  });
}

/**
 * Text read as free notes: each phase's free notes (timed per line, see source.ts), the pad's
 * comment lines and the canvas's free texts. A text's section starts as its phase's kind.
 */
export function claimsFromFreeText(record: SessionRecord, timeline: Timeline, extra: readonly { from: ClaimSource['from']; id: string; text: string; t: number; phase?: string; near?: string }[]): Claim[] {
  const kindOf = new Map(record.phases.map((p) => [p.id, p.kind]));
  const enteredOf = new Map(record.phases.map((p) => [p.id, p.enteredT]));
  const lineIds = padNames(record);
  const names = [...lineIds.keys()];
  const out: Claim[] = [];
  for (const [phase, text] of Object.entries(record.state.notes)) {
    if (text.trim() === '') continue;
    const raws = text.split('\n');
    const times = timeline.freeLineT.get(phase);
    for (const reading of readFreeText(text, { start: sectionOfPhase(kindOf.get(phase)), names, prompt: record.prompt })) {
      const t = times?.get(raws[reading.line]!) ?? enteredOf.get(phase) ?? 0;
      const source = sourceOf(timeline, 'free-notes', t, reading.text, `notes:${phase}:${reading.line + 1}`, phase);
      out.push(...withSource(reading.drafts, source, lineIds));
    }
  }
  for (const x of extra) {
    for (const reading of readFreeText(x.text, { start: sectionOfPhase(x.phase ? kindOf.get(x.phase) : undefined), names, prompt: record.prompt })) {
      const source = sourceOf(timeline, x.from, x.t, reading.text, x.id, x.phase);
      out.push(...withSource(reading.drafts, source, lineIds, x.near));
    }
  }
  return out;
}
