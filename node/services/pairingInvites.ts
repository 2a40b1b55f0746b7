import type { Invite, InviteAddress } from '../../shared/pairing/invite';

/**
 * Invites to pair over the network (issue 25): the host that can listen on the network provides
 * them (the browser host and Electron main both do, node/host/networkPairing); the services only
 * check that the session is a paired one still under way before asking.
 */
export type InviteControl = {
  addresses(): InviteAddress[];
  invite(id: string, address: string): Promise<Invite>;
  stop(id: string): Promise<Invite>;
  status(id: string): Invite;
};
