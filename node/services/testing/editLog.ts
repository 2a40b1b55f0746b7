import { readFile, writeFile } from 'node:fs/promises';
import type { SessionEvent } from '../../../shared/session/events';
import { encodeRecord } from '../sessions/logRecord';

/**
 * Edits a session log as a person would who then fixed each line's checksum: every record
 * is re-encoded after `edit` changed its JSON text. For tests that need a log the app did not
 * write (a prompt id that is gone, say) but that still reads as whole.
 */
export async function editLog(file: string, edit: (json: string) => string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
  const records = lines.map((line) => {
    const { crc: _crc, ...event } = JSON.parse(line) as SessionEvent & { crc?: string };
    return encodeRecord(JSON.parse(edit(JSON.stringify(event))) as SessionEvent);
  });
  await writeFile(file, records.map((r) => `${r}\n`).join(''));
}
