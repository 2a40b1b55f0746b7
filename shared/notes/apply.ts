import type { NoteBody, NoteItem } from './item';

/**
 * Pure operations on the ordered item list. Order is kept per list: `index` counts only
 * the items of the same list, so moving an API operation up never reorders trade-offs.
 */
export function addItem(items: readonly NoteItem[], item: NoteItem, index: number): NoteItem[] {
  if (items.some((i) => i.id === item.id)) return [...items];
  const same = items.filter((i) => i.body.list === item.body.list);
  const anchor = same[Math.max(0, Math.min(index, same.length))];
  const at = anchor ? items.indexOf(anchor) : items.length;
  return [...items.slice(0, at), item, ...items.slice(at)];
}

export function editItem(items: readonly NoteItem[], id: string, body: NoteBody, t: number): NoteItem[] {
  // The list of an item never changes: an edit that names another list is ignored.
  return items.map((i) => (i.id === id && i.body.list === body.list ? { ...i, body, editedT: t } : i));
}

export function removeItem(items: readonly NoteItem[], id: string): NoteItem[] {
  return items.filter((i) => i.id !== id);
}

export function moveItem(items: readonly NoteItem[], id: string, index: number): NoteItem[] {
  const item = items.find((i) => i.id === id);
  if (!item) return [...items];
  return addItem(removeItem(items, id), item, index);
}

/** The items of one list, in order. */
export function itemsOf<L extends NoteBody['list']>(items: readonly NoteItem[], list: L): (NoteItem & { body: Extract<NoteBody, { list: L }> })[] {
  return items.filter((i): i is NoteItem & { body: Extract<NoteBody, { list: L }> } => i.body.list === list);
}
