import { useEffect, useState } from 'react';

/**
 * The wall clock, read again every `intervalMs` while `ticking`, and whenever the window
 * becomes visible or gains focus. Callers compute times from it and the session's
 * timestamps, so a throttled or hidden window is right the moment it draws again.
 */
export function useNow(ticking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const read = () => setNow(Date.now());
    read();
    document.addEventListener('visibilitychange', read);
    window.addEventListener('focus', read);
    window.addEventListener('pageshow', read);
    const timer = ticking ? window.setInterval(read, intervalMs) : undefined;
    return () => {
      document.removeEventListener('visibilitychange', read);
      window.removeEventListener('focus', read);
      window.removeEventListener('pageshow', read);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [ticking, intervalMs]);
  return now;
}
