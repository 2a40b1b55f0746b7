import { join } from 'node:path';
import { BridgeError } from '../../../shared/bridge/parse';
import { decide, stamp, type SessionCommand } from '../../../shared/session/commands';
import type { EventDraft, SessionEvent } from '../../../shared/session/events';
import type { Plan } from '../../../shared/session/plan';
import { fold, reduce } from '../../../shared/session/reduce';
import type { SessionState } from '../../../shared/session/state';
import type { SessionSummary } from '../../../shared/session/summary';
import { DEFAULT_LEVEL, type TargetLevel } from '../../../shared/session/level';
import type { PromptSnapshot } from '../../../shared/session/exportFile';
import { writeFileAtomic } from '../atomicWrite';
import { lowSpaceWarning } from '../diskCheck';
import { quarantine } from '../quarantine';
import { nodeFs, type StoreFs, isMissing } from '../storeFs';
import { AppendLog, READ_ONLY_LOG, type LogWriter } from './appendLog';
import { canvasFilePath, writeCanvasFile } from './canvasFile';
import { damagedSummary, LOG_UNREADABLE, whereOf, logStamp, readDamageNote, rebuiltWarning, sameStamp, stillUnreadable, writeDamageNote, type DamageNote } from './damageNote';
import { crcOf, encodeRecord } from './logRecord';
import { writePromptSnapshot } from './reportPrompt';
import { readForLoad, type StoreContext } from './sessionRead';
import { closingOf, repairOnLoad } from './sessionRepair';
import { summaryOfState, withBand } from './sessionRow';
import { readSessionLog, UnreadableLog, type LogReading } from './sessionLog';
import { META_VERSION, SESSIONS_DIR, SNAPSHOT_VERSION, SessionMeta, newSessionId, sessionPaths, summaryOfMeta, type LogStamp, type Snapshot } from './sessionFiles';
import { clockTime, diskTrouble, savingFailed } from './storageError';
import { messageOf } from '../../../shared/errors';

type Kept = NonNullable<SessionSummary['kept']>;

export const SNAPSHOT_EVERY_EVENTS = 500;
export const SNAPSHOT_EVERY_MS = 60_000;
/** A session folder being made: renamed to the session's id once its first files are in. */
const MAKING_PREFIX = '.making-';

/** A session that could not be made: a disk's refusal in words, anything else as it is. */
function refusedStart(error: unknown): unknown {
  const trouble = diskTrouble(error);
  return trouble === undefined ? error : BridgeError.of('storage', 'session.create', `Cannot start a session: ${trouble}.`);
}

type Open = {
  id: string;
  state: SessionState;
  log: LogWriter;
  paths: ReturnType<typeof sessionPaths>;
  /** Appends to one session run one at a time, in order. */
  chain: Promise<unknown>;
  eventsSinceSnapshot: number;
  lastSnapshotAt: number;
  /** Length of the log through the last event appended: where a snapshot of `state` ends in it. */
  bytes: number;
  /** CRC-32 of those bytes, for the snapshot to record. */
  crc: number;
  /** Why nothing can be added to this session now (the disk refused a mend); it opened to be read. */
  readOnly?: string;
  /** What loading found and mended, shown to whoever opens the session. */
  warnings: string[];
  /** Why session.json had to be rebuilt from the log, kept in every rewrite of it for the session list. */
  listWarning?: string;
  /** The log was repaired to the records before damage: what the list says of it. */
  kept?: Kept;
  /** The log's size and mtime as this store last read it whole or wrote it: a list finding it otherwise checks it again. */
  stamp?: LogStamp;
  /**
   * Opened read-only: the event that closes what was read (its lost end, or the pause of a clock
   * found running), folded into `state` but not in the log, which cannot take it yet. Every
   * reader gets it after the log's events, so all of them see the same session.
   */
  unwritten?: SessionEvent;
};

export type SessionStoreOptions = {
  dataDir: string;
  /** The wall clock: stamps events and times running sessions in the list. Date.now unless given. */
  now?: () => number;
  onAppended?: (id: string, event: SessionEvent) => void;
  log?: (line: string) => void;
  /** The file system under the store: node:fs/promises, or a test's faulty disk. */
  fs?: StoreFs;
  /** The data folder cannot be written: sessions open to be read, nothing is mended or added. */
  readOnly?: string;
  /** A list's row turned out otherwise once its log, changed on disk since, was checked behind the list: the row as it now is. */
  onChecked?: (summary: SessionSummary) => void;
};

/**
 * The authoritative session logs. Windows send commands; this turns each into an event,
 * appends it, folds it, and tells every window. Loaded sessions stay open for appends.
 */
export class SessionStore {
  private readonly open = new Map<string, Promise<Open>>();
  /** Sessions a list's check opened that nobody else has asked for since: closed again once checked. */
  private readonly borrowed = new Set<string>();
  /** Sessions whose changed log a list found, to be checked behind it, one at a time, with the row the list gave. */
  private readonly toCheck = new Map<string, SessionSummary>();
  /**
   * Rows a check found on a data folder that cannot be written, where no verdict can be noted
   * beside the session: kept here instead (with the log's stamp they hold for), so the session
   * is let go once checked and the next list neither reads its log again nor opens it.
   */
  private readonly unsaved = new Map<string, { stamp: LogStamp | null; row: SessionSummary }>();
  private checking: Promise<void> | undefined;
  private closing = false;
  private readonly now: () => number;
  private readonly notify: (id: string, event: SessionEvent) => void;
  private readonly log: (line: string) => void;
  private readonly fs: StoreFs;

  /** What reading and repairing a session's files (sessionRead.ts, sessionRepair.ts) need of this store. */
  private readonly context: StoreContext;

  constructor(private readonly options: SessionStoreOptions) {
    this.fs = options.fs ?? nodeFs;
    this.now = options.now ?? Date.now;
    this.notify = options.onAppended ?? (() => {});
    this.log = options.log ?? (() => {});
    this.context = { dataDir: options.dataDir, fs: this.fs, now: this.now, log: this.log, ...(options.readOnly !== undefined ? { readOnly: options.readOnly } : {}) };
  }

  async create(
    prompt: { id: string; title: string },
    plan: Plan,
    mode: 'solo' | 'paired',
    level: TargetLevel = DEFAULT_LEVEL,
    /** The whole prompt, kept beside the log so the report scores against it as it was. */
    snapshot?: PromptSnapshot,
  ): Promise<{ id: string; state: SessionState }> {
    const at = this.now();
    const id = newSessionId(new Date(at));
    if (this.options.readOnly) throw BridgeError.of('storage', 'session.create', `Cannot start a session: ${this.options.readOnly}.`);
    const paths = sessionPaths(this.options.dataDir, id);
    const event = stamp(undefined, { type: 'session.created', payload: { prompt, plan, mode, level } }, at);
    const line = `${encodeRecord(event)}\n`;
    const state = reduce(undefined, event);
    // Made under a dot-name and renamed into place whole: a crash half-way leaves no half a session in the list.
    const making = join(this.options.dataDir, SESSIONS_DIR, `${MAKING_PREFIX}${id}`);
    let written: LogStamp | undefined;
    try {
      await this.fs.mkdir(making, { recursive: true });
      if (snapshot) await writePromptSnapshot(join(making, 'prompt.json'), snapshot);
      await writeFileAtomic(join(making, 'events.jsonl'), line, { fs: this.fs });
      // The rename keeps the log's size and mtime, so the stamp holds for it in its place.
      written = (await logStamp(join(making, 'events.jsonl'), this.fs)) ?? undefined;
      await writeFileAtomic(join(making, 'session.json'), `${JSON.stringify(this.metaOf(id, state, {}, written), null, 2)}\n`, { fs: this.fs });
      await this.fs.rename(making, paths.dir);
    } catch (error) {
      await this.fs.rm(making, { recursive: true, force: true }).catch(() => {});
      throw refusedStart(error);
    }
    const entry: Open = {
      id,
      state,
      paths,
      log: await this.openLog(paths.events),
      chain: Promise.resolve(),
      eventsSinceSnapshot: 1,
      lastSnapshotAt: at,
      bytes: Buffer.byteLength(line),
      crc: crcOf(line),
      warnings: [],
      ...(written ? { stamp: written } : {}),
    };
    this.open.set(id, Promise.resolve(entry));
    this.notify(id, event);
    return { id, state };
  }

  /** The session as it stands, loading it from disk the first time. */
  async get(id: string): Promise<{ state: SessionState; warnings: string[] }> {
    const entry = await this.entry(id);
    // Said on every open while it holds, so a session about to start (or resumed) hears of it.
    const space = entry.state.status === 'ended' ? undefined : await lowSpaceWarning(this.options.dataDir, this.fs);
    return { state: entry.state, warnings: space ? [...entry.warnings, space] : entry.warnings };
  }

  /** The whole log as it stands (after any mending the load did), for scoring and export. */
  async events(id: string): Promise<SessionEvent[]> {
    const entry = await this.entry(id);
    const reading = await this.serially(entry, () => readSessionLog(this.fs, entry.paths.events).catch(() => undefined));
    const shown = (read: LogReading, open: Open) => [...read.read.events.filter((e) => e.seq <= open.state.lastSeq), ...(open.unwritten ? [open.unwritten] : [])];
    if (reading && reading.keptBytes === entry.bytes && reading.crc === entry.crc) return shown(reading, entry);
    // The log changed on disk since it was opened (nothing here writes it but the appends):
    // open it afresh, so the events and the session's warnings come from one reading.
    this.log(`the log of session ${id} changed on disk while it was open; reading it again`);
    await this.forget(id, entry);
    const fresh = await this.entry(id);
    const again = await this.serially(fresh, () => readSessionLog(this.fs, fresh.paths.events));
    return shown(again, fresh);
  }

  /** The warnings of a session as loaded, for replies that carry no state. */
  async warningsOf(id: string): Promise<string[]> {
    return (await this.entry(id)).warnings;
  }

  private serially<T>(entry: Open, run: () => Promise<T>): Promise<T> {
    const next = entry.chain.then(run);
    entry.chain = next.catch(() => {});
    return next;
  }

  private async forget(id: string, entry: Open): Promise<void> {
    if ((await this.open.get(id)?.catch(() => undefined)) === entry) this.open.delete(id);
    await entry.chain;
    await entry.log.close().catch(() => {});
  }

  async command(id: string, command: SessionCommand): Promise<{ event: SessionEvent; state: SessionState }> {
    const loaded = await this.entry(id);
    // Opened read-only because the disk refused a mend: try again, there may be room now.
    if (loaded.readOnly !== undefined && !this.options.readOnly) {
      await this.forget(id, loaded);
      await this.entry(id);
    }
    return this.appendDraft(id, (state) => {
      const decision = decide(state, command);
      if (!decision.ok) throw BridgeError.of('bad-request', 'session.append', `${command.type} refused: ${decision.reason}`);
      return { draft: decision.draft, at: this.now() };
    });
  }

  /**
   * Appends an event the Node side made, not a window's command (the interviewer's reply).
   * `make` sees the state as it is when the event's turn comes, and throws to refuse.
   */
  async record(id: string, make: (state: SessionState) => EventDraft): Promise<{ event: SessionEvent; state: SessionState }> {
    await this.get(id);
    return this.appendDraft(id, (state) => ({ draft: make(state), at: this.now() }));
  }

  /** Pauses every running session at `at` (when the machine went to sleep). */
  async pauseRunning(reason: 'suspend' | 'closed', at: number, detectedAt: number): Promise<void> {
    for (const [id, pending] of this.open) {
      const entry = await pending.catch(() => undefined);
      if (entry?.state.status !== 'running' || entry.readOnly !== undefined) continue;
      await this.appendDraft(id, () => ({ draft: { type: 'session.paused', payload: { reason, detectedAt } }, at: Math.min(at, detectedAt) }));
    }
  }

  /** Marks running sessions as alive, so a crash can later be dated to the last second. */
  async heartbeat(): Promise<void> {
    const at = new Date(this.now());
    for (const pending of this.open.values()) {
      const entry = await pending.catch(() => undefined);
      if (entry?.state.status !== 'running' || entry.readOnly !== undefined) continue;
      await this.fs.utimes(entry.paths.events, at, at).catch(() => {});
      await this.restamp(entry);
    }
  }

  async list(): Promise<SessionSummary[]> {
    const root = join(this.options.dataDir, SESSIONS_DIR);
    let ids: string[];
    try {
      ids = (await this.fs.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const summaries = await Promise.all(ids.map(async (id) => withBand(await this.summaryOf(id), sessionPaths(this.options.dataDir, id).report)));
    // The logs this listing found changed are read once it is done, not while it is made.
    this.startChecks();
    return summaries.sort((a, b) => b.createdAt - a.createdAt);
  }

  /**
   * Lets go of a session so its folder can be moved (to the trash): waits for its appends,
   * saves a snapshot and closes its log. Refused while its clock runs, on `channel`.
   */
  async release(id: string, channel: string): Promise<void> {
    const pending = this.open.get(id);
    if (!pending) return;
    const entry = await pending.catch(() => undefined);
    if (!entry) {
      this.open.delete(id);
      return;
    }
    await entry.chain;
    if (entry.state.status === 'running') {
      throw BridgeError.of('forbidden', channel, `session "${id}" is running: pause it before moving it to the trash`);
    }
    // Gone from the map first: a command arriving now finds no session rather than a closed log.
    this.open.delete(id);
    await entry.log.flush();
    await this.writeSnapshot(entry);
    await entry.log.close();
  }

  /**
   * Sets aside session folders whose making was cut off by a crash (the app's own
   * `.making-…` folders, and older ones holding a prompt.json but neither a log nor a summary):
   * no event of theirs was ever acknowledged, so they go whole to quarantine/ with a note.
   */
  async sweepHalfMade(): Promise<string[]> {
    if (this.options.readOnly) return [];
    const root = join(this.options.dataDir, SESSIONS_DIR);
    const entries = await this.fs.readdir(root, { withFileTypes: true }).catch(() => []);
    const moved: string[] = [];
    for (const dirent of entries) {
      if (!dirent.isDirectory()) continue;
      const dir = join(root, dirent.name);
      const names = await this.fs.readdir(dir).catch(() => undefined);
      const halfMade = dirent.name.startsWith(MAKING_PREFIX) || (names !== undefined && !names.includes('events.jsonl') && !names.includes('session.json'));
      if (!halfMade) continue;
      const target = await quarantine(this.options.dataDir, dir, 'making this session was cut off (the app stopped before its first event was saved); nothing of it was ever saved as a session', new Date(this.now()), this.fs).catch((error: unknown) => {
        this.log(`could not set aside the half-made session folder ${dir}: ${messageOf(error)}`);
        return undefined;
      });
      if (target) moved.push(target);
    }
    return moved;
  }

  /** Opens a session folder written from outside (an imported bundle) and writes its session.json. */
  async adopt(id: string): Promise<SessionSummary> {
    const entry = await this.entry(id);
    return summaryOfMeta(await this.writeMeta(entry));
  }

  /** Stops running clocks (the app is quitting, not the person pausing) and flushes everything. */
  async close(): Promise<void> {
    // No more checks behind a list; the one under way finishes first.
    this.closing = true;
    await this.checking;
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

  private async entry(id: string): Promise<Open> {
    // Asked for by someone other than a list's check: it stays open.
    this.borrowed.delete(id);
    return this.loaded(id);
  }

  private async loaded(id: string): Promise<Open> {
    let pending = this.open.get(id);
    if (!pending) {
      pending = this.load(id);
      this.open.set(id, pending);
      pending.catch(() => this.open.delete(id));
    }
    const entry = await pending;
    await entry.chain;
    return entry;
  }

  private async appendDraft(id: string, make: (state: SessionState) => { draft: EventDraft; at: number }): Promise<{ event: SessionEvent; state: SessionState }> {
    const entry = await this.open.get(id)!;
    const run = entry.chain.then(async () => {
      if (entry.readOnly !== undefined) throw BridgeError.of('storage', 'session.append', `Could not save: ${entry.readOnly}; nothing after ${clockTime(entry.state.lastAt)} was saved.`);
      const { draft, at } = make(entry.state);
      const event = stamp(entry.state, draft, at);
      const { durable } = await this.writeEvent(entry, event);
      const before = entry.state;
      entry.state = reduce(entry.state, event);
      entry.eventsSinceSnapshot++;
      // Told to every window (and answered) once it is flushed; the next append may be
      // written meanwhile and share the flush.
      const told = durable.then(() => this.notify(id, event));
      told.catch(() => {});
      // The event is in the log and acknowledged from here on: what follows is derived from
      // it, and a disk that refuses it now costs a rebuild later, never the event.
      const derived = (what: string) => (error: unknown) => this.log(`could not write the ${what} of session ${id}: ${messageOf(error)}`);
      if (before.status !== entry.state.status || before.phaseIndex !== entry.state.phaseIndex || event.type === 'phase.extended' || event.type === 'self.assessed') {
        await this.writeMeta(entry).catch(derived('summary'));
      }
      if (entry.state.status === 'ended') {
        await entry.log.flush().catch(derived('log flush'));
        await this.writeSnapshot(entry).catch(derived('snapshot'));
        // The log is durable by now: the diagram file is a by-product, never a risk to it.
        if (before.status !== 'ended') {
          await writeCanvasFile(entry.paths.dir, entry.state).catch((error: unknown) => this.log(`could not write the diagram of session ${id}: ${messageOf(error)}`));
        }
      } else if (entry.eventsSinceSnapshot >= SNAPSHOT_EVERY_EVENTS || at - entry.lastSnapshotAt >= SNAPSHOT_EVERY_MS) {
        await this.writeSnapshot(entry).catch(derived('snapshot'));
      }
      return { event, state: entry.state, told };
    });
    entry.chain = run.catch(() => {});
    const { event, state, told } = await run;
    await told;
    return { event, state };
  }

  private async appendEvent(entry: Open, event: SessionEvent): Promise<void> {
    await (await this.writeEvent(entry, event)).durable;
  }

  /** Writes the event's record (in order), giving the promise that it is on the disk. */
  private async writeEvent(entry: Open, event: SessionEvent): Promise<{ durable: Promise<void> }> {
    const line = encodeRecord(event);
    const lastAt = entry.state.lastAt;
    let durable: Promise<void>;
    try {
      ({ durable } = await entry.log.appendWritten(line));
    } catch (error) {
      throw savingFailed(error, 'session.append', lastAt);
    }
    entry.bytes += Buffer.byteLength(line) + 1;
    entry.crc = crcOf(`${line}\n`, entry.crc);
    await this.restamp(entry);
    const flushed = durable.catch((error: unknown) => {
      throw savingFailed(error, 'session.append', lastAt);
    });
    flushed.catch(() => {});
    return { durable: flushed };
  }

  private async load(id: string): Promise<Open> {
    const paths = sessionPaths(this.options.dataDir, id);
    const found = await readForLoad(this.context, id, paths);
    const { reading, snapshot, listed, warnings } = found;
    const repair = await repairOnLoad(this.context, id, paths, found);
    const { bytes, crc, readOnly, endLost, kept, repairedNow } = repair;
    let { wrote } = repair;
    const events = reading.read.events;
    const lastSeq = events.at(-1)?.seq ?? reading.base!.seq;
    let state = fold(events, reading.base?.state);
    const note = await readDamageNote(paths.damage);
    const entry: Open = {
      id,
      state,
      paths,
      log: readOnly === undefined ? await this.openLog(paths.events) : READ_ONLY_LOG,
      chain: Promise.resolve(),
      eventsSinceSnapshot: lastSeq - (reading.base?.seq ?? 0),
      lastSnapshotAt: this.now(),
      bytes,
      crc,
      warnings,
      ...(readOnly === undefined ? {} : { readOnly }),
      ...(note?.outcome === 'rebuilt' ? { listWarning: rebuiltWarning(note.problem) } : {}),
      ...(kept ? { kept } : {}),
    };
    try {
      const closing = closingOf(state, { endLost, kept, listed, snapshot, foundMtimeMs: found.stat.mtimeMs, now: this.now() });
      let closed = false;
      if (closing) {
        let trouble = readOnly;
        if (trouble === undefined) {
          wrote = true;
          try {
            await this.appendEvent(entry, closing.event);
            closed = true;
            warnings.push(closing.said(closing.event.at));
          } catch (error) {
            trouble = diskTrouble(error);
            if (trouble === undefined) throw error;
            // Every event is still there to read; the log just cannot take the closing event yet.
            entry.readOnly = trouble;
            await entry.log.close().catch(() => {});
            entry.log = READ_ONLY_LOG;
          }
        }
        // Written or not, the session is shown closed: never a clock running that nothing can save, never an ended session as paused.
        state = entry.state = reduce(state, closing.event);
        if (!closed) {
          entry.unwritten = closing.event;
          warnings.push(closing.failed(trouble!));
        }
      }
      // What a list compares the log with: as it was found before it was read, so a change made
      // while it was read counts as one; as this store left it when it mended or closed it.
      if (wrote) await this.restamp(entry);
      else entry.stamp = { size: found.stat.size, mtimeMs: found.stat.mtimeMs };
      // Closed, or repaired just now: the list says so from here on, this run and the next.
      if ((closed || repairedNow) && entry.readOnly === undefined && state.status !== 'running') {
        await this.writeMeta(entry).catch((error: unknown) => this.log(`could not write the summary of session ${id}: ${messageOf(error)}`));
      }
      if (state.status === 'ended' && readOnly === undefined) await this.ensureCanvasFile(entry);
    } catch (error) {
      // Not handed out: its log is closed here, or nothing ever would (a leaked handle).
      await entry.log.close().catch(() => {});
      throw error;
    }
    return entry;
  }

  private checkLater(listed: SessionSummary): void {
    if (!this.closing) this.toCheck.set(listed.id, listed);
  }

  private startChecks(): void {
    if (this.checking || this.toCheck.size === 0) return;
    this.checking = (async () => {
      // The list that found them is answered first; each check is one reading of one log.
      while (this.toCheck.size > 0 && !this.closing) {
        await new Promise((done) => setImmediate(done));
        const [id, row] = this.toCheck.entries().next().value!;
        this.toCheck.delete(id);
        await this.check(id, row).catch((error: unknown) => this.log(`could not check the log of session ${id}: ${messageOf(error)}`));
      }
    })().finally(() => {
      this.checking = undefined;
    });
  }

  /**
   * Reads a session's log the way opening it does (the one reading: damage found is repaired
   * the documented way, once, and said from then on), notes the log's stamp in session.json,
   * and tells the windows when the row differs from the one the list gave.
   */
  private async check(id: string, listed: SessionSummary): Promise<void> {
    const pending = this.open.get(id);
    if (pending) {
      const entry = await pending.catch(() => undefined);
      if (!entry) return;
      await entry.chain;
      if (entry.state.status === 'running' || sameStamp(await logStamp(entry.paths.events, this.fs).catch(() => null), entry.stamp)) return;
      // Changed under the open session: opened afresh, as a read of its events would.
      this.log(`the log of session ${id} changed on disk while it was open; reading it again`);
      await this.forget(id, entry);
    } else this.borrowed.add(id);
    try {
      let verdict: UnreadableLog | undefined;
      const entry = await this.loaded(id).catch((error: unknown) => {
        // Unreadable: the load noted why beside it, which the row now says.
        if (error instanceof BridgeError && error.failure.code === 'damaged') {
          if (error.cause instanceof UnreadableLog) verdict = error.cause;
          return undefined;
        }
        throw error;
      });
      if (entry && entry.readOnly === undefined && entry.state.status !== 'running') await this.writeMeta(entry);
      const paths = sessionPaths(this.options.dataDir, id);
      // A folder that cannot be written has no note of the verdict beside it: the row is made from the verdict itself.
      const row =
        this.options.readOnly && verdict
          ? damagedSummary(id, { problem: LOG_UNREADABLE, logProblem: verdict.message, reason: verdict.reason }, await whereOf(this.fs, paths))
          : await this.summaryOf(id);
      if (this.options.readOnly) this.unsaved.set(id, { stamp: await logStamp(paths.events, this.fs).catch(() => null), row });
      if (differs(listed, row)) this.options.onChecked?.(row);
    } finally {
      // Opened only to be checked: let go again, unless a window asked for it meanwhile.
      if (this.borrowed.delete(id)) {
        const entry = await this.open.get(id)?.catch(() => undefined);
        if (entry) await this.forget(id, entry);
      }
    }
  }

  /** A crash between the end event and the diagram file would otherwise leave an ended session without one. */
  private async ensureCanvasFile(entry: Open): Promise<void> {
    const missing = await this.fs.stat(canvasFilePath(entry.paths.dir)).then(
      () => false,
      (error: unknown) => isMissing(error),
    );
    if (!missing) return;
    await writeCanvasFile(entry.paths.dir, entry.state).catch((error: unknown) => this.log(`could not write the diagram of session ${entry.id}: ${messageOf(error)}`));
  }

  private async summaryOf(id: string): Promise<SessionSummary> {
    const paths = sessionPaths(this.options.dataDir, id);
    const loaded = this.open.get(id);
    if (loaded) {
      const entry = await loaded.catch(() => undefined);
      if (entry) {
        const summary = summaryOfMeta(this.metaOf(id, entry.state, this.extrasOf(entry)));
        // Its clock running, this store writes it all the time; otherwise a log changed under it was changed by something else.
        if (entry.state.status !== 'running' && !sameStamp(await logStamp(paths.events, this.fs).catch(() => null), entry.stamp)) this.checkLater(summary);
        return summary;
      }
    }
    // Checked in this run on a folder that cannot be written: that row stands until the log changes.
    const unsaved = this.unsaved.get(id);
    if (unsaved) {
      if (sameStamp(await logStamp(paths.events, this.fs).catch(() => null), unsaved.stamp)) return unsaved.row;
      this.unsaved.delete(id);
    }
    // Known to be unreadable (an open found it so): that verdict stands until the log changes.
    const known = await readDamageNote(paths.damage);
    if (known?.outcome === 'unreadable' && (await stillUnreadable(known, paths.events))) return damagedSummary(id, known, await whereOf(this.fs, paths));
    let problem: string;
    let missing = false;
    try {
      const parsed = SessionMeta.safeParse(JSON.parse(await this.fs.readFile(paths.meta, 'utf8')));
      // Running on disk but not open here means the app stopped mid-session: loading pauses it.
      if (parsed.success && parsed.data.status === 'running') {
        const entry = await this.entry(id);
        return this.metaOf(id, entry.state, this.extrasOf(entry));
      }
      if (parsed.success) {
        // A summary is only as good as its log: the signs that cost no reading are checked here.
        const log = await this.fs.stat(paths.events).catch(() => undefined);
        if (log?.isFile() && log.size > 0) {
          const summary = summaryOfMeta(parsed.data);
          // Changed since this store last read or wrote it (an editor, a disk, a copy): listed as
          // session.json says for now, and read the way an open reads it behind the list.
          if (!sameStamp({ size: log.size, mtimeMs: log.mtimeMs }, parsed.data.log)) this.checkLater(summary);
          return summary;
        }
        // The log, not session.json, is the trouble: the list says what is wrong with it, once.
        return this.judge(id, LOG_UNREADABLE);
      }
      problem = `session.json does not match its schema (${parsed.error.issues[0]!.message})`;
    } catch (error) {
      if (!isMissing(error)) problem = `session.json is not readable (${messageOf(error)})`;
      else {
        missing = true;
        // Most likely an earlier list set it aside; its verdict stands until the log changes.
        const note = await readDamageNote(paths.damage);
        if (note?.outcome === 'unreadable' && (await stillUnreadable(note, paths.events))) return damagedSummary(id, note, await whereOf(this.fs, paths));
        problem = note?.problem ?? 'session.json is missing';
      }
    }
    if (!missing) {
      // The metadata is only a summary of the log: set it aside and rebuild it from the log.
      const moved = await quarantine(this.options.dataDir, paths.meta, problem).catch((error: unknown) => {
        this.log(`could not move the damaged ${paths.meta} to quarantine: ${messageOf(error)}`);
        return undefined;
      });
      if (moved) problem = `${problem}; it was moved to ${moved}`;
    }
    return this.judge(id, problem);
  }

  /**
   * Rebuilds the summary of a session whose session.json is gone or damaged from its log,
   * or, when the log cannot say either, lists it as damaged; and notes the verdict beside
   * it, so the next list shows the same reason without reading the log again.
   */
  private async judge(id: string, problem: string): Promise<SessionSummary> {
    const paths = sessionPaths(this.options.dataDir, id);
    let note: DamageNote;
    let summary: SessionSummary;
    try {
      const entry = await this.entry(id);
      entry.listWarning = rebuiltWarning(problem);
      summary = summaryOfMeta(await this.writeMeta(entry));
      note = { v: 1, at: this.now(), problem, outcome: 'rebuilt' };
      this.log(`rebuilt the metadata of session ${id}: ${problem}`);
    } catch (error) {
      // The load's verdict on the log, or none: the log is missing (or could not be read at all).
      const verdict = error instanceof BridgeError && error.cause instanceof UnreadableLog ? error.cause : undefined;
      const missing = error instanceof BridgeError && error.failure.code === 'not-found';
      const logProblem = verdict?.message ?? (missing ? 'events.jsonl is missing' : messageOf(error));
      const reason = verdict?.reason ?? (missing ? 'its log is missing' : undefined);
      note = { v: 1, at: this.now(), problem, outcome: 'unreadable', logProblem, log: await logStamp(paths.events), ...(reason ? { reason } : {}) };
      summary = damagedSummary(id, note, await whereOf(this.fs, paths));
    }
    await writeDamageNote(paths.damage, note).catch((error: unknown) => this.log(`could not note the damage to session ${id} in ${paths.damage}: ${messageOf(error)}`));
    return summary;
  }

  private extrasOf(entry: Open): { warning?: string; kept?: Kept } {
    return { ...(entry.listWarning === undefined ? {} : { warning: entry.listWarning }), ...(entry.kept ? { kept: entry.kept } : {}) };
  }

  /** The summary; a running session's time is taken as of now, not as of its last event. */
  private metaOf(id: string, state: SessionState, extras: { warning?: string; kept?: Kept } = {}, log?: LogStamp): SessionMeta {
    return { v: META_VERSION, ...summaryOfState(id, state, this.now(), extras), ...(log ? { log } : {}) };
  }

  /** session.json of an open session, with the log's stamp when the log is as this store left it. */
  private async writeMeta(entry: Open): Promise<SessionMeta> {
    const stamp = entry.stamp?.size === entry.bytes ? entry.stamp : undefined;
    const meta = this.metaOf(entry.id, entry.state, this.extrasOf(entry), stamp);
    await writeFileAtomic(entry.paths.meta, `${JSON.stringify(meta, null, 2)}\n`, { fs: this.fs });
    return meta;
  }

  /** Notes the log's size and mtime after this store read or wrote it (none when it cannot be seen). */
  private async restamp(entry: Open): Promise<void> {
    const stamp = await logStamp(entry.paths.events, this.fs).catch(() => null);
    if (stamp) entry.stamp = stamp;
    else delete entry.stamp;
  }

  private async writeSnapshot(entry: Open): Promise<void> {
    if (entry.readOnly !== undefined) return;
    const snapshot: Snapshot = { v: SNAPSHOT_VERSION, seq: entry.state.lastSeq, bytes: entry.bytes, crc: entry.crc, state: entry.state };
    await writeFileAtomic(entry.paths.snapshot, JSON.stringify(snapshot), { fs: this.fs });
    entry.eventsSinceSnapshot = 0;
    entry.lastSnapshotAt = this.now();
  }

  private openLog(file: string): Promise<AppendLog> {
    return AppendLog.open(file, this.fs);
  }
}

/** Whether a check of the log found the session otherwise than the list showed it. */
function differs(listed: SessionSummary, row: SessionSummary): boolean {
  const shown = (s: SessionSummary) => JSON.stringify([s.status, s.kept ?? null, s.reason ?? null, s.problem ?? null, s.warning ?? null, s.lastAt, s.activeMs]);
  return shown(listed) !== shown(row);
}
