import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PromptFrontMatter } from '../schemas/prompt';
import { createMatcher, MATCH_THRESHOLD } from './match';
import { NEUTRAL_REPLIES, replyTo } from './reply';
import { questionTerms } from './terms';

type ViteGlob = { glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string> };
const files = (import.meta as unknown as ViteGlob).glob('../../prompts/*.md', { query: '?raw', import: 'default', eager: true });
const prompts = new Map(
  Object.values(files).map((text) => {
    const front = PromptFrontMatter.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
    return [front.id, front] as const;
  }),
);
const promptOf = (id: string) => prompts.get(id) ?? expect.fail(`no shipped prompt "${id}"`);

/** What a candidate types, in their own words, and the answer (by its first phrasing) it should get. */
const rewordings: Record<string, [question: string, answerAsks: string][]> = {
  'url-shortener': [
    ['how many people use it each day', 'How many links are created per day?'],
    ['How many new links get made daily?', 'How many links are created per day?'],
    ["what's the ratio of reads to writes", 'What is the read to write ratio?'],
    ['How quickly should a redirect happen?', 'How fast must the redirect be?'],
    ['do short links ever expire', 'How long do we keep links?'],
    ['is uptime important here?', 'What availability do we need?'],
    ['what is the p99 target', 'How fast must the redirect be?'],
  ],
  chat: [
    ['how many DAU', 'How many users do we have?'],
    ["what's the maximum group size", 'How big can a group be?'],
    ['should we show typing indicators', 'What features are in scope?'],
    ['what if the person I message is offline', 'What happens when the recipient is offline?'],
    ['does message order matter?', 'Do messages have to be in order?'],
  ],
  'rate-limiter': [
    ['should the limiter fail open or closed', 'What happens if the rate limiter itself fails?'],
    ['is it ok if a few extra requests slip through', 'How accurate must the limits be?'],
    ['do we limit per user or per IP address', 'What do we limit on, API key, user or IP?'],
    ['how much delay may the limiter add to a request', 'How much latency can the rate limiter add?'],
  ],
  payments: [
    ['how do we avoid double charging a customer', 'What happens if the client retries a payment?'],
    ['is it ok to store credit card numbers', 'Do we store card numbers?'],
    ['how many transactions a day', 'How many payments per day?'],
  ],
  'news-feed': [
    ['how many accounts does a typical user follow', 'How many people does a user follow?'],
    ['do we rank the feed', 'What features are in scope?'],
    ['How many daily users are there?', 'How many users do we have?'],
  ],
  'web-crawler': [
    ['do we have to obey robots.txt', 'How polite do we have to be?'],
    ['how often should pages be recrawled', 'How fresh must pages be?'],
    ['how large is a typical web page', 'How big is a page?'],
  ],
  'ticket-booking': [
    ['can bots buy all the tickets', 'What about bots and scalpers?'],
    ['how long do we hold a seat for a buyer', 'How long is a seat held?'],
    ['is it ok to oversell tickets', 'What consistency do we need?'],
  ],
  'paste-bin': [
    ["what's the largest paste we accept", 'How big is a paste?'],
    ['do pastes live forever', 'How long are pastes kept?'],
  ],
  'video-streaming': [
    ['do we serve 4k video', 'Which qualities and formats do we serve?'],
    ['are we using a CDN', 'Where are the viewers?'],
  ],
  'key-value-store': [
    ['is eventual consistency ok', 'What consistency do we need?'],
    ['how large can a value be', 'How big are keys and values?'],
    ['do we need multi region replication', 'What availability is required?'],
  ],
  notifications: [
    ['what if the email provider goes down', 'Can a notification be sent twice?'],
    ['how many notifications a day', 'How many notifications do we send per day?'],
  ],
  'food-delivery': [
    ['how often does a courier send gps updates', 'How often do couriers send their location?'],
    ['what does the lunch peak look like', 'What does the peak look like?'],
  ],
  leaderboard: [
    ['how do we break ties', 'How is the score calculated?'],
    ['can players cheat', 'What about cheating?'],
    ['how many daily active players', 'How many players do we have?'],
  ],
};

/** Questions no prompt answers: the interviewer must not pretend they match. */
const offTopic = [
  'What is your favourite colour?',
  'Should I use Kubernetes?',
  'Can I write this in Rust?',
  'Who will win the world cup?',
  'Tell me a joke',
  'Is it raining outside?',
];

/** Another prompt's domain, asked of a prompt it does not belong to. */
const otherDomain: Record<string, string[]> = {
  'url-shortener': ['How do we match riders with nearby drivers?', 'How does surge pricing work?', 'Do we need typing indicators?'],
  chat: ['Can expired codes be reused?', 'Do we respect robots.txt?', 'How are ties broken on the leaderboard?'],
  'ride-hailing': ['How short should the code be?', 'Do we need read receipts?', 'How many followers do celebrities have?'],
  payments: ['How many followers do celebrities have?', 'Do we support 4K?', 'Do we respect robots.txt?'],
  'web-crawler': ['How do we avoid charging twice?', 'Do we need typing indicators?', 'How is the fare calculated?'],
};

describe('matching a question with the scripted answers', () => {
  it.each([...prompts.keys()].sort())('%s: every phrasing answers with its own answer', (id) => {
    const prompt = promptOf(id);
    const match = createMatcher(prompt.answers);
    prompt.answers.forEach((a, index) => {
      for (const ask of a.asks) expect(match(ask), ask).toEqual({ answer: index, score: 0 });
    });
  });

  it.each(Object.entries(rewordings))('%s: questions in other words reach the right answer', (id, cases) => {
    const prompt = promptOf(id);
    const match = createMatcher(prompt.answers);
    for (const [question, first] of cases) {
      const expected = prompt.answers.findIndex((a) => a.asks[0] === first);
      expect(expected, `"${first}" is a first phrasing of ${id}`).toBeGreaterThanOrEqual(0);
      expect(match(question).answer, `"${question}"`).toBe(expected);
    }
  });

  it.each([...prompts.keys()].sort())('%s: questions about nothing in the prompt get no answer', (id) => {
    const match = createMatcher(promptOf(id).answers);
    for (const question of [...offTopic, ...(otherDomain[id] ?? [])]) {
      const m = match(question);
      expect(m.answer, `"${question}" (score ${m.score})`).toBeNull();
    }
  });

  it('forgives case, punctuation and a typo', () => {
    const match = createMatcher(promptOf('url-shortener').answers);
    expect(match('WHAT LATENCY IS ACCEPTABLE')).toEqual({ answer: 3, score: 0 });
    expect(match('what avalability do we need').answer).toBe(4);
  });

  it('says how close the best phrasing came, and nothing when there was nothing to compare', () => {
    const match = createMatcher(promptOf('url-shortener').answers);
    const near = match('do short links ever expire');
    expect(near.score).toBeGreaterThan(0);
    expect(near.score).toBeLessThanOrEqual(MATCH_THRESHOLD);
    expect(match('Should I use Kubernetes?').score).toBeGreaterThan(MATCH_THRESHOLD);
    expect(match('what is it?')).toEqual({ answer: null, score: null });
    expect(createMatcher([])('How many links are created per day?')).toEqual({ answer: null, score: null });
  });
});

describe('normalising a question', () => {
  it('drops the words every question has and names synonyms alike', () => {
    expect(questionTerms("What's the QPS?")).toEqual(['request', 'second']);
    expect(questionTerms('How many DAU')).toEqual(questionTerms('how many daily active users'));
    expect(questionTerms('How large are the URLs?')).toEqual(questionTerms('how big are links'));
  });
});

describe('the reply', () => {
  const answers = promptOf('url-shortener').answers;

  it('is the scripted answer when the question matches', () => {
    expect(replyTo(answers, 'Do links expire?', 0)).toEqual({ question: 'Do links expire?', reply: answers[5]!.answer, answer: 5, score: 0 });
  });

  it('otherwise asks for an assumption, the variants taking turns', () => {
    const replies = [0, 1, 2, 3, 4].map((n) => replyTo(answers, 'Should I use Kubernetes?', n));
    for (const r of replies) expect(r).toMatchObject({ answer: null, question: 'Should I use Kubernetes?' });
    expect(replies.map((r) => r.reply)).toEqual([...NEUTRAL_REPLIES, NEUTRAL_REPLIES[0]]);
    for (const text of NEUTRAL_REPLIES) expect(text).toMatch(/assum/i);
  });
});
