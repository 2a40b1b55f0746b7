import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TranscriptFile } from '../../../shared/voice/transcript';
import { writeFileAtomic } from '../atomicWrite';
import { isMissing } from '../storeFs';
import { messageOf } from '../../../shared/errors';
import { sessionPaths } from '../sessions/sessionFiles';

/** `sessions/<id>/transcript.json` (docs/session-file.md): beside the audio it was made from. */
export function transcriptPath(dataDir: string, id: string): string {
  return join(sessionPaths(dataDir, id).dir, 'transcript.json');
}

/**
 * The one reader of a session's transcript: undefined when there is none; a file that is not a
 * transcript is refused naming the file and the field, never shown half-read.
 */
export async function readTranscript(file: string): Promise<TranscriptFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON (${messageOf(error)})`, { cause: error });
  }
  const parsed = TranscriptFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file} is not a DesignDrill transcript: ${issue.path.join('.') || '(the file)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Written whole or not at all, so a crash mid-write leaves the transcript before it. */
export async function writeTranscript(file: string, transcript: TranscriptFile): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(TranscriptFile.parse(transcript), null, 2)}\n`);
}
