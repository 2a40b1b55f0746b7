import { useEffect, useMemo } from 'react';
import { ResumeNotice } from '../sessions/ResumeNotice';
import { selectSessionList } from '../sessions/sessionsSlice';
import { navigate, routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { DifficultyBadge, Tags } from '../ui/DifficultyBadge';
import { Notice } from '../ui/Notice';
import { ImportPrompts, ImportReport } from './ImportPrompts';
import { PromptFilters } from './PromptFilters';
import { ProblemList } from './ProblemList';
import { filterPrompts, isFiltered, noFilter, pickRandom, practiceCounts } from './promptFilter';
import { selectPromptFilter, selectPromptList } from './promptsSlice';
import './home.css';

/** One empty list while the prompts load, so the filtered view is not worked out again on every render. */
const NO_PROMPTS: readonly never[] = [];

export function HomeScreen() {
  const list = useAppStore(selectPromptList);
  const filter = useAppStore(selectPromptFilter);
  const sessions = useAppStore(selectSessionList);

  useEffect(() => {
    void useAppStore.getState().loadPromptList();
    // Fresh on each visit, so the resume offer tells the session's state as it is now.
    void useAppStore.getState().loadSessionList();
  }, []);

  const practised = useMemo(() => practiceCounts(sessions.status === 'ready' ? sessions.value : []), [sessions]);
  const all = list.status === 'ready' ? list.value.prompts : NO_PROMPTS;
  const shown = useMemo(() => filterPrompts(all, filter, practised), [all, filter, practised]);

  const random = () => {
    const pick = pickRandom(shown, practised);
    if (pick) navigate({ name: 'prompt', id: pick.id });
  };

  return (
    <section className="screen" aria-labelledby="home-title">
      <ResumeNotice />
      <div className="home-head">
        <div>
          <h1 id="home-title">Practice prompts</h1>
          <p className="lede">Pick a system to design. Read the brief, then ask, estimate, sketch and defend it the way an interview runs.</p>
        </div>
        <ImportPrompts />
      </div>
      <ImportReport />
      {list.status === 'loading' && <p className="muted">Loading prompts…</p>}
      {list.status === 'failed' && <Notice tone="error" title="The prompts could not be loaded">{list.error}</Notice>}
      {list.status === 'ready' && (
        <>
          {list.value.problems.length > 0 && (
            <Notice
              tone="warning"
              title={`${list.value.problems.length} problem${list.value.problems.length === 1 ? '' : 's'} in prompt files; the other prompts loaded`}
            >
              <ProblemList problems={list.value.problems} />
            </Notice>
          )}
          <PromptFilters prompts={all} />
          <div className="count-row">
            <span className="muted count" aria-live="polite">
              {isFiltered(filter) ? `${shown.length} of ${all.length} prompts` : `${all.length} prompt${all.length === 1 ? '' : 's'}`}
            </span>
            {isFiltered(filter) && (
              <button type="button" className="btn btn-quiet btn-small" onClick={() => useAppStore.getState().setPromptFilter(noFilter)}>
                Clear filters
              </button>
            )}
            <button
              type="button"
              className="btn picker-random"
              onClick={random}
              disabled={shown.length === 0}
              title="Open a prompt at random from those shown, preferring ones you have not practised"
            >
              Random prompt
            </button>
          </div>
          {shown.length === 0 && all.length > 0 && <p className="empty-filter">No prompt matches these filters.</p>}
          <ul className="prompt-grid">
            {shown.map((p) => {
              const times = practised.get(p.id) ?? 0;
              return (
                <li key={p.id}>
                  <a className="prompt-card" href={routeHash({ name: 'prompt', id: p.id })}>
                    <span className="prompt-card-head">
                      <span className="prompt-card-title">{p.title}</span>
                      <DifficultyBadge difficulty={p.difficulty} />
                    </span>
                    <span className="prompt-card-summary">{p.summary}</span>
                    <span className="prompt-card-foot">
                      <Tags tags={p.tags} />
                      <span className={times > 0 ? 'practised' : 'practised practised-none'}>{times > 0 ? `Practised ${times}×` : 'Not practised yet'}</span>
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
