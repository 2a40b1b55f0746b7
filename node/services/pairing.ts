import type { ParsedRequest, Response } from '../../shared/bridge/contract';
import { BridgeError } from '../../shared/bridge/parse';
import type { Caller } from '../../shared/bridge/roles';
import { decideInterviewer, type InterviewerCommand, type PromptScript } from '../../shared/pairing/commands';
import type { PrivateDraft, PrivateEvent, PrivateState } from '../../shared/pairing/privateLog';
import type { PairingScores } from '../../shared/bridge/contract';
import type { Prompt } from '../../shared/schemas/prompt';
import { activeMsAt } from '../../shared/session/clock';
import type { PromptSnapshot } from '../../shared/session/exportFile';
import { needsSelfScores, type SessionState } from '../../shared/session/state';
import type { EventHub } from './eventHub';
import type { InviteControl } from './pairingInvites';
import { promptMissingMessage, promptSnapshotOf, readPromptSnapshot } from './sessions/reportPrompt';
import type { PrivateLogStore } from './sessions/privateLog';
import { sessionPaths } from './sessions/sessionFiles';
import type { SessionStore } from './sessions/sessionStore';

export type PairingOptions = {
  dataDir: string;
  sessions: SessionStore;
  privateLogs: PrivateLogStore;
  events: EventHub;
  findPrompt: (id: string) => Promise<Prompt | undefined>;
  /** Opens the console of a session: a window in Electron, a link with the interviewer's token in the browser host. */
  openConsole?: (id: string) => Promise<Response<'pairing.open'>>;
  /** Invites a partner on another machine: the hosts that can listen on the network give it. */
  invites?: InviteControl;
  now?: () => number;
  log?: (line: string) => void;
};

/** Channels that show the candidate how they did: closed to them in a paired session until they scored themselves. */
type Debrief = 'session.report' | 'session.estimateReview' | 'session.rescore' | 'session.exportBundle';

/**
 * The paired mode's Node side: the interviewer's console and actions, the candidate's
 * self-assessment, and the rule that the candidate scores themselves before seeing any
 * score. What only the interviewer may see is read here and handed to their channels only.
 */
export function createPairing(options: PairingOptions) {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});

  async function pairedSession(id: string, channel: string): Promise<SessionState> {
    const { state } = await options.sessions.get(id);
    if (state.mode !== 'paired') throw BridgeError.of('bad-request', channel, `session "${id}" is solo: it has no interviewer`);
    return state;
  }

  /** Snapshots read once per session: prompt.json never changes, and every action needs it. */
  const snapshots = new Map<string, PromptSnapshot>();

  /** The prompt as the session began (its prompt.json), else as the library has it now. */
  async function promptOf(id: string, promptId: string, channel: string): Promise<PromptSnapshot> {
    const known = snapshots.get(id);
    if (known) return known;
    const saved = await readPromptSnapshot(sessionPaths(options.dataDir, id).prompt);
    if ('snapshot' in saved) {
      snapshots.set(id, saved.snapshot);
      return saved.snapshot;
    }
    if ('problem' in saved) log(`the console of session ${id} uses the library's prompt: ${saved.problem}`);
    const found = await options.findPrompt(promptId);
    if (!found) throw BridgeError.of('not-found', channel, promptMissingMessage(id, promptId));
    return promptSnapshotOf(found);
  }

  /** Decides again in the log's own turn: another window's event may have landed since. */
  function decideNow(state: SessionState, own: PrivateState, command: InterviewerCommand, script: PromptScript) {
    const decision = decideInterviewer(state, own, command, script);
    if (!decision.ok) throw BridgeError.of('bad-request', 'console.act', `${command.type} refused: ${decision.reason}`);
    return decision;
  }

  function stampPrivate(state: SessionState, own: PrivateState, draft: PrivateDraft): PrivateEvent {
    const at = now();
    const phase = state.phases[state.phaseIndex] ?? state.phases.at(-1);
    return { v: 1, seq: own.lastSeq + 1, t: Math.round(activeMsAt(state, at)), at, phase: phase?.id ?? '', ...draft } as PrivateEvent;
  }

  async function open({ id }: ParsedRequest<'console.open'>): Promise<Response<'console.open'>> {
    const state = await pairedSession(id, 'console.open');
    const prompt = await promptOf(id, state.prompt.id, 'console.open');
    const { state: own, problems } = await options.privateLogs.get(id);
    return { id, state, prompt, own, ...(problems.length > 0 ? { warnings: problems } : {}) };
  }

  async function act({ id, command }: ParsedRequest<'console.act'>): Promise<Response<'console.act'>> {
    const state = await pairedSession(id, 'console.act');
    const prompt = await promptOf(id, state.prompt.id, 'console.act');
    const script: PromptScript = { answers: prompt.answers, curveballs: prompt.curveballs };
    const { state: own } = await options.privateLogs.get(id);
    const first = decideNow(state, own, command, script);
    if (first.log === 'session') {
      const { event } = await options.sessions.record(id, (current) => {
        const decision = decideNow(current, own, command, script);
        if (decision.log !== 'session') throw BridgeError.of('internal', 'console.act', `${command.type} changed logs between two decisions`);
        return decision.draft;
      });
      return { event };
    }
    const event = await options.privateLogs.append(id, (ownNow) => {
      const decision = decideNow(state, ownNow, command, script);
      if (decision.log !== 'private') throw BridgeError.of('internal', 'console.act', `${command.type} changed logs between two decisions`);
      return stampPrivate(state, ownNow, decision.draft);
    });
    options.events.emit('console.appended', { id, event });
    if (event.type === 'iscore.set') options.events.emit('pairing.scored', { id, ...(await status({ id })) });
    return { private: event };
  }

  async function selfAssess({ id, scores }: ParsedRequest<'session.selfAssess'>): Promise<Response<'session.selfAssess'>> {
    await pairedSession(id, 'session.selfAssess');
    const { event } = await options.sessions.record(id, (state) => {
      if (state.status !== 'ended') throw BridgeError.of('bad-request', 'session.selfAssess', 'score yourself once the session has ended');
      if (state.selfScores !== null) throw BridgeError.of('bad-request', 'session.selfAssess', 'you have already scored yourself for this session');
      return { type: 'self.assessed', payload: { scores } };
    });
    return { event };
  }

  /** How many criteria the interviewer has scored: a count, so the candidate learns no score. */
  async function status({ id }: ParsedRequest<'pairing.status'>): Promise<Response<'pairing.status'>> {
    await pairedSession(id, 'pairing.status');
    const { state: own } = await options.privateLogs.get(id);
    return { interviewerScored: Object.keys(own.scores).length };
  }

  async function openConsole({ id }: ParsedRequest<'pairing.open'>): Promise<Response<'pairing.open'>> {
    await pairedSession(id, 'pairing.open');
    return options.openConsole ? options.openConsole(id) : { opened: false };
  }

  function invites(channel: string): InviteControl {
    if (!options.invites) throw BridgeError.of('bad-request', channel, 'this way of running DesignDrill cannot invite a partner over the network');
    return options.invites;
  }

  /** A partner on another machine joins a paired session still under way, never a solo or ended one. */
  async function invite({ id, address }: ParsedRequest<'pairing.invite'>): Promise<Response<'pairing.invite'>> {
    const state = await pairedSession(id, 'pairing.invite');
    if (state.status === 'ended') throw BridgeError.of('bad-request', 'pairing.invite', 'this session has ended: an invite opens the console of a session under way');
    return invites('pairing.invite').invite(id, address);
  }

  async function inviteStop({ id }: ParsedRequest<'pairing.inviteStop'>): Promise<Response<'pairing.inviteStop'>> {
    await pairedSession(id, 'pairing.inviteStop');
    return options.invites ? options.invites.stop(id) : { status: 'off' };
  }

  async function inviteStatus({ id }: ParsedRequest<'pairing.inviteStatus'>): Promise<Response<'pairing.inviteStatus'>> {
    await pairedSession(id, 'pairing.inviteStatus');
    return options.invites ? options.invites.status(id) : { status: 'off' };
  }

  /**
   * Refuses the candidate (a direct call counts as one) a debrief of a paired session they
   * have not scored themselves for yet: it would show scores, or the prompt's hidden facts.
   */
  async function gateDebrief(id: string, channel: Debrief, caller: Caller | undefined): Promise<void> {
    if ((caller?.role ?? 'candidate') !== 'candidate') return;
    const { state } = await options.sessions.get(id);
    if (!needsSelfScores(state)) return;
    if (state.status !== 'ended') {
      throw BridgeError.of('forbidden', channel, `${channel} refused: in a paired session it opens after the end, once you have scored yourself`);
    }
    throw BridgeError.of('forbidden', channel, 'Score yourself first: in a paired session your own scores come before anyone else’s.');
  }

  /** The three views of a paired session's scores, for its report; nothing for a solo one. */
  async function scoresOf(id: string): Promise<PairingScores | undefined> {
    const { state } = await options.sessions.get(id);
    if (state.mode !== 'paired') return undefined;
    const { state: own } = await options.privateLogs.get(id);
    return { self: state.selfScores, interviewer: { scores: own.scores, notes: own.notes } };
  }

  return { open, act, selfAssess, status, openConsole, invite, inviteStop, inviteStatus, addresses: () => ({ addresses: options.invites?.addresses() ?? [] }), gateDebrief, scoresOf };
}
