/** Where the person is. Kept in the URL hash so a reload returns to the same screen. */
export type Route =
  | { name: 'home' }
  | { name: 'prompt'; id: string }
  | { name: 'session'; id: string }
  | { name: 'report'; id: string }
  /** `t`: the moment on the session clock (ms) the replay opens at. */
  | { name: 'replay'; id: string; t?: number }
  | { name: 'sessions' }
  | { name: 'progress' }
  | { name: 'compare'; a: string; b: string }
  | { name: 'plans'; id?: string }
  | { name: 'settings' }
  /** The partner's console of a paired session: a window of its own, without the app's nav. */
  | { name: 'console'; id: string }
  /** The report as the partner sees it, from the console, once the session has ended. */
  | { name: 'consoleReport'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  if (parts[0] === 'prompt' && parts[1]) return { name: 'prompt', id: parts[1] };
  if (parts[0] === 'session' && parts[1] && parts[2] === 'report') return { name: 'report', id: parts[1] };
  if (parts[0] === 'session' && parts[1] && parts[2] === 'replay') return replayRoute(parts[1], parts[3]);
  if (parts[0] === 'session' && parts[1]) return { name: 'session', id: parts[1] };
  if (parts[0] === 'sessions') return { name: 'sessions' };
  if (parts[0] === 'progress') return { name: 'progress' };
  if (parts[0] === 'compare' && parts[1] && parts[2]) return { name: 'compare', a: parts[1], b: parts[2] };
  if (parts[0] === 'plans') return parts[1] ? { name: 'plans', id: parts[1] } : { name: 'plans' };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'console' && parts[1] && parts[2] === 'report') return { name: 'consoleReport', id: parts[1] };
  if (parts[0] === 'console' && parts[1]) return { name: 'console', id: parts[1] };
  return { name: 'home' };
}

function replayRoute(id: string, at: string | undefined): Route {
  const t = at !== undefined && /^\d{1,10}$/.test(at) ? Number(at) : undefined;
  return t === undefined ? { name: 'replay', id } : { name: 'replay', id, t };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'prompt':
      return `#/prompt/${encodeURIComponent(route.id)}`;
    case 'session':
      return `#/session/${encodeURIComponent(route.id)}`;
    case 'report':
      return `#/session/${encodeURIComponent(route.id)}/report`;
    case 'replay':
      return `#/session/${encodeURIComponent(route.id)}/replay${route.t === undefined ? '' : `/${Math.max(0, Math.round(route.t))}`}`;
    case 'sessions':
      return '#/sessions';
    case 'progress':
      return '#/progress';
    case 'compare':
      return `#/compare/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`;
    case 'plans':
      return route.id ? `#/plans/${encodeURIComponent(route.id)}` : '#/plans';
    case 'settings':
      return '#/settings';
    case 'console':
      return `#/console/${encodeURIComponent(route.id)}`;
    case 'consoleReport':
      return `#/console/${encodeURIComponent(route.id)}/report`;
  }
}

/** Goes to `route` the way a link would, so back and forward keep working. */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** Swaps the current address for `route` without a new history entry (a draft got its saved id). */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', routeHash(route));
}
