import { describe, expect, it } from 'vitest';
import { NoteBody, NOTE_LISTS } from '../../shared/notes/item';
import { PhaseKind } from '../../shared/schemas/prompt';
import { KNOWN_WORDS } from '../../shared/text/mentions';
import { SHIPPED_PROMPTS } from '../../shared/rubric/testing/prompts';
import { allListsOf, describeItem, isBlank, LIST_SPECS, listsOf } from './lists';

describe('lists per phase', () => {
  it('the clarify phase asks for questions only when a partner plays the interviewer', () => {
    expect(listsOf('clarify', 'paired')).toEqual(['question', 'functional', 'non-functional', 'out-of-scope', 'assumption']);
    expect(listsOf('clarify', 'solo')).toEqual(['functional', 'non-functional', 'out-of-scope', 'assumption']);
  });

  it('the estimate phase and a phase of a person’s own plan have no lists', () => {
    expect(listsOf('estimate', 'solo')).toEqual([]);
    expect(listsOf(undefined, 'paired')).toEqual([]);
  });

  it('every list belongs to exactly one kind of phase', () => {
    const shown = PhaseKind.options.flatMap((kind) => allListsOf(kind));
    expect([...shown].sort()).toEqual([...NOTE_LISTS].sort());
  });

  it('a new item of every list is one the session log accepts, and blank', () => {
    for (const list of NOTE_LISTS) {
      const body = LIST_SPECS[list].blank();
      expect(NoteBody.parse(body)).toEqual(body);
      expect(body.list).toBe(list);
      expect(isBlank(body)).toBe(true);
    }
  });

  it('a bottleneck added below another is at the same scale', () => {
    expect(LIST_SPECS.bottleneck.blank({ list: 'bottleneck', scale: '100x', what: 'db', remedy: '' })).toMatchObject({ scale: '100x' });
  });
});

describe('isBlank and describeItem', () => {
  it('a choice alone does not make an item worth keeping', () => {
    expect(isBlank({ list: 'non-functional', text: ' ', quality: 'latency' })).toBe(true);
    expect(isBlank({ list: 'tradeoff', chose: '', gaveUp: '', because: 'cheap' })).toBe(false);
  });

  it('reads an item back in one line with all its parts', () => {
    expect(describeItem({ list: 'tradeoff', chose: 'A cache', gaveUp: 'freshness', because: 'reads dominate' })).toBe(
      'Chose A cache; gave up freshness; because reads dominate',
    );
    expect(describeItem({ list: 'bottleneck', scale: '10x', what: 'the database', remedy: '' })).toBe('At 10x: the database; no remedy yet');
    expect(describeItem({ list: 'operation', signature: 'GET /{code}', purpose: 'redirect', main: true })).toBe('GET /{code} — redirect (main path)');
    expect(describeItem({ list: 'non-functional', text: 'p99 under 50 ms', quality: 'latency' })).toBe('p99 under 50 ms (latency)');
  });
});

describe('placeholders', () => {
  // The lists are the same for every prompt: a placeholder that names one prompt's domain
  // ("Do links ever expire?") misleads on the others, and one taken from a reference gives it away.
  it('name no shipped prompt’s domain terms', () => {
    const placeholders = Object.values(LIST_SPECS).flatMap((spec) => spec.fields.flatMap((f) => (f.kind === 'text' ? [f.placeholder.toLowerCase()] : [])));
    expect(placeholders.length).toBeGreaterThan(15);
    for (const prompt of SHIPPED_PROMPTS) {
      // General system-design words ("key", "cache") and short ones ("post", an HTTP verb too)
      // belong to every prompt: only domain terms count.
      for (const term of (prompt.reference?.terms ?? []).filter((t) => t.length >= 5 && !KNOWN_WORDS.includes(t.toLowerCase()))) {
        const word = new RegExp(`\\b${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`);
        for (const p of placeholders) expect(p, `"${p}" names "${term}" from ${prompt.id}`).not.toMatch(word);
      }
    }
  });
});
