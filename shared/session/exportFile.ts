import { z } from 'zod';
import { PrivateEvent } from '../pairing/privateLog';
import { PromptFrontMatter } from '../schemas/prompt';
import { ExportedAudioRun } from './audio';
import { SessionEvent } from './events';
import { TargetLevel } from './level';
import { Plan } from './plan';
import { SessionId } from './summary';
import { TranscriptFile } from '../voice/transcript';

/** The prompt as it was when the session was created, so a later edit cannot change its score. */
export const PromptSnapshot = PromptFrontMatter.extend({ outline: z.string() });
export type PromptSnapshot = z.infer<typeof PromptSnapshot>;

export const SESSION_EXPORT_FORMAT = 'designdrill.session';
export const SESSION_EXPORT_VERSION = 1;

/**
 * One session in one file (`designdrill export`): enough to replay it and score it on any
 * machine. Its JSON Schema is generated into docs/session-export.schema.json.
 */
export const SessionExport = z
  .object({
    format: z.literal(SESSION_EXPORT_FORMAT),
    version: z.literal(SESSION_EXPORT_VERSION),
    exportedAt: z.number().int().nonnegative(),
    /** The app version that wrote the file. */
    app: z.string(),
    session: z.object({
      id: SessionId,
      createdAt: z.number().int().nonnegative(),
      status: z.enum(['ready', 'running', 'paused', 'ended']),
      mode: z.enum(['solo', 'paired']),
      level: TargetLevel,
    }),
    plan: Plan,
    prompt: PromptSnapshot,
    /** The whole log, in order, beginning with session.created. */
    events: z.array(SessionEvent).min(1),
    /**
     * A paired session's private log (interviewer.jsonl): the interviewer's notes and scores,
     * in order. Absent when they wrote none.
     */
    interviewer: z.array(PrivateEvent).optional(),
    /**
     * The recorded voice, each run's file whole, in order: present only when the export was
     * asked to carry it (it is left out by default) and the session holds any.
     */
    audio: z.array(ExportedAudioRun).optional(),
    /** The transcript of the recorded voice (transcript.json), when one was made: small text, so carried with or without the audio. */
    transcript: TranscriptFile.optional(),
  })
  .strict();
export type SessionExport = z.infer<typeof SessionExport>;
