import { z } from 'zod';

/** A quality a non-functional requirement is about; the rubric asks for several kinds. */
export const Quality = z.enum(['latency', 'availability', 'consistency', 'durability', 'scale', 'security', 'cost']);
export type Quality = z.infer<typeof Quality>;

/** Where an entity lives. A fixed list so the rubric can tell a choice was made. */
export const StoreKind = z.enum([
  'relational database',
  'key-value store',
  'document store',
  'wide-column store',
  'graph database',
  'search index',
  'time-series database',
  'object storage',
  'cache',
  'message queue',
  'in-memory',
]);
export type StoreKind = z.infer<typeof StoreKind>;

/** The most one text field of an item holds; the window says so where a paste is cut to it. */
export const MAX_LINE = 2_000;
const Line = z.string().max(MAX_LINE);

/**
 * One item of the structured notes. `list` says which list it belongs to (and so which
 * phase shows it); the other fields are that list's columns. Empty strings are allowed:
 * an item is added first and typed into after.
 */
export const NoteBody = z.discriminatedUnion('list', [
  /** Clarify: a question the candidate asked (of a partner; solo questions are `interviewer.asked` events). */
  z.object({ list: z.literal('question'), text: Line }),
  z.object({ list: z.literal('functional'), text: Line }),
  z.object({ list: z.literal('non-functional'), text: Line, quality: Quality.nullable() }),
  z.object({ list: z.literal('out-of-scope'), text: Line }),
  z.object({ list: z.literal('assumption'), text: Line }),
  /** API: an operation, e.g. `POST /urls {long} -> {code}`; `main` marks the main path. */
  z.object({ list: z.literal('operation'), signature: Line, purpose: Line, main: z.boolean() }),
  /** Data model: an entity with its key fields, where it is stored and why. */
  z.object({ list: z.literal('entity'), name: Line, fields: Line, store: StoreKind.nullable(), why: Line }),
  /** High-level: a sentence of the narrative that goes with the diagram. */
  z.object({ list: z.literal('narrative'), text: Line }),
  /** Deep dive: the component looked at and what was decided about it. */
  z.object({ list: z.literal('deep-dive'), component: Line, decision: Line }),
  /** Bottlenecks: what breaks first at a scale, and the remedy. */
  z.object({ list: z.literal('bottleneck'), scale: z.enum(['10x', '100x']), what: Line, remedy: Line }),
  z.object({ list: z.literal('tradeoff'), chose: Line, gaveUp: Line, because: Line }),
  z.object({ list: z.literal('risk'), text: Line }),
  z.object({ list: z.literal('open-question'), text: Line }),
]);
export type NoteBody = z.infer<typeof NoteBody>;
export type NoteList = NoteBody['list'];
export const NOTE_LISTS = NoteBody.options.map((o) => o.shape.list.value) as readonly NoteList[];

export const NoteId = z.string().min(1).max(64);

/** An item as the folded session holds it: when it was added and last changed, on the session clock. */
export const NoteItem = z.object({
  id: NoteId,
  body: NoteBody,
  addedT: z.number().int().nonnegative(),
  editedT: z.number().int().nonnegative(),
  /** The phase current when it was added. */
  phase: z.string(),
});
export type NoteItem = z.infer<typeof NoteItem>;

/** The most items a session may hold; far past any interview, it bounds a damaged or hostile log. */
export const MAX_NOTE_ITEMS = 2_000;
