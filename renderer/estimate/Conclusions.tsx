import { useId, useState, type KeyboardEvent } from 'react';
import type { LineResult } from '../../shared/estimate/evaluate';
import { Conclusion as ConclusionSchema, type Conclusion, type PadLine } from '../../shared/estimate/pad';
import { usePasteLimit } from '../ui/usePasteLimit';
import { lineLabel } from './format';
import { newLineId } from './lineIds';

/**
 * "So what does this number decide?": short sentences, each optionally resting on lines of
 * the pad. A new one is tied to the line last worked on unless that is unticked; a tie can be
 * added (the current line) or removed later. A tie's chip jumps to its line.
 */
/** As the log takes it (shared/estimate/pad.ts). */
const MAX_CONCLUSION = ConclusionSchema.shape.text.maxLength ?? 2_000;

export function Conclusions({
  conclusions,
  lines,
  results,
  activeLine,
  readOnly,
  onChange,
  onShowLine,
}: {
  conclusions: readonly Conclusion[];
  lines: readonly PadLine[];
  results: readonly LineResult[];
  /** The line the caret was last on, offered as the one a conclusion rests on. */
  activeLine: number;
  readOnly: boolean;
  onChange(change: (conclusions: Conclusion[]) => Conclusion[], now?: boolean): void;
  onShowLine(index: number): void;
}) {
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const [linkCurrent, setLinkCurrent] = useState(true);
  const paste = usePasteLimit(MAX_CONCLUSION, 'a conclusion');
  const indexOf = new Map(lines.map((l, i) => [l.id, i]));
  const current = lines[activeLine];
  const currentIsValue = current !== undefined && results[activeLine]?.kind === 'value';
  const currentLabel = current ? `line ${activeLine + 1} · ${lineLabel(current.text, results[activeLine])}` : '';

  const add = () => {
    const text = draft.trim();
    if (!text) return;
    const lineIds = linkCurrent && currentIsValue ? [current.id] : [];
    onChange((list) => [...list, { id: newLineId().replace(/^l-/, 'c-'), text, lineIds }], true);
    setDraft('');
  };

  const edit = (id: string, change: (c: Conclusion) => Conclusion, now = false) =>
    onChange((list) => list.map((c) => (c.id === id ? change(c) : c)), now);

  const noNewlines = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter') e.preventDefault();
  };

  return (
    <section className="pad-conclusions" aria-labelledby={headingId}>
      <h3 id={headingId} className="pad-conclusions-title">
        So what does this number decide?
      </h3>
      {conclusions.length === 0 ? (
        <p className="pad-conclusions-empty">
          {readOnly ? 'No conclusions were written.' : 'Turn a figure into a decision: “100 reads per write, so cache the read path.”'}
        </p>
      ) : (
        <ol className="pad-conclusion-list">
          {conclusions.map((c, n) => {
            const tied = c.lineIds.filter((id) => indexOf.has(id));
            const canTie = !readOnly && currentIsValue && !c.lineIds.includes(current.id);
            return (
              <li key={c.id} className="pad-conclusion">
                <div className="pad-conclusion-main">
                  <span className="pad-conclusion-mark" aria-hidden="true">
                    →
                  </span>
                  {readOnly ? (
                    <p className="pad-conclusion-text">{c.text}</p>
                  ) : (
                    <textarea
                      className="pad-conclusion-input"
                      aria-label={`Conclusion ${n + 1}`}
                      value={c.text}
                      rows={1}
                      maxLength={MAX_CONCLUSION}
                      onPaste={paste.onPaste(c.id)}
                              onKeyDown={noNewlines}
                      onChange={(e) => edit(c.id, (old) => ({ ...old, text: e.target.value.replace(/\n/g, ' ') }))}
                    />
                  )}
                  {!readOnly && (
                    <button
                      type="button"
                      className="pad-icon-button"
                      aria-label={`Remove conclusion ${n + 1}`}
                      title="Remove this conclusion"
                      onClick={() => onChange((list) => list.filter((x) => x.id !== c.id), true)}
                    >
                      ×
                    </button>
                  )}
                </div>
                {paste.notice(c.id)}
                {(tied.length > 0 || canTie) && (
                  <ul className="pad-ties" aria-label={`Lines conclusion ${n + 1} rests on`}>
                    {tied.map((id) => {
                      const i = indexOf.get(id)!;
                      const label = `line ${i + 1} · ${lineLabel(lines[i]!.text, results[i])}`;
                      return (
                        <li key={id} className="pad-tie">
                          <button type="button" className="pad-tie-link" title={`Show ${label}`} onClick={() => onShowLine(i)}>
                            {label}
                          </button>
                          {!readOnly && (
                            <button
                              type="button"
                              className="pad-tie-remove"
                              aria-label={`Untie ${label}`}
                              title="Untie this line"
                              onClick={() => edit(c.id, (old) => ({ ...old, lineIds: old.lineIds.filter((x) => x !== id) }), true)}
                            >
                              ×
                            </button>
                          )}
                        </li>
                      );
                    })}
                    {canTie && (
                      <li>
                        <button
                          type="button"
                          className="pad-tie-add"
                          onClick={() => edit(c.id, (old) => ({ ...old, lineIds: [...old.lineIds, current.id] }), true)}
                        >
                          + {currentLabel}
                        </button>
                      </li>
                    )}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <form
          className="pad-conclusion-new"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <div className="pad-conclusion-row">
            <input
              className="input pad-conclusion-draft"
              aria-label="New conclusion"
              placeholder="Add a conclusion…"
              value={draft}
              maxLength={MAX_CONCLUSION}
              onPaste={paste.onPaste('new')}
              onChange={(e) => setDraft(e.target.value)}
            />
            <button type="submit" className="btn btn-small" disabled={draft.trim() === ''}>
              Add
            </button>
          </div>
          {paste.notice('new')}
          {currentIsValue && (
            <label className="pad-conclusion-link">
              <input type="checkbox" checked={linkCurrent} onChange={(e) => setLinkCurrent(e.target.checked)} />
              Rests on {currentLabel}
            </label>
          )}
        </form>
      )}
    </section>
  );
}
