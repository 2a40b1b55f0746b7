import { useEffect, useMemo, useRef } from 'react';
import type { Difficulty, PromptSummary } from '../../shared/schemas/prompt';
import { useAppStore } from '../store/store';
import { tagCounts } from './promptFilter';
import { selectPromptFilter } from './promptsSlice';

const DIFFICULTIES: { value: Difficulty | 'any'; label: string }[] = [
  { value: 'any', label: 'All' },
  { value: 'easy', label: 'Easy' },
  { value: 'medium', label: 'Medium' },
  { value: 'hard', label: 'Hard' },
];

/** Search, difficulty, tag and "not practised yet"; the list below shows what they leave. */
export function PromptFilters({ prompts }: { prompts: readonly PromptSummary[] }) {
  const filter = useAppStore(selectPromptFilter);
  const set = useAppStore.getState().setPromptFilter;
  const tags = useMemo(() => tagCounts(prompts), [prompts]);
  const search = useRef<HTMLInputElement>(null);

  // "/" jumps to the search box from anywhere on the list, as on most sites with a search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      search.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="picker-bar" role="search">
      <input
        ref={search}
        type="search"
        className="input picker-search"
        aria-label="Search prompts"
        placeholder="Search by name, topic or tag  ( / )"
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') set({ text: '' });
        }}
      />
      <fieldset className="segmented picker-difficulty">
        <legend className="visually-hidden">Difficulty</legend>
        {DIFFICULTIES.map((d) => (
          <label key={d.value}>
            <input type="radio" name="difficulty" value={d.value} checked={filter.difficulty === d.value} onChange={() => set({ difficulty: d.value })} />
            <span>{d.label}</span>
          </label>
        ))}
      </fieldset>
      <select className="input picker-tag" aria-label="Tag" value={filter.tag} onChange={(e) => set({ tag: e.target.value })}>
        <option value="any">All tags</option>
        {/* A tag chosen earlier stays listed even if the prompts carrying it are gone, so the select never lies. */}
        {filter.tag !== 'any' && !tags.some((t) => t.tag === filter.tag) && <option value={filter.tag}>{filter.tag} (0)</option>}
        {tags.map((t) => (
          <option key={t.tag} value={t.tag}>
            {t.tag} ({t.count})
          </option>
        ))}
      </select>
      <label className="picker-check">
        <input type="checkbox" checked={filter.unpractisedOnly} onChange={(e) => set({ unpractisedOnly: e.target.checked })} />
        Not practised yet
      </label>
    </div>
  );
}
