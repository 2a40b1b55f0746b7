import { useId, useState } from 'react';
import type { NoteTag, PrivateState } from '../../shared/pairing/privateLog';
import { formatUsed } from '../session/format';
import { useAppStore } from '../store/store';
import { selectActConsole } from './consoleSlice';
import { newNoteId, QUICK_TAGS, switchTag, TAG_NAMES, tagForKey } from './noteKeys';

/**
 * The partner's own notes, stamped with the session clock so the report and the replay
 * can show them at their moment. Never sent to the candidate's window.
 */
export function InterviewerNotes({ own }: { own: PrivateState }) {
  const act = useAppStore(selectActConsole);
  const [text, setText] = useState('');
  // One tag per note: a strength that is also a concern says neither.
  const [tag, setTag] = useState<NoteTag | undefined>(undefined);
  /** The tag stays for the notes after this one, as when listing several concerns in a row. */
  const [pinned, setPinned] = useState(false);
  const pinId = useId();

  // The box empties at once, so the next note can be typed while this one is on its way;
  // one that did not go through comes back, unless something new was typed meanwhile.
  const add = async () => {
    if (text.trim() === '') return;
    const sent = { text, tag };
    setText('');
    if (!pinned) setTag(undefined);
    if (!(await act({ type: 'note', id: newNoteId(Date.now()), text: sent.text, tags: sent.tag ? [sent.tag] : [] }))) {
      setText((now) => (now === '' ? sent.text : now));
      setTag((now) => now ?? sent.tag);
    }
  };

  return (
    <section className="console-section console-form" aria-labelledby="console-notes">
      <h3 id="console-notes">Your notes</h3>
      <p className="console-hint" id="console-note-keys">
        Enter adds the note · Alt+1 strength · Alt+2 concern · Alt+3 question, for this note only
      </p>
      <label className="field">
        <span className="visually-hidden">Partner note</span>
        <textarea
          className="input"
          rows={2}
          value={text}
          maxLength={5000}
          aria-describedby="console-note-keys"
          placeholder="What you noticed…"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            const chosen = tagForKey(e);
            if (chosen) {
              e.preventDefault();
              setTag((t) => switchTag(t, chosen));
            } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void add();
            }
          }}
        />
      </label>
      <div className="console-row">
        <div className="console-tags" role="group" aria-label="Tags">
          {QUICK_TAGS.map((quick) => (
            <button
              key={quick}
              type="button"
              className={`btn btn-small console-tag console-tag-${quick}`}
              aria-pressed={tag === quick}
              onClick={() => setTag((t) => switchTag(t, quick))}
            >
              {TAG_NAMES[quick]}
            </button>
          ))}
        </div>
        <button type="button" className="btn btn-primary btn-small" disabled={text.trim() === ''} onClick={() => void add()}>
          Add note
        </button>
      </div>
      <label className="console-pin" htmlFor={pinId}>
        <input id={pinId} type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} />
        Keep the tag for the next notes
      </label>
      {own.notes.length > 0 && (
        <ol className="console-notes" aria-label="Notes written">
          {[...own.notes].reverse().map((note) => (
            <li key={note.id}>
              <span className="console-time">{formatUsed(note.t)}</span>
              <span className="console-note-body">
                {note.tags.map((tag) => (
                  <span key={tag} className={`console-chip console-tag-${tag}`}>
                    {TAG_NAMES[tag]}
                  </span>
                ))}{' '}
                {note.text}
              </span>
              <button
                type="button"
                className="btn btn-quiet btn-small btn-icon"
                aria-label={`Remove the note at ${formatUsed(note.t)}`}
                title="Remove"
                onClick={() => void act({ type: 'note.remove', id: note.id })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
