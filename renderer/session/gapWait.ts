/** How long a missing event may be late before a window reads the session again. */
export const GAP_WAIT_MS = 1000;

/**
 * The wait for a missing event, shared by the windows that follow a session in order: `watch`
 * starts it once (a gap that is already waited for keeps its deadline), `stop` ends it when the
 * gap fills or the view is left, so a timer left running never cuts the next gap's wait short.
 */
export function gapWait(): { watch(onLate: () => void): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    watch(onLate) {
      timer ??= setTimeout(() => {
        timer = undefined;
        onLate();
      }, GAP_WAIT_MS);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
