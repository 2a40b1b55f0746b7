import { useEffect, useRef } from 'react';
import { parseRoute, replaceRoute } from '../shell/route';

/** Playing writes the address this often at most (browsers throttle faster replaceState calls). */
const URL_EVERY_MS = 500;

/**
 * Keeps the moment in the address, so a reload opens at it: replaced, never pushed, so the
 * back button leaves the replay instead of stepping through its frames.
 */
export function useReplayUrl(id: string, t: number): void {
  const lastWrite = useRef(0);
  useEffect(() => {
    const write = () => {
      lastWrite.current = performance.now();
      // The person may have left between the change and now: never pull them back.
      const here = parseRoute(window.location.hash);
      if (here.name !== 'replay' || here.id !== id) return;
      const rounded = Math.round(t);
      if (here.t !== rounded) replaceRoute({ name: 'replay', id, t: rounded });
    };
    const wait = URL_EVERY_MS - (performance.now() - lastWrite.current);
    if (wait <= 0) {
      write();
      return;
    }
    const timer = setTimeout(write, wait);
    return () => clearTimeout(timer);
  }, [id, t]);
}
