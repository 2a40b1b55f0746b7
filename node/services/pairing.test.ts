import { appendFile, readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/bridge/dispatch';
import type { Caller } from '../../shared/bridge/roles';
import type { InterviewerCommand } from '../../shared/pairing/commands';
import { createServices, type Services } from './services';
import { sessionPaths } from './sessions/sessionFiles';
import { pairedPromptFile } from './testing/pairedPrompt';
import { refusal } from './testing/refusal';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();
const INTERVIEWER: Caller = { role: 'interviewer' };
const CANDIDATE: Caller = { role: 'candidate' };
let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

const file = pairedPromptFile({ answers: ['One million users.', 'Thirty days.'], curveballs: ['It must work offline.', 'Traffic triples.'] });

async function setup(mode: 'solo' | 'paired' = 'paired', openConsole?: (id: string) => Promise<{ opened: boolean; url?: string }>) {
  const dataDir = await tempDir();
  const pushed: { event: string; payload: unknown }[] = [];
  services = await createServices({ dataDir, builtinPromptsDir: await tempDir(), host: 'web', version: 'test', ...(openConsole ? { openConsole } : {}) });
  services.events.subscribe((event, payload) => pushed.push({ event, payload }));
  const h = services.handlers;
  await h['prompt.import']({ files: [file] });
  const { id } = await h['session.create']({ promptId: 'paired-test', planId: 'eight-steps', mode, level: 'senior' });
  await h['session.append']({ id, command: { type: 'start' } });
  const act = (command: InterviewerCommand) => h['console.act']({ id, command }, INTERVIEWER);
  return { dataDir, h, id, act, pushed };
}

describe('the interviewer console', () => {
  it('opens with the whole prompt, hidden facts included, and an empty private log', async () => {
    const { h, id } = await setup();
    const opened = await h['console.open']({ id }, INTERVIEWER);
    expect(opened.prompt.answers.map((a) => a.answer)).toEqual(['One million users.', 'Thirty days.']);
    expect(opened.prompt.curveballs).toEqual(['It must work offline.', 'Traffic triples.']);
    expect(opened.own).toEqual({ notes: [], scores: {}, lastSeq: 0 });
    expect(opened.state.mode).toBe('paired');
  });

  it('refuses a solo session', async () => {
    const { h, id } = await setup('solo');
    expect((await refusal(h['console.open']({ id }, INTERVIEWER))).failure).toMatchObject({ code: 'bad-request', channel: 'console.open' });
    expect((await refusal(h['console.act']({ id, command: { type: 'pause' } }, INTERVIEWER))).failure.message).toMatch(/solo/);
  });

  it('logs answers, hints, curveballs and clock changes in the session log, pushed to every window', async () => {
    const { h, id, act, pushed } = await setup();
    expect((await act({ type: 'answer', question: 'How big?', answer: 0 })).event).toMatchObject({
      type: 'interviewer.answered',
      payload: { question: 'How big?', text: 'One million users.', answer: 0 },
    });
    await act({ type: 'answer', question: '', answer: null, text: 'Assume one region.' });
    await act({ type: 'hint', kind: 'nudge', text: 'Time to move on.' });
    await act({ type: 'curveball', index: 1 });
    await act({ type: 'extend', minutes: 2 });
    await act({ type: 'pause' });
    await act({ type: 'resume' });
    await act({ type: 'skip' });
    const { state } = await h['session.open']({ id });
    expect(state.fromInterviewer.map((m) => [m.kind, m.text])).toEqual([
      ['answer', 'One million users.'],
      ['answer', 'Assume one region.'],
      ['nudge', 'Time to move on.'],
      ['curveball', 'Traffic triples.'],
      ['clock', expect.stringMatching(/2 more minutes/)],
      ['clock', 'The interviewer paused the clock.'],
      ['clock', 'The interviewer restarted the clock.'],
      ['clock', expect.stringMatching(/moved on/)],
    ]);
    expect(state.phaseIndex).toBe(1);
    expect(pushed.filter((p) => p.event === 'session.appended')).toHaveLength(state.lastSeq);
    expect(pushed.some((p) => p.event === 'console.appended')).toBe(false);
  });

  it('refuses an unknown scripted answer or curveball, a curveball sprung twice, and anything but notes and scores after the end', async () => {
    const { h, id, act } = await setup();
    expect((await refusal(act({ type: 'answer', question: '', answer: 5 }))).failure.message).toMatch(/^answer refused: the prompt has no scripted answer 6/);
    expect((await refusal(act({ type: 'curveball', index: 2 }))).failure.message).toMatch(/no curveball 3/);
    await act({ type: 'curveball', index: 0 });
    expect((await refusal(act({ type: 'curveball', index: 0 }))).failure.message).toMatch(/already been sprung/);
    await h['session.append']({ id, command: { type: 'end' } });
    expect((await refusal(act({ type: 'hint', kind: 'hint', text: 'Late' }))).failure.message).toMatch(/ended/);
    expect((await act({ type: 'score', criterion: 'scope', score: 3 })).private).toMatchObject({ type: 'iscore.set' });
  });

  it('keeps notes and scores in their own log, on the session clock, pushed as console events only', async () => {
    const { dataDir, h, id, act, pushed } = await setup();
    const note = (await act({ type: 'note', id: 'n1', text: 'Good scoping', tags: ['strength'] })).private!;
    expect(note).toMatchObject({ seq: 1, type: 'inote.added', phase: 'clarify', payload: { text: 'Good scoping', tags: ['strength'] } });
    await act({ type: 'score', criterion: 'api', score: 2 });
    await act({ type: 'note', id: 'n2', text: 'Gone soon', tags: [] });
    await act({ type: 'note.remove', id: 'n2' });
    expect(pushed.filter((p) => p.event === 'console.appended')).toHaveLength(4);
    const events = await readFile(sessionPaths(dataDir, id).events, 'utf8');
    expect(events).not.toContain('Good scoping');
    const { own } = await h['console.open']({ id }, INTERVIEWER);
    expect(own.notes.map((n) => n.text)).toEqual(['Good scoping']);
    expect(own.scores).toEqual({ api: 2 });
    expect((await refusal(act({ type: 'note', id: 'n1', text: 'again', tags: [] }))).failure.message).toMatch(/already a note/);
  });

  it("tells the candidate how many criteria the interviewer has scored, never the scores, and pushes the count as it changes", async () => {
    const { h, id, act, pushed } = await setup();
    const status = () => dispatch(h, 'pairing.status', { id }, CANDIDATE);
    expect(await status()).toEqual({ ok: true, value: { interviewerScored: 0 } });
    await act({ type: 'note', id: 'n1', text: 'Not a score', tags: [] });
    await act({ type: 'score', criterion: 'scope', score: 3 });
    await act({ type: 'score', criterion: 'api', score: 1 });
    await act({ type: 'score', criterion: 'api', score: null });
    expect(await status()).toEqual({ ok: true, value: { interviewerScored: 1 } });
    expect(pushed.filter((p) => p.event === 'pairing.scored').map((p) => p.payload)).toEqual([
      { id, interviewerScored: 1 },
      { id, interviewerScored: 2 },
      { id, interviewerScored: 1 },
    ]);
    expect((await dispatch(h, 'pairing.status', { id }, INTERVIEWER)).ok).toBe(false);
  });

  it('reads the private log again after a restart, names a damaged line and keeps it', async () => {
    const { dataDir, id, act } = await setup();
    await act({ type: 'note', id: 'n1', text: 'First', tags: ['concern'] });
    const path = sessionPaths(dataDir, id).interviewer;
    await appendFile(path, '{"v":1,"seq":2,"type":"inote.added"\n');
    await services!.close();
    services = await createServices({ dataDir, builtinPromptsDir: await tempDir(), host: 'web', version: 'test' });
    await services.handlers['prompt.import']({ files: [file] });
    await services.handlers['console.act']({ id, command: { type: 'note', id: 'n3', text: 'Third', tags: [] } }, INTERVIEWER);
    const opened = await services.handlers['console.open']({ id }, INTERVIEWER);
    expect(opened.own.notes.map((n) => n.text)).toEqual(['First', 'Third']);
    expect(opened.warnings).toEqual([expect.stringContaining(`${path} line 2 is not JSON`)]);
    expect(await readFile(path, 'utf8')).toContain('{"v":1,"seq":2,"type":"inote.added"\n');
  });
});

describe('the candidate after a paired session', () => {
  it('scores themselves once, after the end, and only then sees the report with all three views', async () => {
    const { h, id, act } = await setup();
    await act({ type: 'note', id: 'n1', text: 'Clear API', tags: ['strength'] });
    await act({ type: 'score', criterion: 'api', score: 4 });
    expect((await refusal(h['session.selfAssess']({ id, scores: { api: 1 } }))).failure.message).toMatch(/once the session has ended/);
    await h['session.append']({ id, command: { type: 'end' } });

    for (const channel of ['session.report', 'session.estimateReview', 'session.exportBundle'] as const) {
      const reply = await dispatch(h, channel, { id }, CANDIDATE);
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/Score yourself first/) } });
    }
    // A direct call is the candidate's.
    expect((await refusal(h['session.report']({ id }))).failure.code).toBe('forbidden');
    // The interviewer need not wait.
    expect((await h['session.report']({ id }, INTERVIEWER)).pairing).toMatchObject({ self: null, interviewer: { scores: { api: 4 } } });

    await h['session.selfAssess']({ id, scores: { api: 1, scope: 3 } });
    expect((await refusal(h['session.selfAssess']({ id, scores: { api: 2 } }))).failure.message).toMatch(/already scored yourself/);
    const { pairing } = await h['session.report']({ id }, CANDIDATE);
    expect(pairing).toEqual({
      self: { api: 1, scope: 3 },
      interviewer: { scores: { api: 4 }, notes: [expect.objectContaining({ id: 'n1', text: 'Clear API', tags: ['strength'] })] },
    });
  });

  it('asks the candidate to score themselves only once the paired session has ended', async () => {
    const { h, id } = await setup();
    // Running or paused, there is nothing to score yet: the history offers the session, not "Score yourself".
    expect((await h['session.list']({})).sessions[0]).toMatchObject({ id, status: 'running', mode: 'paired', awaitingSelfScores: false });
    await h['session.append']({ id, command: { type: 'pause' } });
    expect((await h['session.list']({})).sessions[0]).toMatchObject({ id, status: 'paused', awaitingSelfScores: false });
    await h['session.append']({ id, command: { type: 'end' } });
    expect((await h['session.list']({})).sessions[0]).toMatchObject({ id, status: 'ended', awaitingSelfScores: true });
  });

  it('finds the paired session on the progress charts and its band in the list only once they have scored themselves', async () => {
    const { h, id } = await setup();
    await h['session.append']({ id, command: { type: 'end' } });
    await h['session.report']({ id }, INTERVIEWER);
    expect((await h['progress.get']({})).sessions).toEqual([]);
    const [listed] = (await h['session.list']({})).sessions;
    expect(listed).toMatchObject({ id, mode: 'paired', awaitingSelfScores: true });
    expect(listed!.band).toBeUndefined();
    await h['session.selfAssess']({ id, scores: { scope: 2 } });
    expect((await h['progress.get']({})).sessions.map((s) => s.id)).toEqual([id]);
    expect((await h['session.list']({})).sessions[0]).toMatchObject({ id, awaitingSelfScores: false, band: expect.any(String) });
  });

  it('sees no pairing field on a solo report and cannot self-assess a solo session', async () => {
    const { h, id } = await setup('solo');
    await h['session.append']({ id, command: { type: 'end' } });
    expect((await h['session.report']({ id })).pairing).toBeUndefined();
    expect((await refusal(h['session.selfAssess']({ id, scores: {} }))).failure.code).toBe('bad-request');
  });

  it('opens the console through the host, for paired sessions only', async () => {
    const { h, id } = await setup('paired', async (sid) => ({ opened: false, url: `http://console/${sid}` }));
    expect(await h['pairing.open']({ id })).toEqual({ opened: false, url: `http://console/${id}` });
    const solo = await h['session.create']({ promptId: 'paired-test', planId: 'eight-steps', mode: 'solo', level: 'senior' });
    expect((await refusal(h['pairing.open']({ id: solo.id }))).failure.code).toBe('bad-request');
  });
});

describe("the interviewer's private log, when the session moves", () => {
  it('goes to the trash and back with its session', async () => {
    const { h, id, act } = await setup();
    await act({ type: 'note', id: 'n1', text: 'Kept', tags: [] });
    await h['session.append']({ id, command: { type: 'end' } });
    await h['session.trash']({ id });
    await h['session.restore']({ id });
    expect((await h['console.open']({ id }, INTERVIEWER)).own.notes.map((n) => n.text)).toEqual(['Kept']);
  });

  it('travels in an exported bundle, so the report on another machine keeps the notes and scores', async () => {
    const { h, id, act } = await setup();
    await act({ type: 'note', id: 'n1', text: 'Strong estimates', tags: ['strength', 'question'] });
    await act({ type: 'score', criterion: 'estimation', score: 4 });
    await h['session.append']({ id, command: { type: 'end' } });
    await h['session.selfAssess']({ id, scores: { estimation: 2 } });
    const before = (await h['session.report']({ id })).pairing;
    const { content, fileName } = await h['session.exportBundle']({ id });
    expect(JSON.parse(content!).interviewer).toHaveLength(2);

    const other = await createServices({ dataDir: await tempDir(), builtinPromptsDir: await tempDir(), host: 'web', version: 'test' });
    try {
      expect(await other.handlers['session.importBundle']({ name: fileName, content: content! })).toMatchObject({ id, outcome: 'imported' });
      expect((await other.handlers['session.report']({ id })).pairing).toEqual(before);
    } finally {
      await other.close();
    }
  });
});
