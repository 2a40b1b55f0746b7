import { call, hostKind } from '../bridge/bridge';
import { downloadBlob } from '../bridge/fileTransfer';

/**
 * Exports a session as one bundle file (with its recorded voice when `audio`). Electron saves it through its save dialog; the
 * browser host hands the content back and the page downloads it, as any web page does.
 * Resolves to what happened, in words, or undefined when the person cancelled.
 */
export async function exportBundle(id: string, audio = false): Promise<string | undefined> {
  const result = await call('session.exportBundle', { id, audio });
  if (result.saved) return `Saved the session to ${result.path ?? result.fileName}`;
  if (result.content === undefined) return hostKind === 'electron' ? undefined : `The session could not be saved as ${result.fileName}`;
  downloadBlob(new Blob([result.content], { type: 'application/json' }), result.fileName);
  return `Downloaded ${result.fileName}`;
}
