import { join } from 'node:path';
import { loadTextModel } from './textModel';
import type { Handlers, Response, StartupNotice } from '../../shared/bridge/contract';
import { BridgeError } from '../../shared/bridge/parse';
import { toBrief, toSummary } from '../../shared/schemas/prompt';
import { compareResults, type EstimateComparison, type ResolvedFigure } from '../../shared/estimate/compare';
import { evaluatePad, type Quantity } from '../../shared/estimate/evaluate';
import type { PadLine } from '../../shared/estimate/pad';
import type { EstimateReviewItem } from '../../shared/bridge/contract';
import { builtinPlans } from '../../shared/session/builtinPlans';
import { createSaveDesignDoc } from './designDocFile';
import { lowSpaceWarning, readOnlyReason } from './diskCheck';
import { createEventHub, type EventHub } from './eventHub';
import { openLibraryStore } from './libraryStore';
import { openPlanStore } from './planStore';
import { createInterviewer } from './interviewer';
import { createPairing } from './pairing';
import { importPrompts } from './promptImport';
import { loadPromptLibrary, type PromptCheckCache, type PromptLibrary } from './promptLibrary';
import { readProgress } from './sessions/progress';
import { createAudioStore } from './sessions/audioStore';
import { createTranscriptService } from './transcripts/transcriptService';
import type { TranscriptEngine } from './transcripts/engines';
import type { Settings } from '../../shared/schemas/settings';
import { createBundles } from './sessions/bundle';
import { PrivateLogStore } from './sessions/privateLog';
import { promptSnapshotOf } from './sessions/reportPrompt';
import { ReportStore } from './sessions/reportStore';
import { BackgroundScoring, withCurrentBands } from './sessions/rescore';
import { sessionPaths } from './sessions/sessionFiles';
import { SessionStore } from './sessions/sessionStore';
import { SessionTrash } from './sessions/trash';
import { watchForSleep } from './sessions/sleepWatch';
import { openSettingsStore } from './settingsStore';
import { watchFreeSpace } from './spaceWatch';
import type { SaveQuestion } from './exportFile';
import type { StoreFs } from './storeFs';
import type { InviteControl } from './pairingInvites';
import { messageOf } from '../../shared/errors';

export type ServicesOptions = {
  dataDir: string;
  /** The prompts shipped with the app. */
  builtinPromptsDir: string;
  host: 'electron' | 'web';
  version: string;
  log?: (line: string) => void;
  /**
   * Puts an exported diagram where the person chooses: Electron passes a save dialog.
   * Without one (the browser host) the page downloads the file itself.
   */
  saveExport?: Handlers['diagram.export'];
  /** The transcript engines as the settings name them (enginesFor); tests pass engines on fake programs. */
  transcriptEngines?: (settings: Settings) => TranscriptEngine[];
  /** The most audio one session keeps (AUDIO_SESSION_MAX_BYTES); tests set less. */
  audioMaxBytes?: number;
  /**
   * Repeats a phase cue outside the window: Electron passes an OS notification. Without one
   * (the browser host) the page's own visible cue is all there is.
   */
  showCue?: Handlers['session.cue'];
  /**
   * Asks where to save an exported file, a session bundle or a design document (Electron's
   * save dialog; undefined when cancelled). Without it (the browser host) the page downloads it.
   */
  askWhereToSave?: (question: SaveQuestion) => Promise<string | undefined>;
  /** Where the first of those save dialogs opens. */
  saveDir?: string;
  /**
   * Opens the interviewer's console of a paired session: Electron opens a window, the
   * browser host answers with the console's address. Without it nothing opens.
   */
  openConsole?: (id: string) => Promise<Response<'pairing.open'>>;
  /** Invites a partner on another machine (node/host/networkPairing); without it the channels say this host cannot. */
  invites?: InviteControl;
  /** The file system under the session store and the disk checks: node:fs/promises, or a test's faulty disk. */
  fs?: StoreFs;
};

export type Services = {
  handlers: Handlers;
  events: EventHub;
  /** Problems found while starting (a damaged file set aside, say), for the log and the UI. */
  notices: StartupNotice[];
  /** Stops the clocks of running sessions when the machine goes to sleep (Electron's powerMonitor). */
  suspend(): Promise<void>;
  /** Flushes every open session to disk. */
  close(): Promise<void>;
};

/**
 * Prompt files checked so far in this process, by path and text: a check is pure and costs
 * about half a second of CPU for the shipped library, so services made again in one process
 * (a test suite makes hundreds) check only files whose text changed, as one services does.
 */
const promptChecks: PromptCheckCache = new Map();

/** The Node services behind every channel, shared by the Electron main process and the browser host. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  loadTextModel();
  const log = options.log ?? (() => {});
  const events = createEventHub();
  const settings = await openSettingsStore(options.dataDir, (s) => events.emit('settings.changed', s));
  const plans = await openPlanStore(options.dataDir, builtinPlans);
  const shapes = await openLibraryStore(options.dataDir);
  const notices: StartupNotice[] = [settings.notice, plans.notice, shapes.notice]
    .filter((n): n is string => n !== undefined)
    .map((text) => ({ kind: 'damaged-file', text }));
  const readOnly = await readOnlyReason(options.dataDir, options.fs);
  if (readOnly) notices.push({ kind: 'read-only', text: `The data folder ${options.dataDir} cannot be written (${readOnly}): sessions open to be read, but nothing new can be saved.` });
  const space = await lowSpaceWarning(options.dataDir, options.fs);
  if (space) notices.push({ kind: 'low-space', text: space });
  // While sessions are written, free space is checked again now and then and said to the windows.
  const spaceWatch = watchFreeSpace({ dir: options.dataDir, onChange: (warning) => events.emit('disk.space', warning === undefined ? {} : { warning }) });
  const sessions = new SessionStore({
    dataDir: options.dataDir,
    log,
    ...(options.fs ? { fs: options.fs } : {}),
    onAppended: (id, event) => {
      events.emit('session.appended', { id, event });
      spaceWatch.written();
    },
    ...(readOnly ? { readOnly } : {}),
    // The row with its band as the history shows bands (a repair that set the report aside has it scored again).
    onChecked: (summary) => {
      withCurrentBands([summary], (id) => reports.peek(id), scoring)
        .then(({ sessions: [row] }) => events.emit('session.checked', { summary: row! }))
        .catch((error: unknown) => log(`could not tell the windows of session ${summary.id}: ${messageOf(error)}`));
    },
  });
  // Folders of sessions whose making a crash cut off hold nothing saved: set aside, said once.
  for (const moved of await sessions.sweepHalfMade()) {
    notices.push({ kind: 'half-made-session', text: `A session whose start was cut off by a crash held nothing saved; its folder was moved to ${moved}.` });
  }
  const pauseForSleep = (at: number, detectedAt: number) => {
    if (!settings.get().pauseOnSleep) return;
    sessions.pauseRunning('suspend', at, detectedAt).catch((error: unknown) => log(`could not pause for sleep: ${messageOf(error)}`));
  };
  const sleep = watchForSleep(pauseForSleep, () => void sessions.heartbeat());

  // Users' own prompts live in the data folder and are read after the built-in ones.
  const userPromptsDir = join(options.dataDir, 'prompts');
  const promptDirs = [options.builtinPromptsDir, userPromptsDir];
  let library: PromptLibrary | undefined;
  const reload = async () => (library = await loadPromptLibrary(promptDirs, promptChecks, { builtinDir: options.builtinPromptsDir }));
  // Checked in the background at launch, so the first list the window asks for is quick.
  void reload().catch((error: unknown) => log(`could not read the prompts: ${messageOf(error)}`));
  /** The library's prompt `id`, or none; the library is read first when it has not been yet. */
  const promptById = async (id: string) => (library ?? (await reload())).prompts.find((p) => p.id === id);
  const findPrompt = async (id: string, channel: string) => {
    const prompt = await promptById(id);
    if (!prompt) throw BridgeError.of('not-found', channel, `no prompt with id "${id}"`);
    return prompt;
  };

  const reports = new ReportStore({
    dataDir: options.dataDir,
    sessions,
    log,
    findPrompt: promptById,
  });

  // The history answers at once; reports by an older rubric are made behind it and pushed.
  const scoring = new BackgroundScoring({
    score: (id) => reports.forList(id),
    onScored: (id, outcome) => events.emit('session.scored', { id, ...outcome }),
    log,
  });

  const trash = new SessionTrash(options.dataDir, sessions);
  const privateLogs = new PrivateLogStore({ fileOf: (id) => sessionPaths(options.dataDir, id).interviewer, log });
  const audio = createAudioStore({ dataDir: options.dataDir, sessions, ...(options.audioMaxBytes === undefined ? {} : { maxSessionBytes: options.audioMaxBytes }) });
  const transcripts = createTranscriptService({
    dataDir: options.dataDir,
    sessions,
    audio,
    settings: () => settings.get(),
    onProgress: (id, job) => events.emit('transcript.progress', { id, job }),
    log,
    ...(options.transcriptEngines ? { engines: options.transcriptEngines } : {}),
  });
  const bundles = createBundles({
    audio,
    privateEventsOf: async (id) => (await privateLogs.get(id)).events,
    dataDir: options.dataDir,
    sessions,
    app: options.version,
    findPrompt: promptById,
    ...(options.askWhereToSave ? { ask: options.askWhereToSave } : {}),
    ...(options.saveDir ? { defaultDir: options.saveDir } : {}),
  });

  const interviewer = createInterviewer({
    dataDir: options.dataDir,
    sessions,
    log,
    findPrompt: promptById,
  });

  const pairing = createPairing({
    dataDir: options.dataDir,
    sessions,
    privateLogs,
    events,
    log,
    findPrompt: promptById,
    ...(options.openConsole ? { openConsole: options.openConsole } : {}),
    ...(options.invites ? { invites: options.invites } : {}),
  });

  const saveDesignDoc = createSaveDesignDoc({
    ...(options.askWhereToSave ? { ask: options.askWhereToSave } : {}),
    ...(options.saveDir ? { defaultDir: options.saveDir } : {}),
    sessionOf: async (id) => {
      const { state } = await sessions.get(id);
      return { title: state.prompt.title, createdAt: state.createdAt };
    },
  });

  const handlers: Handlers = {
    'app.info': async () => ({ version: options.version, host: options.host, dataDir: options.dataDir, notices }),
    'prompt.list': async () => {
      const { prompts, problems } = await reload();
      return { prompts: prompts.map(toSummary), problems };
    },
    'prompt.open': async ({ id }) => toBrief(await findPrompt(id, 'prompt.open')),
    'prompt.import': async ({ files }) => {
      const { imported, problems } = await importPrompts(files, { builtinDir: options.builtinPromptsDir, userDir: userPromptsDir });
      await reload();
      return { imported: imported.map(toSummary), problems };
    },
    'settings.get': async () => settings.get(),
    'settings.update': async (patch) => settings.update(patch),
    'plan.list': async () => ({ plans: plans.list() }),
    'plan.save': async ({ plan }) => plans.save(plan),
    'plan.delete': async ({ id }) => {
      await plans.remove(id);
      return {};
    },
    'session.create': async ({ promptId, planId, mode, level }) => {
      const prompt = await findPrompt(promptId, 'session.create');
      const plan = plans.find(planId);
      if (!plan) throw BridgeError.of('not-found', 'session.create', `no plan with id "${planId}"`);
      return sessions.create({ id: prompt.id, title: prompt.title }, plan, mode, level, promptSnapshotOf(prompt));
    },
    'session.open': async ({ id }) => ({ id, ...(await sessions.get(id)) }),
    'session.events': async ({ id }) => ({ events: await sessions.events(id) }),
    'session.append': async ({ id, command }) => {
      sleep.check();
      const { event } = await sessions.command(id, command);
      return { event };
    },
    'interviewer.ask': async ({ id, question }) => {
      sleep.check();
      return { event: await interviewer.ask(id, question) };
    },
    'session.selfAssess': (request) => pairing.selfAssess(request),
    'pairing.open': (request) => pairing.openConsole(request),
    'pairing.status': (request) => pairing.status(request),
    'pairing.addresses': async () => pairing.addresses(),
    'pairing.invite': (request) => pairing.invite(request),
    'pairing.inviteStop': (request) => pairing.inviteStop(request),
    'pairing.inviteStatus': (request) => pairing.inviteStatus(request),
    'console.open': (request) => pairing.open(request),
    'console.act': async (request) => {
      sleep.check();
      return pairing.act(request);
    },
    'session.list': async () => withCurrentBands(await sessions.list(), (id) => reports.peek(id), scoring),
    'session.trash': async ({ id }) => {
      await trash.trash(id);
      return {};
    },
    'session.restore': async ({ id }) => {
      await trash.restore(id);
      return {};
    },
    'trash.list': async () => ({ sessions: await trash.list() }),
    'trash.erase': async ({ id }) => {
      await trash.erase(id);
      return {};
    },
    'session.exportBundle': async (request, caller) => {
      await pairing.gateDebrief(request.id, 'session.exportBundle', caller);
      return bundles.exportBundle(request);
    },
    'session.importBundle': (request) => bundles.importBundle(request),
    'session.estimateReview': async ({ id }, caller) => {
      await pairing.gateDebrief(id, 'session.estimateReview', caller);
      const { state } = await sessions.get(id);
      if (state.status !== 'ended') {
        throw BridgeError.of('forbidden', 'session.estimateReview', 'The estimates are compared with the prompt’s figures once the session has ended.');
      }
      const prompt = await promptById(state.prompt.id);
      if (!prompt) return { promptFound: false, items: [] };
      const lines = state.scratchpad.lines;
      const items = compareResults(evaluatePad(lines), prompt.figures, lines).map((c) => reviewItem(c, lines));
      return { promptFound: true, items };
    },
    'session.report': async ({ id }, caller) => {
      await pairing.gateDebrief(id, 'session.report', caller);
      const report = await reports.get(id);
      const scores = await pairing.scoresOf(id);
      return scores ? { ...report, pairing: scores } : report;
    },
    'session.rescore': async ({ id }, caller) => {
      await pairing.gateDebrief(id, 'session.rescore', caller);
      return reports.rescore(id);
    },
    'progress.get': async () => readProgress({ dataDir: options.dataDir, sessions, reports, scoring, log }),
    'session.cue': async (request) => {
      await sessions.get(request.sessionId);
      return options.showCue ? options.showCue(request) : { shown: false };
    },
    'library.list': async () => ({ items: shapes.list() }),
    'library.save': async ({ items }) => ({ items: await shapes.save(items) }),
    'diagram.export': async (request) => {
      await sessions.get(request.id);
      return options.saveExport ? options.saveExport(request) : { saved: false };
    },
    'designDoc.export': (request) => saveDesignDoc(request),
    'audio.append': (request) => audio.append(request),
    'audio.list': (request) => audio.list(request),
    'audio.read': (request) => audio.read(request),
    'transcript.engines': () => transcripts.engines(),
    'transcript.audio': (request) => transcripts.audio(request),
    'transcript.start': (request) => transcripts.start(request),
    'transcript.cancel': (request) => transcripts.cancel(request),
    'transcript.get': (request) => transcripts.get(request),
  };

  return {
    handlers,
    events,
    notices,
    suspend: () => (settings.get().pauseOnSleep ? sessions.pauseRunning('suspend', Date.now(), Date.now()) : Promise.resolve()),
    close: async () => {
      sleep.stop();
      await scoring.stop();
      await transcripts.close();
      await sessions.close();
      await spaceWatch.settled();
    },
  };
}

/** One comparison as the review channel sends it: the figures' display text, the line's id. */
function reviewItem(c: EstimateComparison, lines: readonly PadLine[]): EstimateReviewItem {
  const shown = (q: Quantity) => ({ display: q.display, power: q.power, dimension: q.dimension });
  const reference = (r: ResolvedFigure) => ({ name: r.name, value: r.value, ...(r.note ? { note: r.note } : {}), ...(r.quantity ? { quantity: shown(r.quantity) } : {}) });
  if (c.kind === 'not-estimated') return { kind: c.kind, tag: c.tag, reference: reference(c.reference), message: c.message };
  const line = { tag: c.tag, line: c.line, lineId: lines[c.line - 1]?.id, ...(c.name ? { name: c.name } : {}), inferred: c.inferred, taken: c.taken, lines: c.lines, estimate: shown(c.quantity) };
  if (c.kind === 'no-reference') return { kind: c.kind, ...line };
  if (c.kind === 'mismatch') return { kind: c.kind, ...line, reference: reference(c.reference), message: c.message };
  return { kind: c.kind, ...line, reference: reference(c.reference), verdict: c.verdict, timesOff: c.timesOff, message: c.message };
}
