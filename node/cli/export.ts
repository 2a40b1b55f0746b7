import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { APP_VERSION } from '../services/appPaths';
import { writeFileAtomic } from '../services/atomicWrite';
import { buildSessionExport, exportFileName } from '../services/sessions/exportSession';
import { PrivateLogStore } from '../services/sessions/privateLog';
import { failure } from './errors';
import { sessionPrompt, type PromptSources } from './exportPrompt';
import { readSessionFiles } from './readSession';
import { messageOf } from '../../shared/errors';

export type ExportOptions = {
  out?: string;
  force: boolean;
  /** Where a relative --out (and the default name) lands. */
  cwd: string;
  now: () => number;
  prompts: PromptSources;
};

/**
 * `designdrill export <id>`: the session as one SessionExport file. Reads the data folder
 * only; the one file it writes is the output, and an existing one only with --force.
 */
export async function exportSession(id: string, options: ExportOptions): Promise<{ file: string; events: number; warnings: string[] }> {
  const files = await readSessionFiles(options.prompts.dataDir, id);
  const created = files.events[0]!;
  if (created.type !== 'session.created') throw failure(`the log of session ${id} does not begin with session.created: ${files.paths.events}:1`);
  const { prompt, warnings } = await sessionPrompt(files.paths.dir, id, created.payload.prompt.id, options.prompts);
  // A paired session's interviewer notes and scores go along; a damaged line of them is said, not fatal.
  const own = await new PrivateLogStore({ fileOf: () => files.paths.interviewer }).get(id);
  const exported = buildSessionExport({ id, events: files.events, prompt, interviewer: own.events, app: APP_VERSION, exportedAt: options.now() });
  const file = resolve(options.cwd, options.out ?? exportFileName(id));
  const text = `${JSON.stringify(exported, null, 2)}\n`;
  try {
    if (options.force) await writeFileAtomic(file, text);
    else await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw failure(`${file} already exists; pass --force to replace it, or --out to choose another file`);
    throw failure(`cannot write ${file}: ${messageOf(error)}`);
  }
  return { file, events: files.events.length, warnings: [...files.warnings, ...warnings, ...own.problems] };
}
