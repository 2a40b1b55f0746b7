import type { Claim, ClaimSource } from '../claims/claim';
import type { NoteItem } from '../../notes/item';
import type { SessionRecord } from '../record';

/**
 * The claims the structured parts of a session hold: note items, pad lines and conclusions,
 * diagram labels and arrows, questions asked. The full extraction (free notes in shorthand,
 * curveball answers) is `extractClaims` in ../claims/; this one reads only what has a field of
 * its own, so the rubric scores claims even where that extraction reads nothing.
 */
export function structuredClaims(r: SessionRecord): Claim[] {
  const out: Claim[] = [];
  const phaseOf = new Map(r.state.phases.map((p) => [p.id, p.kind ?? p.id]));
  const src = (from: ClaimSource['from'], t: number, text: string, ref?: string, phase?: string): ClaimSource => ({
    from,
    t,
    text,
    ...(ref === undefined ? {} : { ref }),
    ...(phase === undefined ? {} : { phase: phaseOf.get(phase) ?? phase }),
    prompted: false,
  });
  const note = (i: NoteItem, text: string) => src('note', i.addedT, text, i.id, i.phase);
  for (const i of r.items) {
    const b = i.body;
    switch (b.list) {
      case 'functional':
        if (b.text.trim()) out.push({ kind: 'requirement', type: 'functional', text: b.text, source: note(i, b.text) });
        break;
      case 'non-functional':
        if (b.text.trim()) out.push({ kind: 'requirement', type: 'quality', text: b.text, ...(b.quality ? { quality: b.quality } : {}), ...(/\d/.test(b.text) ? { target: b.text } : {}), source: note(i, b.text) });
        break;
      case 'out-of-scope':
        if (b.text.trim()) out.push({ kind: 'requirement', type: 'functional', text: b.text, outOfScope: true, source: note(i, b.text) });
        break;
      case 'question':
        if (b.text.trim()) out.push({ kind: 'question', text: b.text, answered: false, source: note(i, b.text) });
        break;
      case 'operation':
        if (b.signature.trim()) out.push({ kind: 'api', operation: b.signature, ...(b.purpose.trim() ? { purpose: b.purpose } : {}), main: b.main, source: note(i, `${b.signature} ${b.purpose}`.trim()) });
        break;
      case 'entity':
        if (b.name.trim()) {
          const fields = b.fields.split(/[,;]/).map((f) => f.trim()).filter((f) => f !== '');
          out.push({ kind: 'entity', name: b.name, fields, ...(b.store ? { store: b.store } : {}), ...(b.why.trim() ? { reason: b.why } : {}), source: note(i, `${b.name} ${b.fields}`.trim()) });
        }
        break;
      case 'deep-dive':
        if (b.component.trim() || b.decision.trim()) out.push({ kind: 'deep-dive', topic: b.component, text: b.decision, source: note(i, `${b.component}: ${b.decision}`) });
        break;
      case 'bottleneck':
        if (b.what.trim()) out.push({ kind: 'bottleneck', what: b.what, atLoad: b.scale, ...(b.remedy.trim() ? { remedy: b.remedy } : {}), source: note(i, `${b.what} → ${b.remedy}`) });
        break;
      case 'tradeoff':
        if (b.chose.trim() || b.gaveUp.trim() || b.because.trim()) {
          out.push({ kind: 'tradeoff', chose: b.chose, ...(b.gaveUp.trim() ? { gaveUp: b.gaveUp } : {}), ...(b.because.trim() ? { because: b.because } : {}), source: note(i, `${b.chose} / ${b.gaveUp} / ${b.because}`) });
        }
        break;
      case 'risk':
      case 'open-question':
        if (b.text.trim()) out.push({ kind: 'risk', text: b.text, open: b.list === 'open-question', source: note(i, b.text) });
        break;
      case 'narrative':
        // The walk through the diagram: read by the high-level rule from the record.
        break;
      default:
        break;
    }
  }
  const lines = r.state.scratchpad.lines;
  for (const x of r.results) {
    if (x.kind !== 'value' || x.tag === undefined) continue;
    const line = lines[x.line - 1]!;
    out.push({ kind: 'estimate', tag: x.tag, name: x.name ?? line.text, value: x.quantity.base, display: x.quantity.display, line: line.id, source: src('pad-line', r.padT.get(line.id) ?? 0, line.text, line.id) });
  }
  for (const c of r.state.scratchpad.conclusions) {
    if (c.text.trim()) out.push({ kind: 'decision', text: c.text, restsOn: c.lineIds, source: src('conclusion', r.padT.get(c.id) ?? 0, c.text, c.id) });
  }
  for (const c of r.diagram.components) {
    if (c.label === '') continue;
    out.push({ kind: 'component', label: c.label, ...(c.kind === 'unknown' ? {} : { knowledgeKind: c.kind }), source: src('canvas', r.elementT.get(c.id) ?? 0, c.label, c.id, c.firstPhase ?? undefined) });
  }
  const labelOf = new Map(r.diagram.components.map((c) => [c.id, c.label]));
  for (const c of r.diagram.connections) {
    out.push({ kind: 'flow', from: labelOf.get(c.from) ?? '', to: labelOf.get(c.to) ?? '', ...(c.label ? { label: c.label } : {}), source: src('canvas', r.elementT.get(c.id) ?? 0, c.label, c.id, c.firstPhase ?? undefined) });
  }
  for (const q of r.state.questions) out.push({ kind: 'question', text: q.question, answered: q.answer !== null || q.reply.trim() !== '', source: src('question', q.t, q.question, undefined, q.phase) });
  for (const m of r.state.fromInterviewer) {
    if (m.kind === 'answer' && m.note === undefined && m.question?.trim()) out.push({ kind: 'question', text: m.question, answered: true, source: src('answer', m.t, `${m.question} (reply: ${m.text})`, undefined, m.phase) });
  }
  return out;
}
