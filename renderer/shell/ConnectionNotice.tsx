import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { selectConnection } from './connectionSlice';

/**
 * Says, on every screen, that the host cannot be reached and what to do about it. What is
 * typed meanwhile stays in the window (each editor keeps it as a draft) and is sent once
 * the connection is back, which this window finds out by itself.
 */
export function ConnectionNotice() {
  const connection = useAppStore(selectConnection);
  if (connection.status === 'connected') return null;
  if (connection.status === 'replaced') {
    return (
      <Notice tone="error" title="DesignDrill was restarted: this tab cannot save">
        <p>
          The new run gave itself a new address, and this tab still holds the old one. Open the address the new run printed (its line reads{' '}
          <q>DesignDrill is running at http://127.0.0.1:…/?token=…</q>) in this browser.
        </p>
        <p>This tab then reconnects by itself and sends what you typed here. Until then, keep this tab open: your typing stays in it.</p>
      </Notice>
    );
  }
  const port = window.location.port;
  return (
    <Notice tone="error" title="DesignDrill is not answering: nothing is being saved">
      <p>Its program stopped, or the connection dropped. What you type stays in this window, and is sent when DesignDrill answers again at this address.</p>
      <p>
        If it stopped, start it again with <code>npm run web -- --port {port}</code> (the same port brings it back at this address) and open the address it prints in
        this browser. Keep this tab open meanwhile: it checks every few seconds.
      </p>
    </Notice>
  );
}
