import type { Evidence } from './report';
import { quote } from './text';

/**
 * One thing a criterion looks for, as the descriptor says it: what the record has when it is
 * met, what it lacks when it is not. An empty phrase says nothing (a penalty that did not apply).
 */
export type Part = { met: boolean; has: string; lacks: string };

// What a rule finds is `Found` in ./criterion.ts: the descriptor is written from its parts, so it
// cannot contradict the evidence.

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

/** "a", "a and b", "a, b and c". */
export function listed(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]!}`;
}

/**
 * The descriptor of what a record reached: what it has, then what it lacks.
 * "Functional requirements and questions or an out-of-scope list; no quality target."
 */
export function describeParts(parts: readonly Part[]): string {
  const has = parts.filter((p) => p.met && p.has !== '').map((p) => p.has);
  const lacks = parts.filter((p) => !p.met && p.lacks !== '').map((p) => p.lacks);
  const text = [listed(has), lacks.join('; ')].filter((t) => t !== '').join('; ');
  return text === '' ? '' : `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
