import { z } from 'zod';
import { bounded } from '../schemas/bounded';
import { CanvasElement, CanvasFile, type CanvasState } from './element';
import { visibleElements } from './scene';

/**
 * The `.excalidraw` file: the JSON excalidraw.com saves and opens. Written from the
 * folded canvas at the end of a session and for export.
 */

export const EXCALIDRAW_FILE_SOURCE = 'https://designdrill.app';

/** Where each element's first phase travels in the file: Excalidraw keeps `customData` as it is. */
const PHASE_KEY = 'designdrillPhase';

export const ExcalidrawFile = bounded(z.looseObject({
  type: z.literal('excalidraw'),
  version: z.number().int().positive(),
  source: z.string().optional(),
  elements: z.array(CanvasElement),
  appState: bounded(z.looseObject({ viewBackgroundColor: z.string().optional() })).optional(),
  files: z.record(z.string(), CanvasFile).optional(),
}));
export type ExcalidrawFile = z.infer<typeof ExcalidrawFile>;

export type ExcalidrawFileOptions = {
  /**
   * The theme the diagram was drawn in. Excalidraw's dark mode is a display filter over a
   * scene drawn on white, so the file keeps a white background either way; the theme is
   * written as `appState.theme`, a hint that excalidraw.com ignores when opening (it keeps
   * the viewer's own theme).
   */
  readonly theme?: 'light' | 'dark';
  /** The canvas background, if it was changed from Excalidraw's white. */
  readonly viewBackgroundColor?: string;
};

/**
 * The file for a canvas: its visible elements in stacking order, each carrying the phase
 * it was first drawn in as `customData.designdrillPhase`, and the images they use.
 * As Excalidraw's own "save to disk": no deleted elements, no `lastCommittedPoint`.
 */
export function toExcalidrawFile(canvas: CanvasState, options: ExcalidrawFileOptions = {}): ExcalidrawFile {
  const elements = visibleElements(canvas).map((element) => {
    const out: CanvasElement = { ...element };
    if (element.type === 'arrow' || element.type === 'line') out.lastCommittedPoint = null;
    const phase = canvas.firstPhase[element.id];
    if (phase !== undefined) {
      const customData = isRecord(element.customData) ? element.customData : {};
      out.customData = { ...customData, [PHASE_KEY]: phase };
    }
    return out;
  });
  const files: Record<string, CanvasFile> = {};
  for (const element of elements) {
    const fileId = element.fileId;
    if (typeof fileId === 'string' && canvas.files[fileId]) files[fileId] = canvas.files[fileId];
  }
  return {
    type: 'excalidraw',
    version: 2,
    source: EXCALIDRAW_FILE_SOURCE,
    elements,
    appState: { viewBackgroundColor: options.viewBackgroundColor ?? '#ffffff', gridSize: null, ...(options.theme ? { theme: options.theme } : {}) },
    files,
  };
}

/** Reads a `.excalidraw` file's text (or parsed JSON). Throws a ZodError or SyntaxError when it is not one. */
export function parseExcalidrawFile(input: string | unknown): ExcalidrawFile {
  return ExcalidrawFile.parse(typeof input === 'string' ? JSON.parse(input) : input);
}

/** The first phase of each element, as `toExcalidrawFile` wrote it. */
export function phasesOf(file: Pick<ExcalidrawFile, 'elements'>): Record<string, string> {
  const phases: Record<string, string> = {};
  for (const element of file.elements) {
    const phase = isRecord(element.customData) ? element.customData[PHASE_KEY] : undefined;
    if (typeof phase === 'string') phases[element.id] = phase;
  }
  return phases;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
