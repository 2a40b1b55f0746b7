/**
 * Whether this window can reach the Node side. Only the browser host can lose it: the
 * `npm run web` process stops, or a new one starts with a new token. Electron's IPC is
 * always there.
 * - connected: calls and pushes go through;
 * - lost: nothing answers at this address;
 * - replaced: a host answers here but refuses this tab's token (it was restarted).
 */
export type ConnectionStatus = 'connected' | 'lost' | 'replaced';

export type Connection = {
  status: ConnectionStatus;
  /** When the status last changed (Date.now()). */
  since: number;
  /** How many times the connection came back: a window reads its state again after each. */
  returns: number;
};

let current: Connection = { status: 'connected', since: Date.now(), returns: 0 };
const listeners = new Set<(connection: Connection) => void>();

export function currentConnection(): Connection {
  return current;
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function onConnection(listener: (connection: Connection) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** For the transport: what it just found out. */
export function reportConnection(status: ConnectionStatus): void {
  if (status === current.status) return;
  const returned = status === 'connected';
  current = { status, since: Date.now(), returns: current.returns + (returned ? 1 : 0) };
  for (const listener of [...listeners]) listener(current);
}

/** What a call that could not reach the host says, by why. */
export const UNREACHABLE_MESSAGE: Record<Exclude<ConnectionStatus, 'connected'>, string> = {
  lost: 'DesignDrill is not answering: its program stopped or the connection dropped.',
  replaced: 'DesignDrill was restarted, and this tab still holds the address of the run before.',
};
