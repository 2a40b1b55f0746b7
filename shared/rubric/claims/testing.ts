import type { EventDraft, SessionEvent } from '../../session/events';
import type { PromptSnapshot } from '../../session/exportFile';
import { readRecord, type SessionRecord } from '../record';
import { extractClaims } from './extract';
import type { Claim, ClaimKind } from './claim';

/**
 * Test helpers: events the SessionBuilder does not write (free notes, a partner's answers,
 * curveballs) put into a built log at a moment and phase, and claims without their sources.
 */
export type Insert = { t: number; phase: string } & EventDraft;

export function insert(events: readonly SessionEvent[], extra: readonly Insert[]): SessionEvent[] {
  const base = events[0]!.at - events[0]!.t;
  const all = [...events, ...extra.map((x) => ({ v: 1, seq: 0, at: base + x.t, ...x }) as unknown as SessionEvent)];
  // Stable: at the same moment an inserted event comes after the built ones, before a later end.
  const ended = all.filter((e) => e.type === 'session.ended');
  const rest = all.filter((e) => e.type !== 'session.ended').sort((a, b) => a.t - b.t);
  return [...rest, ...ended].map((e, i) => ({ ...e, seq: i + 1 }));
}

export function claimsOf(prompt: PromptSnapshot, events: readonly SessionEvent[]): { record: SessionRecord; claims: Claim[] } {
  const record = readRecord(prompt, events);
  return { record, claims: extractClaims(record, events) };
}

/** The claims of one kind, without their sources: what criteria compare. */
export function bodies<K extends ClaimKind>(claims: readonly Claim[], kind: K): Omit<Extract<Claim, { kind: K }>, 'source'>[] {
  return claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind).map(({ source: _source, ...rest }) => rest as Omit<Extract<Claim, { kind: K }>, 'source'>);
}
