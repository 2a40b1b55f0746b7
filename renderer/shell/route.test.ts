import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';

describe('the console route', () => {
  it('opens the interviewer console of the session named in the address, and back', () => {
    expect(parseRoute('#/console/s-20261123-190024-771e')).toEqual({ name: 'console', id: 's-20261123-190024-771e' });
    expect(routeHash({ name: 'console', id: 's-1' })).toBe('#/console/s-1');
  });

  it("opens the interviewer's view of the report from the console, and back", () => {
    expect(parseRoute('#/console/s-1/report')).toEqual({ name: 'consoleReport', id: 's-1' });
    expect(routeHash({ name: 'consoleReport', id: 's-1' })).toBe('#/console/s-1/report');
  });

  it('goes home when the session is missing', () => {
    expect(parseRoute('#/console')).toEqual({ name: 'home' });
  });
});
