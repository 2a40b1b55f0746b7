import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../store/store';
import { useSaveStatusText, type SaveStatus } from '../ui/saveStatus';
import { usePasteLimit } from '../ui/usePasteLimit';
import { useFlushOnLeave } from '../ui/useFlushOnLeave';
import { selectSendSession, selectSessionSyncs } from './sessionSlice';

const SAVE_AFTER_MS = 400;
/** As the `notes` command takes (shared/session/commands.ts). */
const MAX_NOTES = 200_000;
const RETRY_AFTER_MS = 2000;


/**
 * The notes of one phase. The text typed here stays the text shown (the caret never
 * jumps); it is sent as a `notes` command 400 ms after the last keystroke, and at once
 * on blur, when the phase changes (this unmounts) and when the page goes away.
 */
export function NotesEditor({
  sessionId,
  phaseId,
  phaseTitle,
  remote,
  readOnly,
  placeholder,
}: {
  sessionId: string;
  phaseId: string;
  phaseTitle: string;
  /** The notes as the session log has them. */
  remote: string;
  readOnly: boolean;
  placeholder?: string;
}) {
  const send = useAppStore(selectSendSession);
  const [text, setText] = useState(remote);
  const [status, setStatus] = useState<SaveStatus>('untouched');
  const id = useId();
  /** Text typed but not sent yet. */
  const unsent = useRef<string | undefined>(undefined);
  const inFlight = useRef(0);
  const focused = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(
    (keepalive = false) => {
      window.clearTimeout(timer.current);
      const value = unsent.current;
      if (value === undefined) return;
      unsent.current = undefined;
      inFlight.current++;
      setStatus('saving');
      void send({ type: 'notes', phase: phaseId, text: value }, { id: sessionId, keepalive }).then((ok) => {
        inFlight.current--;
        if (!ok) {
          unsent.current ??= value;
          setStatus('failed');
          timer.current = window.setTimeout(() => flush(), RETRY_AFTER_MS);
        } else if (unsent.current === undefined && inFlight.current === 0) {
          setStatus('saved');
        }
      });
    },
    [sessionId, phaseId, send],
  );

  // Text from elsewhere (another window) is taken only while nothing of ours is pending.
  useEffect(() => {
    if (!focused.current && unsent.current === undefined && inFlight.current === 0) setText(remote);
  }, [remote]);

  // The connection came back: send what is waiting now rather than at the next retry.
  const syncs = useAppStore(selectSessionSyncs);
  useEffect(() => {
    if (syncs > 0) flush();
  }, [syncs, flush]);
  const shown = useSaveStatusText(status);
  const paste = usePasteLimit(MAX_NOTES, "a phase's notes");

  // Leaving the phase or the screen, hiding or closing the page: send what is pending now.
  useFlushOnLeave(flush);

  return (
    <div className="notes">
      <div className="notes-head">
        <label htmlFor={id} className="notes-label">
          Notes for “{phaseTitle}”
        </label>
        {!readOnly && (
          <span className={`notes-status notes-status-${shown.tone}`} aria-live="polite">
            {shown.text}
          </span>
        )}
      </div>
      <textarea
        id={id}
        className="notes-text"
        value={text}
        readOnly={readOnly}
        spellCheck
        maxLength={MAX_NOTES}
        onPaste={paste.onPaste()}
        placeholder={placeholder}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          flush();
        }}
        onChange={(e) => {
          setText(e.target.value);
          unsent.current = e.target.value;
          setStatus('editing');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => flush(), SAVE_AFTER_MS);
        }}
      />
      {paste.notice()}
    </div>
  );
}
