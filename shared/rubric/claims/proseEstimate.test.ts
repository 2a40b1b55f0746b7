import { describe, expect, it } from 'vitest';
import { shippedPrompt } from '../testing/prompts';
import type { Draft } from './draft';
import { digitsOf, proseEstimates } from './proseEstimate';
import { readFreeText } from './shorthand';

// Estimates told in sentences are estimates: numbers in words or digits, with units and rates,
// and the conclusion after "so". The same numbers earn the same credit as pad lines.

const feed = shippedPrompt('news-feed');
const read = (text: string): Draft[] => readFreeText(text, { start: 'estimate', prompt: feed }).flatMap((r) => r.drafts);

describe('numbers in words', () => {
  it('become digits with their magnitude', () => {
    expect(digitsOf('about a billion a day, some 12 thousand a second, half a kilobyte, two hundred servers')).toBe('about 1B a day, some 12K a second, 0.5 kilobyte, 200 servers');
  });
});

describe('estimates in prose', () => {
  it('reads each worked figure with its units, what it counts, and the conclusion resting on them', () => {
    const drafts = read('About 300 million people a day posting once each, which is roughly 3.5 thousand posts a second, and at the evening peak three times that, close to 10 thousand a second, so post writes go through a queue to fan-out workers.');
    const estimates = drafts.filter((d) => d.kind === 'estimate');
    expect(estimates.map((e) => e.kind === 'estimate' && e.display)).toEqual(['3.47 K /s', '3.5 K /s', '10 K /s']);
    expect(estimates.at(-1)).toMatchObject({ name: expect.stringMatching(/^peak/) });
    expect(drafts.filter((d) => d.kind === 'decision')).toEqual([{ kind: 'decision', text: 'post writes go through a queue to fan-out workers', restsOn: estimates.map((e) => e.kind === 'estimate' && e.name) }]);
  });

  it('reads sizes and bit rates: a storage total and an egress', () => {
    const got = proseEstimates('Every post is about one kilobyte and we keep five years, so about 550 terabytes of text; feed reads at 20 KB each come to roughly 11 gigabits per second of egress', true)!;
    expect(got.estimates.map((e) => e.display)).toEqual(['550 TB', '1.38 GB/s']);
  });

  it('leaves the inputs of the working out: a record size, a duration, a multiplier, a share', () => {
    const got = proseEstimates('Each record is 500 bytes, kept for 90 days, five times the average at peak, and 1 percent of users are active', true);
    expect(got?.estimates ?? []).toEqual([]);
  });

  it('does not take a count for an estimate outside the estimates, nor a sentence without figures', () => {
    expect(proseEstimates('We keep about 2 million streams open at any moment on the gateways', false)).toBeUndefined();
    expect(proseEstimates('The feed service reads the timeline from the cache and merges celebrity posts', true)).toBeUndefined();
  });

  it('what a figure counts comes from its own sentence, so a later sentence does not borrow it', () => {
    const got = proseEstimates('Push is around 10 thousand pushes a second. SMS is tiny, but at the peak it is still some 600 a second, so we need two providers', true)!;
    expect(got.estimates.map((e) => e.name)).toEqual(['pushes per second', 'peak per second']);
    // Without its own noun, only its value can say which of the prompt's figures it is.
    expect(got.estimates[1]!.tag).toBeUndefined();
  });

  it('a pad line is still read as a pad line, not as prose', () => {
    expect(read('posts = 300M * 1/day -> 3.5K/s')).toEqual([expect.objectContaining({ kind: 'estimate', name: 'posts' }), expect.objectContaining({ kind: 'decision' })]);
  });
});
