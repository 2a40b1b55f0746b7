import { describe, expect, it } from 'vitest';
import { dockOpen, phaseWantsPad } from './dock';

describe('phaseWantsPad', () => {
  it('an estimation phase unfolds the pad, unless a diagram is under way', () => {
    expect(phaseWantsPad('estimate', false)).toBe(true);
    expect(phaseWantsPad('estimate', true)).toBe(false);
    expect(phaseWantsPad('clarify', false)).toBe(false);
    expect(phaseWantsPad('high-level', false)).toBe(false);
    expect(phaseWantsPad(undefined, false)).toBe(false);
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
