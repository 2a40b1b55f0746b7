import { useEffect, useRef, useState } from 'react';
import { activeMsAt } from '../../shared/session/clock';
import type { SessionState } from '../../shared/session/state';
import { call, describeError, subscribe } from '../bridge/bridge';
import { flushBeforePhaseChange } from '../session/sessionSlice';
import { useAppStore } from '../store/store';
import { microphoneRefusal, openMicrophone } from './microphone';
import { SpeechDetector } from './speechDetector';
import { transcribeIfWanted } from './transcription';
import { VoiceRecorder } from './voiceRecorder';

/** A run that broke is followed by a new one after this long, so a refusing host is not flooded. */
const RETRY_MS = 2000;
/** Runs that may break one after another before the recording gives up and says why. */
const MAX_BROKEN = 3;

/**
 * Records the candidate's voice while the session clock runs, when they chose to at the start
 * or the session already holds audio (it was recording before a crash or a reload: a new run
 * goes on from where the clock stands). Pauses and ends with the clock; the last second is
 * saved before a phase change or the end is sent.
 */
export function useVoiceRecording(id: string, state: SessionState, connected: boolean): void {
  const chosen = useAppStore((s) => (s.voiceChoice?.sessionId === id ? s.voiceChoice : undefined));
  const [wanted, setWanted] = useState<{ deviceId?: string } | undefined>(undefined);
  const ended = state.status === 'ended';
  const [attempt, setAttempt] = useState(0);
  const broken = useRef(0);
  const recorder = useRef<VoiceRecorder | undefined>(undefined);
  const detector = useRef<SpeechDetector | undefined>(undefined);
  /** Speech segments on their way to the log: a phase change or the end waits for them. */
  const heard = useRef<Promise<unknown>>(Promise.resolve());
  const stateRef = useRef(state);
  stateRef.current = state;

  // Whether to record: chosen at the start, or the log or the folder says it was (a crash or reload cut in).
  const logged = state.recorded;
  useEffect(() => {
    if (ended) return;
    // The same microphone keeps the same wish: a new one would restart the run.
    const want = (deviceId: string | undefined) => setWanted((w) => (w && w.deviceId === deviceId ? w : deviceId ? { deviceId } : {}));
    const remembered = () => {
      const settings = useAppStore.getState().settings;
      return settings.status === 'ready' ? settings.value.microphone : undefined;
    };
    if (chosen) return want(chosen.deviceId);
    if (logged) return want(remembered());
    let live = true;
    call('audio.list', { id }).then(
      ({ runs }) => {
        if (live && runs.length > 0) want(remembered());
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [id, chosen, ended, logged]);

  // The first run waits for the clock to run; from then on a pause only pauses the run.
  const running = state.status === 'running';
  const [begun, setBegun] = useState(false);
  useEffect(() => {
    if (running) setBegun(true);
  }, [running]);
  const record = wanted !== undefined && connected && !ended && begun;

  // One run per stretch of connection: started when the clock first runs, stopped on leaving.
  useEffect(() => {
    if (!record || wanted === undefined) return;
    const { setVoiceStatus, setHearing, sendSession } = useAppStore.getState();
    let stream: MediaStream | undefined;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    setVoiceStatus({ state: 'starting' });
    // Logged before the first chunk, so a crash in the first second still leaves it known as recorded.
    if (!stateRef.current.recorded) void sendSession({ type: 'voice.record' }, { id });
    openMicrophone(wanted.deviceId).then(
      (opened) => {
        stream = opened;
        if (stopped) return opened.getTracks().forEach((t) => t.stop());
        const run = new VoiceRecorder({
          sessionId: id,
          stream: opened,
          send: (request) => call('audio.append', request),
          // Only breaks in a row count: a long session may see the host come and go more than once.
          onSaved: () => (broken.current = 0),
          onBroken: (error) => {
            if (recorder.current !== run) return;
            recorder.current = undefined;
            broken.current += 1;
            if (broken.current >= MAX_BROKEN) {
              setVoiceStatus({ state: 'failed', message: `Recording stopped: ${describeError(error)}` });
              return;
            }
            retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
          },
        });
        recorder.current = run;
        run.start(activeMsAt(stateRef.current, Date.now()));
        if (stateRef.current.status === 'paused') run.pause();
        // Voice activity on the same stream; the recording goes on without it if the model cannot run.
        const listener = new SpeechDetector({
          stream: opened,
          clock: () => activeMsAt(stateRef.current, Date.now()),
          onSegment: (segment) => {
            heard.current = heard.current.then(() => sendSession({ type: 'speech', segment }, { id }));
          },
          onHearing: setHearing,
        });
        detector.current = listener;
        listener
          .start()
          .then(() => (stateRef.current.status === 'paused' ? listener.pause() : undefined))
          .catch((error: unknown) => {
            if (detector.current === listener) detector.current = undefined;
            console.warn(`The voice detector could not start: ${describeError(error)}`);
          });
        setVoiceStatus({ state: stateRef.current.status === 'paused' ? 'paused' : 'recording' });
      },
      (error: unknown) => setVoiceStatus({ state: 'failed', message: microphoneRefusal(error) }),
    );
    return () => {
      stopped = true;
      if (retry !== undefined) clearTimeout(retry);
      const run = recorder.current;
      recorder.current = undefined;
      detector.current?.stop();
      detector.current = undefined;
      setHearing('off');
      const release = () => stream?.getTracks().forEach((t) => t.stop());
      // Ended: the last second went in before the end (flushBeforePhaseChange); the host refuses more.
      if (run && stateRef.current.status === 'ended') run.abandon();
      if (run && stateRef.current.status !== 'ended') void run.stop().finally(release);
      else release();
      useAppStore.getState().setVoiceStatus({ state: 'off' });
    };
    // `attempt` starts a new run after one broke.
  }, [id, record, wanted, attempt]);

  // Pause and resume follow the session clock.
  useEffect(() => {
    const run = recorder.current;
    if (!run) return;
    if (state.status === 'paused') {
      run.pause();
      detector.current?.pause();
      useAppStore.getState().setVoiceStatus({ state: 'paused' });
    } else if (state.status === 'running') {
      run.resume();
      detector.current?.resume();
      useAppStore.getState().setVoiceStatus({ state: 'recording' });
    }
  }, [state.status]);

  // What was heard goes in before a phase change is logged. Before the end the run stops, its
  // last chunk saved, since the end refuses any chunk after it.
  useEffect(
    () =>
      flushBeforePhaseChange(async (command) => {
        // The talk so far is logged in the phase it was said in, and before the end.
        detector.current?.cut();
        if (command.type === 'end') {
          detector.current?.stop();
          detector.current = undefined;
        }
        await heard.current;
        const run = recorder.current;
        if (!run) return;
        if (command.type !== 'end') return run.flush();
        recorder.current = undefined;
        await run.stop();
        // Transcribed once the end is in the log (the host refuses a session still open).
        const unsubscribe = subscribe('session.appended', ({ id: from, event }) => {
          if (from !== id || event.type !== 'session.ended') return;
          unsubscribe();
          void transcribeIfWanted(id);
        });
      }),
    [id],
  );
}

/** The recording of one session; keyed by its id where it is used, so nothing carries over to the next session opened. */
export function RecordVoice({ id, state, connected }: { id: string; state: SessionState; connected: boolean }): null {
  useVoiceRecording(id, state, connected);
  return null;
}
