import type { ExcalidrawImperativeAPI, LibraryItems } from '@excalidraw/excalidraw/types';
import { useCallback, useEffect, useRef } from 'react';
import { LIBRARY_ENTRIES } from '../../shared/canvas/library/systemDesignLibrary';
import type { PersonalLibraryItem } from '../../shared/canvas/library/personalLibrary';
import { call, describeError } from '../bridge/bridge';

const BUNDLED = new Set(LIBRARY_ENTRIES.map((e) => e.id));
const SAVE_AFTER_MS = 500;

/**
 * Keeps the shapes a person adds to the library panel in the data folder. The bundled
 * system-design shapes are never saved: they come with the app. Nothing is saved until the
 * saved shapes are back in the panel, or the first change would write an empty library.
 */
export function usePersonalLibrary(api: ExcalidrawImperativeAPI | null, onError: (text: string) => void) {
  const ready = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!api) return;
    let live = true;
    call('library.list', {})
      .then(async ({ items }) => {
        if (!live) return;
        if (items.length > 0) await api.updateLibrary({ libraryItems: items as unknown as LibraryItems, merge: true });
        ready.current = true;
      })
      .catch((error: unknown) => onError(`Your own library shapes could not be loaded: ${describeError(error)}`));
    return () => {
      live = false;
    };
  }, [api, onError]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return useCallback(
    (items: LibraryItems) => {
      if (!ready.current) return;
      const own = items.filter((item) => !BUNDLED.has(item.id)) as unknown as PersonalLibraryItem[];
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        call('library.save', { items: own }).catch((error: unknown) => onError(`Your library shapes were not saved: ${describeError(error)}`));
      }, SAVE_AFTER_MS);
    },
    [onError],
  );
}
