import { describe, expect, it } from 'vitest';
import type { NoteBody } from '../notes/item';
import type { TargetLevel } from '../session/level';
import { decidesSomething } from './grounding/ground';
import type { CriterionId } from './report';
import { scoreSession } from './score';
import { arrow, box, SessionBuilder } from './testing/builder';
import { shippedPrompt } from './testing/prompts';

// Thin work (many fields filled, none of them deciding or specifying anything) earns what a
// careful interviewer gives it: the lowest rung of each ladder, not partial credit somewhere.

const crawler = shippedPrompt('web-crawler');

function scored(notes: readonly NoteBody[], id: CriterionId, level: TargetLevel = 'mid', ask = true) {
  const s = new SessionBuilder(crawler, level).start();
  if (ask) s.ask('How many pages do we crawl?', 'About 100 million pages a day.', 0);
  for (const n of notes) s.note(n).wait(0.5);
  return scoreSession({ prompt: crawler, events: s.end().build(), level }).criteria.find((c) => c.id === id)!;
}

describe('thin work stays at the bottom of each ladder', () => {
  it('Scope: features and a question without any measured quality are "a few requirements" (1), not 2', () => {
    const features: NoteBody[] = [
      { list: 'functional', text: 'Crawl web pages' },
      { list: 'functional', text: 'Store pages' },
      { list: 'non-functional', text: 'Scalable', quality: 'scale' },
      { list: 'non-functional', text: 'Fast', quality: 'latency' },
      { list: 'non-functional', text: 'Reliable', quality: 'availability' },
    ];
    expect(scored(features, 'scope').score).toBe(1);
    // One target with a number is what the second rung asks for.
    expect(scored([...features, { list: 'non-functional', text: 'At most 1 request per second per host', quality: 'scale' }], 'scope').score).toBeGreaterThanOrEqual(2);
  });

  it('API: endpoint names whose purposes repeat them are one rung, and the main path counts only on a core API', () => {
    const names: NoteBody[] = [
      { list: 'operation', signature: 'POST /crawl', purpose: 'crawl', main: true },
      { list: 'operation', signature: 'GET /page', purpose: 'get page', main: false },
      { list: 'operation', signature: 'POST /url', purpose: 'add url', main: false },
      { list: 'operation', signature: 'DELETE /url', purpose: 'remove url', main: false },
    ];
    const thin = scored(names, 'api');
    expect(thin.score).toBe(1);
    expect(thin.tip).toMatch(/takes and returns/);
    // The same calls with what they take and return are a core API with its main path.
    const specified: NoteBody[] = [
      { list: 'operation', signature: 'POST /v1/seeds {urls[], priority} -> 202', purpose: 'Add seed URLs to the frontier', main: true },
      { list: 'operation', signature: 'GET /v1/pages/{url}?version= -> {html, fetchedAt}', purpose: 'Read a stored page', main: false },
      { list: 'operation', signature: 'DELETE /v1/hosts/{host}', purpose: 'Stop crawling a host that asked us to', main: false },
    ];
    expect(scored(specified, 'api').score).toBeGreaterThan(thin.score);
  });
});

describe('a conclusion decides something only when it says what changes', () => {
  it('vague amounts and "must scale" decide nothing; a number of parts, a store or a technique does', () => {
    expect(decidesSomething('We need a lot of servers')).toBe(false);
    expect(decidesSomething('About 2.3K jobs per second, so the system must scale')).toBe(false);
    expect(decidesSomething('The system is very big')).toBe(false);
    expect(decidesSomething('We need 12 servers at peak')).toBe(true);
    expect(decidesSomething('Keep current positions in Redis, not in the trip database')).toBe(true);
    expect(decidesSomething('7 base62 characters are enough')).toBe(true);
    expect(decidesSomething('it fits in memory on one box')).toBe(true);
    expect(decidesSomething('400K requests/s at the opening: the waiting room must absorb it')).toBe(true);
  });
});

describe('each line of the report is shown once', () => {
  it('an off-topic requirement is listed under Not counted, not also as a line against', () => {
    const s = new SessionBuilder(crawler, 'mid').start();
    s.note({ list: 'functional', text: 'Fetch pages and extract their links' }).wait(0.5);
    s.note({ list: 'functional', text: 'Plan the office seating chart and the kitchen rota' }).wait(0.5);
    const scope = scoreSession({ prompt: crawler, events: s.end().build(), level: 'mid' }).criteria.find((c) => c.id === 'scope')!;
    expect(scope.notCounted).toContainEqual(expect.objectContaining({ text: 'Plan the office seating chart and the kitchen rota', reason: expect.stringMatching(/^off topic/) }));
    expect(scope.evidence.filter((e) => e.text.includes('seating chart'))).toEqual([]);
  });
});

// Content that looks like substance but decides nothing lifts no score (rubric 2.6.0).
describe('busy but thin work decides nothing', () => {
  it('Trade-offs: a setting restated as its own reason ("retry 3 times, because 3 retries") earns nothing', () => {
    const settings: NoteBody[] = [
      { list: 'tradeoff', chose: 'Retry failed fetches 3 times', gaveUp: 'Giving up at once', because: '3 retries' },
      { list: 'tradeoff', chose: 'Kafka with 12 partitions', gaveUp: 'RabbitMQ', because: '12 partitions' },
    ];
    expect(scored(settings, 'tradeoffs').score).toBe(0);
    const weighed: NoteBody = { list: 'tradeoff', chose: 'Retry failed fetches 3 times', gaveUp: 'Giving up at once', because: 'most failed fetches are timeouts that pass within 60 s, and a fourth try rarely helps' };
    expect(scored([weighed], 'tradeoffs').score).toBeGreaterThanOrEqual(1);
  });

  it('Data model: a reason that only names the store or praises it ("Redis", "fast", "we already use MySQL") is no reason', () => {
    const named: NoteBody[] = [
      { list: 'entity', name: 'Page', fields: 'url, html, fetched_at', store: 'relational database', why: 'we already use MySQL' },
      { list: 'entity', name: 'Host', fields: 'host, next_fetch_at', store: 'cache', why: 'Redis, fast' },
    ];
    expect(scored(named, 'data-model').score).toBe(1);
    const reasoned: NoteBody = { list: 'entity', name: 'Host', fields: 'host, next_fetch_at', store: 'cache', why: 'read before every fetch to keep one request per second per host' };
    expect(scored([named[0]!, reasoned], 'data-model').score).toBeGreaterThanOrEqual(2);
  });
});

describe('a diagram drawn first and never walked', () => {
  const boxes = (s: SessionBuilder) => {
    const labels = ['Seed URLs', 'URL frontier', 'Fetchers', 'Parser', 'Kafka', 'S3', 'Postgres', 'Redis', 'DNS resolver'];
    labels.forEach((label, i) => s.draw(...box(`b${i}`, label, i * 200, 0)).wait(0.3));
    labels.slice(1).forEach((_, i) => s.draw(arrow(`a${i}`, { id: `b${i}`, x: i * 200, y: 0 }, { id: `b${i + 1}`, x: (i + 1) * 200, y: 0 })).wait(0.1));
  };
  const diagramScore = (narrative?: string) => {
    const s = new SessionBuilder(crawler, 'mid').start();
    boxes(s);
    s.note({ list: 'functional', text: 'Crawl 100 million pages a day, politely' }).wait(0.5);
    if (narrative) s.note({ list: 'narrative', text: narrative }).wait(0.5);
    return scoreSession({ prompt: crawler, events: s.end().build(), level: 'mid' }).criteria.find((c) => c.id === 'high-level')!;
  };

  it('stops at 2: boxes from memory, with nothing saying how data moves', () => {
    expect(diagramScore().score).toBeLessThanOrEqual(2);
  });

  it('a narrative that names the parts but not what moves is no walk', () => {
    const parts = diagramScore('The seeds go to the frontier, which sends requests to the fetchers; the services use Kafka, S3, Postgres and Redis.');
    expect(parts.score).toBeLessThanOrEqual(2);
    expect(parts.evidence.some((e) => !e.positive && e.text.includes('names the parts but not what moves'))).toBe(true);
    const walk = diagramScore('The frontier hands each fetcher the next URL of a host whose delay has passed; the fetcher downloads the page, stores the HTML in S3, and the parser extracts links and queues new URLs back to the frontier.');
    expect(walk.score).toBeGreaterThan(parts.score);
  });
});
