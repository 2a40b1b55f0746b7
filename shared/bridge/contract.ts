import { z } from 'zod';
import { PersonalLibraryItem } from '../canvas/library/personalLibrary';
import { PhaseKind, PROMPT_IMPORT_LIMITS, PromptBrief, PromptId, PromptProblem, PromptSummary } from '../schemas/prompt';
import { Settings, SettingsPatch } from '../schemas/settings';
import { EstimateTag } from '../estimate/pad';
import { Band, CriterionId, Report } from '../rubric/report';
import { SessionCommand } from '../session/commands';
import { SessionEvent } from '../session/events';
import { Plan } from '../session/plan';
import { SessionState } from '../session/state';
import { SessionId, SessionSummary } from '../session/summary';
import { DEFAULT_LEVEL, TargetLevel } from '../session/level';
import type { ChannelName, EventName } from './names';
import type { Caller } from './roles';
import { InterviewerCommand } from '../pairing/commands';
import { InterviewerNote, PrivateEvent, PrivateState } from '../pairing/privateLog';
import { SelfScores } from '../pairing/scores';
import { Invite, InviteAddress } from '../pairing/invite';
import { PromptSnapshot } from '../session/exportFile';
import { AudioChunkData, AudioMime, AudioRun, AudioRunNumber } from '../session/audio';
import { TranscriptEngineId, TranscriptEngineInfo, TranscriptFile, TranscriptJob, TranscriptPcmPiece } from '../voice/transcript';

export { channelNames, eventNames, type ChannelName, type EventName } from './names';

/** A figure as the review shows it: its display text and order of magnitude. */
const ReviewQuantity = z.object({ display: z.string(), power: z.number(), dimension: z.string() });

/** One line of the estimate review (see shared/estimate/compare.ts for how each is decided). */
export const EstimateReviewItem = z.object({
  /** compared: a verdict; mismatch: not comparable; no-reference: the prompt has no figure; not-estimated: no line named it. */
  kind: z.enum(['compared', 'mismatch', 'no-reference', 'not-estimated']),
  tag: EstimateTag,
  /** The pad line (1-based) and its id, for every kind but not-estimated. */
  line: z.number().int().positive().optional(),
  lineId: z.string().optional(),
  name: z.string().optional(),
  inferred: z.boolean().optional(),
  /** How the line was taken: marked, read from its name, matched by value, or the ratio of the read and write lines. */
  taken: z.enum(['tag', 'name', 'value', 'ratio']).optional(),
  /** Every line it rests on (for a ratio, the read line then the write line). */
  lines: z.array(z.number().int().positive()).optional(),
  estimate: ReviewQuantity.optional(),
  reference: z.object({ name: z.string(), value: z.string(), note: z.string().optional(), quantity: ReviewQuantity.optional() }).optional(),
  verdict: z.enum(['fine', 'warning', 'flagged']).optional(),
  /** How many times off, either way (1 is spot on). */
  timesOff: z.number().optional(),
  message: z.string().optional(),
});
export type EstimateReviewItem = z.infer<typeof EstimateReviewItem>;

export const EstimateReview = z.object({
  /** False when the prompt is no longer in the library (its figures cannot be read). */
  promptFound: z.boolean(),
  items: z.array(EstimateReviewItem),
});
export type EstimateReview = z.infer<typeof EstimateReview>;

/**
 * One ended session as the progress charts and the comparison read it: its saved report
 * without the evidence and the outline (the charts need scores, not quotes).
 */
export const ProgressEntry = z.object({
  id: SessionId,
  prompt: z.object({ id: PromptId, title: z.string() }),
  createdAt: z.number(),
  /** When the session ended (its last event). */
  endedAt: z.number(),
  level: TargetLevel,
  band: Band,
  overall: z.number().min(0).max(4),
  criteria: z.array(z.object({ id: CriterionId, name: z.string(), score: z.number().int().min(0).max(4) })),
  /** `kind` from the session's plan, so phases of different plans line up; absent when the plan gave none. */
  phases: z.array(z.object({ id: z.string(), title: z.string(), kind: PhaseKind.optional(), plannedMs: z.number().nonnegative(), usedMs: z.number().nonnegative() })),
  rubricVersion: z.string(),
  /** An older rubric scored it (`session.rescore` scores it again). */
  stale: z.boolean(),
  /** The version of the newest older report kept beside this one: the session was scored again. */
  rescoredFrom: z.string().optional(),
});
export type ProgressEntry = z.infer<typeof ProgressEntry>;

/**
 * Which rubric scored what a list or chart shows: the current version, and how many of the
 * sessions shown were scored again by it (an older report is kept beside each).
 */
export const RubricNote = z.object({ version: z.string(), rescored: z.number().int().nonnegative() });
export type RubricNote = z.infer<typeof RubricNote>;

/**
 * The three views of a paired session's scores, as the report shows them: the candidate's
 * blind self-assessment (null until given), and the interviewer's scores and notes.
 */
export const PairingScores = z.object({
  self: SelfScores.nullable(),
  interviewer: z.object({ scores: SelfScores, notes: z.array(InterviewerNote) }),
});
export type PairingScores = z.infer<typeof PairingScores>;

/** What the candidate may know of the interviewer's scores before giving their own: whether there are any. */
export const PairingStatus = z.object({ interviewerScored: z.number().int().nonnegative() });
export type PairingStatus = z.infer<typeof PairingStatus>;

/**
 * Every request a window may make, by intent. Who may make each is in roles.ts. Each entry is the only description of
 * its channel: the Electron IPC handlers, the preload, the browser host and the
 * renderer's client all derive their types and checks from this map.
 */
/**
 * Something found while starting that a person should know, titled by `kind`: a damaged file
 * set aside, a data folder that cannot be written, a disk nearly full, a half-made session moved.
 */
export const StartupNotice = z.object({
  kind: z.enum(['damaged-file', 'read-only', 'low-space', 'half-made-session']),
  text: z.string(),
});
export type StartupNotice = z.infer<typeof StartupNotice>;

export const channels = {
  'app.info': {
    request: z.object({}).strict(),
    response: z.object({
      version: z.string(),
      host: z.enum(['electron', 'web']),
      dataDir: z.string(),
      notices: z.array(StartupNotice),
    }),
  },
  'prompt.list': {
    request: z.object({}).strict(),
    response: z.object({
      prompts: z.array(PromptSummary),
      problems: z.array(PromptProblem),
    }),
  },
  'prompt.open': {
    request: z.object({ id: PromptId }).strict(),
    response: PromptBrief,
  },
  /**
   * Adds prompt files the person chose to their own library. Each is checked as the library
   * checks it: a good one is saved under its id (replacing their earlier prompt with that id),
   * a bad one is reported by `name`, line and field and nothing of it is saved.
   */
  'prompt.import': {
    request: z
      .object({
        files: z
          .array(
            z
              .object({
                /** The path as the person chose it ("my-pack/cache.md"), for messages only: the id names the saved file. */
                name: z.string().min(1).max(300),
                text: z.string().max(PROMPT_IMPORT_LIMITS.fileChars),
              })
              .strict(),
          )
          .min(1)
          .max(PROMPT_IMPORT_LIMITS.files)
          .refine((files) => files.reduce((total, f) => total + f.text.length, 0) <= PROMPT_IMPORT_LIMITS.totalChars, {
            message: `the files together pass ${PROMPT_IMPORT_LIMITS.totalMiB} MiB; import the rest separately`,
          }),
      })
      .strict(),
    response: z.object({ imported: z.array(PromptSummary), problems: z.array(PromptProblem) }),
  },
  'settings.get': {
    request: z.object({}).strict(),
    response: Settings,
  },
  'settings.update': {
    request: SettingsPatch,
    response: Settings,
  },
  'plan.list': {
    request: z.object({}).strict(),
    response: z.object({ plans: z.array(Plan) }),
  },
  'plan.save': {
    request: z.object({ plan: Plan }).strict(),
    response: Plan,
  },
  'plan.delete': {
    request: z.object({ id: z.string() }).strict(),
    response: z.object({}),
  },
  'session.create': {
    request: z
      .object({ promptId: PromptId, planId: z.string(), mode: z.enum(['solo', 'paired']).default('solo'), level: TargetLevel.default(DEFAULT_LEVEL) })
      .strict(),
    response: z.object({ id: SessionId, state: SessionState }),
  },
  'session.open': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({ id: SessionId, state: SessionState, warnings: z.array(z.string()) }),
  },
  /**
   * The whole record of a session, for replay: every event the log holds, ended or not (an
   * unfinished session replays up to where it stopped). A damaged log is mended as
   * `session.open` mends it and what survives comes back; its warnings come with session.open.
   */
  'session.events': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({ events: z.array(SessionEvent) }),
  },
  /**
   * Answers with the event alone: the window folds it with the shared reducer, so a big
   * diagram is not sent back (and checked) on every batch of strokes.
   */
  'session.append': {
    request: z.object({ id: SessionId, command: SessionCommand }).strict(),
    response: z.object({ event: SessionEvent }),
  },
  /**
   * A question for the scripted interviewer (solo mode). The Node side matches it against the
   * prompt's answers and logs the `interviewer.asked` event, which is all that comes back:
   * the window sees only the reply to what it asked. Refused once the session has ended
   * (`bad-request`) and in paired mode (`forbidden`: the person interviewing answers there).
   */
  'interviewer.ask': {
    request: z.object({ id: SessionId, question: z.string().trim().min(1).max(2_000) }).strict(),
    response: z.object({ event: SessionEvent }),
  },
  /**
   * The candidate's blind self-assessment of a paired session: once, after the end, before
   * any report (which `session.report` refuses them until then). Refused for a solo session.
   */
  'session.selfAssess': {
    request: z.object({ id: SessionId, scores: SelfScores }).strict(),
    response: z.object({ event: SessionEvent }),
  },
  /**
   * Opens the interviewer's console for a paired session. Electron opens a second window
   * (on a second display when there is one) and answers `opened: true`; the browser host
   * answers with the console's `url`, which carries the interviewer's own token, for the
   * page to show as a link.
   */
  'pairing.open': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({ opened: z.boolean(), url: z.string().optional() }),
  },
  /**
   * Whether the interviewer of a paired session has scored the candidate yet: how many
   * criteria, never which scores, so the candidate's blind self-assessment can say it truly.
   */
  'pairing.status': {
    request: z.object({ id: SessionId }).strict(),
    response: PairingStatus,
  },
  /** The addresses a network invite may listen on: this machine's interfaces (loopback for a tunnel) and `all`. */
  'pairing.addresses': {
    request: z.object({}).strict(),
    response: z.object({ addresses: z.array(InviteAddress) }),
  },
  /**
   * Invites a partner on another machine to the console of paired session `id` (issue 25): opens
   * an HTTPS listener of its own on `address` serving that console alone, with a one-time code.
   * Asking again while one is open answers it unchanged; after it closed, a new code is made.
   * Refused for a solo or ended session and for an address this machine does not have.
   */
  'pairing.invite': {
    request: z.object({ id: SessionId, address: z.string().min(1).max(64) }).strict(),
    response: Invite,
  },
  /** Closes the invite's listener and signs the partner out; an invite already off stays off. */
  'pairing.inviteStop': {
    request: z.object({ id: SessionId }).strict(),
    response: Invite,
  },
  /** The invite of session `id` as it stands (`off` when none was made). */
  'pairing.inviteStatus': {
    request: z.object({ id: SessionId }).strict(),
    response: Invite,
  },
  /**
   * Everything the console shows: the public state, the whole prompt as the session was
   * created with it (hidden facts and outline included) and the interviewer's private log.
   * Interviewer only.
   */
  'console.open': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({
      id: SessionId,
      state: SessionState,
      prompt: PromptSnapshot,
      own: PrivateState,
      /** Lines of the private log that could not be read, each naming the file and line. */
      warnings: z.array(z.string()).optional(),
    }),
  },
  /**
   * An interviewer's action. Answers, hints, curveballs and clock changes come back as the
   * session `event` (and are pushed to both windows); notes and scores as the `private`
   * event (pushed to interviewer windows only). Interviewer only.
   */
  'console.act': {
    request: z.object({ id: SessionId, command: InterviewerCommand }).strict(),
    response: z.object({ event: SessionEvent.optional(), private: PrivateEvent.optional() }),
  },
  'session.list': {
    request: z.object({}).strict(),
    response: z.object({ sessions: z.array(SessionSummary), rubric: RubricNote }),
  },
  /**
   * Moves a session's folder into the data folder's trash/ (nothing is erased). Refused
   * (`forbidden`) while its clock runs: pause it first.
   */
  'session.trash': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({}),
  },
  /** Moves a trashed session back to the list. */
  'session.restore': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({}),
  },
  /** The sessions in the trash, newest first; damaged ones are listed as such. */
  'trash.list': {
    request: z.object({}).strict(),
    response: z.object({ sessions: z.array(SessionSummary) }),
  },
  /** Erases a trashed session for good: the one call that deletes, and only from the trash. */
  'trash.erase': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({}),
  },
  /**
   * The session as one SessionExport file another DesignDrill imports, named
   * `<prompt-id>-<date>.designdrill.json`. Electron saves it where the person chooses (`saved`,
   * `path`); the browser host answers `saved: false` with the `content` for the page to download.
   */
  'session.exportBundle': {
    /** `audio`: carry the recorded voice too (left out unless asked: it is large and it is a voice). */
    request: z.object({ id: SessionId, audio: z.boolean().optional() }).strict(),
    response: z.object({ saved: z.boolean(), path: z.string().optional(), fileName: z.string(), content: z.string().optional() }),
  },
  /**
   * Adds a session from a bundle file. `outcome` says whether it kept its id, was already
   * here (identical log) or got a new id because another session had its id.
   */
  'session.importBundle': {
    request: z
      .object({
        /** The file's name as chosen, for messages only. */
        name: z.string().min(1).max(300),
        content: z.string().min(1).max(60_000_000),
      })
      .strict(),
    response: z.object({ id: SessionId, title: z.string(), outcome: z.enum(['imported', 'already-here', 'new-id']) }),
  },
  /**
   * After the end, each named estimate of the pad against the prompt's reference figure for it.
   * The figures are the interviewer's: refused (`forbidden`) while the session is not ended.
   */
  'session.estimateReview': {
    request: z.object({ id: SessionId }).strict(),
    response: EstimateReview,
  },
  /**
   * The scored report of an ended session, made on the first ask and saved with it. `stale`
   * says an older rubric scored it (`session.rescore` scores it again). Refused (`forbidden`)
   * before the end: it reveals the prompt's reference outline. In a paired session the
   * candidate is refused until they have assessed themselves, and `pairing` carries the
   * three views of the scores.
   */
  'session.report': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({
      report: Report,
      stale: z.boolean(),
      /** The version of the newest older report kept beside this one (report.<version>.json). */
      rescoredFrom: z.string().optional(),
      /** Something found on the way that is worth knowing (a damaged saved report set aside). */
      warning: z.string().optional(),
      pairing: PairingScores.optional(),
    }),
  },
  /**
   * Every ended session's scores and phase times, oldest first, for the progress charts and
   * the comparison. A session without a report is scored (and the report saved) on the way;
   * one that cannot be scored is listed in `skipped` with why.
   */
  'progress.get': {
    request: z.object({}).strict(),
    /** `scoring`: ended sessions left out while their report by the current rubric is made; each is pushed as `session.scored`, then asked again. */
    response: z.object({
      sessions: z.array(ProgressEntry),
      skipped: z.array(z.object({ id: z.string(), message: z.string() })),
      rubric: RubricNote,
      scoring: z.number().int().nonnegative(),
    }),
  },
  /** Scores an ended session again with the current rubric and saves the new report. */
  'session.rescore': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({ report: Report }),
  },
  /**
   * A phase cue the page is giving (two minutes left, thirty seconds left, time up). The
   * desktop repeats it as an OS notification when no DesignDrill window has the focus;
   * the browser host answers `shown: false`, the page's own cue being all there is.
   */
  'session.cue': {
    request: z
      .object({
        sessionId: SessionId,
        phaseTitle: z.string().min(1).max(200),
        cue: z.enum(['two-minutes', 'thirty-seconds', 'time-up']),
      })
      .strict(),
    response: z.object({ shown: z.boolean() }),
  },
  /**
   * Saves an exported diagram where the person chooses. Electron asks with a save dialog;
   * the browser host answers `saved: false` because the page downloads the file itself.
   */
  'diagram.export': {
    request: z
      .object({
        id: SessionId,
        format: z.enum(['png', 'svg', 'excalidraw']),
        /** Base64 for PNG, the text itself for SVG and .excalidraw. */
        content: z.string().min(1).max(40_000_000),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  /**
   * Saves a design-document package (a .zip the page made: the Markdown and the diagram's
   * images) where the person chooses. As `diagram.export`: the browser host answers
   * `saved: false` and the page downloads it.
   */
  'designDoc.export': {
    request: z
      .object({
        id: SessionId,
        /** The zip, base64. */
        content: z.string().min(1).max(60_000_000),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** The shapes someone added to the canvas's library panel themselves (ours are bundled). */
  'library.list': {
    request: z.object({}).strict(),
    response: z.object({ items: z.array(PersonalLibraryItem) }),
  },
  'library.save': {
    request: z.object({ items: z.array(PersonalLibraryItem).max(1_000) }).strict(),
    response: z.object({ items: z.array(PersonalLibraryItem) }),
  },
  /**
   * One chunk of the candidate's recorded voice, appended to the session folder and fsynced
   * before the answer (docs/decisions/0009-audio-chunks.md). `seq` 0 starts a new run (a file
   * of its own that decodes alone, begun at session time `startT`) and the answer names it;
   * later chunks name their run and come in order. Refused for an ended session, an unknown
   * one, a chunk out of order or one over AUDIO_CHUNK_MAX_BYTES. Candidate only.
   */
  'audio.append': {
    request: z
      .object({
        id: SessionId,
        run: AudioRunNumber.optional(),
        seq: z.number().int().nonnegative(),
        /** Session clock (ms) when the run began; read with seq 0 only. */
        startT: z.number().int().nonnegative().optional(),
        mime: AudioMime.optional(),
        data: AudioChunkData,
      })
      .strict()
      .refine((r) => (r.seq === 0 ? r.startT !== undefined && r.mime !== undefined : r.run !== undefined), {
        message: 'a first chunk (seq 0) gives startT and mime; a later one gives its run',
      }),
    response: z.object({ run: AudioRunNumber, bytes: z.number().int().nonnegative() }),
  },
  /** The session's recorded runs in order; empty when nothing was recorded. */
  'audio.list': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({ runs: z.array(AudioRun) }),
  },
  /** One run's whole file, base64, for the replay to play. */
  'audio.read': {
    request: z.object({ id: SessionId, run: AudioRunNumber }).strict(),
    response: z.object({ mime: AudioMime, data: z.string() }),
  },
  /**
   * The transcript engines this machine has (detected on each ask: an install or a setting
   * changes it) and the one a transcript would use now: the chosen one if it is there, else the
   * first that is (docs/decisions/0011-transcript-engines.md).
   */
  'transcript.engines': {
    request: z.object({}).strict(),
    response: z.object({ engines: z.array(TranscriptEngineInfo), use: TranscriptEngineId.optional() }),
  },
  /**
   * One piece of a run's audio as the window decoded it (16 kHz mono 16-bit PCM, base64), kept
   * in a temporary folder until `transcript.start`. `seq` 0 begins the run again; pieces come
   * in order. Refused for a session not ended, a run it does not hold, or past four hours.
   */
  'transcript.audio': {
    request: z.object({ id: SessionId, run: AudioRunNumber, seq: z.number().int().nonnegative(), pcm: TranscriptPcmPiece }).strict(),
    response: z.object({ bytes: z.number().int().nonnegative() }),
  },
  /**
   * Transcribes the runs sent with `transcript.audio` in a child process; answers at once, the
   * progress comes as `transcript.progress`, the result is saved as the session's transcript.json.
   * Refused when no engine is available, when a run of the session was not sent, or while a job runs.
   */
  'transcript.start': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({ job: TranscriptJob }),
  },
  /** Stops the session's running transcript job (its child process is killed); the transcript saved before stays. */
  'transcript.cancel': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  /** The session's saved transcript, if any, and its job in this process, if one ran. */
  'transcript.get': {
    request: z.object({ id: SessionId }).strict(),
    response: z.object({ transcript: TranscriptFile.optional(), job: TranscriptJob.optional() }),
  },
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

/** Everything the Node side pushes to windows without being asked. */
export const events = {
  /**
   * Free space on the data folder's disk, checked while sessions are written: `warning` in
   * words while it is under the low-space mark, absent once there is room again.
   */
  'disk.space': z.object({ warning: z.string().optional() }),
  'settings.changed': Settings,
  /** Every event appended to any session, so every window folds the same log. */
  'session.appended': z.object({ id: SessionId, event: SessionEvent }),
  /** An interviewer's note or score, pushed to interviewer windows only (roles.ts). */
  'console.appended': z.object({ id: SessionId, event: PrivateEvent }),
  /** The interviewer's score count changed (candidate windows; no scores in it, see pairing.status). */
  'pairing.scored': z.object({ id: SessionId }).extend(PairingStatus.shape),
  /** A network invite changed: joined, someone refused, closed (candidate windows only). */
  'pairing.inviteChanged': z.object({ id: SessionId, invite: Invite }),
  /**
   * A session the history listed as `scoring` has been scored by the current rubric in the
   * background: its band, or (no band) `warning` saying why it could not be; `rescored` when
   * an older report was kept beside the new one.
   */
  'session.scored': z.object({ id: SessionId, band: Band.optional(), warning: z.string().optional(), rescored: z.boolean() }),
  /**
   * A session the history listed from its session.json, whose log had changed on disk since the
   * app last read it, was read again behind the list and found otherwise (damaged, repaired to
   * what was kept, or unreadable): its row as it now is, band included.
   */
  'session.checked': z.object({ summary: SessionSummary }),
  /** A transcript job moved on (progress) or finished (done, failed, cancelled). */
  'transcript.progress': z.object({ id: SessionId, job: TranscriptJob }),
} as const satisfies Record<EventName, z.ZodType>;

export type Request<C extends ChannelName> = z.input<(typeof channels)[C]['request']>;
export type Response<C extends ChannelName> = z.output<(typeof channels)[C]['response']>;
export type ParsedRequest<C extends ChannelName> = z.output<(typeof channels)[C]['request']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

/** Why a call failed; `code` maps onto HTTP statuses in the browser host. */
/**
 * `damaged`: the data asked for is there but cannot be read (a session log with nothing
 * readable left). `storage`: the disk refused a write (full, read-only, failing); the message
 * says so in words and what was not saved.
 */
export const FailureCode = z.enum(['bad-request', 'forbidden', 'not-found', 'damaged', 'storage', 'internal']);
export type FailureCode = z.infer<typeof FailureCode>;

export const Failure = z.object({
  code: FailureCode,
  channel: z.string(),
  message: z.string(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).default([]),
});
export type Failure = z.infer<typeof Failure>;

/** The one shape every reply takes over IPC and HTTP, so errors cross intact. */
export const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: Failure }),
]);
export type Envelope = z.infer<typeof Envelope>;

/**
 * Handlers for every channel: what a host must provide. `caller` is who the host says called;
 * dispatch always passes it, and a direct call (a test, the command line) without one acts
 * for the candidate.
 */
export type Handlers = {
  [C in ChannelName]: (request: ParsedRequest<C>, caller?: Caller) => Promise<Response<C>>;
};
