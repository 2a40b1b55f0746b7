import { z } from 'zod';

/**
 * The level the candidate is practising for, chosen before the start: the same record
 * earns a different band at mid, senior or staff, so the rubric needs to know.
 */
export const TargetLevel = z.enum(['mid', 'senior', 'staff']);
export type TargetLevel = z.infer<typeof TargetLevel>;

/** Sessions recorded before levels existed were all practised as senior. */
export const DEFAULT_LEVEL: TargetLevel = 'senior';

export const LEVEL_LABEL: Record<TargetLevel, string> = { mid: 'Mid-level', senior: 'Senior', staff: 'Staff' };

export const LEVEL_EXPECTS: Record<TargetLevel, string> = {
  mid: 'A working design that covers the main path, steered back on course at times.',
  senior: 'You drive: clear scope, numbers that decide things, one deep dive done well, trade-offs named.',
  staff: 'All of senior, plus the hard parts found early, several options weighed, and operations and evolution covered.',
};
