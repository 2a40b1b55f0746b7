import { useState } from 'react';
import { call, describeError, hostKind } from '../bridge/bridge';
import { Notice } from '../ui/Notice';
import './pairing.css';

type Opening =
  | { status: 'idle' | 'opening' | 'opened' }
  | { status: 'link'; url: string; copied?: 'yes' | 'no' }
  | { status: 'failed'; error: string };

/**
 * How the partner gets their window. The desktop app opens it (on a second display when there
 * is one); the browser host can only hand over its address, which carries the partner's
 * own key, for the person to open in another window. `compact` leaves the explanation out,
 * once the interview is under way.
 */
export function OpenConsole({ sessionId, compact = false }: { sessionId: string; compact?: boolean }) {
  const [opening, setOpening] = useState<Opening>({ status: 'idle' });

  const open = async () => {
    setOpening({ status: 'opening' });
    try {
      const reply = await call('pairing.open', { id: sessionId });
      if (reply.url) setOpening({ status: 'link', url: reply.url });
      else setOpening(reply.opened ? { status: 'opened' } : { status: 'failed', error: 'No window opened for it. Try again.' });
    } catch (error) {
      setOpening({ status: 'failed', error: describeError(error) });
    }
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setOpening({ status: 'link', url, copied: 'yes' });
    } catch {
      setOpening({ status: 'link', url, copied: 'no' });
    }
  };

  return (
    <div className="card partner-card">
      <h2 className="eyebrow">Your partner</h2>
      <p className="partner-intro" hidden={compact}>
        {hostKind === 'electron'
          ? 'Your partner runs the interview from a window of their own, with the prompt’s hidden facts. Open it, then move it to their screen.'
          : 'Your partner runs the interview from a page of their own, with the prompt’s hidden facts. Open it in another browser window for them, or hand this screen over while they set it up.'}
      </p>
      <button type="button" className="btn btn-primary" disabled={opening.status === 'opening'} onClick={() => void open()}>
        Open the partner console
      </button>
      {opening.status === 'opened' && (
        <p className="muted partner-status" role="status">
          The console is open in its own window.
        </p>
      )}
      {opening.status === 'link' && (
        <div className="partner-link">
          <a href={opening.url} target="_blank" rel="noopener">
            Partner console
          </a>
          <button type="button" className="btn" onClick={() => void copy(opening.url)}>
            Copy link
          </button>
          <p className="muted partner-status" role="status">
            {opening.copied === 'yes'
              ? 'Copied. Paste it into another window; the link lets whoever opens it see the hidden facts, so keep it to your partner.'
              : opening.copied === 'no'
                ? 'It could not be copied here: open the link instead, or copy it from its context menu.'
                : 'The link lets whoever opens it see the hidden facts: keep it to your partner.'}
          </p>
        </div>
      )}
      {opening.status === 'failed' && (
        <Notice tone="error" title="The console could not be opened">
          {opening.error}
        </Notice>
      )}
    </div>
  );
}
