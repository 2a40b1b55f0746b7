import { describe, expect, it } from 'vitest';
import type { PromptSummary } from '../../shared/schemas/prompt';
import type { SessionSummary } from '../../shared/session/summary';
import { filterPrompts, isFiltered, noFilter, pickRandom, practiceCounts, tagCounts } from './promptFilter';

const prompt = (id: string, difficulty: PromptSummary['difficulty'], tags: string[], title = `Design ${id}`, summary = 'A system.'): PromptSummary => ({
  id,
  title,
  difficulty,
  tags,
  summary,
});

const prompts = [
  prompt('url-shortener', 'easy', ['read-heavy', 'key-value'], 'Design a URL Shortener', 'Short links that redirect.'),
  prompt('chat', 'medium', ['real-time', 'messaging'], 'Design a Chat Service', 'One-to-one and group messages.'),
  prompt('ride-hailing', 'hard', ['real-time', 'geo'], 'Design Ride Hailing', 'Match riders with nearby drivers.'),
  prompt('cafe', 'easy', ['geo'], 'Design a Café Finder', 'Find coffee.'),
];

const session = (promptId: string, status: SessionSummary['status'], activeMs: number): SessionSummary => ({
  id: 's-20261123-101500-abcd',
  prompt: { id: promptId, title: promptId },
  plan: { id: 'p', name: 'P' },
  createdAt: 0,
  status,
  activeMs,
  plannedMs: 45 * 60_000,
  lastAt: 0,
});

const ids = (list: PromptSummary[]) => list.map((p) => p.id);

describe('the prompt filter', () => {
  it('keeps everything when nothing is chosen', () => {
    expect(ids(filterPrompts(prompts, noFilter, new Map()))).toEqual(['url-shortener', 'chat', 'ride-hailing', 'cafe']);
    expect(isFiltered(noFilter)).toBe(false);
  });

  it('matches every word of the search in any order across title, summary and tags, ignoring case and accents', () => {
    expect(ids(filterPrompts(prompts, { ...noFilter, text: 'REDIRECT short' }, new Map()))).toEqual(['url-shortener']);
    expect(ids(filterPrompts(prompts, { ...noFilter, text: 'real-time' }, new Map()))).toEqual(['chat', 'ride-hailing']);
    expect(ids(filterPrompts(prompts, { ...noFilter, text: 'cafe' }, new Map()))).toEqual(['cafe']);
    expect(ids(filterPrompts(prompts, { ...noFilter, text: 'chat geo' }, new Map()))).toEqual([]);
    expect(isFiltered({ ...noFilter, text: '  ' })).toBe(false);
  });

  it('filters by difficulty and by tag together', () => {
    expect(ids(filterPrompts(prompts, { ...noFilter, difficulty: 'easy' }, new Map()))).toEqual(['url-shortener', 'cafe']);
    expect(ids(filterPrompts(prompts, { ...noFilter, difficulty: 'easy', tag: 'geo' }, new Map()))).toEqual(['cafe']);
  });

  it('hides prompts already practised when asked', () => {
    const practised = practiceCounts([session('chat', 'ended', 40 * 60_000), session('cafe', 'paused', 5_000)]);
    expect(ids(filterPrompts(prompts, { ...noFilter, unpractisedOnly: true }, practised))).toEqual(['url-shortener', 'ride-hailing']);
  });
});

describe('practice counts', () => {
  it('count sessions that ran, not ones only opened', () => {
    const counts = practiceCounts([
      session('chat', 'ended', 1),
      session('chat', 'damaged', 0),
      session('url-shortener', 'ready', 0),
      session('cafe', 'ready', 12_000),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ chat: 2, cafe: 1 });
  });
});

describe('tags', () => {
  it('are listed with their counts, the most used first', () => {
    expect(tagCounts(prompts)).toEqual([
      { tag: 'geo', count: 2 },
      { tag: 'real-time', count: 2 },
      { tag: 'key-value', count: 1 },
      { tag: 'messaging', count: 1 },
      { tag: 'read-heavy', count: 1 },
    ]);
  });
});

describe('a random prompt', () => {
  it('comes from the list given, spread over all of it', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) seen.add(pickRandom(prompts, new Map(), () => i / 4)!.id);
    expect(seen.size).toBe(4);
    expect(pickRandom(prompts, new Map(), () => 0.999999)!.id).toBe('cafe');
    expect(pickRandom([], new Map())).toBeUndefined();
  });

  it('prefers prompts not practised yet, and falls back to any when all were', () => {
    const practised = new Map([['url-shortener', 1], ['chat', 2], ['ride-hailing', 1]]);
    for (const r of [0, 0.5, 0.99]) expect(pickRandom(prompts, practised, () => r)!.id).toBe('cafe');
    const all = new Map(prompts.map((p) => [p.id, 1]));
    expect(pickRandom(prompts, all, () => 0.3)!.id).toBe('chat');
  });
});
