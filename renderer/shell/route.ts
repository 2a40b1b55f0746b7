/** Where the person is. Kept in the URL hash so a reload returns to the same screen. */
export type Route = { name: 'home' } | { name: 'prompt'; id: string } | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'prompt' && parts[1]) return { name: 'prompt', id: parts[1] };
  if (parts[0] === 'settings') return { name: 'settings' };
  return { name: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'prompt':
      return `#/prompt/${encodeURIComponent(route.id)}`;
    case 'settings':
      return '#/settings';
  }
}
