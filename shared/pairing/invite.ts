import { z } from 'zod';

/**
 * Inviting a partner on another machine (issue 25, docs/decisions/0013-network-pairing.md):
 * what the candidate's window asks for and is told. Pure schemas, shared by the host and the page.
 */

/** One address the listener may take: an interface of this machine, as os.networkInterfaces() names it. */
export const InviteAddress = z.object({
  /** The literal address (IPv4 or IPv6), or `all` for every interface. */
  address: z.string().min(1).max(64),
  /** The interface's name (`eth0`, `tailscale0`), or a description for `all`. */
  label: z.string(),
  /** Loopback: reachable from this machine only, which is what an SSH tunnel needs. */
  local: z.boolean(),
});
export type InviteAddress = z.infer<typeof InviteAddress>;

/** Why a listener stopped: it never starts again by itself. */
export const InviteClosedReason = z.enum(['turned-off', 'session-ended', 'timed-out', 'host-stopped', 'failed']);
export type InviteClosedReason = z.infer<typeof InviteClosedReason>;

/** Someone presented the code (or a wrong one) and was refused. */
export const RefusedClaim = z.object({
  at: z.number(),
  /** The claimant's network address, as the listener saw it. */
  from: z.string(),
  why: z.enum(['used', 'wrong-code', 'too-many']),
});
export type RefusedClaim = z.infer<typeof RefusedClaim>;

export const Invite = z.discriminatedUnion('status', [
  z.object({ status: z.literal('off') }),
  z.object({
    /** `waiting`: the code has not been used; `joined`: a partner's browser holds the session's cookie. */
    status: z.enum(['waiting', 'joined']),
    /** https://<address>:<port>/pair?code=…: the one-time link for the partner. */
    url: z.string(),
    code: z.string(),
    /** SHA-256 of the session's self-signed certificate, colon-separated hex, for the partner to compare. */
    fingerprint: z.string(),
    /** The link as a QR code (SVG markup made here, nothing fetched). */
    qrSvg: z.string(),
    address: z.string(),
    port: z.number().int().positive(),
    /** When an unused code stops working and the listener closes (epoch ms). */
    expiresAt: z.number(),
    joinedAt: z.number().optional(),
    /** The partner's network address once joined. */
    partner: z.string().optional(),
    refused: z.array(RefusedClaim),
  }),
  z.object({ status: z.literal('closed'), reason: InviteClosedReason, message: z.string(), refused: z.array(RefusedClaim) }),
]);
export type Invite = z.infer<typeof Invite>;

/** How long an unused invite stays open. */
export const INVITE_UNUSED_MINUTES = 15;
