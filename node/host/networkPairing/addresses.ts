import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { InviteAddress } from '../../../shared/pairing/invite';

export type Interfaces = () => NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Every interface address of this machine, loopback included (an SSH tunnel arrives there), then `all`. */
export function inviteAddresses(interfaces: Interfaces = networkInterfaces): InviteAddress[] {
  const found: InviteAddress[] = [];
  for (const [name, infos] of Object.entries(interfaces())) {
    for (const info of infos ?? []) {
      // Link-local IPv6 needs a zone index in the URL, which browsers do not take.
      if (info.family === 'IPv6' && info.address.toLowerCase().startsWith('fe80:')) continue;
      found.push({ address: info.address, label: name, local: info.internal });
    }
  }
  // The network's own addresses first: they are what a partner on the same network uses.
  found.sort((a, b) => Number(a.local) - Number(b.local));
  return [...found, { address: 'all', label: 'every interface', local: false }];
}

/** How an address is written in a URL's authority. */
export function hostOf(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

/**
 * The Host headers the listener answers on `port`: the addresses it listens on, and the loopback
 * names on any port, since a tunnel (SSH -L, say) brings the partner in through a port of their
 * own machine. Anything else is a name some page made point here (DNS rebinding): refused.
 */
export function allowedHost(host: string | undefined, port: number, listening: readonly string[]): boolean {
  if (!host) return false;
  if (listening.some((address) => host === `${hostOf(address)}:${port}`)) return true;
  return /^(localhost|127\.0\.0\.1|\[::1\]):\d{1,5}$/.test(host);
}
