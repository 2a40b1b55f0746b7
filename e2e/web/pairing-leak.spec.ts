import { get, type ClientRequest } from 'node:http';
import { eventNames } from '../../shared/bridge/names';
import { CRITERIA } from '../../shared/rubric/table';
import { allowConsoleError, bridge, chooseRadio, expect, openApp, openConsole, test, type WebHost } from '../fixtures';

// Nothing hidden reaches the candidate's page by any road: a whole paired session is run while
// everything that page receives is recorded (every HTTP response body, every pushed event, all
// text and attributes ever put into its document), and the record is searched for strings
// planted in the prompt's hidden facts and in the interviewer's note.

const NEVER_SENT = 'PLANTED-ANSWER-7f3q';
const NEVER_SPRUNG = 'PLANTED-CURVEBALL-5m2w';
const SENT = 'SENT-ANSWER-2k9z';
const NOTE = 'PLANTED-NOTE-8c1x';

const PROMPT_ID = 'planted-paste-bin';
const PROMPT_TITLE = 'Design a Planted Paste Bin';
const PROMPT = `---
id: ${PROMPT_ID}
title: ${PROMPT_TITLE}
difficulty: easy
tags: [storage]
summary: People paste text and share it by a short link.
brief: |
  People want to paste a block of text and share it with a short link.
  How would you build it?
answers:
  - asks:
      - "How many pastes a day?"
    answer: "About a million new pastes a day."
  - asks:
      - "How long are pastes kept?"
    answer: "Kept for a month: ${SENT}."
  - asks:
      - "Can pastes be private?"
    answer: "Yes, private ones need a secret link: ${NEVER_SENT}."
curveballs:
  - "Pastes may now hold images up to 10 MB. What changes?"
  - "Every paste must be searchable by its text: ${NEVER_SPRUNG}."
---
# Reference outline

Pastes in an object store, their metadata in a key-value store, a cache in front.
`;

/** Where the session is when something is recorded: each stage only ever moves forward. */
const STAGES = ['before', 'sent', 'debrief'] as const;
type Stage = (typeof STAGES)[number];
type Recorded = { stage: Stage; source: 'http' | 'push' | 'push-raw' | 'dom'; where: string; text: string };

/**
 * The script run in the candidate's page before any of its own: it records every pushed
 * event's data and every text and attribute value put into the document, for
 * `window.__leakDrain()` to hand over. Plain JavaScript: the e2e project has no DOM types.
 */
const recorder = (names: readonly string[]) => `(() => {
  const names = ${JSON.stringify([...names, 'message'])};
  const out = [];
  const Native = window.EventSource;
  window.EventSource = class extends Native {
    constructor(url, init) {
      super(url, init);
      for (const name of names) this.addEventListener(name, (e) => out.push({ source: 'push', where: String(url) + ' ' + name, text: String(e.data) }));
    }
  };
  const addedText = (node) => {
    if (!(node instanceof Element)) return [node.nodeValue ?? ''];
    const parts = [node.textContent ?? ''];
    for (const element of [node, ...node.querySelectorAll('*')]) for (const attribute of element.attributes) parts.push(attribute.value);
    return parts;
  };
  const take = (mutations) => {
    for (const m of mutations) {
      if (m.type === 'childList') for (const node of m.addedNodes) for (const text of addedText(node)) out.push({ source: 'dom', where: 'added', text });
      else if (m.type === 'characterData') out.push({ source: 'dom', where: 'text changed', text: m.target.nodeValue ?? '' });
      else if (m.target instanceof Element) out.push({ source: 'dom', where: 'attribute ' + m.attributeName, text: m.target.getAttribute(m.attributeName) ?? '' });
    }
  };
  const observer = new MutationObserver(take);
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  window.__leakDrain = () => {
    take(observer.takeRecords());
    // Values typed or set as properties are not mutations: read them as they stand.
    for (const field of document.querySelectorAll('input, textarea')) out.push({ source: 'dom', where: 'field value', text: field.value });
    return out.splice(0);
  };
})();`;

/**
 * The candidate's push stream read raw over HTTP with the candidate's token, so an event the
 * page never listens for is recorded too.
 */
function rawPushes(host: WebHost, onData: (text: string) => void): Promise<ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = get(`${host.origin}/api/events`, { headers: { 'x-designdrill-token': host.token } }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`the candidate's push stream answered ${response.statusCode}`));
      response.setEncoding('utf8');
      response.on('data', onData);
      // The test cuts the stream when it is done; that is the only way it ends.
      response.on('error', () => {});
      resolve(request);
    });
    request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
  });
}

test('hidden answers and the interviewer’s note never reach the candidate’s page, except what is sent and the debrief', async ({ page, partner, host }) => {
  test.setTimeout(90_000);
  const recorded: Recorded[] = [];
  const unreadable: string[] = [];
  const bodies: Promise<void>[] = [];
  let stage: Stage = 'before';

  await page.addInitScript({ content: recorder(eventNames) });
  page.on('response', (response) => {
    const at = stage;
    const url = response.url();
    const { pathname } = new URL(url);
    if (pathname === '/api/events') return; // a stream that never ends: recorded by the page and raw instead
    bodies.push(
      response.text().then(
        (text) => void recorded.push({ stage: at, source: 'http', where: `${response.status()} ${url}`, text }),
        (error: Error) => void unreadable.push(`${response.status()} ${pathname}: ${error.message.split('\n')[0]}`),
      ),
    );
  });
  /** Moves everything the page recorded so far into `recorded`, under the current stage. */
  const drain = async () => {
    const entries = (await page.evaluate('window.__leakDrain()')) as { source: 'push' | 'dom'; where: string; text: string }[];
    for (const e of entries) recorded.push({ stage, ...e });
  };
  const moveTo = async (next: Stage) => {
    await drain();
    stage = next;
  };
  /**
   * Waits until the page and the raw stream have both had a push holding `text`: pushes come
   * in order, so whatever was pushed before it has been recorded too, under the stage now.
   */
  const pushedThrough = async (text: string) => {
    const seen = async () => {
      await drain();
      return (['push', 'push-raw'] as const).filter((source) => !recorded.some((r) => r.source === source && r.stage === stage && r.text.includes(text)));
    };
    await expect.poll(seen, { message: `the push holding ${text}, in both recorders` }).toEqual([]);
  };

  await host.start();
  const raw = await rawPushes(host, (text) => recorded.push({ stage, source: 'push-raw', where: '/api/events', text }));
  try {
    await openApp(page, host);
    const { imported, problems } = await bridge<{ imported: { id: string }[]; problems: unknown[] }>(page, 'prompt.import', { files: [{ name: 'planted.md', text: PROMPT }] });
    expect({ imported: imported.map((p) => p.id), problems }).toEqual({ imported: [PROMPT_ID], problems: [] });
    await drain();
    await page.reload();
    await page.locator('a.prompt-card', { hasText: PROMPT_TITLE }).click();
    await chooseRadio(page.getByRole('radiogroup', { name: 'Who is interviewing?' }), 'A partner (paired)');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page).toHaveURL(/#\/session\/s-[0-9a-z-]+$/);
    const id = /#\/session\/(s-[0-9a-z-]+)$/.exec(page.url())![1]!;
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await openConsole(page, partner);
    // The console does hold the hidden facts, so their absence on the other side means something.
    await expect(partner.getByText(NEVER_SENT).first()).toBeVisible();
    await expect(partner.getByText(NEVER_SPRUNG).first()).toBeVisible();

    const feed = page.getByRole('region', { name: 'From your partner' });
    await partner.getByRole('textbox', { name: 'Hint or nudge' }).fill('Start from what a paste is.');
    await partner.getByRole('button', { name: 'Send hint' }).click();
    await expect(feed).toContainText('Start from what a paste is.');
    await partner.getByRole('button', { name: 'Spring curveball 1', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Changed requirement' })).toContainText('images up to 10 MB');
    await partner.getByRole('button', { name: '+1 min' }).click();
    await expect(feed).toContainText('1 more minute');

    const noteBox = partner.getByRole('textbox', { name: 'Partner note' });
    await noteBox.fill(`Jumped to boxes early ${NOTE}`);
    await noteBox.press('Alt+2');
    await noteBox.press('Enter');
    await expect(partner.getByRole('listitem').filter({ hasText: NOTE })).toContainText(/concern/i);
    await chooseRadio(partner.getByRole('radiogroup', { name: 'Scope', exact: true }), '3');

    await moveTo('sent');
    await partner.getByRole('button', { name: 'Send scripted answer 2', exact: true }).click();
    await expect(feed).toContainText(SENT);
    // Anything the note or the score pushed by mistake came before the answer: recorded by now
    // (the note is looked for in this stage as in the one before).
    await pushedThrough(SENT);
    // Read again from the start, as after a reload: the session comes back over HTTP.
    await drain();
    await page.reload();
    await expect(feed).toContainText(SENT);

    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
    await expect(page.getByRole('heading', { name: 'Score yourself' })).toBeVisible();
    // Other roads before scoring oneself: the report's address (the Node side refuses the
    // report until then), the replay and the sessions list.
    allowConsoleError(page, /status of 403/);
    // Each screen has had its chance once the reply it waits for is in (and recorded): the
    // report asks first whether the candidate still has to score themselves.
    for (const [screen, channel] of [[`#/session/${id}/report`, 'session.open'], [`#/session/${id}/replay`, 'session.events'], ['#/sessions', 'session.list']] as const) {
      const answered = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/${channel}`);
      await page.goto(`${host.origin}/${screen}`);
      await expect(page.getByRole('link', { name: 'DesignDrill' })).toBeVisible();
      await answered;
    }
    await expect(page.locator('tbody tr').filter({ hasText: PROMPT_TITLE })).toBeVisible();
    await page.goto(`${host.origin}/#/session/${id}`);
    await expect(page.getByRole('heading', { name: 'Score yourself' })).toBeVisible();
    for (const { name } of CRITERIA) {
      await chooseRadio(page.getByRole('radiogroup', { name, exact: true }), '2');
    }
    await page.getByRole('button', { name: 'Submit my scores' }).click();
    const toReport = page.getByRole('link', { name: 'See your report' });
    await expect(toReport).toBeVisible();
    // Whatever was pushed before the self-assessment is recorded before the debrief begins.
    await pushedThrough('"self.assessed"');

    await moveTo('debrief');
    await toReport.click();
    await expect(page.getByRole('region', { name: "Partner's notes" })).toContainText(NOTE);
    await drain();
    recorded.push({ stage, source: 'dom', where: 'final document', text: await page.content() });
  } finally {
    raw.destroy();
  }
  await Promise.all(bodies);

  // The recorders caught things, so what they did not catch means something.
  const count = (source: Recorded['source']) => recorded.filter((r) => r.source === source).length;
  expect(count('http'), 'HTTP responses recorded').toBeGreaterThan(10);
  expect(recorded.filter((r) => r.source === 'http' && r.where.includes('/api/')).length, 'bridge replies recorded').toBeGreaterThan(5);
  expect(count('push'), 'pushed events recorded in the page').toBeGreaterThan(3);
  expect(count('push-raw'), 'pushed events recorded raw').toBeGreaterThan(3);
  expect(count('dom'), 'document changes recorded').toBeGreaterThan(100);
  // Only bodies that are not the bridge's may go unread (a redirect has none).
  expect(unreadable.filter((u) => u.includes(' /api/')), 'bridge replies whose body could not be read').toEqual([]);
  if (unreadable.length > 0) console.log(`responses without a readable body (not the bridge's): ${unreadable.join('; ')}`);

  const where = (text: string, stages: readonly Stage[]) =>
    recorded.filter((r) => stages.includes(r.stage) && r.text.includes(text)).map((r) => `${r.stage} ${r.source} ${r.where}`);
  expect(where(NEVER_SENT, STAGES), 'the answer never sent').toEqual([]);
  expect(where(NEVER_SPRUNG, STAGES), 'the curveball never sprung').toEqual([]);
  expect(where(NOTE, ['before', 'sent']), "the interviewer's note before the debrief").toEqual([]);
  expect(where(NOTE, ['debrief']).length, "the interviewer's note in the debrief").toBeGreaterThan(0);
  expect(where(SENT, ['before']), 'the sent answer before it was sent').toEqual([]);
  const sent = where(SENT, ['sent', 'debrief']).join('\n');
  for (const source of ['http', 'push', 'push-raw', 'dom']) expect(sent, `the sent answer, seen by the ${source} recorder`).toContain(` ${source} `);
});
