import type { Envelope, Failure, Handlers } from './contract';
import { BridgeError, parseRequest, parseResponse, requireChannel } from './parse';
import { mayCall, type Caller } from './roles';
import { messageOf } from '../errors';

/**
 * The single path from an untrusted message to a service: the channel must exist,
 * the payload must match its request schema, and the reply must match its response
 * schema. IPC and HTTP both call this after checking who sent the message, and say who
 * that is: a channel the caller's role may not use is refused before its payload is read.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: string,
  payload: unknown,
  caller: Caller,
  onInternalError: (error: unknown, channel: string) => void = () => {},
): Promise<Envelope> {
  try {
    const channel = requireChannel(channelName);
    if (!mayCall(caller.role, channel)) throw BridgeError.of('forbidden', channel, `${channel} refused: the ${caller.role}'s window may not use it`);
    const request = parseRequest(channel, payload);
    const handler = handlers[channel] as (r: typeof request, c: Caller) => Promise<unknown>;
    const value = parseResponse(channel, await handler(request, caller));
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toFailure(error, channelName, onInternalError) };
  }
}

function toFailure(
  error: unknown,
  channel: string,
  onInternalError: (error: unknown, channel: string) => void,
): Failure {
  if (error instanceof BridgeError) {
    if (error.failure.code === 'internal') onInternalError(error, channel);
    return error.failure;
  }
  onInternalError(error, channel);
  const message = messageOf(error);
  return { code: 'internal', channel, message: `${channel} failed: ${message}`, issues: [] };
}
