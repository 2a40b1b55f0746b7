import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { ParsedRequest, Response } from '../../shared/bridge/contract';
import { BridgeError } from '../../shared/bridge/parse';
import { designDocName } from '../../shared/designDoc/package';
import { writeFileAtomic } from './atomicWrite';
import type { SaveQuestion } from './exportFile';

/**
 * Saving a design-document package (a .zip the page made) where the person chooses. As
 * with diagrams: the Electron side supplies only the dialog; the browser host has none,
 * answers `saved: false`, and the page downloads the file itself.
 */

export type DesignDocRequest = ParsedRequest<'designDoc.export'>;

export type SaveDesignDocDeps = {
  /** The save dialog; absent in the browser host. */
  ask?: (question: SaveQuestion) => Promise<string | undefined>;
  /** The session's prompt title and creation time, for the default name. */
  sessionOf: (id: string) => Promise<{ title: string; createdAt: number }>;
  defaultDir?: string;
  write?: (file: string, data: Uint8Array) => Promise<void>;
};

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** The bytes to write, checked to be a zip: a message from a window is untrusted. */
export function designDocBytes(content: string): Uint8Array {
  const refuse = (why: string) => BridgeError.of('bad-request', 'designDoc.export', `the design document is not a valid package: ${why}`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(content) || content.length % 4 !== 0) throw refuse('the content is not base64');
  const bytes = Buffer.from(content, 'base64');
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) throw refuse('it is not a zip file');
  return bytes;
}

export function createSaveDesignDoc(deps: SaveDesignDocDeps): (request: DesignDocRequest) => Promise<Response<'designDoc.export'>> {
  let lastDir = deps.defaultDir ?? homedir();
  const write = deps.write ?? writeFileAtomic;
  return async ({ id, content }) => {
    const data = designDocBytes(content);
    const session = await deps.sessionOf(id);
    if (!deps.ask) return { saved: false };
    const chosen = await deps.ask({
      title: 'Export the design document',
      defaultPath: join(lastDir, `${designDocName(session.title, session.createdAt)}.zip`),
      filters: [
        { name: 'Zip archive', extensions: ['zip'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    if (!chosen) return { saved: false };
    if (!isAbsolute(chosen)) throw BridgeError.of('bad-request', 'designDoc.export', `the save dialog answered a relative path: ${chosen}`);
    const path = chosen.toLowerCase().endsWith('.zip') ? chosen : `${chosen}.zip`;
    await write(path, data);
    lastDir = dirname(path);
    return { saved: true, path };
  };
}
