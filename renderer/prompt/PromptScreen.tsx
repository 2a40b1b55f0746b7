import { useEffect } from 'react';
import { selectOpenedPrompt } from '../home/promptsSlice';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { DifficultyBadge, Tags } from '../ui/DifficultyBadge';
import { Notice } from '../ui/Notice';
import { Prose } from '../ui/Prose';

export function PromptScreen({ id }: { id: string }) {
  const opened = useAppStore(selectOpenedPrompt);

  useEffect(() => {
    void useAppStore.getState().openPrompt(id);
  }, [id]);

  return (
    <section className="screen" aria-labelledby="prompt-title">
      <a className="back" href={routeHash({ name: 'home' })}>
        ← All prompts
      </a>
      {opened.status === 'loading' && <p className="muted">Opening…</p>}
      {opened.status === 'failed' && <Notice tone="error" title="This prompt could not be opened">{opened.error}</Notice>}
      {opened.status === 'ready' && (
        <article className="prompt">
          <h1 id="prompt-title">{opened.value.title}</h1>
          <div className="prompt-meta">
            <DifficultyBadge difficulty={opened.value.difficulty} />
            <Tags tags={opened.value.tags} />
          </div>
          <h2 className="eyebrow">The interviewer opens with</h2>
          <Prose className="brief" text={opened.value.brief} />
          <p className="muted">
            The brief is vague on purpose. Before drawing anything, pin down who uses it, how much, and what must never go wrong.
          </p>
        </article>
      )}
    </section>
  );
}
