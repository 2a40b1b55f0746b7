import { request as httpRequest } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../services/services';
import { pairedPromptFile } from '../services/testing/pairedPrompt';
import { useTempDirs } from '../services/testing/tempDir';
import { startHost, type Host } from './server';
import { listenStream, type Stream } from './testing/eventStream';
import { send } from './testing/rawRequest';

/**
 * A whole paired session through the real host, as the two browser pages would run it,
 * watching everything the candidate's page is sent: no hidden fact and no interviewer note
 * may reach it, except what the interviewer sends and, after the self-assessment, the debrief.
 */
const HIDDEN_ANSWER = 'ZEBRA-ANSWER-41731';
const HIDDEN_CURVEBALL = 'OTTER-CURVEBALL-90210';
const NOTE = 'HERON-NOTE-55555';
const SENT_ANSWER = 'Keep records for ninety days.';

const tempDir = useTempDirs();
let host: Host | undefined;
let services: Services | undefined;
const streams: Stream[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.cut();
  await host?.close();
  await services?.close();
  host = undefined;
  services = undefined;
});

/** An open event stream and everything it has carried so far. */
function listen(h: Host, path: string, headers: Record<string, string>): Stream {
  const stream = listenStream(httpRequest, h.port, path, headers);
  streams.push(stream);
  return stream;
}

describe('a paired session in the browser host', () => {
  it('never sends the candidate a hidden answer, an unsprung curveball or an interviewer note before the debrief', async () => {
    const dataDir = await tempDir();
    const staticDir = await tempDir();
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>DesignDrill</title>');
    let running: Host | undefined;
    services = await createServices({
      dataDir,
      builtinPromptsDir: await tempDir(),
      host: 'web',
      version: 'test',
      openConsole: async (id) => ({ opened: false, url: running!.consoleUrl(id) }),
    });
    host = running = await startHost({ services, staticDir });
    const h = host;

    const candidateBodies: string[] = [];
    const asCandidate = async (channel: string, body: unknown) => {
      const reply = await send(h, `/api/${channel}`, { method: 'POST', body: JSON.stringify(body), headers: { 'x-designdrill-token': h.token } });
      candidateBodies.push(reply.body);
      return JSON.parse(reply.body) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
    };
    const candidateStream = listen(h, '/api/events', { 'x-designdrill-token': h.token });
    await candidateStream.connected;

    const file = pairedPromptFile({ answers: [HIDDEN_ANSWER, SENT_ANSWER], curveballs: [HIDDEN_CURVEBALL, 'Traffic triples overnight.'] });
    expect((await asCandidate('prompt.import', { files: [file] })).ok).toBe(true);
    await asCandidate('prompt.list', {});
    await asCandidate('prompt.open', { id: 'paired-test' });
    const created = await asCandidate('session.create', { promptId: 'paired-test', planId: 'eight-steps', mode: 'paired' });
    const id = created.value!.id as string;
    await asCandidate('session.append', { id, command: { type: 'start' } });
    await asCandidate('session.append', { id, command: { type: 'notes', phase: 'clarify', text: 'Users? Retention?' } });
    await asCandidate('session.append', { id, command: { type: 'scratchpad', pad: { lines: [{ id: 'l1', text: 'users = 1M' }], conclusions: [] } } });
    expect(await asCandidate('console.open', { id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await asCandidate('interviewer.ask', { id, question: 'How many users are there?' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // The partner opens the link the candidate's page shows, as a browser would.
    const link = (await asCandidate('pairing.open', { id })).value!.url as string;
    const signIn = await send(h, link.slice(h.origin.length).split('#')[0]!);
    expect(signIn.status).toBe(303);
    const cookie = { Cookie: String(signIn.headers['set-cookie']).split(';')[0]! };
    const interviewerStream = listen(h, '/console/api/events', cookie);
    await interviewerStream.connected;
    const asInterviewer = async (channel: string, body: unknown) => {
      const reply = await send(h, `/console/api/${channel}`, { method: 'POST', body: JSON.stringify(body), headers: cookie });
      return JSON.parse(reply.body) as { ok: boolean; value?: Record<string, unknown> };
    };
    const opened = await asInterviewer('console.open', { id });
    expect(JSON.stringify(opened.value!.prompt)).toContain(HIDDEN_ANSWER);
    const act = async (command: unknown) => expect((await asInterviewer('console.act', { id, command })).ok).toBe(true);
    await act({ type: 'answer', question: 'How long do we keep them?', answer: 1 });
    await act({ type: 'hint', kind: 'hint', text: 'Think about the read path.' });
    await act({ type: 'curveball', index: 1 });
    await act({ type: 'extend', minutes: 1 });
    await act({ type: 'note', id: 'n1', text: `Careful with scope ${NOTE}`, tags: ['concern'] });
    await act({ type: 'score', criterion: 'scope', score: 3 });

    await asCandidate('session.open', { id });
    await asCandidate('session.events', { id });
    await asCandidate('session.list', {});
    await asCandidate('session.append', { id, command: { type: 'end' } });
    expect(await asCandidate('session.report', { id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await asCandidate('session.exportBundle', { id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await asCandidate('session.selfAssess', { id, scores: { scope: 2, api: 3 } });
    await asCandidate('progress.get', {});
    await asCandidate('session.open', { id });
    // Both streams have had time to carry every push of the calls above.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const beforeDebrief = candidateBodies.join('\n');
    const pushed = candidateStream.text();
    expect(beforeDebrief).toContain(SENT_ANSWER);
    expect(pushed).toContain(SENT_ANSWER);
    for (const planted of [HIDDEN_ANSWER, HIDDEN_CURVEBALL, NOTE]) {
      expect(beforeDebrief, planted).not.toContain(planted);
      expect(pushed, planted).not.toContain(planted);
    }
    expect(pushed).not.toContain('console.appended');
    // The interviewer's own stream did carry the note: the candidate's was filtered, not quiet.
    expect(interviewerStream.text()).toContain(NOTE);

    const debrief = await asCandidate('session.report', { id });
    expect(debrief.ok).toBe(true);
    const report = candidateBodies.at(-1)!;
    expect(report).toContain(NOTE);
    expect(report).not.toContain(HIDDEN_ANSWER);
    expect(report).not.toContain(HIDDEN_CURVEBALL);
  });
});
