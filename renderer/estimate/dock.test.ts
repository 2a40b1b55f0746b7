import { describe, expect, it } from 'vitest';
import { dockOpen, phaseWantsPad } from './dock';

describe('phaseWantsPad', () => {
  it('an estimation phase unfolds the pad, a diagram under way or not; other phases do not', () => {
    expect(phaseWantsPad('estimate')).toBe(true);
    expect(phaseWantsPad('clarify')).toBe(false);
    expect(phaseWantsPad('high-level')).toBe(false);
    expect(phaseWantsPad(undefined)).toBe(false);
  });
});

describe('dockOpen', () => {
  it('follows the phase until the person chooses', () => {
    expect(dockOpen(undefined, true, false, false)).toBe(true);
    expect(dockOpen(undefined, false, false, true)).toBe(false);
  });
  it('keeps the person’s choice in every phase and after the end', () => {
    expect(dockOpen('closed', true, false, true)).toBe(false);
    expect(dockOpen('open', false, false, true)).toBe(true);
    expect(dockOpen('closed', false, true, true)).toBe(false);
    expect(dockOpen('open', false, true, false)).toBe(true);
  });
  it('after the end it opens when there is something to read', () => {
    expect(dockOpen(undefined, false, true, true)).toBe(true);
    expect(dockOpen(undefined, true, true, false)).toBe(false);
  });
});
