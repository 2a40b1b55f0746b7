import { BridgeError } from '../../../shared/bridge/parse';
import { Report } from '../../../shared/rubric/report';
import { RUBRIC_VERSION, scoreSession } from '../../../shared/rubric/score';
import type { Prompt } from '../../../shared/schemas/prompt';
import type { PromptSnapshot } from '../../../shared/session/exportFile';
import { writeFileAtomic } from '../atomicWrite';
import { quarantine } from '../quarantine';
import { nodeFs, type StoreFs, isMissing } from '../storeFs';
import { relative } from 'node:path';
import { keepOlderReport, olderVersions, type CurrentReport } from './rescore';
import { promptMissingMessage, promptSnapshotOf, readPromptSnapshot } from './reportPrompt';
import { sessionPaths } from './sessionFiles';
import type { SessionStore } from './sessionStore';
import { messageOf } from '../../../shared/errors';

export type ReportStoreOptions = {
  dataDir: string;
  sessions: SessionStore;
  /** The library's copy of a prompt, for sessions created before prompt.json was kept. */
  findPrompt: (id: string) => Promise<Prompt | undefined>;
  now?: () => number;
  log?: (line: string) => void;
  /** The file system under the store: node:fs/promises, or a test's faulty disk. */
  fs?: StoreFs;
};

type Channel = 'session.report' | 'session.rescore' | 'progress.get' | 'session.list';

/**
 * The report by the current rubric. `stale`: only an older one could be had (scoring again
 * failed; `warning` says why). `rescoredFrom`: the newest older report kept beside it.
 */
export type CurrentReportOf = { report: Report; stale: boolean; rescoredFrom?: string; warning?: string };

/** What report.json holds, read without judging an older rubric's report by today's schema. */
type Saved =
  | { kind: 'none' }
  | { kind: 'current'; report: Report }
  | { kind: 'older'; version: string; text: string; scoredAt: number; report?: Report }
  | { kind: 'damaged'; warning: string };

/**
 * The scored report of an ended session, saved beside its log as report.json: computed
 * the first time it is asked for and read back afterwards. A report by another rubric
 * version is scored again the first time it is asked for (opened, listed or charted), once
 * per session and version: the old one is kept beside it as report.<version>.json.
 */
export class ReportStore {
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  /** One computation per session at a time: two windows asking at once get the same report. */
  private readonly pending = new Map<string, Promise<Report>>();
  private readonly queue = new Map<string, Promise<void>>();
  /** Reports by the current rubric as last read, by session, valid while report.json is unchanged. */
  private readonly known = new Map<string, { mtimeMs: number; size: number; current: CurrentReportOf }>();

  private readonly fs: StoreFs;

  constructor(private readonly options: ReportStoreOptions) {
    this.fs = options.fs ?? nodeFs;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => {});
  }

  async get(id: string): Promise<CurrentReportOf> {
    await this.ended(id, 'session.report');
    return this.current(id, 'session.report');
  }

  /**
   * The report by the current rubric of a session the caller knows has ended (the list and
   * the charts know it from session.json, so a session whose report is current is not loaded).
   */
  current(id: string, channel: Channel = 'session.report'): Promise<CurrentReportOf> {
    return this.serially(id, () => this.currentNow(id, channel));
  }

  private async currentNow(id: string, channel: Channel): Promise<CurrentReportOf> {
    const { dir, report: file } = sessionPaths(this.options.dataDir, id);
    // Listing a few hundred sessions again reads each report.json's size and time only.
    const stat = await this.fs.stat(file).catch(() => undefined);
    const cached = this.known.get(id);
    if (stat && cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.current;
    const saved = await this.readSaved(id);
    if (saved.kind === 'current') {
      const [older] = await olderVersions(this.fs, dir);
      const current = { report: saved.report, stale: false, ...(older ? { rescoredFrom: older } : {}) };
      if (stat) this.known.set(id, { mtimeMs: stat.mtimeMs, size: stat.size, current });
      return current;
    }
    if (saved.kind !== 'older') {
      const report = await this.compute(id, channel);
      const [older] = await olderVersions(this.fs, dir);
      return { report, stale: false, ...(older ? { rescoredFrom: older } : {}), ...(saved.kind === 'damaged' ? { warning: saved.warning } : {}) };
    }
    let kept: string;
    try {
      kept = await keepOlderReport(this.fs, dir, saved.version, saved.text, saved.scoredAt);
    } catch (error) {
      // Without the old report safely kept, it is not replaced: shown as it is, stale.
      if (saved.report) return { report: saved.report, stale: true, warning: `The report by rubric ${saved.version} could not be kept aside (${messageOf(error)}), so it was not scored again.` };
      throw error;
    }
    try {
      const report = await this.compute(id, channel);
      this.log(`session ${id}: scored again with rubric ${RUBRIC_VERSION}; the report by rubric ${saved.version} is kept in ${relative(this.options.dataDir, kept)}`);
      return { report, stale: false, rescoredFrom: saved.version };
    } catch (error) {
      if (!saved.report) throw error;
      const warning = `It could not be scored again with rubric ${RUBRIC_VERSION}: ${messageOf(error)}`;
      this.log(`session ${id}: ${warning}`);
      return { report: saved.report, stale: true, warning };
    }
  }

  /** What the history shows of a session's report, by the current rubric: made now when it must be. */
  async forList(id: string): Promise<CurrentReport> {
    return listView(await this.current(id, 'session.list'));
  }

  /**
   * What the history shows of a session's saved report when it is by the current rubric,
   * found without scoring or mending anything (the list answers at once); nothing when the
   * report must be made first (older, missing or damaged: `forList` does that).
   */
  async peek(id: string): Promise<CurrentReport | undefined> {
    const current = await this.peekReport(id);
    return current && listView(current);
  }

  /** The saved report itself when it is by the current rubric (the charts read its scores), found the same way. */
  async peekReport(id: string): Promise<CurrentReportOf | undefined> {
    const { dir, report: file } = sessionPaths(this.options.dataDir, id);
    const stat = await this.fs.stat(file).catch(() => undefined);
    if (!stat) return undefined;
    const cached = this.known.get(id);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.current;
    let report: Report;
    try {
      const json = JSON.parse(await this.fs.readFile(file, 'utf8')) as { rubricVersion?: unknown };
      if (json?.rubricVersion !== RUBRIC_VERSION) return undefined;
      const parsed = Report.safeParse(json);
      if (!parsed.success) return undefined;
      report = parsed.data;
    } catch {
      return undefined;
    }
    const [older] = await olderVersions(this.fs, dir);
    const current = { report, stale: false, ...(older ? { rescoredFrom: older } : {}) };
    this.known.set(id, { mtimeMs: stat.mtimeMs, size: stat.size, current });
    return current;
  }

  /** Scores the session again whatever scored it; a report by another version is kept first. */
  async rescore(id: string): Promise<{ report: Report }> {
    await this.ended(id, 'session.rescore');
    return this.serially(id, async () => {
      const saved = await this.readSaved(id);
      if (saved.kind === 'older') await keepOlderReport(this.fs, sessionPaths(this.options.dataDir, id).dir, saved.version, saved.text, saved.scoredAt);
      return { report: await this.compute(id, 'session.rescore') };
    });
  }

  /**
   * One reading (and any rescoring) of a session's report at a time: the history and the
   * charts asking at once score an older report once, and the second reads what the first wrote.
   */
  private serially<T>(id: string, run: () => Promise<T>): Promise<T> {
    const next = (this.queue.get(id) ?? Promise.resolve()).then(run);
    const settled = next.then(
      () => {},
      () => {},
    );
    this.queue.set(id, settled);
    void settled.then(() => {
      if (this.queue.get(id) === settled) this.queue.delete(id);
    });
    return next;
  }

  private async ended(id: string, channel: Channel): Promise<void> {
    const { state } = await this.options.sessions.get(id);
    if (state.status !== 'ended') {
      throw BridgeError.of('forbidden', channel, 'The report is made once the session has ended: it would reveal the prompt’s reference outline.');
    }
  }

  private compute(id: string, channel: Channel): Promise<Report> {
    let run = this.pending.get(id);
    if (!run) {
      run = this.score(id, channel).finally(() => this.pending.delete(id));
      this.pending.set(id, run);
    }
    return run;
  }

  private async score(id: string, channel: Channel): Promise<Report> {
    const { state } = await this.options.sessions.get(id);
    const prompt = await this.promptOf(id, state.prompt.id, channel);
    const events = await this.options.sessions.events(id);
    const report = scoreSession({ prompt, events, level: state.level }, this.now());
    await writeFileAtomic(sessionPaths(this.options.dataDir, id).report, `${JSON.stringify(report, null, 2)}\n`, { fs: this.fs });
    return report;
  }

  /** The snapshot taken at the start; for older sessions, the library's prompt by id. */
  private async promptOf(id: string, promptId: string, channel: Channel): Promise<PromptSnapshot> {
    const file = sessionPaths(this.options.dataDir, id).prompt;
    const saved = await readPromptSnapshot(file);
    if ('snapshot' in saved) return saved.snapshot;
    if ('problem' in saved) {
      const moved = await quarantine(this.options.dataDir, file, saved.problem);
      this.log(`session ${id}: ${saved.problem}; moved to ${moved}, scoring against the library's prompt`);
    }
    const fromLibrary = await this.options.findPrompt(promptId);
    if (!fromLibrary) throw BridgeError.of('not-found', channel, promptMissingMessage(id, promptId));
    return promptSnapshotOf(fromLibrary);
  }

  /**
   * report.json as it is. One by another rubric version is taken as that version's, whatever
   * its shape (an older schema is no damage); one that is not JSON, or by this version but not
   * of its schema, is set aside in quarantine/ and the session is scored again.
   */
  private async readSaved(id: string): Promise<Saved> {
    const file = sessionPaths(this.options.dataDir, id).report;
    let text: string;
    try {
      text = await this.fs.readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return { kind: 'none' };
      throw error;
    }
    let problem: string;
    try {
      const json = JSON.parse(text) as unknown;
      const parsed = Report.safeParse(json);
      const version = (json as { rubricVersion?: unknown } | null)?.rubricVersion;
      if (typeof version === 'string' && version !== RUBRIC_VERSION) {
        const scoredAt = (json as { scoredAt?: unknown }).scoredAt;
        return { kind: 'older', version, text, scoredAt: typeof scoredAt === 'number' ? scoredAt : 0, ...(parsed.success ? { report: parsed.data } : {}) };
      }
      if (parsed.success) return { kind: 'current', report: parsed.data };
      problem = `it does not match the report schema (${parsed.error.issues[0]!.message})`;
    } catch (error) {
      problem = `it is not JSON (${messageOf(error)})`;
    }
    const moved = await quarantine(this.options.dataDir, file, problem, new Date(this.now()), this.fs);
    const where = relative(this.options.dataDir, moved);
    this.log(`the saved report of session ${id} was damaged (${problem}); moved to ${moved} and scored again`);
    return { kind: 'damaged', warning: `Its saved report (${relative(this.options.dataDir, file)}) was damaged: ${problem}. It was moved to ${where} and the session was scored again with rubric ${RUBRIC_VERSION}.` };
  }
}

function listView({ report, stale, rescoredFrom, warning }: CurrentReportOf): CurrentReport {
  return { band: stale ? undefined : report.band, rescored: rescoredFrom !== undefined, ...(warning ? { warning } : {}) };
}
