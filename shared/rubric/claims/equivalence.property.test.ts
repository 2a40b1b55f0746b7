import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoteBody, NoteItem } from '../../notes/item';
import { SessionBuilder } from '../testing/builder';
import { urlShortener } from '../testing/fixtures';
import type { Claim } from './claim';
import { draftsOfItem } from './fromNotes';
import { readFreeText } from './shorthand';
import { claimsOf, insert } from './testing';

/**
 * The same content earns the same claim wherever it was written: a structured note and the
 * shorthand a candidate types into free notes for it give equal claims (sources aside).
 */

const noun = fc.constantFrom('Redis', 'a key-value store', 'Postgres', 'leased ID ranges', 'async fan-out', 'a CDN', 'cache-aside', 'Kafka', 'consistent hashing', '302 redirects', 'a single primary', 'DynamoDB', 'local counters', 'read replicas');
const reason = fc.constantFrom('counts are shared', 'every read is an exact lookup', 'expiry must keep working', 'writes are only 115/s', 'p99 must stay under 50 ms', 'the hot path is read heavy', 'providers are slow');
const feature = fc.constantFrom('users can shorten a long URL', 'a short link redirects to the original URL', 'links may expire', 'owners can delete a link', 'support custom aliases');
const quality = fc.constantFrom('p99 under 50 ms', 'availability 99.99%', 'redirects in under 200 ms', 'never lose a mapping', '10M new links a day');
const risk = fc.constantFrom('code space runs out early', 'a region outage takes redirects down', 'abuse by spammers', 'cache stampede on a viral link');
const signature = fc.constantFrom('POST /v1/links {url} -> 201 {code}', 'GET /{code} -> 302', 'DELETE /v1/links/{code} -> 204', 'GET /v1/links?cursor= -> 200 [links]');
const entity = fc.record({
  name: fc.constantFrom('links', 'clicks', 'users', 'buckets'),
  fields: fc.constantFrom('code PK, long_url, expires_at', 'id PK, email, name', 'key PK, tokens, ts', 'code (key), country, ts'),
  store: fc.constantFrom('key-value store', 'relational database', 'cache', 'wide-column store', 'document store', null),
});
const what = fc.constantFrom('hot keys', 'the primary saturates', 'one viral link overloads a cache shard', 'storage grows past 100 TB');

type Pair = { body: NoteBody; line: string };

const pair: fc.Arbitrary<Pair> = fc.oneof(
  feature.map((text): Pair => ({ body: { list: 'functional', text }, line: `FR: ${text}` })),
  quality.map((text): Pair => ({ body: { list: 'non-functional', text, quality: null }, line: `NFR: ${text}` })),
  feature.map((text): Pair => ({ body: { list: 'out-of-scope', text }, line: `Out of scope: ${text}` })),
  signature.map((s): Pair => ({ body: { list: 'operation', signature: s, purpose: '', main: false }, line: s })),
  entity.map((e): Pair => ({ body: { list: 'entity', name: e.name, fields: e.fields, store: e.store, why: '' }, line: `tbl ${e.name}(${e.fields})${e.store ? ` in ${e.store}` : ''}` })),
  fc.tuple(noun, reason).map(([component, decision]): Pair => ({ body: { list: 'deep-dive', component, decision }, line: `deep dive: ${component}: ${decision}` })),
  fc.tuple(what, fc.constantFrom('10x' as const, '100x' as const), noun).map(([w, scale, remedy]): Pair => ({ body: { list: 'bottleneck', scale, what: w, remedy }, line: `bottleneck: ${w} at ${scale} -> ${remedy}` })),
  fc
    .tuple(noun, noun, reason, fc.constantFrom(0, 1, 2, 3))
    .filter(([a, b]) => a !== b)
    .map(([chose, gaveUp, because, form]): Pair => ({
      body: { list: 'tradeoff', chose, gaveUp, because },
      line: [`${chose} over ${gaveUp} because ${because}`, `${chose} vs ${gaveUp}: chose ${chose}, because ${because}`, `tradeoff: chose ${chose}, gave up ${gaveUp}, because ${because}`, `chose ${chose} instead of ${gaveUp} since ${because}`][form]!,
    })),
  risk.map((text): Pair => ({ body: { list: 'risk', text }, line: `risk: ${text}` })),
  risk.map((text): Pair => ({ body: { list: 'open-question', text: `${text}?` }, line: `open question: ${text}?` })),
);

const item = (body: NoteBody): NoteItem => ({ id: 'n1', body, addedT: 0, editedT: 0, phase: 'clarify' });

describe('the same content in structured notes and in free-notes shorthand', () => {
  it('gives equal claims, line by line', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom('- ', '* ', '', '1. '), ({ body, line }, bullet) => {
        const fromItem = draftsOfItem(item(body), urlShortener);
        const fromLine = readFreeText(`${bullet}${line}`, { prompt: urlShortener }).flatMap((r) => r.drafts);
        expect(fromLine).toEqual(fromItem);
      }),
      { numRuns: 300 },
    );
  });

  it('gives equal claims for a whole session, whichever way each item was written', () => {
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 8 }), (pairs) => {
        const noted = new SessionBuilder(urlShortener).start().wait(1);
        for (const p of pairs) noted.note(p.body);
        const plain = new SessionBuilder(urlShortener).start().wait(1);
        const written = insert(plain.end().build(), [{ t: 60_000, phase: 'clarify', type: 'notes.changed', payload: { phase: 'clarify', text: pairs.map((p) => `- ${p.line}`).join('\n') } }]);
        const strip = (cs: readonly Claim[]) => cs.map(({ source: _source, ...rest }) => rest);
        expect(strip(claimsOf(urlShortener, written).claims)).toEqual(strip(claimsOf(urlShortener, noted.end().build()).claims));
      }),
      { numRuns: 40 },
    );
  });
});
