import { useCallback, useEffect, useRef, useState } from 'react';
import { advance, clampTime, playFrom, type Speed } from './playback';

export type Playback = {
  /** Session-clock ms shown now. */
  t: number;
  playing: boolean;
  speed: Speed;
  seek(t: number): void;
  play(): void;
  pause(): void;
  toggle(): void;
  setSpeed(speed: Speed): void;
};

/**
 * The moment shown and whether it moves. While playing, each animation frame moves it by the
 * real time since the last frame times the speed; it stops at the end.
 */
export function usePlayback(durationMs: number, initialT: number): Playback {
  const [t, setT] = useState(() => clampTime(initialT, durationMs));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  // The frame loop reads and writes the time here, so a seek made while playing is picked up.
  const current = useRef(t);

  const seek = useCallback(
    (to: number) => {
      current.current = clampTime(to, durationMs);
      setT(current.current);
    },
    [durationMs],
  );

  const play = useCallback(() => {
    seek(playFrom(current.current, durationMs));
    setPlaying(true);
  }, [seek, durationMs]);
  const pause = useCallback(() => setPlaying(false), []);
  const playingRef = useRef(playing);
  playingRef.current = playing;
  const toggle = useCallback(() => (playingRef.current ? pause() : play()), [pause, play]);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const next = advance(current.current, now - last, speed, durationMs);
      last = now;
      current.current = next;
      setT(next);
      if (next >= durationMs) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, durationMs]);

  return { t, playing, speed, seek, play, pause, toggle, setSpeed };
}
