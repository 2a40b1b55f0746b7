import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BridgeError } from '../../../shared/bridge/parse';
import type { SessionSummary } from '../../../shared/session/summary';
import { SESSIONS_DIR, SessionMeta } from './sessionFiles';
import type { SessionStore } from './sessionStore';
import { unreadableSummary } from './damageNote';
import { messageOf } from '../../../shared/errors';
import { isMissing } from '../storeFs';

export const TRASH_DIR = 'trash';

/**
 * The trash: a deleted session's folder moves whole into `<dataDir>/trash/<id>/` and back.
 * Only `erase` removes anything, and only from the trash, so a slip of the mouse in the
 * list never costs a session.
 */
export class SessionTrash {
  constructor(
    private readonly dataDir: string,
    private readonly sessions: SessionStore,
  ) {}

  private listed(id: string): string {
    return join(this.dataDir, SESSIONS_DIR, id);
  }

  private trashed(id: string): string {
    return join(this.dataDir, TRASH_DIR, id);
  }

  async trash(id: string): Promise<void> {
    await mustExist(this.listed(id), 'session.trash', `no session "${id}"`);
    if (await exists(this.trashed(id))) {
      throw BridgeError.of('bad-request', 'session.trash', `the trash already holds a session "${id}": erase or restore that one first`);
    }
    await this.sessions.release(id, 'session.trash');
    await mkdir(join(this.dataDir, TRASH_DIR), { recursive: true });
    await rename(this.listed(id), this.trashed(id));
  }

  async restore(id: string): Promise<void> {
    await mustExist(this.trashed(id), 'session.restore', `no session "${id}" in the trash`);
    if (await exists(this.listed(id))) {
      throw BridgeError.of('bad-request', 'session.restore', `a session "${id}" is already in the list; the trashed copy stays in ${this.trashed(id)}`);
    }
    await mkdir(join(this.dataDir, SESSIONS_DIR), { recursive: true });
    await rename(this.trashed(id), this.listed(id));
  }

  async erase(id: string): Promise<void> {
    await mustExist(this.trashed(id), 'trash.erase', `no session "${id}" in the trash (only a trashed session can be erased)`);
    await rm(this.trashed(id), { recursive: true, force: true });
  }

  /** What each trashed session's session.json says; the trash is never mended, only shown. */
  async list(): Promise<SessionSummary[]> {
    let ids: string[];
    try {
      ids = (await readdir(join(this.dataDir, TRASH_DIR), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const summaries = await Promise.all(ids.map((id) => this.summaryOf(id)));
    return summaries.sort((a, b) => b.createdAt - a.createdAt);
  }

  private async summaryOf(id: string): Promise<SessionSummary> {
    const file = join(this.trashed(id), 'session.json');
    let problem: string;
    try {
      const parsed = SessionMeta.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (parsed.success) {
        const { v: _v, ...summary } = parsed.data;
        return summary;
      }
      problem = `session.json does not match its schema (${parsed.error.issues[0]!.message})`;
    } catch (error) {
      problem = `session.json is not readable (${messageOf(error)})`;
    }
    return unreadableSummary(id, problem);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: unknown) => {
      if (isMissing(error)) return false;
      throw error;
    },
  );
}

async function mustExist(path: string, channel: string, message: string): Promise<void> {
  if (!(await exists(path))) throw BridgeError.of('not-found', channel, message);
}
