import type { PrivateEvent } from '../../../shared/pairing/privateLog';
import type { SessionEvent } from '../../../shared/session/events';
import { SESSION_EXPORT_FORMAT, SESSION_EXPORT_VERSION, SessionExport, type PromptSnapshot } from '../../../shared/session/exportFile';
import { fold } from '../../../shared/session/reduce';

export type ExportInput = {
  id: string;
  /** The whole log, beginning with session.created. */
  events: SessionEvent[];
  prompt: PromptSnapshot;
  /** A paired session's private log, carried so the interviewer's notes and scores travel with it. */
  interviewer?: PrivateEvent[];
  /** The app version writing the file. */
  app: string;
  exportedAt: number;
};

/**
 * One session as one SessionExport: the metadata folded from the log, the plan exactly as the
 * session began with it (session.created carries it whole), the prompt and every event.
 * Parsed before it is returned, so a file that would not read back is never written.
 */
export function buildSessionExport(input: ExportInput): SessionExport {
  const created = input.events[0];
  if (created?.type !== 'session.created') throw new Error(`the log of session ${input.id} does not begin with session.created`);
  const state = fold(input.events);
  return SessionExport.parse({
    format: SESSION_EXPORT_FORMAT,
    version: SESSION_EXPORT_VERSION,
    exportedAt: input.exportedAt,
    app: input.app,
    session: { id: input.id, createdAt: state.createdAt, status: state.status, mode: state.mode, level: state.level },
    plan: created.payload.plan,
    prompt: input.prompt,
    events: input.events,
    ...(input.interviewer && input.interviewer.length > 0 ? { interviewer: input.interviewer } : {}),
  });
}

/** A stable name for the file: `<id>.designdrill.json`. */
export function exportFileName(id: string): string {
  return `${id}.designdrill.json`;
}
