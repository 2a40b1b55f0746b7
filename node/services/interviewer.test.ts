import { readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/bridge/dispatch';
import { NEUTRAL_REPLIES } from '../../shared/interviewer/reply';
import type { SessionEvent } from '../../shared/session/events';
import { PromptSnapshot } from '../../shared/session/exportFile';
import { samplePlan, samplePrompt } from '../../shared/session/testing/samplePlan';
import { createInterviewer } from './interviewer';
import { useServices } from './testing/useServices';
import { writePromptSnapshot } from './sessions/reportPrompt';
import { readLog } from './sessions/readLog';
import { sessionPaths } from './sessions/sessionFiles';
import { SessionStore } from './sessions/sessionStore';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();
const replyOf = (event: SessionEvent) => (event.type === 'interviewer.asked' ? event.payload.reply : `not a reply: ${event.type}`);
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

const libraryAnswers = [
  { asks: ['How many links are created per day?', 'What scale are we designing for?'], answer: 'Ten million a day.' },
  { asks: ['Do links expire?', 'How long do we keep links?'], answer: 'Five years.' },
];

async function setup(options: { mode?: 'solo' | 'paired'; library?: typeof libraryAnswers | undefined } = {}) {
  const dataDir = await tempDir();
  let now = T0;
  const appended: string[] = [];
  const log: string[] = [];
  const sessions = new SessionStore({ dataDir, now: () => now, onAppended: (_id, e) => appended.push(e.type) });
  const library = 'library' in options ? options.library : libraryAnswers;
  const interviewer = createInterviewer({
    dataDir,
    sessions,
    log: (line) => log.push(line),
    findPrompt: async (id) => (id === samplePrompt.id && library ? { answers: library } : undefined),
  });
  const { id } = await sessions.create(samplePrompt, samplePlan, options.mode ?? 'solo');
  return { dataDir, sessions, interviewer, id, appended, log, advance: (ms: number) => (now += ms) };
}

describe('asking the scripted interviewer', () => {
  it('logs the question with the scripted reply it matched, on the session clock, and tells every window', async () => {
    const s = await setup();
    await s.sessions.command(s.id, { type: 'start' });
    s.advance(42_000);
    const event = await s.interviewer.ask(s.id, 'how long do we keep the links?');
    expect(event).toMatchObject({
      type: 'interviewer.asked',
      t: 42_000,
      phase: 'clarify',
      payload: { question: 'how long do we keep the links?', reply: 'Five years.', answer: 1, score: 0, kind: 'answer', answers: [1] },
    });
    expect(s.appended.at(-1)).toBe('interviewer.asked');
    const logged = readLog(await readFile(sessionPaths(s.dataDir, s.id).events)).events;
    expect(logged.at(-1)).toEqual(event);

    await s.sessions.close();
    const reopened = new SessionStore({ dataDir: s.dataDir });
    const { state } = await reopened.get(s.id);
    expect(state.questions).toEqual([{ question: 'how long do we keep the links?', reply: 'Five years.', answer: 1, kind: 'answer', t: 42_000, phase: 'clarify' }]);
    await reopened.close();
  });

  it('asks for an assumption when nothing matches, in turns, and may be asked before the clock starts', async () => {
    const s = await setup();
    const first = await s.interviewer.ask(s.id, 'Should I use Kubernetes?');
    const matched = await s.interviewer.ask(s.id, 'Do links expire?');
    const second = await s.interviewer.ask(s.id, 'What is your favourite colour?');
    expect(first).toMatchObject({ t: 0, payload: { answer: null, reply: NEUTRAL_REPLIES[0] } });
    expect(matched.payload).toMatchObject({ answer: 1 });
    expect(second.payload).toMatchObject({ answer: null, reply: NEUTRAL_REPLIES[1] });
    expect((await s.sessions.get(s.id)).state.status).toBe('ready');
  });

  it('answers from the prompt as the session began, not as the library has it since', async () => {
    const s = await setup();
    const snapshot = PromptSnapshot.parse({
      ...samplePrompt,
      difficulty: 'easy',
      tags: ['caching'],
      summary: 'Short links.',
      brief: 'Build bit.ly.',
      answers: [{ asks: ['Do links expire?'], answer: 'Never, at the start of this session.' }],
      outline: '',
    });
    await writePromptSnapshot(sessionPaths(s.dataDir, s.id).prompt, snapshot);
    expect(replyOf(await s.interviewer.ask(s.id, 'Do links expire?'))).toBe('Never, at the start of this session.');
  });

  it("falls back on the library when the session's copy is damaged, saying so in the log", async () => {
    const s = await setup();
    await writePromptSnapshot(sessionPaths(s.dataDir, s.id).prompt, {} as PromptSnapshot);
    expect(replyOf(await s.interviewer.ask(s.id, 'Do links expire?'))).toBe('Five years.');
    expect(s.log.join('\n')).toMatch(/prompt\.json does not match/);
  });

  it('says so when neither the session nor the library has the prompt, logging nothing', async () => {
    const s = await setup({ library: undefined });
    await rm(sessionPaths(s.dataDir, s.id).prompt, { force: true });
    await expect(s.interviewer.ask(s.id, 'Do links expire?')).rejects.toMatchObject({
      failure: { code: 'not-found', channel: 'interviewer.ask', message: expect.stringMatching(/"url-shortener".*not in the library/) },
    });
    expect((await s.sessions.get(s.id)).state.questions).toEqual([]);
  });

  it('is refused in a paired session, where the person interviewing answers', async () => {
    const s = await setup({ mode: 'paired' });
    await expect(s.interviewer.ask(s.id, 'Do links expire?')).rejects.toMatchObject({ failure: { code: 'forbidden', channel: 'interviewer.ask' } });
    expect((await s.sessions.get(s.id)).state.lastSeq).toBe(1);
  });

  it('is refused once the session has ended', async () => {
    const s = await setup();
    await s.sessions.command(s.id, { type: 'start' });
    await s.sessions.command(s.id, { type: 'end' });
    const before = (await s.sessions.get(s.id)).state.lastSeq;
    await expect(s.interviewer.ask(s.id, 'Do links expire?')).rejects.toMatchObject({
      failure: { code: 'bad-request', message: expect.stringMatching(/ended/) },
    });
    expect((await s.sessions.get(s.id)).state.lastSeq).toBe(before);
  });

  it('is refused for a session that does not exist', async () => {
    const s = await setup();
    await expect(s.interviewer.ask('s-20261122-142501-zzzz', 'Do links expire?')).rejects.toMatchObject({ failure: { code: 'not-found' } });
  });
});

describe('the interviewer.ask channel', () => {
  const { launch } = useServices();

  it("answers with the shipped prompt's script, and refuses an empty question by its field", async () => {
    const services = await launch(await tempDir());
    const { id } = await services.handlers['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' });
    const reply = await dispatch(services.handlers, 'interviewer.ask', { id, question: '  How many new links do people make each day?  ' }, { role: 'candidate' });
    expect(reply).toMatchObject({ ok: true, value: { event: { payload: { question: 'How many new links do people make each day?', answer: 0, reply: expect.stringMatching(/10 million new short links a day/) } } } });
    expect(await dispatch(services.handlers, 'interviewer.ask', { id, question: '   ' }, { role: 'candidate' })).toMatchObject({ ok: false, error: { code: 'bad-request', issues: [{ field: 'question' }] } });
  });
});
