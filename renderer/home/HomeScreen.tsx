import { useEffect } from 'react';
import { ResumeNotice } from '../sessions/ResumeNotice';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { DifficultyBadge, Tags } from '../ui/DifficultyBadge';
import { Notice } from '../ui/Notice';
import { selectPromptList } from './promptsSlice';

export function HomeScreen() {
  const list = useAppStore(selectPromptList);

  useEffect(() => {
    void useAppStore.getState().loadPromptList();
    // Fresh on each visit, so the resume offer tells the session's state as it is now.
    void useAppStore.getState().loadSessionList();
  }, []);

  return (
    <section className="screen" aria-labelledby="home-title">
      <ResumeNotice />
      <h1 id="home-title">Practice prompts</h1>
      <p className="lede">Pick a system to design. Read the brief, then ask, estimate, sketch and defend it the way an interview runs.</p>
      {list.status === 'loading' && <p className="muted">Loading prompts…</p>}
      {list.status === 'failed' && <Notice tone="error" title="The prompts could not be loaded">{list.error}</Notice>}
      {list.status === 'ready' && (
        <>
          {list.value.problems.length > 0 && (
            <Notice
              tone="warning"
              title={`${list.value.problems.length} problem${list.value.problems.length === 1 ? '' : 's'} in prompt files; the other prompts loaded`}
            >
              <ul className="problems">
                {list.value.problems.map((p, i) => (
                  <li key={i}>
                    <code>
                      {p.file}
                      {p.line ? `:${p.line}` : ''}
                    </code>
                    {p.field ? ` (${p.field})` : ''}: {p.message}
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          <p className="muted count">
            {list.value.prompts.length} prompt{list.value.prompts.length === 1 ? '' : 's'}
          </p>
          <ul className="prompt-grid">
            {list.value.prompts.map((p) => (
              <li key={p.id}>
                <a className="prompt-card" href={routeHash({ name: 'prompt', id: p.id })}>
                  <span className="prompt-card-head">
                    <span className="prompt-card-title">{p.title}</span>
                    <DifficultyBadge difficulty={p.difficulty} />
                  </span>
                  <span className="prompt-card-summary">{p.summary}</span>
                  <Tags tags={p.tags} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
