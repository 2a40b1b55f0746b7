import { describe, expect, it } from 'vitest';
import { consoleBounds, consoleUrl } from './consoleDisplay';

const laptop = { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const monitor = { id: 2, workArea: { x: 1440, y: -200, width: 2560, height: 1400 } };

describe("the interviewer's console window", () => {
  it("opens on a display other than the candidate's, centred", () => {
    expect(consoleBounds([laptop, monitor], 1)).toEqual({ x: 1440 + 640, y: -200 + 270, width: 1280, height: 860 });
    expect(consoleBounds([laptop, monitor], 2)).toEqual({ x: 80, y: 8, width: 1280, height: 860 });
  });

  it('shares the only display there is, never larger than it', () => {
    const small = { id: 7, workArea: { x: 0, y: 0, width: 1024, height: 700 } };
    expect(consoleBounds([small], 7)).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it("loads the app's console route for the session", () => {
    expect(consoleUrl('app://designdrill', 's-20261123-101010-ab12')).toBe('app://designdrill/index.html#/console/s-20261123-101010-ab12');
  });
});
