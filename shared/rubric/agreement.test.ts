import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Quality } from '../notes/item';
import type { SessionEvent } from '../session/events';
import type { PromptSnapshot } from '../session/exportFile';
import type { CriterionId, CriterionResult, Report } from './report';
import { scoreSession } from './score';
import { arbitraryLog } from './testing/arbitrary';
import { box, arrow, SessionBuilder } from './testing/builder';
import { FIXTURE_SESSIONS, urlShortener } from './testing/fixtures';
import { SHIPPED_PROMPTS, shippedPrompt } from './testing/prompts';
import { strongSession } from './testing/sessions';

const chat = shippedPrompt('chat');
const has = (c: CriterionResult, pattern: RegExp) => c.evidence.some((e) => pattern.test(e.text));

/**
 * What a criterion's descriptor and tip may not say, given its evidence: each check names a piece
 * of evidence and what would contradict it. The descriptor is what the record reached and the tip
 * what to do next, so neither may claim what the evidence says is missing nor ask for what it shows.
 */
const CHECKS: Record<CriterionId, (c: CriterionResult) => void> = {
  scope: (c) => {
    // A quality counts for the descriptor when it earned anything: fully, or half without a number.
    const tagged = new Set(c.evidence.filter((e) => e.kind === 'note' && (e.positive || /\(no measurable target/.test(e.text))).map((e) => /^(\w+): /.exec(e.text)?.[1]).filter((q): q is Quality => (Quality.options as string[]).includes(q ?? '')));
    if (has(c, /^No non-functional requirement tagged/)) expect(c.descriptor).toMatch(/no quality target/i);
    else if (tagged.size > 0) expect(c.descriptor).toMatch(new RegExp(`targets for (one quality|${tagged.size} qualities)`, 'i'));
    if (has(c, /^No functional requirement/)) expect(c.descriptor).not.toMatch(/^Functional requirements/);
    if (has(c, /^No clarifying question/)) expect(c.descriptor).toMatch(/no question asked/);
    // The tip never suggests a quality already covered.
    const suggested = /add targets for ([^.,"]+)/.exec(c.tip)?.[1] ?? '';
    for (const q of tagged) expect(suggested, c.tip).not.toMatch(new RegExp(`\\b${q}\\b`));
  },
  estimation: (c) => {
    if (has(c, /^No named estimate/)) expect(c.descriptor).toMatch(/no named estimate/i);
    if (has(c, /^No conclusion tied/)) expect(c.descriptor).toMatch(/no conclusion tied/);
    else if (c.evidence.some((e) => e.kind === 'conclusion' && e.positive)) expect(c.descriptor).toMatch(/conclusions? resting on them/);
  },
  api: (c) => {
    if (has(c, /^The main path is not marked/)) expect(c.descriptor).toMatch(/main path not marked/);
    else if (!has(c, /^No API/)) expect(c.descriptor).toMatch(/main path marked/);
    if (has(c, /\(no purpose\)$/)) expect(c.descriptor).toMatch(/not every operation has a purpose/);
  },
  'data-model': (c) => {
    if (has(c, /\(no store\)$|\(no reason\)$/)) expect(c.descriptor).not.toMatch(/each with a store/);
  },
  'high-level': (c) => {
    if (has(c, /^No connected diagram/)) expect(c.descriptor).toMatch(/no connected diagram/i);
    if (has(c, /^No narrative/)) expect(c.descriptor).toMatch(/no narrative/);
    // The tip never asks to draw a component the diagram already has.
    const drawn = c.evidence.filter((e) => e.kind === 'diagram' && e.positive && /^[^:]+: "/.test(e.text)).map((e) => e.text.slice(0, e.text.indexOf(':')));
    const asked = /^Draw the ([^.]+) and connect/.exec(c.tip)?.[1] ?? '';
    for (const d of drawn) expect(asked.split(', '), c.tip).not.toContain(d);
  },
  'deep-dive': (c) => {
    if (has(c, /^No deep dive/)) expect(c.descriptor).toMatch(/no deep dive/i);
    if (has(c, /\(no decision\)$/) && !c.evidence.some((e) => e.positive)) expect(c.descriptor).toMatch(/no decision written/);
  },
  bottlenecks: (c) => {
    if (has(c, /^No bottleneck with a remedy/)) expect(c.descriptor).toMatch(/no bottleneck with a remedy/i);
  },
  tradeoffs: (c) => {
    if (has(c, /^No trade-off with all three parts/)) expect(c.descriptor).toMatch(/no complete trade-off/i);
    if (has(c, /^No risk or open question/)) expect(c.descriptor).toMatch(/no risk or open question/);
    else expect(c.descriptor).not.toMatch(/no risk or open question/);
  },
  time: (c) => {
    const off = c.evidence.filter((e) => e.kind === 'moment' && !e.positive);
    if (off.length > 0) expect(c.descriptor).toMatch(/off (its|their) plan/i);
    else if (!has(c, /never started/)) expect(c.descriptor).toMatch(/every phase near its plan/i);
  },
};

function agrees(report: Report): void {
  for (const c of report.criteria) {
    expect(c.descriptor, c.id).not.toBe('');
    expect(c.tip === '', `${c.id}: "${c.tip}" at ${c.score}`).toBe(c.score === 4);
    CHECKS[c.id](c);
  }
}

describe('descriptors and tips agree with the evidence beside them', () => {
  it('in the fixture sessions and in each with one part taken away', () => {
    const { strong, weak } = FIXTURE_SESSIONS;
    const lists = ['functional', 'non-functional', 'question', 'out-of-scope', 'operation', 'entity', 'narrative', 'deep-dive', 'bottleneck', 'tradeoff', 'risk', 'open-question'];
    const variants: SessionEvent[][] = [strong.events, weak.events, ...lists.map((list) => strong.events.filter((e) => !(e.type === 'note.added' && e.payload.body.list === list)))];
    for (const events of variants) agrees(scoreSession({ prompt: urlShortener, events, level: 'senior' }));
  });

  it('in any valid log, for two prompts', () => {
    for (const prompt of [urlShortener, chat]) {
      fc.assert(
        fc.property(arbitraryLog(prompt), ({ events, level }) => agrees(scoreSession({ prompt, events, level }))),
        { numRuns: 150 },
      );
    }
  });

  it('Scope: the tip suggests only qualities not yet covered', () => {
    const three = strongSession(urlShortener)
      .build()
      .filter((e) => !(e.type === 'note.added' && e.payload.body.list === 'non-functional' && ['scale', 'security'].includes(String((e.payload.body as { quality?: string }).quality))));
    const scope = scoreSession({ prompt: urlShortener, events: three, level: 'senior' }).criteria.find((c) => c.id === 'scope')!;
    // At senior three qualities reach 4 but for the level's ask of four: the tip names only what is missing.
    expect(scope.tip).toMatch(/^Cover four or more qualities with targets; consistency or scale are missing/);
  });

  it('Scope: with only questions asked, the descriptor does not claim requirements or a quality target', () => {
    const s = new SessionBuilder(urlShortener).start().wait(1).ask('Do links expire?', 'Only when asked to.', null).end().build();
    const scope = scoreSession({ prompt: urlShortener, events: s, level: 'senior' }).criteria.find((c) => c.id === 'scope')!;
    expect(scope.score).toBe(1);
    expect(scope.descriptor).toBe('Questions or an out-of-scope list; no functional requirement on topic; no quality target.');
  });
});

/** Words of the URL shortener's domain that no other prompt's tips may borrow. */
const SHORTENER_WORDS = /\b(redirects?|short (codes?|links?|urls?)|shorten\w*|base62|long urls?|code generation)\b/i;

/** A session with nothing of any prompt's domain in it, so its tips can only come from the rubric and the prompt. */
function plainSession(prompt: PromptSnapshot): SessionEvent[] {
  const s = new SessionBuilder(prompt).start().wait(2);
  s.note({ list: 'functional', text: 'The main thing works' }).wait(1);
  s.enter('estimate').wait(3).line('x = 10/s', 'write-qps').wait(1);
  s.enter('high-level').wait(5);
  s.draw(...box('a', 'Server', 0, 0), ...box('b', 'Store', 300, 0), arrow('ab', { id: 'a', x: 0, y: 0 }, { id: 'b', x: 300, y: 0 })).wait(2);
  s.note({ list: 'bottleneck', scale: '10x', what: 'The server', remedy: 'More servers' }).wait(1);
  return s.end().build();
}

describe("a tip's examples come from the session's own prompt", () => {
  it('a Chat Service report borrows nothing from the URL shortener', () => {
    const report = scoreSession({ prompt: chat, events: plainSession(chat), level: 'senior' });
    const scope = report.criteria.find((c) => c.id === 'scope')!;
    // "The main thing works" says nothing of chat, so the first step is a requirement of this problem.
    expect(scope.tip).toBe('Before drawing, write two or three things the system must do, in the words of this problem.');
    for (const c of report.criteria) expect(`${c.descriptor} ${c.tip}`, c.id).not.toMatch(SHORTENER_WORDS);
  });

  it.each(SHIPPED_PROMPTS.filter((p) => p.id !== 'url-shortener').map((p) => [p.id, p] as const))('%s: no tip or descriptor names the URL shortener’s domain unless the prompt does', (_id, prompt) => {
    const own = `${JSON.stringify(prompt)}`;
    for (const events of [plainSession(prompt), new SessionBuilder(prompt).start().wait(1).end().build()]) {
      for (const c of scoreSession({ prompt, events, level: 'senior' }).criteria) {
        const word = SHORTENER_WORDS.exec(`${c.descriptor} ${c.tip}`)?.[0];
        if (word) expect(own.toLowerCase(), `${c.id}: ${c.tip}`).toContain(word.toLowerCase());
      }
    }
  });
});
