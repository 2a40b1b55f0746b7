import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { PAD_HELP, type HelpSection } from '../../shared/estimate/help';
import { REFERENCE_CARD, type CardSection } from '../../shared/estimate/referenceCard';

export type DrawerTab = 'reference' | 'help';

const TAB_LABEL: Record<DrawerTab, string> = { reference: 'Reference card', help: 'How to write lines' };

/** `code` in backticks as <code>. */
function inline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : part));
}

const matches = (query: string, ...texts: (string | undefined)[]) => texts.some((t) => t !== undefined && t.toLowerCase().includes(query));

/** The card's sections with only the rows that match (a matching title keeps every row). */
export function filterCard(card: readonly CardSection[], query: string): CardSection[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...card];
  return card.flatMap((s) => {
    if (matches(q, s.title)) return [s];
    const rows = s.rows.filter((r) => matches(q, r.label, r.value, r.approx, r.note, r.pad));
    return rows.length > 0 ? [{ ...s, rows }] : [];
  });
}

/** The help's sections that mention the query, with only the examples that do when the text does not. */
export function filterHelp(help: readonly HelpSection[], query: string): HelpSection[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...help];
  return help.flatMap((s) => {
    if (matches(q, s.title, ...s.body)) return [s];
    const examples = s.examples.filter((e) => matches(q, e.input, e.result));
    return examples.length > 0 ? [{ ...s, body: [], examples }] : [];
  });
}

/**
 * The reference card and the pad's language, in a drawer that floats above the pad (over the
 * canvas, which the estimation phase does not need) so both can be read while typing. Not
 * modal: the pad stays usable; Escape closes it. A figure with a pad form can be put in the pad.
 */
export function ReferenceDrawer({
  tab,
  maxHeight,
  canInsert,
  onTab,
  onInsert,
  onClose,
}: {
  tab: DrawerTab;
  maxHeight: number;
  canInsert: boolean;
  onTab(tab: DrawerTab): void;
  onInsert(line: string): void;
  onClose(): void;
}) {
  const [query, setQuery] = useState('');
  // Each tab starts with its own empty search (set while rendering, so no frame shows the old one).
  const [queryTab, setQueryTab] = useState(tab);
  if (queryTab !== tab) {
    setQueryTab(tab);
    setQuery('');
  }
  const search = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const card = useMemo(() => filterCard(REFERENCE_CARD, query), [query]);
  const help = useMemo(() => filterHelp(PAD_HELP, query), [query]);

  useEffect(() => {
    search.current?.focus();
  }, [tab]);

  return (
    <div
      className="pad-drawer"
      role="dialog"
      aria-labelledby={titleId}
      style={{ '--drawer-max': `${Math.max(220, maxHeight)}px` } as CSSProperties}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="pad-drawer-head">
        <h2 id={titleId} className="visually-hidden">
          {TAB_LABEL[tab]}
        </h2>
        <div className="pad-drawer-tabs" role="tablist" aria-label="Help for the pad">
          {(['reference', 'help'] as const).map((t) => (
            <button key={t} type="button" role="tab" aria-selected={t === tab} className="pad-drawer-tab" onClick={() => onTab(t)}>
              {TAB_LABEL[t]}
            </button>
          ))}
        </div>
        <button type="button" className="pad-icon-button pad-drawer-close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="pad-drawer-search">
        <input
          ref={search}
          className="input"
          type="search"
          aria-label={tab === 'reference' ? 'Search the reference card' : 'Search the help'}
          placeholder={tab === 'reference' ? 'Search: day, SSD, photo, 2^32…' : 'Search: per, in, KiB, error…'}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="pad-drawer-body" role="tabpanel" aria-label={TAB_LABEL[tab]}>
        {tab === 'reference' ? (
          card.length === 0 ? (
            <p className="pad-drawer-none">Nothing on the card matches “{query}”.</p>
          ) : (
            card.map((section) => (
              <section key={section.id} className="card-section" aria-label={section.title}>
                <h3>{section.title}</h3>
                {section.intro && <p className="card-intro">{inline(section.intro)}</p>}
                <table className="card-table">
                  <tbody>
                    {section.rows.map((row) => (
                      <tr key={row.label}>
                        <th scope="row">{row.label}</th>
                        <td className="card-value">
                          {row.value}
                          {(row.approx || row.note) && <span className="card-extra">{[row.approx, row.note].filter(Boolean).join(' · ')}</span>}
                        </td>
                        <td className="card-use">
                          {row.pad && canInsert && (
                            <button
                              type="button"
                              className="card-insert"
                              title={`Put “${row.pad}” in the pad`}
                              aria-label={`Put ${row.label} in the pad`}
                              onClick={() => onInsert(row.pad!)}
                            >
                              +
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))
          )
        ) : help.length === 0 ? (
          <p className="pad-drawer-none">Nothing in the help matches “{query}”.</p>
        ) : (
          help.map((section) => (
            <section key={section.id} className="help-section" aria-label={section.title}>
              <h3>{section.title}</h3>
              {section.body.map((p, i) => (
                <p key={i}>{inline(p)}</p>
              ))}
              {section.examples.length > 0 && (
                <table className="help-examples">
                  <thead>
                    <tr>
                      <th scope="col">You type</th>
                      <th scope="col">The pad shows</th>
                    </tr>
                  </thead>
                  <tbody>
                    {section.examples.map((e) => (
                      <tr key={e.input}>
                        <td>
                          <code>{e.input}</code>
                        </td>
                        <td className={e.result.startsWith('error: ') ? 'help-error' : undefined}>
                          {e.result === '' ? <span className="muted">a comment</span> : e.result.startsWith('error: ') ? `error: …${e.result.slice(7)}…` : e.result}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))
        )}
        {tab === 'help' && !query && (
          <section className="help-section" aria-label="Keys">
            <h3>Keys</h3>
            <p>
              The pad is a text editor: <kbd>Enter</kbd> starts a line, the arrows move between lines, <kbd>Backspace</kbd> at the start of a
              line joins it to the one above. <kbd>Ctrl</kbd>+<kbd>.</kbd> (<kbd>⌘</kbd>+<kbd>.</kbd> on a Mac) opens the estimate menu of the
              line the caret is on; <kbd>Tab</kbd> moves on to that line’s estimate chip (when it has a value), then to the conclusions.
            </p>
          </section>
        )}
      </div>
    </div>
  );
}
