/** A new item's id, made in the window so the item can be shown, typed into and undone before the log answers. Random, so two windows never hand out the same one. */
export function newNoteId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `n-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}
