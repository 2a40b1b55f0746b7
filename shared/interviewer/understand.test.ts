import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PromptFrontMatter } from '../schemas/prompt';
import { payloadSchemas } from '../session/events';
import { NEUTRAL_REPLIES, replyTo } from './reply';
import { questionTerms } from './terms';
import { understandQuestions, type Understanding } from './understand';

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


const given = (u: Understanding): number[] | 'clarify' | 'neutral' => (u.kind === 'answer' ? u.answers : u.kind);
const understandFor = (id: string) => understandQuestions(promptOf(id));

describe('understanding a question', () => {
  it.each([...prompts.keys()].sort())('%s: the phrasings get their own answer, never another one', (id) => {
    const prompt = promptOf(id);
    const understand = understandFor(id);
    let own = 0;
    let all = 0;
    prompt.answers.forEach((a, index) => {
      for (const ask of a.asks) {
        const u = understand(ask);
        all += 1;
        if (u.kind === 'answer') expect(u.answers, ask).toEqual([index]);
        if (u.kind === 'answer' || (u.kind === 'clarify' && u.between.includes(index))) own += 1;
      }
    });
    // A phrasing may be too bare to place ("Do we need top N?"); nearly all must be.
    expect(own / all).toBeGreaterThanOrEqual(0.9);
  });

  it.each(Object.entries(rewordings))('%s: questions in other words reach the right answer, never another one', (id, cases) => {
    const prompt = promptOf(id);
    const understand = understandFor(id);
    for (const [question, first] of cases) {
      const expected = prompt.answers.findIndex((a) => a.asks[0] === first);
      expect(expected, `"${first}" is a first phrasing of ${id}`).toBeGreaterThanOrEqual(0);
      const u = understand(question);
      if (u.kind === 'answer') expect(u.answers, `"${question}"`).toEqual([expected]);
    }
  });

  it.each([...prompts.keys()].sort())('%s: questions about nothing in the prompt get the neutral reply', (id) => {
    const understand = understandFor(id);
    for (const question of [...offTopic, ...(otherDomain[id] ?? [])]) {
      const u = understand(question);
      expect(u.kind, `"${question}" (${JSON.stringify(u.candidates.slice(0, 2))})`).toBe('neutral');
    }
  });

  it('reads everyday wording, chat spellings and typos by meaning', () => {
    const video = understandFor('video-streaming');
    expect(given(video('roughly how many ppl tune in on a normal day?'))).toEqual([0]);
    expect(given(video('how many vids get uplaoded daily?'))).toEqual([1]);
    expect(given(video('do we keep the orignal file after transcoding?'))).toEqual([7]);
    const url = understandFor('url-shortener');
    expect(given(url('WHAT LATENCY IS ACCEPTABLE'))).toEqual([3]);
    expect(given(url('what avalability do we need'))).toEqual([4]);
    expect(given(url('do short links ever expire'))).toEqual([5]);
    // How many people use it is the scale, which this prompt states in links a day.
    expect(given(url('How many people use it each day?'))).toEqual([0]);
    // Shorthand of the trade, and slips in the measure nouns.
    expect(given(understandFor('web-crawler')('do we render js on pages?'))).toEqual([1]);
    expect(given(understandFor('ticket-booking')('seat hold duraton?'))).toEqual([3]);
    expect(given(understandFor('metrics-alerting')('scrape intreval?'))).toEqual([1]);
  });

  it('gives both answers to a question that asks two things', () => {
    expect(given(understandFor('url-shortener')('how long do we keep links, and how fast must the redirect be?'))).toEqual([3, 5]);
    expect(given(understandFor('video-streaming')('how many videos are uploaded per day and is this global?'))).toEqual([1, 8]);
    // A second part asking only how long, about what the first part named.
    const url = understandFor('url-shortener');
    expect(given(url('how many new links a day, and for how long?'))).toEqual([0, 5]);
    expect(given(url('how fast must the redirect be and how long do links last?'))).toEqual([3, 5]);
    expect(given(understandFor('paste-bin')('how many pastes per day and for how long are they stored?'))).toEqual([0, 3]);
    // Joined by "plus", "as well as", or a bare comma between two terse parts.
    expect(given(url('new links per day plus redirect latency?'))).toEqual([0, 3]);
    expect(given(understandFor('paste-bin')('how big can a paste be as well as how long do we keep it?'))).toEqual([2, 3]);
    expect(given(understandFor('chat')('group size, and message retention?'))).toEqual([1, 6]);
    expect(given(understandFor('video-streaming')('peak viewers, and max upload size?'))).toEqual([0, 1]);
    // "Each one" points back to what the first part named.
    expect(given(understandFor('news-feed')('how many posts a day, and how big is each one?'))).toEqual([1, 7]);
    // A part between two answers, one of which the other part got, asks the other.
    expect(given(understandFor('ride-hailing')('daily rides plus peak drivers?'))).toEqual([0, 1]);
  });

  it('never answers a question about the team, the office or the cloud provider with a fact about the system', () => {
    const video = understandFor('video-streaming');
    for (const q of ['how big is the engineering team?', 'how many people work in the office?', 'which cloud provider do we use for the videos?', 'how many users does the interviewer expect me to cover in this interview?']) {
      expect(given(video(q)), q).toBe('neutral');
    }
  });

  it('never answers a question about the people who run the system (staff, support, operators, moderators) with a fact about its users', () => {
    const checks: [string, string][] = [
      ['chat', 'how many folks work here?'],
      ['leaderboard', 'how many people are working on this?'],
      ['news-feed', 'how many support people answer complaints?'],
      ['ai-chat-assistant', 'how many workers do we employ?'],
      ['collaborative-editing', 'how many operators keep it running?'],
      ['video-streaming', 'how many moderators review uploads?'],
      ['web-crawler', 'how many customer service reps do we have?'],
      ['food-delivery', 'how many people are on call at night?'],
      ['file-sync', 'how big is the ops crew?'],
    ];
    for (const [id, q] of checks) expect(given(understandFor(id)(q)), `${id}: ${q}`).toBe('neutral');
    // An answer that talks of them still answers what it says of them, but gives no headcount.
    expect(given(understandFor('rate-limiter')('can support staff change the limits?'))).toEqual([8]);
    expect(given(understandFor('paste-bin')('can moderators remove pastes?'))).toEqual([7]);
    expect(given(understandFor('rate-limiter')('how many support staff are there?'))).toBe('neutral');
  });

  it('counts what follows "how many", though the tagger reads that plural as a verb', () => {
    // No answer of the URL shortener counts pastes: the links per day are another count.
    expect(given(understandFor('url-shortener')('how many pastes per day?'))).toBe('neutral');
    expect(given(understandFor('paste-bin')('how many pastes per day?'))).toEqual([0]);
  });

  it('leaves a design choice the candidate proposes to them, whatever it shares with an answer', () => {
    const checks: [string, string][] = [
      ['url-shortener', 'is it fine to use a hash of the long url as the short link?'],
      ['url-shortener', 'can we use redis to store the links?'],
      ['chat', 'should we use websockets for message delivery?'],
      ['payments', 'is it ok if I go with postgres for the ledger?'],
      ['video-streaming', "I'm thinking of using a CDN for the videos, is that ok?"],
    ];
    for (const [id, q] of checks) expect(given(understandFor(id)(q)), q).toBe('neutral');
  });

  it('answers by the measure asked and what it is of, not by the words they share', () => {
    // Both answers name messages (and users, storage); only one states the size of one message, or storage per user.
    expect(given(understandFor('chat')('how big can one message get?'))).toEqual([3]);
    expect(given(understandFor('file-sync')('how much storage does one user take up?'))).toEqual([1]);
    // A count for one user is no question about how many users there are.
    expect(given(understandFor('news-feed')('how many accounts does an average person follow?'))).toEqual([2]);
    expect(given(understandFor('news-feed')('how many people does the average user follow?'))).toEqual([2]);
    // An amount the answer text states, though no phrasing asks it.
    expect(given(understandFor('payments')('how much is an average order worth in dollars?'))).toEqual([0]);
  });

  it('reads a scope answer\'s list as what a question about one item of it asks for', () => {
    // Named only in the list "Out of scope: voice and video calls, ...".
    expect(given(understandFor('chat')('are voice and video calls part of this?'))).toEqual([2]);
    expect(given(understandFor('key-value-store')('is there a time-to-live on keys?'))).toEqual([3]);
    // A word of the list that is no item of it ("outside processors") does not make a question about the weather one.
    expect(given(understandFor('payments')('is it raining outside?'))).toBe('neutral');
  });

  it('reads a question about peaks or bursts as one, and "how many months" as how long', () => {
    expect(given(understandFor('notifications')('does traffic come in bursts or is it steady?'))).toEqual([1]);
    expect(given(understandFor('url-shortener')('how spiky do redirects get?'))).toEqual([1]);
    expect(given(understandFor('paste-bin')('how many months of pastes do we store?'))).toEqual([3]);
  });

  it('reads a terse question that names its measure by a noun (interval, duration, period, lifetime) as asking that measure', () => {
    expect(given(understandFor('metrics-alerting')('collection frequency?'))).toEqual([1]);
    expect(given(understandFor('metrics-alerting')('sample interval?'))).toEqual([1]);
    expect(given(understandFor('ticket-booking')('seat hold duration?'))).toEqual([3]);
    expect(given(understandFor('paste-bin')('paste expiry period?'))).toEqual([3]);
    expect(given(understandFor('url-shortener')('link lifetime?'))).toEqual([5]);
    expect(given(understandFor('web-crawler')('recrawl interval?'))).toEqual([4]);
    // A noun says what is measured less surely than "how often": an answer stating the interval in seconds is no other measure.
    expect(given(understandFor('ride-hailing')('gps update frequency?'))).toEqual([2]);
    expect(given(understandFor('food-delivery')('gps update cadence?'))).toEqual([4]);
    // "Target" or "goal" asks for a figure but not which: the quality named is what is asked.
    expect(given(understandFor('url-shortener')('uptime target?'))).toEqual([4]);
    expect(given(understandFor('video-streaming')('startup time?'))).toEqual([4]);
    // A share of clicks is no count of them.
    expect(given(understandFor('url-shortener')('average click-through rate?'))).toBe('neutral');
  });

  it('reads a period as how often unless it is a period of keeping, a window as how long, and "time to first X" as how soon it starts', () => {
    expect(given(understandFor('metrics-alerting')('sampling period?'))).toEqual([1]);
    expect(given(understandFor('metrics-alerting')('retention period for raw samples?'))).toEqual([4]);
    // "Sends a GPS position every 5 seconds" states how often.
    expect(given(understandFor('ride-hailing')('driver location ping period?'))).toEqual([2]);
    expect(given(understandFor('payments')('idempotency window?'))).toEqual([2]);
    expect(given(understandFor('video-streaming')('time to first byte of playback?'))).toEqual([4]);
  });

  it('reads questions asked without inversion or articles: "X can do how many Y in same time?" asks of one X at once', () => {
    expect(given(understandFor('food-delivery')('a courier carries how many orders at once?'))).toEqual([6]);
    expect(given(understandFor('food-delivery')('courier can deliver how many orders in same time?'))).toEqual([6]);
    // Never the daily total for a count at once.
    expect(given(understandFor('ride-hailing')('driver can have how many riders in same time?'))).not.toEqual([0]);
  });

  it('reads what is measured before a question word in the middle: "changed listing how soon must be visible?"', () => {
    // Not the search latency, though "search" follows the question word.
    expect(given(understandFor('nearby-places')('changed listing how soon must be visible in search?'))).toEqual([4]);
  });

  it('reads "doc" and "docs" as documents', () => {
    expect(given(understandFor('collaborative-editing')('how many docs are stored?'))).toEqual([0]);
  });

  it('reads "X per Y" as how many X for each Y, answered by "100 redirects for every link" or "10 to 1"', () => {
    expect(given(understandFor('paste-bin')('views per paste?'))).toEqual([1]);
    expect(given(understandFor('url-shortener')('clicks per link?'))).toEqual([1]);
  });

  it('reads losing the signal or the connection as going offline, not as losing data', () => {
    expect(given(understandFor('ai-chat-assistant')('what if my laptop loses wifi halfway through a reply?'))).toEqual([7]);
    expect(given(understandFor('chat')('what if the phone has no signal when a message comes in?'))).toEqual([7]);
  });

  it('answers how many there are in all with a figure of all of them, not one per page or per day', () => {
    // "A page has about 50 outgoing links" counts links for one page; "we know of about 10 billion URLs" in all.
    expect(given(understandFor('web-crawler')('how many urls exist in total?'))).toEqual([0]);
    // "How many editors per document?" counts editors, not documents.
    expect(given(understandFor('collaborative-editing')('how many documents exist altogether?'))).toEqual([0]);
    // ...and how many one of something gets with a figure for one: "no user gets more than 3 promotional pushes".
    expect(given(understandFor('notifications')('how many promotional pushes can one user receive daily?'))).toEqual([5]);
    expect(given(understandFor('leaderboard')('how many matches does a daily player finish?'))).toEqual([1]);
  });

  it('never answers a question about the company\'s own tooling with a fact about the system', () => {
    expect(given(understandFor('ai-chat-assistant')('how many GPUs do our build servers have?'))).toBe('neutral');
    expect(given(understandFor('key-value-store')('what machines does the CI run on?'))).toBe('neutral');
  });

  it('matches a named consistency guarantee to the answer stating it, in its words or in plain ones', () => {
    // "a client can read back what it just wrote"; "authors must see their own post right away".
    expect(given(understandFor('key-value-store')('is read-your-own-writes required?'))).toEqual([5]);
    expect(given(understandFor('news-feed')('do posters need to read their own writes?'))).toEqual([4]);
    expect(given(understandFor('payments')('does the ledger have to be linearizable?'))).toEqual([4]);
  });

  it('reads the last clause that asks something, past a preamble\'s own "where ..." and before a closing "do you have a number?"', () => {
    expect(given(understandFor('chat')('Thinking about phones, where people go in and out of coverage all day, what happens when the person I message is offline?'))).toEqual([7]);
    expect(given(understandFor('paste-bin')('before I get to storage I want to understand how big a paste is, do you have a number?'))).toEqual([2]);
  });

  it('reads the asking clause of a question with a long preamble', () => {
    expect(given(understandFor('url-shortener')('Okay, before I start drawing boxes, I want to get one thing straight: how many new links are made each day?'))).toEqual([0]);
    expect(given(understandFor('leaderboard')('Just so I have the numbers straight before the storage part, how many players do we have?'))).toEqual([0]);
  });

  it('gives a weak match alone when nothing tells against it, but not one about something no answer covers', () => {
    expect(given(understandFor('food-delivery')('courier gps frequency?'))).toEqual([4]);
    // Shares words with an answer, but counts a thing no answer counts.
    expect(given(understandFor('nearby-places')('how many reviews does a place get?'))).toBe('neutral');
    expect(given(understandFor('video-streaming')('how many comments does a video get?'))).toBe('neutral');
  });

  it('reads a terse question whose word only asks for a figure (tolerance, budget, share) as asking the figure its subject names', () => {
    expect(given(understandFor('chat')('delivery delay tolerance?'))).toEqual([4]);
    expect(given(understandFor('url-shortener')('redirect latency budget?'))).toEqual([3]);
    // A share alone asks the split: the scope answer, which also names email, does not state one.
    expect(given(understandFor('notifications')('email share?'))).toEqual([0]);
  });

  it('reads past a preamble that talks of the candidate, and gives one answer to a topic named before the question', () => {
    expect(given(understandFor('chat')('so I was thinking about the fan-out, I wanted to ask, how big can a group get?'))).toEqual([1]);
    expect(given(understandFor('video-streaming')('ok so before I start, I wanted to check, how long can transcoding take?'))).toEqual([3]);
    expect(given(understandFor('leaderboard')('banned cheaters, how fast do they drop off the board?'))).not.toHaveLength(2);
  });

  it('answers whether we build a part or go through someone else, whatever that someone is called', () => {
    expect(given(understandFor('payments')('do we run our own card network connection or go through a processor?'))).toEqual([1]);
    expect(given(understandFor('video-streaming')('is there an existing service for copyright checks, or do we build it?'))).toEqual([9]);
  });

  it('leaves a design question naming a part of the trade to the candidate, though it shares words with an answer', () => {
    expect(given(understandFor('collaborative-editing')('should we keep a websocket per document?'))).toBe('neutral');
    expect(given(understandFor('url-shortener')('would it be better to put a cache in front of the redirects?'))).toBe('neutral');
    expect(given(understandFor('video-streaming')('should we keep a websocket per viewer?'))).toBe('neutral');
  });

  it('does not answer a count for one of something with a count for someone else', () => {
    // The viewers answer says how many videos one viewer watches, nothing of creators.
    expect(given(understandFor('video-streaming')('how many videos does an average creator put up?'))).not.toEqual([0]);
  });

  it('reads "max" as the limit of what follows it, not as a size', () => {
    expect(given(understandFor('nearby-places')("what's the maximum radius someone can search?"))).toEqual([5]);
    // The most points in a match is no event size.
    expect(given(understandFor('leaderboard')("what's the max score a player can get in one match?"))).not.toEqual([8]);
  });

  it('takes a business function the prompt itself talks of as part of it, but never the team', () => {
    const notifications = understandFor('notifications');
    expect(given(notifications('how large can a marketing campaign get?'))).toEqual([1]);
    expect(given(notifications('how big is the marketing team?'))).toBe('neutral');
  });

  it('reads everyday phrases that say one thing as that thing', () => {
    expect(given(understandFor('job-scheduler')('do jobs run exactly once?'))).toEqual([4]);
    expect(given(understandFor('chat')("what if someone's phone is turned off for a day?"))).toEqual([7]);
    expect(given(understandFor('news-feed')('can the feed be slightly out of date?'))).toEqual([5]);
    expect(given(understandFor('paste-bin')('do pastes ever blow up?'))).toEqual([1]);
  });

  it('answers how long something is kept only with an answer that keeps it, not another fact about it', () => {
    // "How do we keep it fair?" asks no retention; "7 years" measures the orders and tickets before it.
    expect(given(understandFor('ticket-booking')('how long do we keep tickets around?'))).toEqual([7]);
  });

  it('finds a share or split in the answer that states it as a percentage or "one in five"', () => {
    const notifications = understandFor('notifications');
    expect(given(notifications('what percentage of notifications go out as sms?'))).toEqual([0]);
    expect(given(notifications('what is the split of notifications by channel?'))).toEqual([0]);
    expect(given(understandFor('news-feed')('what share of posts come with a photo?'))).toEqual([7]);
  });

  it('answers "what fraction are X" with the answer stating a share of X, not another share or the word "fraction"', () => {
    // "What fraction of fetches fail?" is another answer's phrasing; the share asked is of pages.
    expect(given(understandFor('web-crawler')('roughly what proportion of pages are duplicates?'))).toEqual([6]);
    // "1% SMS": a percentage is of the noun right after it.
    expect(given(understandFor('notifications')('what fraction is email?'))).toEqual([0]);
    // "about a third each in the Americas, Europe/Africa and Asia" states a share too.
    expect(given(understandFor('video-streaming')('what share of the audience is in Europe?'))).toEqual([8]);
  });

  it('reads "is it acceptable / fine if X" and "do we have to X, or can I skip it" as whether X is allowed or needed, about X', () => {
    // "acceptable" is how it asks ("What latency is acceptable?" is another answer's phrasing), not what.
    expect(given(understandFor('payments')('is it acceptable for checkout to fail rather than risk charging twice?'))).not.toEqual([3]);
    expect(given(understandFor('payments')('is it acceptable if checkout is slow?'))).toEqual([3]);
    expect(given(understandFor('food-delivery')('is it fine if the menu shows an item that just sold out?'))).toEqual([6]);
    expect(given(understandFor('web-crawler')('do we have to render javascript, or can I skip that?'))).toEqual([1]);
    // Something that "goes down" fails: an hour of downtime is the answer, not a page fact.
    expect(given(understandFor('web-crawler')('is it ok if the crawler goes down for a while?'))).toEqual([8]);
    expect(given(understandFor('rate-limiter')('what if the limiter is down?'))).toEqual([5]);
  });

  it('answers "do we build X ourselves or use an existing / outside one" with the answer saying who provides X', () => {
    expect(given(understandFor('ticket-booking')('are we building card processing ourselves or relying on a third party?'))).toEqual([2]);
    expect(given(understandFor('ride-hailing')('is routing something we build in-house or do we call an existing maps service?'))).toEqual([3]);
    expect(given(understandFor('search-autocomplete')('do we collect the search events ourselves or does another service already publish them?'))).toEqual([6]);
  });

  it('gives no nearby fact for a price or amount of money no answer states', () => {
    const checks: [string, string][] = [
      ['video-streaming', 'how much does storing all the videos cost per month?'],
      ['url-shortener', 'what do we charge per link?'],
      ['chat', 'how much does a message cost to send?'],
      ['ad-click-aggregation', 'how much does an advertiser pay per click?'],
    ];
    for (const [id, q] of checks) expect(given(understandFor(id)(q)), q).toBe('neutral');
    // An amount the script states is still answered.
    expect(given(understandFor('payments')("what's the average order value in dollars?"))).toEqual([0]);
  });

  it('asks which answer is meant when two fit about as well, naming both', () => {
    const u = understandFor('video-streaming')('how many videos per day?');
    expect(u.kind).toBe('clarify');
    if (u.kind === 'clarify') expect([...u.between].sort()).toEqual([0, 1]);
    const reply = replyTo(promptOf('video-streaming').answers, 'how many videos per day?', 0);
    expect(reply.reply).toBe('Do you mean daily viewers or daily uploads?');
    expect(reply).toMatchObject({ kind: 'clarify', answer: null });
  });

  it('says why each candidate scored, best first', () => {
    const u = understandFor('url-shortener')('how many links are created per day');
    expect(u.candidates[0]).toMatchObject({ answer: 0 });
    expect(u.candidates[0]!.why).toContain('link');
    const scores = u.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(understandQuestions({ answers: [] })('How many links are created per day?')).toEqual({ kind: 'neutral', candidates: [] });
  });
});

describe('normalising a question', () => {
  it('drops the words every question has and names synonyms alike', () => {
    expect(questionTerms("What's the QPS?")).toEqual(['request', 'second']);
    expect(questionTerms('How many DAU')).toEqual(questionTerms('how many daily active users'));
    expect(questionTerms('How large are the URLs?')).toEqual(questionTerms('how big are links'));
    expect(questionTerms('how many folks watch')).toEqual(questionTerms('how many viewers watch'));
  });
});

describe('the reply', () => {
  const answers = promptOf('url-shortener').answers;

  it('is the scripted answer when the question matches', () => {
    expect(replyTo(answers, 'Do links expire?', 0)).toMatchObject({ question: 'Do links expire?', reply: answers[5]!.answer, answer: 5, kind: 'answer', answers: [5] });
  });

  it('is both answers, one after the other, for a two-part question', () => {
    const r = replyTo(answers, 'how long do we keep links, and how fast must the redirect be?', 0);
    expect(r).toMatchObject({ answer: 3, answers: [3, 5], kind: 'answer', reply: `${answers[3]!.answer}\n\n${answers[5]!.answer}` });
  });

  it('otherwise asks for an assumption, the variants taking turns', () => {
    const replies = [0, 1, 2, 3, 4].map((n) => replyTo(answers, 'Should I use Kubernetes?', n));
    for (const r of replies) expect(r).toMatchObject({ answer: null, kind: 'neutral', question: 'Should I use Kubernetes?' });
    expect(replies.map((r) => r.reply)).toEqual([...NEUTRAL_REPLIES, NEUTRAL_REPLIES[0]]);
    for (const text of NEUTRAL_REPLIES) expect(text).toMatch(/assum/i);
  });

  it('is logged so older logs, without a kind, still load, and new ones say what the interviewer did', () => {
    const schema = payloadSchemas['interviewer.asked'];
    expect(schema.safeParse({ question: 'q', reply: 'r', answer: null, score: 1 }).success).toBe(true);
    expect(schema.safeParse(replyTo(answers, 'how many links per day and do links expire?', 0)).success).toBe(true);
    expect(schema.safeParse(replyTo(promptOf('video-streaming').answers, 'how many videos per day?', 0)).success).toBe(true);
  });
});
