import type { Evidence } from './report';
import type { SessionRecord } from './record';
import { quote } from './text';

/**
 * What one criterion's rule finds: its score before clamping to 0..4, the evidence, and
 * tips specific to this record in the order they matter (the table's tip is the fallback).
 */
export type RuleResult = { points: number; evidence: Evidence[]; tips: string[] };
export type Rule = (record: SessionRecord) => RuleResult;

export function found(kind: Exclude<Evidence['kind'], 'missing'>, text: string, t: number, ref?: string): Evidence {
  return { kind, text: quote(text), t, positive: true, ...(ref === undefined ? {} : { ref }) };
}

export function against(kind: Exclude<Evidence['kind'], 'missing'>, text: string, t: number, ref?: string): Evidence {
  return { kind, text: quote(text), t, positive: false, ...(ref === undefined ? {} : { ref }) };
}

export function missing(text: string): Evidence {
  return { kind: 'missing', text, t: null, positive: false };
}

/** Minutes and seconds for evidence text: 3:05. */
export function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
