import { join } from 'node:path';
import { PersonalLibraryFile, type PersonalLibraryItem } from '../../shared/canvas/library/personalLibrary';
import { loadJsonFile, saveJsonFile } from './jsonFile';

export type LibraryStore = {
  list(): PersonalLibraryItem[];
  save(items: PersonalLibraryItem[]): Promise<PersonalLibraryItem[]>;
  readonly notice?: string;
};

export const LIBRARY_FILE = 'library.excalidrawlib';

const empty: PersonalLibraryFile = { type: 'excalidrawlib', version: 2, libraryItems: [] };

/** The shapes a person adds to Excalidraw's library panel, kept across sessions and launches. */
export async function openLibraryStore(dataDir: string): Promise<LibraryStore> {
  const file = join(dataDir, LIBRARY_FILE);
  const loaded = await loadJsonFile(dataDir, file, PersonalLibraryFile, empty);
  let current = loaded.value.libraryItems;
  // One write after another, so the file always ends with the last save.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    notice: loaded.notice,
    list: () => current,
    save(items) {
      const write = queue.then(() => saveJsonFile(file, { type: 'excalidrawlib', version: 2, source: 'https://designdrill.app', libraryItems: items }));
      queue = write.catch(() => {});
      return write.then(() => (current = items));
    },
  };
}
