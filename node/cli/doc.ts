import { stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { toExcalidrawFile } from '../../shared/canvas/excalidrawFile';
import { visibleElements } from '../../shared/canvas/scene';
import { designDocument } from '../../shared/designDoc/designDoc';
import { designDocName } from '../../shared/designDoc/package';
import { fold } from '../../shared/session/reduce';
import { writeFileAtomic } from '../services/atomicWrite';
import { failure } from './errors';
import type { PromptSources } from './exportPrompt';
import { readScorable } from './score';
import { messageOf } from '../../shared/errors';

export type DocOptions = {
  out?: string;
  force: boolean;
  /** Where a relative source or --out (and the default name) lands. */
  cwd: string;
  prompts: PromptSources;
};

/**
 * `designdrill doc <id | folder | export file>`: the session's design document as Markdown.
 * There is no renderer here to draw the diagram as an image, so the scene goes beside the
 * document as `<name>.excalidraw` and the Markdown links to it. Reads only; writes those two files.
 */
export async function writeDesignDoc(source: string, options: DocOptions): Promise<{ files: string[]; warnings: string[] }> {
  const session = await readScorable(source, options);
  const state = fold(session.events);
  const file = resolve(options.cwd, options.out ?? `${designDocName(state.prompt.title, state.createdAt)}.md`);
  const warnings = [...session.warnings];
  if (state.status !== 'ended') warnings.push(`session ${session.id} has not ended (it is ${state.status}); the document shows it as it stands`);

  const drawn = visibleElements(state.canvas).length > 0;
  const scene = join(dirname(file), `${basename(file).replace(/\.(md|markdown)$/i, '')}.excalidraw`);
  const markdown = designDocument({ state, brief: session.prompt.brief, ...(drawn ? { diagram: { kind: 'scene', file: basename(scene) } } : {}) });
  const files = drawn ? [file, scene] : [file];
  // Both refused before either is written, so a clash never leaves half a document.
  if (!options.force) for (const f of files) if (await stat(f).catch(() => undefined)) throw exists(f);
  await put(file, markdown, options.force);
  if (drawn) await put(scene, `${JSON.stringify(toExcalidrawFile(state.canvas), null, 2)}\n`, options.force);
  return { files, warnings };
}

const exists = (file: string) => failure(`${file} already exists; pass --force to replace it, or --out to choose another file`);

async function put(file: string, text: string, force: boolean): Promise<void> {
  try {
    if (force) await writeFileAtomic(file, text);
    else await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(file);
    throw failure(`cannot write ${file}: ${messageOf(error)}`);
  }
}
