/**
 * The channel and event names alone, so the sandboxed preload can expose one function
 * per channel without bundling the schemas. contract.ts is checked against these lists:
 * a name missing from either side is a type error.
 */
export const channelNames = [
  'app.info',
  'prompt.list',
  'prompt.open',
  'prompt.import',
  'settings.get',
  'settings.update',
  'plan.list',
  'plan.save',
  'plan.delete',
  'session.create',
  'session.open',
  'session.events',
  'session.append',
  'interviewer.ask',
  'session.selfAssess',
  'pairing.open',
  'pairing.status',
  'pairing.addresses',
  'pairing.invite',
  'pairing.inviteStop',
  'pairing.inviteStatus',
  'console.open',
  'console.act',
  'session.list',
  'session.trash',
  'session.restore',
  'trash.list',
  'trash.erase',
  'session.exportBundle',
  'session.importBundle',
  'session.estimateReview',
  'session.report',
  'session.rescore',
  'progress.get',
  'session.cue',
  'diagram.export',
  'designDoc.export',
  'library.list',
  'library.save',
  'audio.append',
  'audio.list',
  'audio.read',
  'transcript.engines',
  'transcript.audio',
  'transcript.start',
  'transcript.cancel',
  'transcript.get',
] as const;
export const eventNames = ['disk.space', 'settings.changed', 'session.appended', 'console.appended', 'pairing.scored', 'pairing.inviteChanged', 'session.scored', 'session.checked', 'transcript.progress'] as const;

export type ChannelName = (typeof channelNames)[number];
export type EventName = (typeof eventNames)[number];
