import { z } from 'zod';
import { bounded } from '../../schemas/bounded';
import { CanvasElement } from '../element';

/** One shape someone added to their own library, as Excalidraw keeps it. */
export const PersonalLibraryItem = bounded(z.looseObject({
  id: z.string().min(1).max(200),
  status: z.enum(['published', 'unpublished']),
  created: z.number(),
  name: z.string().max(500).optional(),
  elements: z.array(CanvasElement).min(1).max(5_000),
}));
export type PersonalLibraryItem = z.infer<typeof PersonalLibraryItem>;

/**
 * The file in the data folder: a standard `.excalidrawlib`, so it can be shared with
 * excalidraw.com or another DesignDrill as it is.
 */
export const PersonalLibraryFile = z.object({
  type: z.literal('excalidrawlib'),
  version: z.literal(2),
  source: z.string().optional(),
  libraryItems: z.array(PersonalLibraryItem).max(1_000),
});
export type PersonalLibraryFile = z.infer<typeof PersonalLibraryFile>;
