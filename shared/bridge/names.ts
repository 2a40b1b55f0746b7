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
  'session.append',
  'interviewer.ask',
  'session.list',
  'session.estimateReview',
  'session.report',
  'session.rescore',
  'session.cue',
  'diagram.export',
  'library.list',
  'library.save',
] as const;
export const eventNames = ['settings.changed', 'session.appended'] as const;

export type ChannelName = (typeof channelNames)[number];
export type EventName = (typeof eventNames)[number];
