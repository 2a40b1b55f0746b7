import type { EventPayload, Response } from '../../../shared/bridge/contract';
import type { Services } from '../services';

/**
 * Lists the history the way a window does after its first listing: once every session the
 * first listing showed as `scoring` has been pushed as scored, lists it again. Returns both
 * listings (the first one's time) and the pushes, in the order they came.
 */
export async function listOnceScored(services: Services): Promise<{ first: Response<'session.list'>; firstMs: number; pushed: EventPayload<'session.scored'>[]; again: Response<'session.list'> }> {
  const pushed: EventPayload<'session.scored'>[] = [];
  let wake = () => {};
  const unsubscribe = services.events.subscribe((event, payload) => {
    if (event !== 'session.scored') return;
    pushed.push(payload as EventPayload<'session.scored'>);
    wake();
  });
  try {
    const started = performance.now();
    const first = await services.handlers['session.list']({});
    const firstMs = performance.now() - started;
    const waiting = new Set(first.sessions.filter((s) => s.scoring).map((s) => s.id));
    while ([...waiting].some((id) => !pushed.some((p) => p.id === id))) await new Promise<void>((done) => (wake = done));
    return { first, firstMs, pushed, again: await services.handlers['session.list']({}) };
  } finally {
    unsubscribe();
  }
}

/**
 * The charts as a window ends up showing them: asks progress.get, and again once the sessions
 * it said were still being scored have been pushed as scored. Returns the first answer too.
 */
export async function progressOnceScored(services: Services): Promise<{ first: Response<'progress.get'>; last: Response<'progress.get'> }> {
  let pushes = 0;
  let wake = () => {};
  const unsubscribe = services.events.subscribe((event) => {
    if (event !== 'session.scored') return;
    pushes++;
    wake();
  });
  try {
    let asked = pushes;
    const first = await services.handlers['progress.get']({});
    let last = first;
    while (last.scoring > 0) {
      // Asked again once as many were pushed since the last answer as it said were being scored
      // (pushes in between are not missed): not after each, which would slow the scoring down.
      while (pushes - asked < last.scoring) await new Promise<void>((done) => (wake = done));
      asked = pushes;
      last = await services.handlers['progress.get']({});
    }
    return { first, last };
  } finally {
    unsubscribe();
  }
}
