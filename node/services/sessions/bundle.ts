import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ParsedRequest, Response } from '../../../shared/bridge/contract';
import { BridgeError } from '../../../shared/bridge/parse';
import type { PrivateEvent } from '../../../shared/pairing/privateLog';
import type { Prompt } from '../../../shared/schemas/prompt';
import { SESSION_EXPORT_FORMAT, SESSION_EXPORT_VERSION, SessionExport, type PromptSnapshot } from '../../../shared/session/exportFile';
import { localDate, safeFileStem } from '../../../shared/fileName';
import type { SaveQuestion } from '../exportFile';
import { writeFileAtomic } from '../atomicWrite';
import { buildSessionExport } from './exportSession';
import { encodeRecord } from './logRecord';
import { readLog } from './readLog';
import { promptMissingMessage, promptSnapshotOf, readPromptSnapshot, writePromptSnapshot } from './reportPrompt';
import { newSessionId, sessionPaths } from './sessionFiles';
import type { AudioStore } from './audioStore';
import type { SessionStore } from './sessionStore';
import { TRASH_DIR } from './trash';
import { messageOf } from '../../../shared/errors';
import { isMissing } from '../storeFs';
import { readTranscript, transcriptPath, writeTranscript } from '../transcripts/transcriptFile';

export type BundleOptions = {
  dataDir: string;
  sessions: SessionStore;
  /** The library's copy of a prompt, for sessions created before prompt.json was kept. */
  findPrompt: (id: string) => Promise<Prompt | undefined>;
  app: string;
  /** The recorded voice: read for a bundle asked to carry it, written back by an import. */
  audio?: Pick<AudioStore, 'forExport' | 'restore'>;
  /** A paired session's private log, to carry in its bundle. */
  privateEventsOf?: (id: string) => Promise<PrivateEvent[]>;
  /** Electron's save dialog; without one (the browser host) the page downloads the content. */
  ask?: (question: SaveQuestion) => Promise<string | undefined>;
  /** Where the first save dialog opens. */
  defaultDir?: string;
  now?: () => number;
};

/** `url-shortener-2026-11-22.designdrill.json`: the prompt and the session's day, readable in a folder. */
export function bundleFileName(promptId: string, createdAt: number): string {
  return `${safeFileStem(promptId, 'session')}-${localDate(createdAt)}.designdrill.json`;
}

/**
 * A session as one file another machine's DesignDrill imports (the SessionExport of
 * `designdrill export`), and importing such a file as a new session folder.
 */
export function createBundles(options: BundleOptions) {
  const now = options.now ?? Date.now;
  let lastDir = options.defaultDir;

  async function promptOf(id: string, promptId: string): Promise<PromptSnapshot> {
    const saved = await readPromptSnapshot(sessionPaths(options.dataDir, id).prompt);
    if ('snapshot' in saved) return saved.snapshot;
    const found = await options.findPrompt(promptId);
    if (!found) throw BridgeError.of('not-found', 'session.exportBundle', promptMissingMessage(id, promptId));
    return promptSnapshotOf(found);
  }

  async function exportBundle({ id, audio }: ParsedRequest<'session.exportBundle'>): Promise<Response<'session.exportBundle'>> {
    const { state } = await options.sessions.get(id);
    const events = await options.sessions.events(id);
    const interviewer = state.mode === 'paired' && options.privateEventsOf ? await options.privateEventsOf(id) : [];
    const built = buildSessionExport({ id, events, prompt: await promptOf(id, state.prompt.id), interviewer, app: options.app, exportedAt: now() });
    const runs = audio && options.audio ? await options.audio.forExport(id) : [];
    const transcript = await readTranscript(transcriptPath(options.dataDir, id)).catch((error: unknown) => {
      throw BridgeError.of('damaged', 'session.exportBundle', `the session's transcript could not be read: ${messageOf(error)}`);
    });
    const bundle = { ...built, ...(runs.length > 0 ? { audio: runs } : {}), ...(transcript ? { transcript } : {}) };
    const fileName = bundleFileName(state.prompt.id, state.createdAt);
    const content = `${JSON.stringify(bundle, null, 2)}\n`;
    if (!options.ask) return { saved: false, fileName, content };
    const chosen = await options.ask({
      title: 'Export the session',
      defaultPath: lastDir ? join(lastDir, fileName) : fileName,
      filters: [
        { name: 'DesignDrill session', extensions: ['json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    if (!chosen) return { saved: false, fileName };
    const path = chosen.toLowerCase().endsWith('.json') ? chosen : `${chosen}.designdrill.json`;
    await writeFileAtomic(path, content);
    lastDir = dirname(path);
    return { saved: true, path, fileName };
  }

  async function importBundle({ name, content }: ParsedRequest<'session.importBundle'>): Promise<Response<'session.importBundle'>> {
    const bundle = parseBundle(name, content);
    const title = bundle.prompt.title;
    let id = bundle.session.id;
    const log = bundle.events.map((e) => encodeRecord(e)).join('\n') + '\n';
    let outcome: 'imported' | 'new-id' = 'imported';
    const here = await existingLog(options.dataDir, id);
    if (here !== undefined) {
      // Compared as events, not bytes: the same log may have been written with its keys in another order.
      if (JSON.stringify(readLog(here).events) === JSON.stringify(bundle.events)) return { id, title, outcome: 'already-here' };
      id = newSessionId(new Date(now()));
      outcome = 'new-id';
    }
    const paths = sessionPaths(options.dataDir, id);
    await mkdir(paths.dir, { recursive: true });
    try {
      await writePromptSnapshot(paths.prompt, bundle.prompt);
      await writeFile(paths.events, log);
      if (bundle.interviewer) await writeFile(paths.interviewer, bundle.interviewer.map((e) => `${JSON.stringify(e)}\n`).join(''));
      if (bundle.audio) await options.audio?.restore(id, bundle.audio);
      if (bundle.transcript) await writeTranscript(transcriptPath(options.dataDir, id), bundle.transcript);
      await options.sessions.adopt(id);
    } catch (error) {
      // Half a folder would list as a damaged session: take it away and say why.
      await rm(paths.dir, { recursive: true, force: true });
      throw BridgeError.of('bad-request', 'session.importBundle', `${name} could not be opened as a session: ${messageOf(error)}`);
    }
    return { id, title, outcome };
  }

  return { exportBundle, importBundle };
}

/** The bundle, or a refusal that names the file and the field at fault. */
function parseBundle(name: string, content: string): SessionExport {
  const refuse = (why: string) => BridgeError.of('bad-request', 'session.importBundle', `${name} ${why}`);
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw refuse(`is not JSON (${messageOf(error)})`);
  }
  const head = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown };
  if (head.format !== SESSION_EXPORT_FORMAT) throw refuse(`is not a DesignDrill session file (its "format" should be "${SESSION_EXPORT_FORMAT}")`);
  if (typeof head.version === 'number' && head.version > SESSION_EXPORT_VERSION) {
    throw refuse(`was written by a newer DesignDrill (session file version ${head.version}; this one reads version ${SESSION_EXPORT_VERSION}): update DesignDrill to import it`);
  }
  const parsed = SessionExport.safeParse(data);
  if (parsed.success) {
    const created = parsed.data.events[0]!;
    if (created.type !== 'session.created') throw refuse('does not hold a whole session: events.0 should be session.created');
    return parsed.data;
  }
  const issue = parsed.error.issues[0]!;
  throw refuse(`does not match the session file format: ${issue.path.join('.') || '(the file)'}: ${issue.message}`);
}

/** The log of a session with this id, listed or in the trash, or undefined when there is none. */
async function existingLog(dataDir: string, id: string): Promise<string | undefined> {
  const listed = sessionPaths(dataDir, id);
  try {
    return await readFile(listed.events, 'utf8');
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  // The folder may exist without a log (damaged): its id is taken all the same.
  if (await taken(listed.dir)) return '';
  const trashed = join(dataDir, TRASH_DIR, id);
  return (await taken(trashed)) ? '' : undefined;
}

async function taken(dir: string): Promise<boolean> {
  return stat(dir).then(
    () => true,
    () => false,
  );
}
