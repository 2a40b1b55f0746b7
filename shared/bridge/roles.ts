import type { ChannelName, EventName } from './names';

/**
 * Who a window is. The host decides it (which window Electron opened, which token the
 * browser host was given), never the window: see docs/decisions/0005-roles.md.
 * - candidate: the app's own window, the person practising;
 * - interviewer: the console of a paired session, which alone may see the prompt's hidden
 *   facts and the interviewer's own notes and scores.
 */
export type Role = 'candidate' | 'interviewer';

/** What a handler knows about who called. */
export type Caller = { role: Role };

const CANDIDATE = ['candidate'] as const;
const INTERVIEWER = ['interviewer'] as const;
const BOTH = ['candidate', 'interviewer'] as const;

/** Who may call each channel. Every channel must say, so a new one is not open by accident. */
const channelRoles: Record<ChannelName, readonly Role[]> = {
  'app.info': BOTH,
  'prompt.list': CANDIDATE,
  'prompt.open': CANDIDATE,
  'prompt.import': CANDIDATE,
  'settings.get': BOTH,
  'settings.update': CANDIDATE,
  'plan.list': CANDIDATE,
  'plan.save': CANDIDATE,
  'plan.delete': CANDIDATE,
  'session.create': CANDIDATE,
  'session.open': BOTH,
  'session.events': BOTH,
  'session.append': CANDIDATE,
  'interviewer.ask': CANDIDATE,
  'session.selfAssess': CANDIDATE,
  'pairing.open': CANDIDATE,
  'pairing.status': CANDIDATE,
  // The network invite is the candidate's to give and take back; the partner's port serves none of it.
  'pairing.addresses': CANDIDATE,
  'pairing.invite': CANDIDATE,
  'pairing.inviteStop': CANDIDATE,
  'pairing.inviteStatus': CANDIDATE,
  'console.open': INTERVIEWER,
  'console.act': INTERVIEWER,
  'session.list': CANDIDATE,
  'session.trash': CANDIDATE,
  'session.restore': CANDIDATE,
  'trash.list': CANDIDATE,
  'trash.erase': CANDIDATE,
  'session.exportBundle': CANDIDATE,
  'session.importBundle': CANDIDATE,
  'session.estimateReview': BOTH,
  'session.report': BOTH,
  'session.rescore': CANDIDATE,
  'progress.get': CANDIDATE,
  'session.cue': CANDIDATE,
  'diagram.export': CANDIDATE,
  'designDoc.export': CANDIDATE,
  'library.list': BOTH,
  'library.save': CANDIDATE,
  // The candidate's own voice: the console neither records nor plays it.
  'audio.append': CANDIDATE,
  'audio.list': CANDIDATE,
  'audio.read': CANDIDATE,
  // Made from the candidate's voice: theirs alone, as the audio is.
  'transcript.engines': CANDIDATE,
  'transcript.audio': CANDIDATE,
  'transcript.start': CANDIDATE,
  'transcript.cancel': CANDIDATE,
  'transcript.get': CANDIDATE,
};

/** Who receives each pushed event. */
const eventRoles: Record<EventName, readonly Role[]> = {
  'disk.space': CANDIDATE,
  'settings.changed': BOTH,
  'session.appended': BOTH,
  'console.appended': INTERVIEWER,
  'pairing.scored': CANDIDATE,
  'pairing.inviteChanged': CANDIDATE,
  'session.scored': CANDIDATE,
  'session.checked': CANDIDATE,
  'transcript.progress': CANDIDATE,
};

export function mayCall(role: Role, channel: ChannelName): boolean {
  return channelRoles[channel].includes(role);
}

export function mayReceive(role: Role, event: EventName): boolean {
  return eventRoles[event].includes(role);
}
