import { open, readFile } from 'node:fs/promises';
import { foldPrivate, PrivateEvent, type PrivateState } from '../../../shared/pairing/privateLog';
import { messageOf } from '../../../shared/errors';
import { isMissing } from '../storeFs';

export type ReadPrivateLog = {
  events: PrivateEvent[];
  /** Each line that could not be used, named by file and line; the file itself is left as it is. */
  problems: string[];
  /** False when the last line lacks its newline (a write cut short): the next append starts a new line. */
  endsClean: boolean;
};

/**
 * Parses interviewer.jsonl. Unlike the session log, a bad line does not end the log: notes
 * and scores stand on their own, so the lines after it are still read. Nothing is dropped
 * from the file; the bad line is reported each time it is read.
 */
export function readPrivateLog(text: string, file: string): ReadPrivateLog {
  const events: PrivateEvent[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const problem = parseLine(line, events.at(-1)?.seq ?? 0);
    if (typeof problem === 'string') problems.push(`${file} line ${i + 1} ${problem}; it is kept in the file but not used`);
    else events.push(problem);
  });
  return { events, problems, endsClean: text === '' || text.endsWith('\n') };
}

function parseLine(line: string, lastSeq: number): PrivateEvent | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return `is not JSON (${messageOf(error)})`;
  }
  const result = PrivateEvent.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return `does not match the interviewer event schema (${issue.path.join('.') || 'event'}: ${issue.message})`;
  }
  if (result.data.seq <= lastSeq) return `has seq ${result.data.seq}, not after ${lastSeq}`;
  return result.data;
}

export type PrivateLogOptions = {
  /** The interviewer.jsonl of a session. */
  fileOf: (id: string) => string;
  log?: (line: string) => void;
};

/**
 * The interviewer's private log of each paired session. Appends are rare (a person typing
 * a note), so each one opens the file, writes, syncs and closes it: a note is on disk when
 * the console hears back, and no handle is held open when the session folder moves.
 */
export class PrivateLogStore {
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly log: (line: string) => void;

  constructor(private readonly options: PrivateLogOptions) {
    this.log = options.log ?? (() => {});
  }

  /** The log folded, and what was wrong in it. A session without the file has an empty one. */
  async get(id: string): Promise<{ state: PrivateState; events: PrivateEvent[]; problems: string[] }> {
    await this.chains.get(id);
    const { events, problems } = await this.read(id);
    return { state: foldPrivate(events), events, problems };
  }

  /** Appends the event `make` builds from the log as it stands when its turn comes; `make` throws to refuse. */
  append(id: string, make: (state: PrivateState) => PrivateEvent): Promise<PrivateEvent> {
    const run = (this.chains.get(id) ?? Promise.resolve()).then(async () => {
      const { events, endsClean } = await this.read(id);
      const event = PrivateEvent.parse(make(foldPrivate(events)));
      const handle = await open(this.options.fileOf(id), 'a');
      try {
        await handle.write(`${endsClean ? '' : '\n'}${JSON.stringify(event)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return event;
    });
    const settled = run.catch(() => {});
    this.chains.set(id, settled);
    void settled.then(() => {
      if (this.chains.get(id) === settled) this.chains.delete(id);
    });
    return run;
  }

  private async read(id: string): Promise<ReadPrivateLog> {
    const file = this.options.fileOf(id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return { events: [], problems: [], endsClean: true };
      throw error;
    }
    const read = readPrivateLog(text, file);
    for (const problem of read.problems) this.log(problem);
    return read;
  }
}
