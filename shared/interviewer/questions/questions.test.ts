import { describe, expect, it } from 'vitest';
import { loadQuestionSets, SHIPPED_ANSWER_COUNTS } from './load';
import { checkQuestionBundle, checkQuestionSet } from './schema';

describe('the committed question sets', () => {
  const sets = loadQuestionSets();

  it('all load and match their shipped prompts', () => {
    // loadQuestionSets throws naming the file and question on any bad label.
    expect(sets.length).toBeGreaterThanOrEqual(14);
  });

  it('hold enough questions of every kind for the figures to mean something', () => {
    const all = sets.flatMap((s) => s.questions);
    expect(all.length).toBeGreaterThanOrEqual(240);
    for (const set of sets) {
      const kinds = new Set<string>(set.questions.map((q) => q.kind));
      const missing = ['near-miss', 'off-script', 'two-part', 'typo', 'rambling'].filter((k) => !kinds.has(k));
      expect({ prompt: set.prompt, missing }).toEqual({ prompt: set.prompt, missing: [] });
    }
  });
});

describe('the blind question set', () => {
  it('loads apart from the in-project set and asks at least three questions of every shipped prompt', () => {
    const blind = loadQuestionSets('blind');
    const inProject = new Set(loadQuestionSets().flatMap((s) => s.questions.map((q) => `${s.prompt}: ${q.q.toLowerCase()}`)));
    expect(blind.map((s) => s.prompt).sort()).toEqual([...SHIPPED_ANSWER_COUNTS.keys()].sort());
    for (const set of blind) expect({ prompt: set.prompt, enough: set.questions.length >= 3 }).toEqual({ prompt: set.prompt, enough: true });
    // A blind question also in the in-project set would be tuned to, not blind.
    expect(blind.flatMap((s) => s.questions.map((q) => `${s.prompt}: ${q.q.toLowerCase()}`)).filter((q) => inProject.has(q))).toEqual([]);
  });

  it('has a second set of at least 100 questions over at least 10 prompts, none also in the other sets', () => {
    const second = loadQuestionSets('blind-2');
    expect(second.length).toBeGreaterThanOrEqual(10);
    expect(second.flatMap((s) => s.questions).length).toBeGreaterThanOrEqual(100);
    const elsewhere = new Set([...loadQuestionSets(), ...loadQuestionSets('blind')].flatMap((s) => s.questions.map((q) => `${s.prompt}: ${q.q.toLowerCase()}`)));
    expect(second.flatMap((s) => s.questions.map((q) => `${s.prompt}: ${q.q.toLowerCase()}`)).filter((q) => elsewhere.has(q))).toEqual([]);
    // Every kind the figures are read by, so no row of the per-kind table is empty.
    const kinds = new Set(second.flatMap((s) => s.questions.map((q) => q.kind)));
    expect(['terse', 'non-native', 'typo', 'rambling', 'two-part', 'near-miss', 'off-script'].filter((k) => !kinds.has(k as never))).toEqual([]);
  });
});

describe('checkQuestionBundle', () => {
  const counts = new Map([
    ['chat', 3],
    ['payments', 2],
  ]);
  const bundle = (sets: unknown[], about = 'written before the pass') => JSON.stringify({ about, sets });
  const set = (prompt: string, questions: unknown[]) => ({ prompt, questions });

  it('returns one set per prompt', () => {
    const sets = checkQuestionBundle('b.json', bundle([set('chat', [{ q: 'users?', expect: [0], kind: 'terse' }]), set('payments', [{ q: 'team?', expect: [], kind: 'near-miss' }])]), counts);
    expect(sets.map((s) => s.prompt)).toEqual(['chat', 'payments']);
  });

  it('names the prompt and question of a bad label, and a prompt given twice', () => {
    const text = bundle([set('payments', [{ q: 'refunds?', expect: [2], kind: 'terse' }]), set('payments', [{ q: 'users?', expect: [0], kind: 'terse' }])]);
    expect(() => checkQuestionBundle('b.json', text, counts)).toThrow(/b\.json:\n {2}payments: question 1 "refunds\?" expects answer 2, but "payments" has answers 0 to 1\n {2}prompt "payments" is given twice/);
  });

  it('wants to be told how the questions were written, and valid JSON', () => {
    expect(() => checkQuestionBundle('b.json', bundle([set('chat', [{ q: 'a?', expect: [0], kind: 'terse' }])], ''), counts)).toThrow(/b\.json: not a bundle of question sets\n\s+about/);
    expect(() => checkQuestionBundle('b.json', '{"sets": [', counts)).toThrow(/b\.json: not valid JSON/);
  });
});

describe('checkQuestionSet', () => {
  const counts = new Map([['chat', 3]]);
  const file = (questions: unknown[], prompt = 'chat') => JSON.stringify({ prompt, questions });
  const q = (text: string, expect: number[], kind = 'everyday') => ({ q: text, expect, kind });

  it('accepts a good file', () => {
    expect(checkQuestionSet('chat.json', file([q('how many users?', [0]), q('users and msgs?', [0, 2], 'two-part'), q('team size?', [], 'near-miss')]), counts).questions).toHaveLength(3);
  });

  it('names the file and question whose label points past the last answer', () => {
    expect(() => checkQuestionSet('chat.json', file([q('how many users?', [0]), q('message size?', [3])]), counts)).toThrow(
      /chat\.json:\n.*question 2 "message size\?" expects answer 3, but "chat" has answers 0 to 2/,
    );
  });

  it('rejects a prompt that does not exist', () => {
    expect(() => checkQuestionSet('nope.json', file([q('a?', [0])], 'nope'), counts)).toThrow(/nope\.json:\n.*no prompt "nope" exists/);
  });

  it('rejects a question asked twice, ignoring case and spacing', () => {
    expect(() => checkQuestionSet('chat.json', file([q('How many users?', [0]), q('how many  users?', [0])]), counts)).toThrow(/question 2 "how many {2}users\?" repeats question 1/);
  });

  it('rejects labels that contradict the kind', () => {
    expect(() => checkQuestionSet('chat.json', file([q('team size?', [0], 'near-miss')]), counts)).toThrow(/is near-miss but expects an answer/);
    expect(() => checkQuestionSet('chat.json', file([q('users and msgs?', [0], 'two-part')]), counts)).toThrow(/is two-part but expects 1 answer\(s\), not 2/);
    expect(() => checkQuestionSet('chat.json', file([q('users?', [])]), counts)).toThrow(/is everyday but expects 0 answers, not 1/);
  });

  it('rejects a file named for another prompt, a bad shape and bad JSON', () => {
    expect(() => checkQuestionSet('payments.json', file([q('a?', [0])]), counts)).toThrow(/expected chat\.json/);
    expect(() => checkQuestionSet('chat.json', file([{ q: 'a?', expect: [0], kind: 'vague' }]), counts)).toThrow(/chat\.json: not a question set\n\s+questions\.0\.kind/);
    expect(() => checkQuestionSet('chat.json', '{"prompt": ', counts)).toThrow(/chat\.json: not valid JSON/);
  });

  it('knows every shipped prompt', () => {
    expect(SHIPPED_ANSWER_COUNTS.size).toBe(29);
  });
});
