import { describe, expect, it } from 'vitest';
import type { PromptSnapshot } from '../../session/exportFile';
import { extractClaims } from '../claims/extract';
import { readRecord } from '../record';
import { SessionBuilder } from '../testing/builder';
import { shippedPrompt, SHIPPED_PROMPTS } from '../testing/prompts';
import { aimedElsewhere, ground, patternsIn } from './ground';

type Bottleneck = { what: string; remedy: string; scale?: '10x' | '100x' };

/** How each bottleneck of a session is credited, after the session has named its parts in a deep dive. */
function credit(prompt: PromptSnapshot, bottlenecks: Bottleneck[], deepDive?: { component: string; decision: string }) {
  const s = new SessionBuilder(prompt, 'senior').start();
  if (deepDive) s.enter('deep-dive').note({ list: 'deep-dive', ...deepDive }).wait(1);
  s.enter('bottlenecks');
  for (const b of bottlenecks) s.note({ list: 'bottleneck', scale: b.scale ?? '10x', what: b.what, remedy: b.remedy }).wait(1);
  const events = s.end().build();
  const record = readRecord(prompt, events);
  return ground(extractClaims(record, events), record).bottlenecks.map((x) => ({ what: x.claim.what, credit: x.credit, reason: x.reason }));
}

describe('a bottleneck of this design with a remedy of the right family counts, whatever the reference says', () => {
  const leaderboard = shippedPrompt('leaderboard');

  it('read replicas do not fix a write hot spot, even when a reference lists them beside it for reads', () => {
    const [misfit] = credit(leaderboard, [{ what: '120K score updates/s on one Redis sorted set', remedy: 'Add read replicas' }]);
    expect(misfit).toMatchObject({ credit: 'none', reason: expect.stringContaining('does not answer write-heavy load') });
  });

  it('an approximate rank from a histogram answers a board outgrowing memory', () => {
    const [tail] = credit(leaderboard, [{ what: '10B members no longer fit in memory', remedy: 'Exact ranks for the top 10K only; below, rank from a score histogram (within 1%)', scale: '100x' }]);
    expect(tail).toMatchObject({ credit: 'full' });
  });

  it('write-behind and buffering are batching, an answer to a write hot spot', () => {
    const [buffered] = credit(leaderboard, [{ what: '120K score updates/s on one sorted set', remedy: 'Write-behind: the updater buffers points per player and flushes the sum every 200 ms' }]);
    expect(buffered).toMatchObject({ credit: 'full' });
  });

  it('a part this session named elsewhere is a part of this design, and running more of it in a scheme is a remedy', () => {
    const url = shippedPrompt('url-shortener');
    const named = credit(url, [{ what: 'Ticket server is a single point of failure', remedy: 'Run two ticket servers handing out odd and even ranges', scale: '100x' }], {
      component: 'Short code generation',
      decision: 'Base62 of a counter from a ticket server, 7 characters; the ticket server hands out ranges of 1000',
    });
    expect(named[0]).toMatchObject({ credit: 'full' });
    // Not named anywhere else in the session, the same words name nothing an interviewer can check.
    expect(credit(url, [{ what: 'Ticket server is a single point of failure', remedy: 'Run two' }])[0]!.credit).toBe('none');
  });

  it('a count of the people or things the design carries is a load: "100 editors", "thousands of viewers"', () => {
    const doc = shippedPrompt('collaborative-editing');
    const [crowd] = credit(doc, [{ what: 'A company-wide doc with 100 editors and thousands of viewers on one session server', remedy: 'Batch updates to viewers every 500 ms instead of every op' }]);
    expect(crowd).toMatchObject({ credit: 'full' });
  });

  it('"add more of it" names the part again without saying how the load is split: half', () => {
    const [more] = credit(shippedPrompt('rate-limiter'), [{ what: 'Redis gets too many requests', remedy: 'Add more Redis' }]);
    expect(more).toMatchObject({ credit: 'partial', reason: expect.stringMatching(/more of the same/) });
    const [split] = credit(shippedPrompt('rate-limiter'), [{ what: 'Redis gets too many requests', remedy: 'More Redis nodes, sharded by client key' }]);
    expect(split).toMatchObject({ credit: 'full' });
  });
});

describe('shipped prompts: no reference remedy is aimed at the other kind of load', () => {
  it.each(SHIPPED_PROMPTS.filter((p) => p.reference).map((p) => [p.id, p] as const))('%s', (_, prompt) => {
    for (const b of prompt.reference!.bottlenecks) {
      const problem = patternsIn(`${b.what} ${b.figure ?? ''}`);
      // "Read replicas" listed under a write hot spot teaches the wrong fix: replicas take reads, not writes.
      for (const remedy of b.remedies) expect(aimedElsewhere(remedy, problem), `${b.what}: "${remedy}"`).toBe(false);
    }
  });
});

describe('the kind of pressure a bottleneck names is read from its sense, not from a stray word', () => {
  it('"gets" as a verb is no read, and a "hot path" is no hot key', () => {
    expect(patternsIn('MySQL gets too many writes')).toEqual(['write-heavy load']);
    expect(patternsIn('the quota counters are the hot path of every message')).not.toContain('hot key');
    expect(patternsIn('a hot key: one viral post')).toContain('hot key');
    expect(patternsIn('200K GETs per second on the links table')).toContain('read-heavy load');
  });

  it('read replicas for a table that gets too many writes do not fit', () => {
    const [misfit] = credit(shippedPrompt('job-scheduler'), [{ what: 'MySQL gets too many writes', remedy: 'Add read replicas' }]);
    expect(misfit).toMatchObject({ credit: 'none', reason: expect.stringContaining('does not answer write-heavy load') });
  });
});
