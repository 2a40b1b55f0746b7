import { cp, readFile, writeFile } from 'node:fs/promises';
import type { SessionCommand } from '../../../shared/session/commands';
import { createServices } from '../services';
import { sessionPaths } from '../sessions/sessionFiles';

/** A rubric version this app never has: "older" is simulated by the file, not the scorer. */
export const OLDER_RUBRIC = '0.0.1-older';

const WORK: SessionCommand[] = [
  { type: 'note.add', id: 'r1', index: 0, body: { list: 'functional', text: 'Turn a long URL into a short 7-character code' } },
  { type: 'note.add', id: 'r2', index: 1, body: { list: 'functional', text: 'Redirect a short code to its long URL' } },
  { type: 'note.add', id: 'q1', index: 0, body: { list: 'non-functional', text: 'Redirects answer within 50 ms at p99', quality: 'latency' } },
  { type: 'next' },
  { type: 'notes', phase: 'estimate', text: '100M new links a day, reads 100 times the writes, about 1,200 writes a second' },
  { type: 'next' },
  { type: 'notes', phase: 'api', text: 'POST /links {url} -> {code}; GET /{code} -> 301 to the long URL' },
];

/**
 * A data folder holding `count` ended sessions whose saved reports were made by an older
 * rubric, as after an update of the app: one session is played through the real services,
 * then its folder is copied under new ids (a copy's only id is in its session.json).
 */
export async function sessionsWithOlderReports(dataDir: string, count: number): Promise<string[]> {
  const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
  const h = services.handlers;
  const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' });
  await h['session.append']({ id, command: { type: 'start' } });
  for (const command of WORK) await h['session.append']({ id, command });
  await h['session.append']({ id, command: { type: 'end' } });
  const { report } = await h['session.report']({ id });
  await services.close();
  const paths = sessionPaths(dataDir, id);
  await writeFile(paths.report, `${JSON.stringify({ ...report, rubricVersion: OLDER_RUBRIC, scoredAt: 1000 }, null, 2)}\n`);
  const ids = [id];
  const meta = JSON.parse(await readFile(paths.meta, 'utf8')) as { id: string; createdAt: number };
  for (let i = 1; i < count; i++) {
    // Ids a minute apart on the same day, so the list's order is theirs.
    const copy = `${id.slice(0, 11)}${String(Math.floor(i / 60) % 24).padStart(2, '0')}${String(i % 60).padStart(2, '0')}00-${i.toString(36).padStart(4, '0')}`;
    const target = sessionPaths(dataDir, copy);
    await cp(paths.dir, target.dir, { recursive: true });
    await writeFile(target.meta, `${JSON.stringify({ ...meta, id: copy, createdAt: meta.createdAt + i }, null, 2)}\n`);
    ids.push(copy);
  }
  return ids;
}
