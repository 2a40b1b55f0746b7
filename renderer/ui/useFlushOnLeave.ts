import { useEffect } from 'react';

/**
 * Sends what a recorder still holds when the page is hidden or closed, and when the
 * component goes away. `keepalive` is true when the page may be gone before the reply:
 * the request must outlive it.
 */
export function useFlushOnLeave(flush: (keepalive?: boolean) => unknown): void {
  useEffect(() => {
    const onHide = () => void flush(true);
    const onVisibility = () => document.visibilityState === 'hidden' && void flush(true);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);
}
