import type { Envelope, Failure, Handlers } from './contract';
import { BridgeError, parseRequest, parseResponse, requireChannel } from './parse';

/**
 * The single path from an untrusted message to a service: the channel must exist,
 * the payload must match its request schema, and the reply must match its response
 * schema. IPC and HTTP both call this after checking who sent the message.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: string,
  payload: unknown,
  onInternalError: (error: unknown, channel: string) => void = () => {},
): Promise<Envelope> {
  try {
    const channel = requireChannel(channelName);
    const request = parseRequest(channel, payload);
    const handler = handlers[channel] as (r: typeof request) => Promise<unknown>;
    const value = parseResponse(channel, await handler(request));
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toFailure(error, channelName, onInternalError) };
  }
}

export function toFailure(
  error: unknown,
  channel: string,
  onInternalError: (error: unknown, channel: string) => void,
): Failure {
  if (error instanceof BridgeError) {
    if (error.failure.code === 'internal') onInternalError(error, channel);
    return error.failure;
  }
  onInternalError(error, channel);
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', channel, message: `${channel} failed: ${message}`, issues: [] };
}
