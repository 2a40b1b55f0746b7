import { readFile } from 'node:fs/promises';
import { BridgeError } from '../../../shared/bridge/parse';
import { Report } from '../../../shared/rubric/report';
import { RUBRIC_VERSION, scoreSession } from '../../../shared/rubric/score';
import type { Prompt } from '../../../shared/schemas/prompt';
import type { PromptSnapshot } from '../../../shared/session/exportFile';
import { writeFileAtomic } from '../atomicWrite';
import { quarantine } from '../quarantine';
import { promptMissingMessage, promptSnapshotOf, readPromptSnapshot } from './reportPrompt';
import { sessionPaths } from './sessionFiles';
import type { SessionStore } from './sessionStore';

export type ReportStoreOptions = {
  dataDir: string;
  sessions: SessionStore;
  /** The library's copy of a prompt, for sessions created before prompt.json was kept. */
  findPrompt: (id: string) => Promise<Prompt | undefined>;
  now?: () => number;
  log?: (line: string) => void;
};

type Channel = 'session.report' | 'session.rescore';

/**
 * The scored report of an ended session, saved beside its log as report.json: computed
 * the first time it is asked for, read back afterwards, and recomputed on request when
 * the rubric has changed since.
 */
export class ReportStore {
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  /** One computation per session at a time: two windows asking at once get the same report. */
  private readonly pending = new Map<string, Promise<Report>>();

  constructor(private readonly options: ReportStoreOptions) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => {});
  }

  async get(id: string): Promise<{ report: Report; stale: boolean }> {
    await this.ended(id, 'session.report');
    const saved = await this.readSaved(id);
    const report = saved ?? (await this.compute(id, 'session.report'));
    return { report, stale: report.rubricVersion !== RUBRIC_VERSION };
  }

  async rescore(id: string): Promise<{ report: Report }> {
    await this.ended(id, 'session.rescore');
    return { report: await this.compute(id, 'session.rescore') };
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
    await writeFileAtomic(sessionPaths(this.options.dataDir, id).report, `${JSON.stringify(report, null, 2)}\n`);
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

  /** report.json when there is a readable one; a damaged one is set aside and made again. */
  private async readSaved(id: string): Promise<Report | undefined> {
    const file = sessionPaths(this.options.dataDir, id).report;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let problem: string;
    try {
      const parsed = Report.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      problem = `it does not match the report schema (${parsed.error.issues[0]!.message})`;
    } catch (error) {
      problem = `it is not JSON (${(error as Error).message})`;
    }
    const moved = await quarantine(this.options.dataDir, file, problem);
    this.log(`the saved report of session ${id} was damaged (${problem}); moved to ${moved} and scored again`);
    return undefined;
  }
}
