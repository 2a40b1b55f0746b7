import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Report } from '../../shared/rubric/report';
import { scoreSession } from '../../shared/rubric/score';
import type { SessionEvent } from '../../shared/session/events';
import { SessionExport, type PromptSnapshot } from '../../shared/session/exportFile';
import type { TargetLevel } from '../../shared/session/level';
import { fold } from '../../shared/session/reduce';
import { SessionId } from '../../shared/session/summary';
import { readLog } from '../services/sessions/readLog';
import { failure } from './errors';
import { sessionPrompt, type PromptSources } from './exportPrompt';
import { readSessionFiles } from './readSession';
import { messageOf } from '../../shared/errors';
import { isMissing } from '../services/storeFs';

export type Scorable = { id: string; events: SessionEvent[]; prompt: PromptSnapshot; warnings: string[] };

/**
 * `designdrill score <session folder | export file | session id>`: the report the app makes,
 * with the same scorer on the same log and prompt. Reads only; a saved report.json is left
 * alone (this always scores with the rubric it ships with).
 */
export async function scoreSource(
  source: string,
  options: { level?: TargetLevel; cwd: string; now: () => number; prompts: PromptSources },
): Promise<{ report: Report; warnings: string[] }> {
  const scorable = await readScorable(source, options);
  const state = fold(scorable.events);
  const warnings = [...scorable.warnings];
  if (state.status !== 'ended') warnings.push(`session ${scorable.id} has not ended (it is ${state.status}); scored as it stands`);
  const report = scoreSession({ prompt: scorable.prompt, events: scorable.events, level: options.level ?? state.level }, options.now());
  return { report, warnings };
}

/** A session by folder, export file or id, with its log and the prompt it was practised on; `doc` reads sessions the same way. */
export async function readScorable(source: string, options: { cwd: string; prompts: PromptSources }): Promise<Scorable> {
  const path = resolve(options.cwd, source);
  const found = await stat(path).catch(() => undefined);
  if (found?.isDirectory()) return readFolder(path, options.prompts);
  if (found) return readExport(path);
  // Not a path: a session id in the data folder, as `session show` takes it.
  if (SessionId.safeParse(source).success) {
    const files = await readSessionFiles(options.prompts.dataDir, source);
    const { prompt, warnings } = await sessionPrompt(files.paths.dir, source, promptIdOf(files.events, files.paths.events), options.prompts);
    return { id: source, events: files.events, prompt, warnings: [...files.warnings, ...warnings] };
  }
  throw failure(`no session folder, export file or session id "${source}"`);
}

/** A session folder anywhere (copied off another machine, say): its log and its prompt. */
async function readFolder(dir: string, prompts: PromptSources): Promise<Scorable> {
  const file = join(dir, 'events.jsonl');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) throw failure(`${dir} is not a session folder: it has no events.jsonl`);
    throw failure(`cannot read ${file}: ${messageOf(error)}`);
  }
  const read = readLog(text);
  if (read.damaged) throw failure(`the session log is damaged at ${file}:${read.damaged.line}: ${read.damaged.reason}`);
  if (read.events.length === 0) throw failure(`the session log holds no events: ${file}`);
  const warnings = read.tornTail ? [`the end of ${file} was cut off by a crash: ${read.tornTail}`] : [];
  const id = basename(dir);
  const fromPrompt = await sessionPrompt(dir, id, promptIdOf(read.events, file), prompts);
  return { id, events: read.events, prompt: fromPrompt.prompt, warnings: [...warnings, ...fromPrompt.warnings] };
}

async function readExport(file: string): Promise<Scorable> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw failure(`${file} is not a DesignDrill export file: ${messageOf(error)}`);
  }
  const parsed = SessionExport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw failure(`${file} is not a DesignDrill export file: field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  const { session, events, prompt } = parsed.data;
  promptIdOf(events, `${file}: events`);
  return { id: session.id, events, prompt, warnings: [] };
}

function promptIdOf(events: readonly SessionEvent[], where: string): string {
  const first = events[0];
  if (first?.type !== 'session.created') throw failure(`${where}: a session log must begin with session.created, not ${first?.type ?? 'nothing'}`);
  return first.payload.prompt.id;
}
