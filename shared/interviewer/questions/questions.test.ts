import { describe, expect, it } from 'vitest';
import { loadQuestionSets, SHIPPED_ANSWER_COUNTS } from './load';
import { checkQuestionSet } from './schema';

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
