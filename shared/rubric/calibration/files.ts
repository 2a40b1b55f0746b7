import { SessionExport } from '../../session/exportFile';

/** Parses session export files keyed by path; the map's keys are the names (file name without `.session.json`). */
export function parseSessions(raw: Record<string, string>): Map<string, SessionExport> {
  const sessions = new Map<string, SessionExport>();
  for (const [path, text] of Object.entries(raw)) {
    const name = /([^/\\]+)\.session\.json$/.exec(path)![1]!;
    const parsed = SessionExport.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    sessions.set(name, parsed.data);
  }
  return sessions;
}
