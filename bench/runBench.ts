import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from './projectRoot';
import { sessionPaths } from '../node/services/sessions/sessionFiles';
import { benchAppend, type AppendResult } from './appendBench';
import { benchAsk, type AskBenchResult } from './askBench';
import { benchCanvasBrowser, type CanvasBrowserResult } from './canvasBrowser';
import { benchVoiceBrowser, type VoiceBrowserResult } from './voiceBrowser';
import { benchStartBrowser, type StartBrowserResult } from './startBrowser';
import { benchCanvasBytes, type CanvasBytesOptions, type CanvasBytesResult } from './canvasBytes';
import { benchEstimate, type EstimateBenchResult } from './estimateBench';
import { benchFold } from './foldBench';
import { benchResume } from './resumeBench';
import { benchVerify, type VerifyResult } from './verifyBench';
import { benchScore, loadBenchPrompt, type ScoreBenchResult } from './scoreBench';
import { benchSeek, benchSessionEvents, type SeekBenchResult, type SessionEventsBenchResult } from './seekBench';
import { seekSession } from './seekSession';
import { round } from './stats';
import { writeSyntheticSession } from './syntheticSession';

export type BenchOptions = {
  /** Commands timed through SessionStore.command(). */
  appendEvents?: number;
  /** Events in the synthetic session that is resumed. */
  resumeEvents?: number;
  /** Wall time both sessions span. */
  minutes?: number;
  /** Resumes timed per variant; the median is reported. */
  repeats?: number;
  /** How long to keep folding for foldPerSecond. */
  foldMinMs?: number;
  /** How long to keep evaluating the estimation pad for estimateLinesPerSecond. */
  estimateMinMs?: number;
  /** Events in the session the rubric scores for score20kMs. */
  scoreEvents?: number;
  /** Events in the session whose replay is sought, drawn with 500 elements. */
  seekEvents?: number;
  progress?: (line: string) => void;
  /** Where the temporary folder goes (removed at the end); the OS's temp folder unless given. */
  tempRoot?: string;
  /** The scripted drawing and drag whose log bytes are counted. */
  canvas?: CanvasBytesOptions;
  /** The project folder (with dist/): given, the canvas is also timed in Chromium against bare Excalidraw. */
  browserRoot?: string;
  /** How long each voice session is measured in Chromium (with browserRoot); 60 s unless given. */
  voiceSeconds?: number;
};

export type BenchResult = {
  node: string;
  platform: string;
  arch: string;
  cpus: number;
  cpuModel: string;
} & AppendResult & {
    resumeEvents: number;
    sessionMinutes: number;
    /** Fresh SessionStore + get(id) of a crashed session: snapshot plus the log's tail. */
    resume20kMs: number;
    /** The same with the snapshot deleted: the whole log folded. */
    resume20kNoSnapshotMs: number;
    /** Events the resume folded on top of the snapshot. */
    resumeTailEvents: number;
    bytesFor45MinSession: number;
    snapshotBytes: number;
    /** readLog (JSON + schema of every line) of that session's log. */
    parseLog20kMs: number;
    /** Events per second through the pure reducer. */
    foldPerSecond: number;
    totalMs: number;
  } & VerifyResult &
  EstimateBenchResult &
  AskBenchResult &
  ScoreBenchResult &
  SeekBenchResult &
  SessionEventsBenchResult &
  CanvasBytesResult &
  (CanvasBrowserResult | Record<never, never>) &
  (StartBrowserResult | Record<never, never>) &
  (VoiceBrowserResult | Record<never, never>);

/** `npm run bench`: appends through the real store, resume of a 45-minute log, the reducer. */
export async function runBench(options: BenchOptions = {}): Promise<BenchResult> {
  const appendEvents = options.appendEvents ?? 3000;
  const resumeEvents = options.resumeEvents ?? 20_000;
  const minutes = options.minutes ?? 45;
  const repeats = options.repeats ?? 5;
  const progress = options.progress ?? (() => {});
  const started = performance.now();
  const lap = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const root = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'designdrill-bench-'));
  try {
    const dir = async (name: string) => {
      const path = join(root, name);
      await mkdir(path);
      return path;
    };
    progress(`playing a ${appendEvents}-event session, timing each SessionStore.command()…`);
    const append = await benchAppend(await dir('append'), appendEvents, minutes);
    progress(`  ${append.appendPerSecond} events/s, p95 ${append.appendP95Ms} ms (${lap()})`);

    progress(`playing a ${minutes}-minute session of ${resumeEvents} events…`);
    const template = await dir('template');
    const session = await writeSyntheticSession(await dir('play'), template, resumeEvents, minutes);
    progress(`  ${session.eventsBytes} bytes of log, snapshot ${session.tailEvents} events behind (${lap()})`);

    progress(`resuming it ${repeats} times with its snapshot, ${repeats} times without…`);
    const scratch = await dir('scratch');
    const resume = { repeats, expectEvents: resumeEvents };
    const withSnapshot = await benchResume(template, session.id, scratch, { ...resume, withSnapshot: true });
    const withoutSnapshot = await benchResume(template, session.id, scratch, { ...resume, withSnapshot: false });
    progress(`  ${withSnapshot} ms, ${withoutSnapshot} ms without the snapshot (${lap()})`);
    const verify = await benchVerify(template, session.id, Math.max(repeats, 5));
    progress(`  of which checking the whole log: ${verify.verifyLog20kMs} ms, reading it without checking ${verify.readLog20kBytesMs} ms (${lap()})`);

    progress('folding with the pure reducer…');
    const fold = benchFold(await readFile(sessionPaths(template, session.id).events, 'utf8'), options.foldMinMs ?? 1000);
    progress(`  ${fold.foldPerSecond} events/s (${lap()})`);

    progress('evaluating an estimation pad over and over…');
    const estimate = benchEstimate(options.estimateMinMs ?? 1000);
    progress(`  ${estimate.estimateLinesPerSecond} lines/s (${lap()})`);

    progress('understanding questions to the scripted interviewer…');
    const ask = benchAsk(await loadBenchPrompt(projectRoot(import.meta.url)));
    progress(`  p95 ${ask.askP95Ms} ms per question (${lap()})`);

    progress(`scoring a ${options.scoreEvents ?? 20_000}-event session with the rubric…`);
    const score = benchScore(await loadBenchPrompt(projectRoot(import.meta.url)), options.scoreEvents ?? 20_000);
    progress(`  ${score.score20kMs} ms (${lap()})`);

    progress(`seeking 100 random moments of a ${minutes}-minute, ${options.seekEvents ?? 20_000}-event replay with 500 elements…`);
    const seekEvents = seekSession({ events: options.seekEvents ?? 20_000, minutes });
    const seek = benchSeek(seekEvents);
    progress(`  built in ${seek.replayBuildMs} ms, median ${seek.seekMedianMs} ms, p95 ${seek.seekP95Ms} ms (${lap()})`);
    progress('fetching that session with session.events, as the replay screen does…');
    const fetched = await benchSessionEvents(await dir('seek'), seekEvents);
    progress(`  ${fetched.sessionEvents20kMs} ms, checked by the window in ${fetched.sessionEventsCheck20kMs} ms (${lap()})`);

    progress('recording a scripted drawing of labelled shapes and arrows, then a 10 s drag…');
    const canvas = await benchCanvasBytes(await dir('canvas'), options.canvas);
    progress(`  ${canvas.canvasBytes200Shapes200Arrows} bytes drawing, ${canvas.canvasBytesDrag10s} bytes drag (${lap()})`);

    let browser: CanvasBrowserResult | Record<never, never> = {};
    if (options.browserRoot) {
      progress('drawing 500 elements in the app and on bare Excalidraw, in Chromium…');
      const timed = await benchCanvasBrowser({ root: options.browserRoot, tempRoot: root, progress });
      progress('canvasRecordSkipped' in timed ? `  skipped: ${timed.canvasRecordSkipped}` : `  ratio ${timed.canvasRecordRatio} (${lap()})`);
      browser = timed;
    }
    let start: StartBrowserResult | Record<never, never> = {};
    if (options.browserRoot) {
      progress('loading the app cold to its home screen and to a new session, and bare Excalidraw, in Chromium…');
      const timed = await benchStartBrowser({ root: options.browserRoot, tempRoot: root, progress });
      progress('startSkipped' in timed ? `  skipped: ${timed.startSkipped}` : `  ratios: home ${timed.startHomeRatio}, canvas ${timed.startCanvasRatio} (${lap()})`);
      start = timed;
    }
    let voice: VoiceBrowserResult | Record<never, never> = {};
    if (options.browserRoot) {
      progress('a running session open for a minute in Chromium, without audio and then recording the voice…');
      const measured = await benchVoiceBrowser({ root: options.browserRoot, tempRoot: root, ...(options.voiceSeconds ? { seconds: options.voiceSeconds } : {}), progress });
      progress('voiceSkipped' in measured ? `  skipped: ${measured.voiceSkipped}` : `  ${round(measured.voiceCpuExtra * 100, 1)}% of a core more, ${measured.voiceBytesPerMinute} bytes a minute (${lap()})`);
      voice = measured;
    }

    const cpu = cpus();
    return {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      ...append,
      resumeEvents,
      sessionMinutes: minutes,
      resume20kMs: withSnapshot,
      resume20kNoSnapshotMs: withoutSnapshot,
      resumeTailEvents: session.tailEvents,
      bytesFor45MinSession: session.eventsBytes,
      snapshotBytes: session.snapshotBytes,
      ...verify,
      parseLog20kMs: fold.parseLogMs,
      foldPerSecond: fold.foldPerSecond,
      ...estimate,
      ...ask,
      ...score,
      ...seek,
      ...fetched,
      ...canvas,
      ...browser,
      ...start,
      ...voice,
      totalMs: Math.round(performance.now() - started),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
