import type { BrowserWindow, Dialog } from 'electron';
import type { SaveQuestion } from '../../node/services/exportFile';

/**
 * The Electron half of an export: the native save dialog, attached to the window the
 * person is using (the one that asked, since exporting starts with a click in it).
 * Everything else (the name, the checks, the atomic write) is in services/exportFile.
 */
export async function askWhereToSave(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  parent: BrowserWindow | undefined,
  question: SaveQuestion,
): Promise<string | undefined> {
  const options = {
    title: question.title,
    defaultPath: question.defaultPath,
    filters: question.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const answer = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return answer.canceled || !answer.filePath ? undefined : answer.filePath;
}
