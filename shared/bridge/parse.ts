import type { z } from 'zod';
import {
  channels,
  events,
  isChannelName,
  type ChannelName,
  type EventName,
  type EventPayload,
  type Failure,
  type FailureCode,
  type ParsedRequest,
  type Response,
} from './contract';

/** A call that broke the contract or failed in its service, carrying a Failure. */
export class BridgeError extends Error {
  readonly failure: Failure;
  constructor(failure: Failure) {
    super(failure.message);
    this.name = 'BridgeError';
    this.failure = failure;
  }
  static of(code: FailureCode, channel: string, message: string): BridgeError {
    return new BridgeError({ code, channel, message, issues: [] });
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(the whole message)' : path.map(String).join('.');
}

/** Parses with `schema`, or throws a BridgeError naming the channel, the part and each field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  channel: string,
  part: 'request' | 'response' | 'event',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: fieldName(i.path), message: i.message }));
  const detail = issues.map((i) => `field "${i.field}": ${i.message}`).join('; ');
  throw new BridgeError({
    code: part === 'request' ? 'bad-request' : 'internal',
    channel,
    message: `${channel} ${part} is invalid: ${detail}`,
    issues,
  });
}

export function requireChannel(name: string): ChannelName {
  if (!isChannelName(name)) throw BridgeError.of('not-found', name, `no channel named "${name}"`);
  return name;
}

export function parseRequest<C extends ChannelName>(channel: C, value: unknown): ParsedRequest<C> {
  return parseOrThrow(channels[channel].request, value, channel, 'request') as ParsedRequest<C>;
}

export function parseResponse<C extends ChannelName>(channel: C, value: unknown): Response<C> {
  return parseOrThrow(channels[channel].response, value, channel, 'response') as Response<C>;
}

export function parseEvent<E extends EventName>(event: E, value: unknown): EventPayload<E> {
  return parseOrThrow(events[event], value, event, 'event') as EventPayload<E>;
}
