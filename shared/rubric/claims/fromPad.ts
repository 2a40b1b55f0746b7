import { inferTag } from '../../estimate/evaluate';
import type { SessionRecord } from '../record';
import type { Claim, EstimateClaim } from './claim';
import { tidy } from './draft';
import { sourceOf, type Timeline } from './source';

/**
 * The pad: every line that evaluates is an estimate (its name, value in base units and display,
 * the tag chosen or inferred from its name, or from a comment such as "# write qps"); every
 * conclusion a decision resting on the lines it was tied to. Comment-only lines are text the
 * candidate wrote and are read like free notes (see extract.ts).
 */
export function claimsFromPad(record: SessionRecord, timeline: Timeline): Claim[] {
  const out: Claim[] = [];
  const lines = record.state.scratchpad.lines;
  record.results.forEach((r, i) => {
    const line = lines[i];
    if (!line || r.kind !== 'value') return;
    const t = record.padT.get(line.id) ?? 0;
    const hash = line.text.indexOf('#');
    const comment = hash === -1 ? '' : tidy(line.text.slice(hash + 1));
    const code = tidy(hash === -1 ? line.text : line.text.slice(0, hash));
    // A line marked "not an estimate" (tag null) keeps no tag, even from a comment.
    const tag = r.tag ?? (line.tag === null || comment === '' ? undefined : inferTag(comment));
    const claim: EstimateClaim = {
      kind: 'estimate',
      name: r.name ?? (comment || code),
      ...(r.quantity ? { value: r.quantity.base } : {}),
      display: r.quantity.display,
      line: line.id,
      ...(tag === undefined ? {} : { tag }),
      source: sourceOf(timeline, 'pad-line', t, line.text, line.id, timeline.padPhase.get(line.id)),
    };
    out.push(claim);
  });
  for (const c of record.state.scratchpad.conclusions) {
    if (c.text.trim() === '') continue;
    const t = record.padT.get(c.id) ?? 0;
    out.push({ kind: 'decision', text: tidy(c.text), restsOn: [...c.lineIds], source: sourceOf(timeline, 'conclusion', t, c.text, c.id, timeline.padPhase.get(c.id)) });
  }
  return out;
}

/** The pad's comment-only lines, for reading as free text, each with the value line above it (what a "so …" rests on). */
export function padComments(record: SessionRecord, timeline: Timeline): { id: string; text: string; t: number; phase?: string; near?: string }[] {
  const lines = record.state.scratchpad.lines;
  let above: string | undefined;
  return record.results.flatMap((r, i) => {
    const line = lines[i];
    if (!line) return [];
    if (r.kind === 'value') above = line.id;
    if (r.kind !== 'comment') return [];
    const text = line.text.slice(line.text.indexOf('#') + 1).trim();
    const phase = timeline.padPhase.get(line.id);
    return text === '' ? [] : [{ id: line.id, text, t: record.padT.get(line.id) ?? 0, ...(phase ? { phase } : {}), ...(above ? { near: above } : {}) }];
  });
}
