import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { ParsedRequest, Response } from '../../shared/bridge/contract';
import { BridgeError } from '../../shared/bridge/parse';
import { localDate, safeFileStem } from '../../shared/fileName';
import { writeFileAtomic } from './atomicWrite';
import { messageOf } from '../../shared/errors';

/**
 * Saving an exported diagram where the person chooses. The Electron main process supplies
 * only the dialog (`ask`); naming, checking and writing live here, in plain Node.
 */

export type ExportRequest = ParsedRequest<'diagram.export'>;
export type ExportFormat = ExportRequest['format'];

const EXTENSIONS: Record<ExportFormat, string> = { png: 'png', svg: 'svg', excalidraw: 'excalidraw' };
const FILTER_NAMES: Record<ExportFormat, string> = { png: 'PNG image', svg: 'SVG image', excalidraw: 'Excalidraw drawing' };


/** The save dialog's filters: the format itself, then any file. */
export function exportFilters(format: ExportFormat): { name: string; extensions: string[] }[] {
  return [
    { name: FILTER_NAMES[format], extensions: [EXTENSIONS[format]] },
    { name: 'All files', extensions: ['*'] },
  ];
}

/** "Design a URL Shortener 2026-11-22.png": the prompt's title, the session's date, the format. */
export function exportFileName(title: string, sessionCreatedAt: number, format: ExportFormat): string {
  return `${safeFileStem(title)} ${localDate(sessionCreatedAt)}.${EXTENSIONS[format]}`;
}

/** The chosen path with the format's extension, added when the person typed a name without it. */
export function withExtension(path: string, format: ExportFormat): string {
  const ext = `.${EXTENSIONS[format]}`;
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The bytes to write, checked to be what the format says: a message from a window is
 * untrusted, and a file named .png that is not one would only confuse later.
 */
export function exportBytes(format: ExportFormat, content: string): Uint8Array | string {
  const refuse = (why: string) => BridgeError.of('bad-request', 'diagram.export', `the ${format} export is not valid: ${why}`);
  switch (format) {
    case 'png': {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(content) || content.length % 4 !== 0) throw refuse('the content is not base64');
      const bytes = Buffer.from(content, 'base64');
      if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) throw refuse('it does not start with the PNG signature');
      return bytes;
    }
    case 'svg':
      if (!/<svg[\s>]/.test(content.slice(0, 4096))) throw refuse('there is no <svg> element at its start');
      return content;
    case 'excalidraw': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(content);
      } catch (error) {
        throw refuse(`it is not JSON (${messageOf(error)})`);
      }
      const file = parsed as { type?: unknown; elements?: unknown } | null;
      if (typeof file !== 'object' || file === null || file.type !== 'excalidraw' || !Array.isArray(file.elements)) {
        throw refuse('it is not an Excalidraw scene (type "excalidraw" with elements)');
      }
      return content;
    }
  }
}

/** What the save dialog is asked; the Electron side shows it and answers the path, or nothing when cancelled. */
export type SaveQuestion = {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
};

export type SaveExportDeps = {
  /** Shows the save dialog. */
  ask: (question: SaveQuestion) => Promise<string | undefined>;
  /** The session's prompt title and creation time, for the default name. */
  sessionOf: (id: string) => Promise<{ title: string; createdAt: number }>;
  /** Where the dialog opens the first time (the Documents folder, say). */
  defaultDir?: string;
  write?: (file: string, data: Uint8Array | string) => Promise<void>;
};

/**
 * The `saveExport` of ServicesOptions: asks where, then writes atomically. Later dialogs
 * open in the folder chosen last. A cancelled dialog answers `{saved: false}`.
 */
export function createSaveExport(deps: SaveExportDeps): (request: ExportRequest) => Promise<Response<'diagram.export'>> {
  let lastDir = deps.defaultDir ?? homedir();
  const write = deps.write ?? writeFileAtomic;
  return async ({ id, format, content }) => {
    // Check before asking: no dialog for a file that could not be written anyway.
    const data = exportBytes(format, content);
    const session = await deps.sessionOf(id);
    const chosen = await deps.ask({
      title: `Export the diagram as ${FILTER_NAMES[format]}`,
      defaultPath: join(lastDir, exportFileName(session.title, session.createdAt, format)),
      filters: exportFilters(format),
    });
    if (!chosen) return { saved: false };
    if (!isAbsolute(chosen)) throw BridgeError.of('bad-request', 'diagram.export', `the save dialog answered a relative path: ${chosen}`);
    const path = withExtension(chosen, format);
    await write(path, data);
    lastDir = dirname(path);
    return { saved: true, path };
  };
}
