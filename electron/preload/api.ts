import type { ChannelName, Envelope, EventName, EventPayload, Request } from '../../shared/bridge/contract';

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'designdrill';

/**
 * What the preload exposes: one function per channel, each resolving to the reply
 * envelope (errors cross the context bridge as data, not as lost Error subclasses),
 * and one subscriber per pushed event, each returning its unsubscribe.
 */
export type PreloadApi = {
  call: { [C in ChannelName]: (request: Request<C>) => Promise<Envelope> };
  on: { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void };
};
