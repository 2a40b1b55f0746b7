import type { LibraryItems } from '@excalidraw/excalidraw/types';
import { systemDesignLibraryItems as drawLibrary } from '../../shared/canvas/library/systemDesignLibrary';

/**
 * The system-design shapes for Excalidraw's library panel (client, DNS, CDN, load balancer,
 * service, cache, stores, queue…), drawn by shared/canvas/library and bundled, so the panel
 * needs nothing from libraries.excalidraw.com.
 */
export function systemDesignLibraryItems(): LibraryItems {
  return drawLibrary() as unknown as LibraryItems;
}
