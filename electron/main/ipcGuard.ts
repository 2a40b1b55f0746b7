import type { Envelope, Handlers } from '../../shared/bridge/contract';
import { dispatch } from '../../shared/bridge/dispatch';
import type { Role } from '../../shared/bridge/roles';
import { isAppUrl } from './appProtocol';

/** The parts of an IPC event the guard reads; Electron's IpcMainInvokeEvent has them. */
export type SenderInfo = {
  senderFrame: { url: string; parent: unknown } | null;
};

/** A message is ours only if it comes from the top frame of one of our own pages. */
function isTrustedSender(event: SenderInfo): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * Every IPC request passes here: the sender is checked first, then its role (which the
 * main process gave its window; undefined for a window it did not open) against the
 * channel, then the payload against its channel's schema; only then does a service see it.
 */
export async function guardedCall(
  handlers: Handlers,
  event: SenderInfo,
  role: Role | undefined,
  channel: string,
  payload: unknown,
  log: (line: string) => void = () => {},
): Promise<Envelope> {
  if (!isTrustedSender(event) || role === undefined) {
    const from = event.senderFrame?.url ?? 'an unknown frame';
    log(`refused ${channel} from ${from}`);
    return {
      ok: false,
      error: { code: 'forbidden', channel, message: `${channel} refused: the sender (${from}) is not a DesignDrill page`, issues: [] },
    };
  }
  return dispatch(handlers, channel, payload, { role }, (error) => log(`${channel} failed: ${(error as Error).stack ?? String(error)}`));
}
