import { useEffect, useState } from 'react';
import type { Invite, InviteAddress, RefusedClaim } from '../../shared/pairing/invite';
import { call, describeError, subscribe } from '../bridge/bridge';
import { Notice } from '../ui/Notice';
import { Switch } from '../ui/Switch';
import './pairing.css';

type Open = Invite & { status: 'waiting' | 'joined' };

const REFUSED_WHY: Record<RefusedClaim['why'], string> = {
  used: 'tried the code after your partner had joined',
  'wrong-code': 'tried a wrong code',
  'too-many': 'tried too often and was held off',
};

function timeOf(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function addressLabel(a: InviteAddress): string {
  if (a.address === 'all') return 'Every network this computer is on';
  return a.local ? `${a.address} (this computer only: for an SSH tunnel)` : `${a.address} (${a.label})`;
}

/**
 * "Invite a partner over the network" (issue 25): off until the candidate turns it on and picks
 * an address. The link, its one-time code, a QR code and the certificate's fingerprint are shown
 * here; so is anyone refused, so the candidate knows when someone else tried.
 */
export function InvitePartner({ sessionId }: { sessionId: string }) {
  const [invite, setInvite] = useState<Invite>({ status: 'off' });
  const [choosing, setChoosing] = useState(false);
  const [addresses, setAddresses] = useState<InviteAddress[] | undefined>();
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    call('pairing.inviteStatus', { id: sessionId }).then(
      (now) => live && setInvite(now),
      () => undefined,
    );
    const unsubscribe = subscribe('pairing.inviteChanged', ({ id, invite: changed }) => {
      if (id === sessionId) setInvite(changed);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [sessionId]);

  const open = invite.status === 'waiting' || invite.status === 'joined';

  const turn = async (on: boolean) => {
    setError(undefined);
    if (!on) {
      setChoosing(false);
      if (!open) return;
      setBusy(true);
      try {
        setInvite(await call('pairing.inviteStop', { id: sessionId }));
      } catch (e) {
        setError(describeError(e));
      } finally {
        setBusy(false);
      }
      return;
    }
    setChoosing(true);
    try {
      const found = (await call('pairing.addresses', {})).addresses;
      setAddresses(found);
      setAddress((current) => current || found[0]?.address || '');
    } catch (e) {
      setError(describeError(e));
    }
  };

  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setInvite(await call('pairing.invite', { id: sessionId, address }));
      setChoosing(false);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const refused = invite.status === 'off' ? [] : invite.refused;

  return (
    <section className="card partner-card invite-card" aria-labelledby={`invite-${sessionId}`}>
      <h2 className="eyebrow" id={`invite-${sessionId}`}>
        Partner on another computer
      </h2>
      <Switch
        checked={open || choosing}
        disabled={busy}
        onChange={(on) => void turn(on)}
        title="Invite a partner over the network"
        hint="Off unless you turn it on. Your partner opens a link on their own computer; it shows the console of this session only."
      />
      {choosing && !open && (
        <div className="invite-choose">
          <label htmlFor={`invite-address-${sessionId}`}>Listen on</label>
          <select id={`invite-address-${sessionId}`} value={address} onChange={(e) => setAddress(e.target.value)} disabled={!addresses || busy}>
            {(addresses ?? []).map((a) => (
              <option key={a.address} value={a.address}>
                {addressLabel(a)}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn-primary" disabled={!address || busy} onClick={() => void start()}>
            Make the invite link
          </button>
        </div>
      )}
      {open && <OpenInvite invite={invite} />}
      {invite.status === 'closed' && !choosing && (
        <p className="muted partner-status" role="status">
          {invite.message}
        </p>
      )}
      {refused.length > 0 && (
        <div className="invite-refused" role="alert">
          <strong>Someone else tried to join.</strong>
          <ul>
            {refused.map((r) => (
              <li key={`${r.at}-${r.from}-${r.why}`}>
                {timeOf(r.at)}: {r.from} {REFUSED_WHY[r.why]}; refused.
              </li>
            ))}
          </ul>
          <span className="muted">If that was not your partner, turn the invite off: the address stops answering.</span>
        </div>
      )}
      {error && (
        <Notice tone="error" title="The invite could not be changed">
          {error}
        </Notice>
      )}
    </section>
  );
}

function OpenInvite({ invite }: { invite: Open }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="invite-open">
      {invite.status === 'joined' ? (
        <p className="partner-status invite-joined" role="status">
          Your partner joined from {invite.partner}{invite.joinedAt === undefined ? '' : ` at ${timeOf(invite.joinedAt)}`}. The code no longer works for anyone else.
        </p>
      ) : (
        <p className="partner-status" role="status">
          Waiting for your partner. The code works once, until {timeOf(invite.expiresAt)}.
        </p>
      )}
      <div className="invite-body">
        <img className="invite-qr" alt={`QR code of the invite link ${invite.url}`} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(invite.qrSvg)}`} />
        <dl className="invite-facts">
          <dt>Link</dt>
          <dd>
            <code className="invite-url">{invite.url}</code>
          </dd>
          <dt>Pairing code</dt>
          <dd>
            <code className="invite-code">{invite.code}</code>
          </dd>
          <dt>Certificate fingerprint (SHA-256)</dt>
          <dd>
            <code className="invite-fingerprint">{invite.fingerprint}</code>
          </dd>
        </dl>
      </div>
      {invite.status === 'waiting' && (
        <div className="partner-link">
          <button type="button" className="btn" onClick={() => void copy()}>
            Copy invite link
          </button>
          <p className="muted partner-status">
            {copied === 'yes'
              ? 'Copied. Send it to your partner over your call’s chat.'
              : copied === 'no'
                ? 'It could not be copied here: select the link above instead.'
                : 'Their browser will warn that the certificate is not trusted: it was made on this computer for this session. They should go on only if its fingerprint matches the one above.'}
          </p>
        </div>
      )}
    </div>
  );
}
