import { mkdir, readdir, readFile, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BridgeError } from '../../../shared/bridge/parse';
import { timings } from '../../../shared/session/clock';
import { decide, stamp, type SessionCommand } from '../../../shared/session/commands';
import type { EventDraft, SessionEvent } from '../../../shared/session/events';
import type { Plan } from '../../../shared/session/plan';
import { fold, reduce } from '../../../shared/session/reduce';
import type { SessionState } from '../../../shared/session/state';
import type { SessionSummary } from '../../../shared/session/summary';
import { writeFileAtomic } from '../atomicWrite';
import { quarantine } from '../quarantine';
import { AppendLog } from './appendLog';
import { readLog } from './readLog';
import { META_VERSION, SESSIONS_DIR, SNAPSHOT_VERSION, SessionMeta, Snapshot, newSessionId, sessionPaths } from './sessionFiles';

export const SNAPSHOT_EVERY_EVENTS = 500;
export const SNAPSHOT_EVERY_MS = 60_000;

type Open = {
  id: string;
  state: SessionState;
  log: AppendLog;
  paths: ReturnType<typeof sessionPaths>;
  /** Appends to one session run one at a time, in order. */
  chain: Promise<unknown>;
  eventsSinceSnapshot: number;
  lastSnapshotAt: number;
  /** What loading found and mended, shown to whoever opens the session. */
  warnings: string[];
};

export type SessionStoreOptions = {
  dataDir: string;
  now?: () => number;
  onAppended?: (id: string, event: SessionEvent) => void;
  log?: (line: string) => void;
};

/**
 * The authoritative session logs. Windows send commands; this turns each into an event,
 * appends it, folds it, and tells every window. Loaded sessions stay open for appends.
 */
export class SessionStore {
  private readonly open = new Map<string, Promise<Open>>();
  private readonly now: () => number;
  private readonly notify: (id: string, event: SessionEvent) => void;
  private readonly log: (line: string) => void;

  constructor(private readonly options: SessionStoreOptions) {
    this.now = options.now ?? Date.now;
    this.notify = options.onAppended ?? (() => {});
    this.log = options.log ?? (() => {});
  }

  async create(prompt: { id: string; title: string }, plan: Plan, mode: 'solo' | 'paired'): Promise<{ id: string; state: SessionState }> {
    const at = this.now();
    const id = newSessionId(new Date(at));
    const paths = sessionPaths(this.options.dataDir, id);
    await mkdir(paths.dir, { recursive: true });
    const event = stamp(undefined, { type: 'session.created', payload: { prompt, plan, mode } }, at);
    await writeFile(paths.events, `${JSON.stringify(event)}\n`);
    const state = reduce(undefined, event);
    await this.writeMeta(id, state);
    const entry: Open = { id, state, paths, log: await this.openLog(paths.events), chain: Promise.resolve(), eventsSinceSnapshot: 1, lastSnapshotAt: at, warnings: [] };
    this.open.set(id, Promise.resolve(entry));
    this.notify(id, event);
    return { id, state };
  }

  /** The session as it stands, loading it from disk the first time. */
  async get(id: string): Promise<{ state: SessionState; warnings: string[] }> {
    let pending = this.open.get(id);
    if (!pending) {
      pending = this.load(id);
      this.open.set(id, pending);
      pending.catch(() => this.open.delete(id));
    }
    const entry = await pending;
    await entry.chain;
    return { state: entry.state, warnings: entry.warnings };
  }

  async command(id: string, command: SessionCommand): Promise<{ event: SessionEvent; state: SessionState }> {
    await this.get(id);
    return this.appendDraft(id, (state) => {
      const decision = decide(state, command);
      if (!decision.ok) throw BridgeError.of('bad-request', 'session.append', `${command.type} refused: ${decision.reason}`);
      return { draft: decision.draft, at: this.now() };
    });
  }

  /** Pauses every running session at `at` (when the machine went to sleep). */
  async pauseRunning(reason: 'suspend' | 'closed', at: number, detectedAt: number): Promise<void> {
    for (const [id, pending] of this.open) {
      const entry = await pending.catch(() => undefined);
      if (entry?.state.status !== 'running') continue;
      await this.appendDraft(id, () => ({ draft: { type: 'session.paused', payload: { reason, detectedAt } }, at: Math.min(at, detectedAt) }));
    }
  }

  /** Marks running sessions as alive, so a crash can later be dated to the last second. */
  async heartbeat(): Promise<void> {
    const at = new Date(this.now());
    for (const pending of this.open.values()) {
      const entry = await pending.catch(() => undefined);
      if (entry?.state.status === 'running') await utimes(entry.paths.events, at, at).catch(() => {});
    }
  }

  async list(): Promise<SessionSummary[]> {
    const root = join(this.options.dataDir, SESSIONS_DIR);
    let ids: string[];
    try {
      ids = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const summaries = await Promise.all(ids.map((id) => this.summaryOf(id)));
    return summaries.filter((s): s is SessionSummary => s !== undefined).sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Stops running clocks (the app is quitting, not the person pausing) and flushes everything. */
  async close(): Promise<void> {
    const now = this.now();
    await this.pauseRunning('closed', now, now);
    for (const pending of this.open.values()) {
      const entry = await pending.catch(() => undefined);
      if (!entry) continue;
      await entry.chain;
      await this.writeSnapshot(entry);
      await entry.log.close();
    }
    this.open.clear();
  }

  private async appendDraft(id: string, make: (state: SessionState) => { draft: EventDraft; at: number }): Promise<{ event: SessionEvent; state: SessionState }> {
    const entry = await this.open.get(id)!;
    const run = entry.chain.then(async () => {
      const { draft, at } = make(entry.state);
      const event = stamp(entry.state, draft, at);
      await entry.log.append(JSON.stringify(event));
      const before = entry.state;
      entry.state = reduce(entry.state, event);
      entry.eventsSinceSnapshot++;
      this.notify(id, event);
      if (before.status !== entry.state.status || before.phaseIndex !== entry.state.phaseIndex || event.type === 'phase.extended') {
        await this.writeMeta(id, entry.state);
      }
      if (entry.state.status === 'ended') {
        await entry.log.flush();
        await this.writeSnapshot(entry);
      } else if (entry.eventsSinceSnapshot >= SNAPSHOT_EVERY_EVENTS || at - entry.lastSnapshotAt >= SNAPSHOT_EVERY_MS) {
        await this.writeSnapshot(entry);
      }
      return { event, state: entry.state };
    });
    entry.chain = run.catch(() => {});
    return run;
  }

  private async load(id: string): Promise<Open> {
    const warnings: string[] = [];
    const paths = sessionPaths(this.options.dataDir, id);
    const text = await readFile(paths.events, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw BridgeError.of('not-found', 'session.open', `no session "${id}"`);
      throw error;
    });
    const read = readLog(text);
    if (read.tornTail) {
      warnings.push(`The end of the session log was cut off by a crash: ${read.tornTail}.`);
      await truncate(paths.events, Buffer.byteLength(text) - Buffer.byteLength(text.slice(text.lastIndexOf('\n') + 1)));
    }
    if (read.damaged) {
      const moved = await quarantine(this.options.dataDir, paths.events, `line ${read.damaged.line} ${read.damaged.reason}`);
      await writeFileAtomic(paths.events, text.slice(0, read.damaged.validBytes));
      warnings.push(`The session log breaks at line ${read.damaged.line} (${read.damaged.reason}); the events before it were kept and the whole file was moved to ${moved}.`);
    }
    if (read.events.length === 0) throw BridgeError.of('internal', 'session.open', `the log of session "${id}" holds no readable events`);

    const snapshot = await this.readSnapshot(paths.snapshot, warnings);
    const usable = snapshot && snapshot.lastSeq <= read.events[read.events.length - 1]!.seq ? snapshot : undefined;
    let state = fold(read.events, usable);
    const entry: Open = {
      id,
      state,
      paths,
      log: await this.openLog(paths.events),
      chain: Promise.resolve(),
      eventsSinceSnapshot: read.events.length - (usable?.lastSeq ?? 0),
      lastSnapshotAt: this.now(),
      warnings,
    };
    if (state.status === 'running') {
      // The app stopped while the clock ran: stop it at the last sign of life.
      const alive = Math.max(state.lastAt, (await stat(paths.events)).mtimeMs);
      const at = Math.round(Math.min(alive, this.now()));
      const event = stamp(state, { type: 'session.paused', payload: { reason: 'closed', detectedAt: this.now() } }, at);
      await entry.log.append(JSON.stringify(event));
      state = entry.state = reduce(state, event);
      await this.writeMeta(id, state);
      warnings.push('DesignDrill stopped while this session was running; its clock was paused at the last moment it was seen alive.');
    }
    return entry;
  }

  private async readSnapshot(file: string, warnings: string[]): Promise<SessionState | undefined> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    let problem: string;
    try {
      const parsed = Snapshot.safeParse(JSON.parse(text));
      if (parsed.success && parsed.data.state.lastSeq === parsed.data.seq) return parsed.data.state;
      problem = parsed.success ? 'its seq does not match its state' : `it does not match the snapshot schema (${parsed.error.issues[0]!.message})`;
    } catch (error) {
      problem = `it is not JSON (${(error as Error).message})`;
    }
    const moved = await quarantine(this.options.dataDir, file, problem);
    warnings.push(`The session's snapshot was damaged (${problem}) and was moved to ${moved}; the session was rebuilt from its log.`);
    return undefined;
  }

  private async summaryOf(id: string): Promise<SessionSummary | undefined> {
    const paths = sessionPaths(this.options.dataDir, id);
    const loaded = this.open.get(id);
    if (loaded) {
      const entry = await loaded.catch(() => undefined);
      if (entry) return this.metaOf(id, entry.state);
    }
    let problem: string;
    try {
      const parsed = SessionMeta.safeParse(JSON.parse(await readFile(paths.meta, 'utf8')));
      // Running on disk but not open here means the app stopped mid-session: loading pauses it.
      if (parsed.success && parsed.data.status === 'running') return this.metaOf(id, (await this.get(id)).state);
      if (parsed.success) return parsed.data;
      problem = `session.json does not match its schema (${parsed.error.issues[0]!.message})`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') problem = 'session.json is missing';
      else problem = `session.json is not readable (${(error as Error).message})`;
    }
    // The metadata is only a summary of the log: set it aside and rebuild it from the log.
    if (problem !== 'session.json is missing') await quarantine(this.options.dataDir, paths.meta, problem).catch(() => {});
    try {
      const { state } = await this.get(id);
      const meta = await this.writeMeta(id, state);
      this.log(`rebuilt the metadata of session ${id}: ${problem}`);
      return meta;
    } catch (error) {
      return {
        id,
        prompt: { id: 'unknown', title: 'Unreadable session' },
        plan: { id: 'unknown', name: '' },
        createdAt: 0,
        status: 'damaged',
        activeMs: 0,
        plannedMs: 0,
        lastAt: 0,
        problem: `${problem}; the log could not be read either: ${(error as Error).message}`,
      };
    }
  }

  private metaOf(id: string, state: SessionState): SessionMeta {
    const time = timings(state, state.lastAt);
    return {
      v: META_VERSION,
      id,
      prompt: state.prompt,
      plan: state.plan,
      createdAt: state.createdAt,
      status: state.status,
      activeMs: Math.round(time.elapsedMs),
      plannedMs: time.plannedMs,
      lastAt: state.lastAt,
    };
  }

  private async writeMeta(id: string, state: SessionState): Promise<SessionMeta> {
    const meta = this.metaOf(id, state);
    await writeFileAtomic(sessionPaths(this.options.dataDir, id).meta, `${JSON.stringify(meta, null, 2)}\n`);
    return meta;
  }

  private async writeSnapshot(entry: Open): Promise<void> {
    const snapshot: Snapshot = { v: SNAPSHOT_VERSION, seq: entry.state.lastSeq, state: entry.state };
    await writeFileAtomic(entry.paths.snapshot, JSON.stringify(snapshot));
    entry.eventsSinceSnapshot = 0;
    entry.lastSnapshotAt = this.now();
  }

  private openLog(file: string): Promise<AppendLog> {
    return AppendLog.open(file, (error) => this.log(`could not flush ${file}: ${(error as Error).message}`));
  }
}
