import { Quality, StoreKind, type NoteBody, type NoteList } from '../../shared/notes/item';
import type { PhaseKind } from '../../shared/schemas/prompt';

export type Option = { value: string; label: string };

/** One column of a list's items, as the editor shows it. `key` names the field of the item's body. */
export type FieldSpec =
  | { kind: 'text'; key: string; label: string; placeholder: string; code?: boolean }
  | { kind: 'select'; key: string; label: string; options: readonly Option[]; none?: string }
  | { kind: 'toggle'; key: string; label: string };

export type ListSpec = {
  list: NoteList;
  /** The list's heading, and the name of its list element. */
  title: string;
  /** One item, for button names: "Delete trade-off 2". */
  itemName: string;
  /** One line under the heading on what belongs here. */
  hint: string;
  fields: readonly FieldSpec[];
  /** A new item's body; `after` is the item it is added below, whose choices it may carry on. */
  blank(after?: NoteBody): NoteBody;
};

const QUALITY_OPTIONS: Option[] = Quality.options.map((q) => ({ value: q, label: q }));
const STORE_OPTIONS: Option[] = StoreKind.options.map((s) => ({ value: s, label: s }));

const oneLine = (list: NoteList, title: string, itemName: string, hint: string, placeholder: string): ListSpec => ({
  list,
  title,
  itemName,
  hint,
  fields: [{ kind: 'text', key: 'text', label: itemName, placeholder }],
  blank: () => ({ list, text: '' }) as NoteBody,
});

// Placeholders show the form of an item, never a fact: the same lists serve every prompt, and
// an example from one prompt (or from its hidden reference) would mislead or give answers away.
export const LIST_SPECS: Record<NoteList, ListSpec> = {
  question: oneLine('question', 'Questions asked', 'question', 'What you asked about the brief.', 'About how many people use it each day?'),
  functional: oneLine('functional', 'Functional requirements', 'requirement', 'What a user can do with it.', 'A user can … (one thing the system does)'),
  'non-functional': {
    list: 'non-functional',
    title: 'Non-functional requirements',
    itemName: 'quality requirement',
    hint: 'How well it must do it, each tagged with the quality it is about.',
    fields: [
      { kind: 'text', key: 'text', label: 'quality requirement', placeholder: 'The main read answers within … ms at p99' },
      { kind: 'select', key: 'quality', label: 'Quality', options: QUALITY_OPTIONS, none: 'quality…' },
    ],
    blank: () => ({ list: 'non-functional', text: '', quality: null }),
  },
  'out-of-scope': oneLine('out-of-scope', 'Out of scope', 'exclusion', 'What you agreed to leave out.', 'A feature you leave for a later version'),
  assumption: oneLine('assumption', 'Assumptions', 'assumption', 'What you decided to take as given.', 'Reads outnumber writes about … to 1'),
  operation: {
    list: 'operation',
    title: 'Operations',
    itemName: 'operation',
    hint: 'Each call with what it takes and returns; mark the ones on the main path.',
    fields: [
      { kind: 'text', key: 'signature', label: 'Signature', placeholder: 'POST /things {field} → {id}', code: true },
      { kind: 'text', key: 'purpose', label: 'Purpose', placeholder: 'What the call does, for whom' },
      { kind: 'toggle', key: 'main', label: 'Main path' },
    ],
    blank: () => ({ list: 'operation', signature: '', purpose: '', main: false }),
  },
  entity: {
    list: 'entity',
    title: 'Entities',
    itemName: 'entity',
    hint: 'What is stored, its key fields, where it lives and why there.',
    fields: [
      { kind: 'text', key: 'name', label: 'Name', placeholder: 'What is stored' },
      { kind: 'text', key: 'fields', label: 'Key fields', placeholder: 'id (key), ownerId, createdAt', code: true },
      { kind: 'select', key: 'store', label: 'Store', options: STORE_OPTIONS, none: 'choose a store…' },
      { kind: 'text', key: 'why', label: 'Why', placeholder: 'How it is read and how much of it there is' },
    ],
    blank: () => ({ list: 'entity', name: '', fields: '', store: null, why: '' }),
  },
  narrative: oneLine('narrative', 'Narrative', 'sentence', 'Walk a request through the diagram, a step per line.', 'A request reaches … which reads …'),
  'deep-dive': {
    list: 'deep-dive',
    title: 'Deep dives',
    itemName: 'deep dive',
    hint: 'The component you looked at closely, and what you decided.',
    fields: [
      { kind: 'text', key: 'component', label: 'Component', placeholder: 'The part you looked at closely' },
      { kind: 'text', key: 'decision', label: 'Decision', placeholder: 'What you decided for it, and why' },
    ],
    blank: () => ({ list: 'deep-dive', component: '', decision: '' }),
  },
  bottleneck: {
    list: 'bottleneck',
    title: 'What breaks first',
    itemName: 'bottleneck',
    hint: 'At ten and a hundred times the load: what gives way, and the remedy.',
    fields: [
      { kind: 'select', key: 'scale', label: 'At', options: [{ value: '10x', label: '10×' }, { value: '100x', label: '100×' }] },
      { kind: 'text', key: 'what', label: 'Breaks', placeholder: 'What gives way first (a store, a link, a hot key)' },
      { kind: 'text', key: 'remedy', label: 'Remedy', placeholder: 'The technique that fixes it' },
    ],
    blank: (after) => ({ list: 'bottleneck', scale: after?.list === 'bottleneck' ? after.scale : '10x', what: '', remedy: '' }),
  },
  tradeoff: {
    list: 'tradeoff',
    title: 'Trade-offs',
    itemName: 'trade-off',
    hint: 'All three parts: a choice, its price, and the reason it is worth it.',
    fields: [
      { kind: 'text', key: 'chose', label: 'Chose', placeholder: 'What you picked' },
      { kind: 'text', key: 'gaveUp', label: 'Gave up', placeholder: 'What it costs you' },
      { kind: 'text', key: 'because', label: 'Because', placeholder: 'Why it is worth it here (a number, a target)' },
    ],
    blank: () => ({ list: 'tradeoff', chose: '', gaveUp: '', because: '' }),
  },
  risk: oneLine('risk', 'Risks', 'risk', 'What could still go wrong.', 'What fails, and what the user then sees'),
  'open-question': oneLine('open-question', 'Open questions', 'open question', 'What you would settle next.', 'A question you would settle next'),
};

const BY_KIND: Record<PhaseKind, readonly NoteList[]> = {
  clarify: ['question', 'functional', 'non-functional', 'out-of-scope', 'assumption'],
  // The estimation pad is this phase's record.
  estimate: [],
  api: ['operation'],
  data: ['entity'],
  'high-level': ['narrative'],
  'deep-dive': ['deep-dive'],
  bottlenecks: ['bottleneck'],
  tradeoffs: ['tradeoff', 'risk', 'open-question'],
};

/**
 * The lists a phase of this kind keeps. Questions asked are a list only with a partner: in
 * solo practice the questions put to the scripted interviewer are the record.
 */
export function listsOf(kind: PhaseKind | undefined, mode: 'solo' | 'paired'): readonly NoteList[] {
  if (!kind) return [];
  return BY_KIND[kind].filter((list) => list !== 'question' || mode === 'paired');
}

/** Every list a phase of this kind could show, whatever the mode: for reading a session back. */
export function allListsOf(kind: PhaseKind | undefined): readonly NoteList[] {
  return kind ? BY_KIND[kind] : [];
}

export function textFields(spec: ListSpec): Extract<FieldSpec, { kind: 'text' }>[] {
  return spec.fields.filter((f): f is Extract<FieldSpec, { kind: 'text' }> => f.kind === 'text');
}

export function fieldValue(body: NoteBody, key: string): unknown {
  return (body as Record<string, unknown>)[key];
}

/** The body with one field changed. The list's own spec names the key, so the shape holds. */
export function withField(body: NoteBody, key: string, value: string | boolean | null): NoteBody {
  return { ...body, [key]: value } as NoteBody;
}

/** Nothing typed in any of its text fields (a choice in a select does not count). */
export function isBlank(body: NoteBody): boolean {
  return textFields(LIST_SPECS[body.list]).every((f) => String(fieldValue(body, f.key) ?? '').trim() === '');
}

// One line per item, shared with the command line's `session show`.
export { describeItem } from '../../shared/notes/describe';
