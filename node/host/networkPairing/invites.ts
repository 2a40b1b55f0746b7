import { randomInt } from 'node:crypto';
import { toString as qrCode } from 'qrcode';
import { BridgeError } from '../../../shared/bridge/parse';
import { messageOf } from '../../../shared/errors';
import { INVITE_UNUSED_MINUTES, type Invite, type InviteClosedReason, type RefusedClaim } from '../../../shared/pairing/invite';
import type { InviteControl } from '../../services/pairingInvites';
import type { Services } from '../../services/services';
import { hostOf, inviteAddresses, type Interfaces } from './addresses';
import { makeCredentials, type Credentials } from './certificate';
import { startPartnerListener, type PartnerListener } from './partnerListener';

export type NetworkInvitesOptions = {
  /** The built renderer: the partner's console is the same page. */
  staticDir: string;
  log?: (line: string) => void;
  now?: () => number;
  /** How long an unused code stays open (INVITE_UNUSED_MINUTES unless a test says less). */
  unusedMs?: number;
  interfaces?: Interfaces;
  claimsPerMinute?: number;
};

/** Crockford's base 32: no I, L, O or U to misread when the code is read out over a call. */
const CODE_LETTERS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 8 letters of 32: 40 bits, against 10 tries a minute per address. */
const CODE_LENGTH = 8;
/** The candidate sees the latest refusals; a flood is not kept whole. */
const REFUSALS_KEPT = 20;

const CLOSED_MESSAGE: Record<InviteClosedReason, string> = {
  'turned-off': 'You turned the invite off: the partner’s page was signed out and the address no longer answers.',
  'session-ended': 'The session ended, so the invite closed. Your partner can no longer reach the console over the network.',
  'timed-out': `No one used the code within ${INVITE_UNUSED_MINUTES} minutes, so the invite closed. Make a new one when your partner is ready.`,
  'host-stopped': 'DesignDrill stopped, so the invite closed.',
  failed: 'The invite could not listen on that address.',
};

type Entry = { invite: Invite; listener?: PartnerListener; timer?: NodeJS.Timeout };

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_LETTERS[randomInt(CODE_LETTERS.length)]).join('');
}

/**
 * One network listener per paired session, made only when the candidate asks and closed when the
 * session ends, when they turn it off, when its code goes unused too long, or when the app stops.
 * Nothing here starts a listener again by itself. `attach` gives it the services once they exist
 * (they are made with `control`, so the two cannot be made in one step).
 */
export function createNetworkInvites(options: NetworkInvitesOptions) {
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  const unusedMs = options.unusedMs ?? INVITE_UNUSED_MINUTES * 60_000;
  const entries = new Map<string, Entry>();
  /** One certificate per session: an invite made again keeps the fingerprint the partner already checked. */
  const certificates = new Map<string, Promise<Credentials>>();
  /** An invite being made, so two clicks make one listener. */
  const making = new Map<string, Promise<Invite>>();
  let services: Pick<Services, 'handlers' | 'events'> | undefined;
  let unsubscribe: (() => void) | undefined;

  const statusOf = (id: string): Invite => entries.get(id)?.invite ?? { status: 'off' };
  const changed = (id: string) => services?.events.emit('pairing.inviteChanged', { id, invite: statusOf(id) });

  async function close(id: string, reason: InviteClosedReason): Promise<void> {
    const entry = entries.get(id);
    if (!entry || (entry.invite.status !== 'waiting' && entry.invite.status !== 'joined')) return;
    clearTimeout(entry.timer);
    entry.invite = { status: 'closed', reason, message: CLOSED_MESSAGE[reason], refused: entry.invite.refused };
    const listener = entry.listener;
    delete entry.listener;
    await listener?.close();
    changed(id);
  }

  function update(id: string, change: (invite: Invite & { status: 'waiting' | 'joined' }) => Invite): void {
    const entry = entries.get(id);
    if (!entry || (entry.invite.status !== 'waiting' && entry.invite.status !== 'joined')) return;
    entry.invite = change(entry.invite);
    changed(id);
  }

  async function make(id: string, address: string): Promise<Invite> {
    if (!services) throw BridgeError.of('internal', 'pairing.invite', 'the network invite is not ready yet');
    const offered = inviteAddresses(options.interfaces);
    if (!offered.some((a) => a.address === address)) {
      throw BridgeError.of('bad-request', 'pairing.invite', `this computer has no address "${address}": choose one of ${offered.map((a) => a.address).join(', ')}`);
    }
    const hostAddresses = address === 'all' ? offered.filter((a) => a.address !== 'all').map((a) => a.address) : [address];
    let credentials = certificates.get(id);
    if (!credentials) certificates.set(id, (credentials = makeCredentials(hostAddresses)));
    const code = newCode();
    let listener: PartnerListener;
    try {
      listener = await startPartnerListener({
        sessionId: id,
        address,
        hostAddresses,
        staticDir: options.staticDir,
        services,
        credentials: await credentials,
        code,
        now,
        log,
        ...(options.claimsPerMinute ? { claimsPerMinute: options.claimsPerMinute } : {}),
        onJoined: (from) => {
          clearTimeout(entries.get(id)?.timer);
          update(id, (invite) => ({ ...invite, status: 'joined', joinedAt: now(), partner: from }));
        },
        onRefused: (claim: RefusedClaim) => update(id, (invite) => ({ ...invite, refused: [...invite.refused, claim].slice(-REFUSALS_KEPT) })),
      });
    } catch (error) {
      throw BridgeError.of('bad-request', 'pairing.invite', `${CLOSED_MESSAGE.failed} (${address}: ${messageOf(error)})`);
    }
    // The link names an address the partner can reach: for `all`, the first of the network's own.
    const shown = address === 'all' ? (offered.find((a) => !a.local && a.address !== 'all')?.address ?? '127.0.0.1') : address;
    const url = `https://${hostOf(shown)}:${listener.port}/pair?code=${code}`;
    const invite: Invite = {
      status: 'waiting',
      url,
      code,
      fingerprint: (await credentials).fingerprint,
      qrSvg: await qrCode(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      address,
      port: listener.port,
      expiresAt: now() + unusedMs,
      refused: [],
    };
    const timer = setTimeout(() => {
      if (statusOf(id).status === 'waiting') void close(id, 'timed-out');
    }, unusedMs);
    timer.unref();
    entries.set(id, { invite, listener, timer });
    log(`network invite for session ${id} listening on ${hostOf(address)}:${listener.port}`);
    changed(id);
    return invite;
  }

  const control: InviteControl = {
    addresses: () => inviteAddresses(options.interfaces),
    async invite(id, address) {
      const current = statusOf(id);
      if (current.status === 'waiting' || current.status === 'joined') return current;
      const pending = making.get(id) ?? make(id, address).finally(() => making.delete(id));
      making.set(id, pending);
      return pending;
    },
    async stop(id) {
      await making.get(id)?.catch(() => undefined);
      await close(id, 'turned-off');
      return statusOf(id);
    },
    status: statusOf,
  };

  return {
    control,
    attach(attached: Pick<Services, 'handlers' | 'events'>) {
      services = attached;
      unsubscribe?.();
      unsubscribe = attached.events.subscribe((event, payload) => {
        if (event !== 'session.appended') return;
        const { id, event: logged } = payload as { id: string; event: { type: string } };
        if (logged.type === 'session.ended') void close(id, 'session-ended').catch((error: unknown) => log(`could not close the invite of ${id}: ${messageOf(error)}`));
      });
    },
    /** Closes every listener (the app is stopping). */
    async closeAll(): Promise<void> {
      unsubscribe?.();
      await Promise.all([...making.values()].map((p) => p.catch(() => undefined)));
      await Promise.all([...entries.keys()].map((id) => close(id, 'host-stopped')));
    },
  };
}

export type NetworkInvites = ReturnType<typeof createNetworkInvites>;
