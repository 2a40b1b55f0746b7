import { call, hostKind } from '../bridge/bridge';

/**
 * Exports a session as one bundle file (with its recorded voice when `audio`). Electron saves it through its save dialog; the
 * browser host hands the content back and the page downloads it, as any web page does.
 * Resolves to what happened, in words, or undefined when the person cancelled.
 */
export async function exportBundle(id: string, audio = false): Promise<string | undefined> {
  const result = await call('session.exportBundle', { id, audio });
  if (result.saved) return `Saved the session to ${result.path ?? result.fileName}`;
  if (result.content === undefined) return hostKind === 'electron' ? undefined : `The session could not be saved as ${result.fileName}`;
  const url = URL.createObjectURL(new Blob([result.content], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: result.fileName, rel: 'noopener' });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `Downloaded ${result.fileName}`;
}
