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

export const LIST_SPECS: Record<NoteList, ListSpec> = {
  question: oneLine('question', 'Questions asked', 'question', 'What you asked your interviewer.', 'Do links ever expire?'),
  functional: oneLine('functional', 'Functional requirements', 'requirement', 'What a user can do with it.', 'A user turns a long link into a short one'),
  'non-functional': {
    list: 'non-functional',
    title: 'Non-functional requirements',
    itemName: 'quality requirement',
    hint: 'How well it must do it, each tagged with the quality it is about.',
    fields: [
      { kind: 'text', key: 'text', label: 'quality requirement', placeholder: 'Redirects answer within 50 ms at p99' },
      { kind: 'select', key: 'quality', label: 'Quality', options: QUALITY_OPTIONS, none: 'quality…' },
    ],
    blank: () => ({ list: 'non-functional', text: '', quality: null }),
  },
  'out-of-scope': oneLine('out-of-scope', 'Out of scope', 'exclusion', 'What you agreed to leave out.', 'Custom domains and analytics'),
  assumption: oneLine('assumption', 'Assumptions', 'assumption', 'What you decided to take as given.', 'Reads outnumber writes about 100 to 1'),
  operation: {
    list: 'operation',
    title: 'Operations',
    itemName: 'operation',
    hint: 'Each call with what it takes and returns; mark the ones on the main path.',
    fields: [
      { kind: 'text', key: 'signature', label: 'Signature', placeholder: 'POST /urls {longUrl} → {code}', code: true },
      { kind: 'text', key: 'purpose', label: 'Purpose', placeholder: 'Makes a short code for a link' },
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
      { kind: 'text', key: 'name', label: 'Name', placeholder: 'Link' },
      { kind: 'text', key: 'fields', label: 'Key fields', placeholder: 'code (key), longUrl, ownerId, createdAt', code: true },
      { kind: 'select', key: 'store', label: 'Store', options: STORE_OPTIONS, none: 'choose a store…' },
      { kind: 'text', key: 'why', label: 'Why', placeholder: 'Always read by its code; billions of rows' },
    ],
    blank: () => ({ list: 'entity', name: '', fields: '', store: null, why: '' }),
  },
  narrative: oneLine('narrative', 'Narrative', 'sentence', 'Walk a request through the diagram, a step per line.', 'A redirect checks the cache, then the key-value store'),
  'deep-dive': {
    list: 'deep-dive',
    title: 'Deep dives',
    itemName: 'deep dive',
    hint: 'The component you looked at closely, and what you decided.',
    fields: [
      { kind: 'text', key: 'component', label: 'Component', placeholder: 'ID generator' },
      { kind: 'text', key: 'decision', label: 'Decision', placeholder: 'Each server takes a block of IDs; no lock per write' },
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
      { kind: 'text', key: 'what', label: 'Breaks', placeholder: 'The one database takes every write' },
      { kind: 'text', key: 'remedy', label: 'Remedy', placeholder: 'Shard by code; cache the hot links' },
    ],
    blank: (after) => ({ list: 'bottleneck', scale: after?.list === 'bottleneck' ? after.scale : '10x', what: '', remedy: '' }),
  },
  tradeoff: {
    list: 'tradeoff',
    title: 'Trade-offs',
    itemName: 'trade-off',
    hint: 'All three parts: a choice, its price, and the reason it is worth it.',
    fields: [
      { kind: 'text', key: 'chose', label: 'Chose', placeholder: 'A key-value store for links' },
      { kind: 'text', key: 'gaveUp', label: 'Gave up', placeholder: 'Joins and ad-hoc queries' },
      { kind: 'text', key: 'because', label: 'Because', placeholder: 'Every read is a lookup by code' },
    ],
    blank: () => ({ list: 'tradeoff', chose: '', gaveUp: '', because: '' }),
  },
  risk: oneLine('risk', 'Risks', 'risk', 'What could still go wrong.', 'A cold cache after a deploy floods the store'),
  'open-question': oneLine('open-question', 'Open questions', 'open question', 'What you would settle next.', 'Should links expire by default?'),
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
