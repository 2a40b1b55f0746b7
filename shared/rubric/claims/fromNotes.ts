import type { NoteItem } from '../../notes/item';
import type { PromptSnapshot } from '../../session/exportFile';
import { apiFromItem } from './api';
import type { Claim } from './claim';
import { componentsNamed } from './component';
import { present, tidy, type Draft } from './draft';
import { entityFromItem } from './entity';
import { flowsIn } from './flow';
import { qualityOf } from './requirement';
import { sourceOf, type Timeline } from './source';
import { targetOf } from './target';

/** What one structured note item asserts; empty items assert nothing. */
export function draftsOfItem(item: NoteItem, prompt?: PromptSnapshot): Draft[] {
  const b = item.body;
  switch (b.list) {
    case 'functional':
      return b.text.trim() === '' ? [] : [{ kind: 'requirement', type: 'functional', text: tidy(b.text) }];
    case 'non-functional': {
      if (b.text.trim() === '') return [];
      const quality = b.quality ?? qualityOf(b.text);
      return [{ kind: 'requirement', type: 'quality', text: tidy(b.text), ...present({ quality, target: targetOf(b.text) }) }];
    }
    case 'out-of-scope':
      return b.text.trim() === '' ? [] : [{ kind: 'requirement', type: 'functional', text: tidy(b.text), outOfScope: true }];
    case 'assumption':
      // An assumption narrows the scope; it is not a requirement of its own and has no claim kind.
      return [];
    case 'operation':
      return b.signature.trim() === '' ? [] : [apiFromItem(b.signature, b.purpose, b.main)];
    case 'entity':
      return b.name.trim() === '' ? [] : [entityFromItem(b.name, b.fields, b.store, b.why)];
    case 'narrative':
      if (b.text.trim() === '') return [];
      return [...flowsIn(b.text), ...componentsNamed(b.text, prompt).map((c): Draft => ({ kind: 'component', ...c }))];
    case 'deep-dive':
      return b.component.trim() === '' && b.decision.trim() === '' ? [] : [{ kind: 'deep-dive', topic: tidy(b.component), text: tidy(b.decision) }];
    case 'bottleneck':
      return b.what.trim() === '' && b.remedy.trim() === '' ? [] : [{ kind: 'bottleneck', what: tidy(b.what), atLoad: b.scale, ...present({ remedy: tidy(b.remedy) }) }];
    case 'tradeoff':
      return b.chose.trim() === '' ? [] : [{ kind: 'tradeoff', chose: tidy(b.chose), ...present({ gaveUp: tidy(b.gaveUp), because: tidy(b.because) }) }];
    case 'risk':
      return b.text.trim() === '' ? [] : [{ kind: 'risk', text: tidy(b.text) }];
    case 'open-question':
      return b.text.trim() === '' ? [] : [{ kind: 'risk', text: tidy(b.text), open: true }];
    case 'question':
      // Answered or not is known only with the interviewer's messages: see fromQuestions.ts.
      return b.text.trim() === '' ? [] : [{ kind: 'question', text: tidy(b.text), answered: false }];
  }
}

/** The text of an item as the candidate wrote it, for quoting. */
function itemText(item: NoteItem): string {
  const b = item.body;
  switch (b.list) {
    case 'operation':
      return [b.signature, b.purpose].filter((s) => s.trim() !== '').join(': ');
    case 'entity':
      return `${b.name}(${b.fields})${b.store ? ` in ${b.store}` : ''}${b.why.trim() ? `: ${b.why}` : ''}`;
    case 'deep-dive':
      return `${b.component}: ${b.decision}`;
    case 'bottleneck':
      return `${b.what} at ${b.scale}${b.remedy.trim() ? ` -> ${b.remedy}` : ''}`;
    case 'tradeoff':
      return [`chose ${b.chose}`, b.gaveUp.trim() ? `gave up ${b.gaveUp}` : '', b.because.trim() ? `because ${b.because}` : ''].filter(Boolean).join(', ');
    default:
      return b.text;
  }
}

/** Every structured note item's claims, with the item as their source. */
export function claimsFromNotes(items: readonly NoteItem[], timeline: Timeline, answeredNotes: ReadonlySet<string>, prompt?: PromptSnapshot): Claim[] {
  const out: Claim[] = [];
  for (const item of items) {
    const source = sourceOf(timeline, 'note', item.addedT, itemText(item), item.id, item.phase);
    for (const d of draftsOfItem(item, prompt)) {
      const draft = d.kind === 'question' && answeredNotes.has(item.id) ? { ...d, answered: true } : d;
      out.push({ ...draft, source } as Claim);
    }
  }
  return out;
}
