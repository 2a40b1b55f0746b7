import { useEffect, useRef, useState } from 'react';
import type { AudioRun } from '../../shared/session/audio';
import { call, describeError } from '../bridge/bridge';
import { audioAt, DRIFT_S, MAX_AUDIBLE_SPEED } from './replayAudio';
import type { Playback } from './usePlayback';

export type ReplaySound = { runs: (AudioRun & { url: string })[]; problem?: string };

/** The session's recorded runs as object URLs the page's <audio> elements play (none when nothing was recorded). */
export function useRecordedRuns(id: string): ReplaySound {
  const [sound, setSound] = useState<ReplaySound>({ runs: [] });
  useEffect(() => {
    let live = true;
    const urls: string[] = [];
    void (async () => {
      try {
        const { runs } = await call('audio.list', { id });
        const loaded = [];
        for (const run of runs) {
          const { mime, data } = await call('audio.read', { id, run: run.run });
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
          urls.push(url);
          loaded.push({ ...run, url });
        }
        if (live) setSound({ runs: loaded });
      } catch (error) {
        if (live) setSound({ runs: [], problem: `The recording could not be read: ${describeError(error)}` });
      }
    })();
    return () => {
      live = false;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [id]);
  return sound;
}

/**
 * Keeps the recorded voice in step with the replay: the run that holds moment `t` plays at the
 * replay's speed from where `t` falls in it, a seek moves it, pausing pauses it. The replay's
 * clock leads; the sound follows it (moved back when it drifts by more than DRIFT_S).
 */
export function useReplayAudio(runs: ReplaySound['runs'], playback: Pick<Playback, 't' | 'playing' | 'speed'>, durationMs: number) {
  const elements = useRef(new Map<number, HTMLAudioElement>());
  const { t, playing, speed } = playback;
  const at = audioAt(runs, t, durationMs);

  useEffect(() => {
    for (const [run, el] of elements.current) {
      if (!at || at.run !== run) {
        if (!el.paused) el.pause();
        continue;
      }
      // Too fast to follow: silent, and out of the way of the drift checks.
      const audible = playing && speed <= MAX_AUDIBLE_SPEED;
      el.playbackRate = Math.min(speed, MAX_AUDIBLE_SPEED);
      const drift = Math.abs(el.currentTime - at.offsetS);
      // Standing still, the sound waits exactly at the moment shown; playing, only a seek or a real drift moves it.
      if ((!audible && drift > 0.01) || drift > DRIFT_S) el.currentTime = at.offsetS;
      if (audible && el.paused) void el.play().catch(() => {});
      if (!audible && !el.paused) el.pause();
    }
  }, [at?.run, at?.offsetS, playing, speed]);

  /** For each run's <audio>: registers it by run. */
  return (run: number) => (el: HTMLAudioElement | null) => {
    if (el) elements.current.set(run, el);
    else elements.current.delete(run);
  };
}
