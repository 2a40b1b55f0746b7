import { channelNames, type Handlers } from '../contract';

/** Handlers for a test: the ones given, and every other channel failing loudly if called. */
export function fakeHandlers(given: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(
    channelNames.map((channel) => [channel, given[channel] ?? (async () => Promise.reject(new Error(`${channel} is not faked in this test`)))]),
  );
  return all as Handlers;
}
