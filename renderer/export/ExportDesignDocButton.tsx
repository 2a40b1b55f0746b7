import { useEffect, useState } from 'react';
import { describeError } from '../bridge/bridge';
import { exportDesignDoc } from './designDocPackage';
import './export.css';

type Message = { tone: 'info' | 'error'; text: string };

/** What is in the file, said where it is saved: a .zip is not what "design doc" makes one expect. */
const contents = (diagram: boolean) =>
  diagram ? 'a .zip with the document in Markdown and the diagram as SVG and PNG' : 'a .zip with the document in Markdown (no diagram was drawn)';

/**
 * "Export design doc": the session's notes, estimates and diagram as a Markdown document in
 * a .zip with the diagram's images, for keeping or sharing after the interview.
 */
export function ExportDesignDocButton({ sessionId, className = 'btn' }: { sessionId: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();

  useEffect(() => {
    if (message?.tone !== 'info') return;
    const timer = setTimeout(() => setMessage(undefined), 8000);
    return () => clearTimeout(timer);
  }, [message]);

  const run = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await exportDesignDoc(sessionId);
      if ('downloaded' in result) setMessage({ tone: 'info', text: `Downloaded ${result.fileName}: ${contents(result.diagram)}` });
      else if (result.saved) setMessage({ tone: 'info', text: result.path ? `Saved ${result.path}: ${contents(result.diagram)}` : `Saved: ${contents(result.diagram)}` });
    } catch (error) {
      setMessage({ tone: 'error', text: `The design document could not be made: ${describeError(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="design-doc-export">
      <button type="button" className={className} disabled={busy} title="Save a .zip with the document in Markdown and the diagram’s images" onClick={() => void run()}>
        {busy ? 'Preparing the design doc…' : 'Export design doc (.zip)'}
      </button>
      {message && (
        <span className={`design-doc-message design-doc-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
    </span>
  );
}
