import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Scratchpad } from '../../shared/estimate/pad';
import { flushBeforePhaseChange, selectSendSession, selectSessionSyncs } from '../session/sessionSlice';
import { useAppStore } from '../store/store';
import type { SaveStatus } from '../ui/saveStatus';
import { useFlushOnLeave } from '../ui/useFlushOnLeave';
import { samePad, toRecordedPad } from './lineIds';

const SAVE_AFTER_MS = 400;
const RETRY_AFTER_MS = 2000;

export type PadSaveStatus = SaveStatus;

export type PadRecorder = {
  /** The pad as this window has it: what was typed here, else what the log says. */
  pad: Scratchpad;
  status: PadSaveStatus;
  /** Changes the pad and records it 400 ms after the last change (`now`: at once, for a click). */
  update(change: (pad: Scratchpad) => Scratchpad, now?: boolean): void;
  /** Sends what is pending now (blur). */
  flush(): void;
  /** Focus entered or left the pad: while it is inside, the log's copy does not overwrite the text. */
  setFocused(focused: boolean): void;
};

/**
 * The estimation pad of one session, recorded in its log as `scratchpad` commands carrying the
 * whole pad. Like the notes: sent 400 ms after the last edit, at once on blur, before a phase
 * change or the end (so an edit is logged in the phase it was made in), and with keepalive when
 * the page is hidden or goes away. Read-only after the end.
 */
export function usePadRecorder(sessionId: string, remote: Scratchpad, readOnly: boolean): PadRecorder {
  const send = useAppStore(selectSendSession);
  const [pad, setPad] = useState(remote);
  const [status, setStatus] = useState<PadSaveStatus>('untouched');
  const current = useRef(pad);
  /** The pad changed here but not sent yet. */
  const unsent = useRef<Scratchpad | undefined>(undefined);
  const inFlight = useRef(0);
  const focused = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  /** The log's pad now (read from the store: a prop could be a render behind our own save). */
  const logged = useCallback(() => {
    const session = useAppStore.getState().session;
    return session?.id === sessionId && session.state.status === 'ready' ? session.state.value.scratchpad : undefined;
  }, [sessionId]);

  const ended = useCallback(() => {
    const session = useAppStore.getState().session;
    return session?.id === sessionId && session.state.status === 'ready' && session.state.value.status === 'ended';
  }, [sessionId]);

  /** Shows the log's pad if it differs and nothing of ours is pending or being typed. */
  const adopt = useCallback(() => {
    if (focused.current || unsent.current !== undefined || inFlight.current > 0) return;
    const value = logged();
    if (value === undefined || samePad(value, current.current)) return;
    current.current = value;
    setPad(value);
  }, [logged]);

  // Named inside, so the retry calls this same function (a callback cannot name itself).
  const flush = useMemo(() => {
    const attempt = (keepalive = false): Promise<void> => {
      window.clearTimeout(timer.current);
      const value = unsent.current;
      if (value === undefined) return Promise.resolve();
      unsent.current = undefined;
      inFlight.current++;
      setStatus('saving');
      return send({ type: 'scratchpad', pad: toRecordedPad(value) }, { id: sessionId, keepalive }).then((ok) => {
        inFlight.current--;
        if (!ok) {
          // Ended meanwhile (from another window, say): the log takes no more edits, so stop.
          if (ended()) {
            setStatus('untouched');
            const recorded = logged();
            if (recorded) setPad((current.current = recorded));
            return;
          }
          unsent.current ??= value;
          setStatus('failed');
          timer.current = window.setTimeout(() => void attempt(), RETRY_AFTER_MS);
        } else if (unsent.current === undefined && inFlight.current === 0) {
          setStatus('saved');
          adopt();
        }
      });
    };
    return attempt;
  }, [sessionId, send, adopt, ended, logged]);

  const update = useCallback(
    (change: (pad: Scratchpad) => Scratchpad, now = false) => {
      if (readOnly) return;
      const next = change(current.current);
      if (next === current.current) return;
      current.current = next;
      setPad(next);
      unsent.current = next;
      setStatus('editing');
      window.clearTimeout(timer.current);
      if (now) void flush();
      else timer.current = window.setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [readOnly, flush],
  );

  // The log's pad (another window's edits, a reload) is taken while nothing of ours is pending
  // and the person is not in the middle of it.
  useEffect(adopt, [remote, adopt]);

  // The connection came back: send what is waiting now rather than at the next retry.
  const syncs = useAppStore(selectSessionSyncs);
  useEffect(() => {
    if (syncs > 0) void flush();
  }, [syncs, flush]);

  // Before next, previous and end; on hiding or leaving the page; on leaving the screen.
  useEffect(() => flushBeforePhaseChange(() => flush()), [flush]);
  useFlushOnLeave(flush);

  return {
    pad,
    status,
    update,
    flush: useCallback(() => void flush(), [flush]),
    setFocused: useCallback(
      (f: boolean) => {
        focused.current = f;
        if (!f) adopt();
      },
      [adopt],
    ),
  };
}
