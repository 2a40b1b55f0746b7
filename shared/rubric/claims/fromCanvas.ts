import type { SessionRecord } from '../record';
import type { Claim } from './claim';
import { knowledgeKindOf } from './component';
import { tidy } from './draft';
import { sourceOf, type Timeline } from './source';

/**
 * The diagram: each labelled shape a component (with the knowledge base's kind when it reads the
 * label as one, see component.ts), each arrow or line joining two labelled shapes a flow between
 * their labels (shared/canvas/analyse.ts resolves the ends). Free texts attached to nothing are
 * read like free notes (see extract.ts).
 */
export function claimsFromCanvas(record: SessionRecord, timeline: Timeline): Claim[] {
  const out: Claim[] = [];
  const d = record.diagram;
  const labels = new Map(d.components.map((c) => [c.id, tidy(c.label)]));
  for (const c of d.components) {
    const label = labels.get(c.id)!;
    if (label === '') continue;
    const t = record.elementT.get(c.id) ?? 0;
    const knowledgeKind = knowledgeKindOf(label, record.prompt);
    out.push({ kind: 'component', label, ...(knowledgeKind ? { knowledgeKind } : {}), source: sourceOf(timeline, 'canvas', t, c.label, c.id, c.firstPhase ?? undefined) });
  }
  for (const k of d.connections) {
    const from = labels.get(k.from) ?? '';
    const to = labels.get(k.to) ?? '';
    if (from === '' || to === '') continue;
    const t = record.elementT.get(k.id) ?? 0;
    const label = tidy(k.label);
    const text = `${from} -> ${to}${label ? ` (${label})` : ''}`;
    const source = sourceOf(timeline, 'canvas', t, text, k.id, k.firstPhase ?? undefined);
    out.push({ kind: 'flow', from, to, ...(label ? { label } : {}), source });
    // A two-way arrow carries requests both ways.
    if (k.direction === 'both') out.push({ kind: 'flow', from: to, to: from, ...(label ? { label } : {}), source });
  }
  return out;
}

/** Texts on the canvas attached to no shape ("write qps ~ 115/s" written beside the diagram). */
export function canvasAnnotations(record: SessionRecord): { id: string; text: string; t: number; phase?: string }[] {
  return record.diagram.annotations
    .filter((a) => a.text.trim() !== '')
    .map((a) => ({ id: a.id, text: a.text, t: record.elementT.get(a.id) ?? 0, ...(a.firstPhase ? { phase: a.firstPhase } : {}) }));
}
