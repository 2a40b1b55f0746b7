import { useEffect, useState } from 'react';
import { selectOpenedPrompt } from '../home/promptsSlice';
import { PlanPicker } from '../plans/PlanPicker';
import { selectSettings } from '../settings/settingsSlice';
import { DEFAULT_LEVEL, type TargetLevel } from '../../shared/session/level';
import { LevelPicker } from './LevelPicker';
import { ModePicker, type SessionMode } from '../pairing/ModePicker';
import { MicCheck, type VoiceChoice } from '../voice/MicCheck';
import { describeError } from '../bridge/bridge';
import { navigate, routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { DifficultyBadge, Tags } from '../ui/DifficultyBadge';
import { Notice } from '../ui/Notice';
import { Prose } from '../ui/Prose';
import './prompt.css';

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
      {opened.status === 'ready' && opened.value.id === id && (
        <div className="prompt-layout">
          <article className="prompt">
            <h1 id="prompt-title">{opened.value.title}</h1>
            <div className="prompt-meta">
              <DifficultyBadge difficulty={opened.value.difficulty} />
              <Tags tags={opened.value.tags} />
            </div>
            <h2 className="eyebrow">The brief</h2>
            <Prose className="brief" text={opened.value.brief} />
            <p className="muted">
              The brief is vague on purpose. Before drawing anything, pin down who uses it, how much, and what must never go wrong.
            </p>
          </article>
          <StartPractice promptId={id} />
        </div>
      )}
    </section>
  );
}

function StartPractice({ promptId }: { promptId: string }) {
  const [planId, setPlanId] = useState<string | undefined>(undefined);
  const settings = useAppStore(selectSettings);
  const remembered = settings.status === 'ready' ? settings.value.targetLevel : DEFAULT_LEVEL;
  const [chosenLevel, setLevel] = useState<TargetLevel | undefined>(undefined);
  const level = chosenLevel ?? remembered;
  const [mode, setMode] = useState<SessionMode>('solo');
  const [chosenVoice, setVoice] = useState<VoiceChoice | undefined>(undefined);
  const voice: VoiceChoice = chosenVoice ?? {
    record: settings.status === 'ready' && settings.value.recordVoice,
    ...(settings.status === 'ready' && settings.value.microphone ? { deviceId: settings.value.microphone } : {}),
  };
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const start = async () => {
    if (!planId) return;
    setStarting(true);
    setError(undefined);
    try {
      const { createSession, updateSettings, chooseVoice } = useAppStore.getState();
      const sessionId = await createSession(promptId, planId, level, mode);
      chooseVoice(voice.record ? { sessionId, ...(voice.deviceId ? { deviceId: voice.deviceId } : {}) } : undefined);
      if (level !== remembered) void updateSettings({ targetLevel: level }, 'The target level');
      navigate({ name: 'session', id: sessionId });
    } catch (e) {
      setError(describeError(e));
      setStarting(false);
    }
  };

  return (
    <aside className="start-practice card" aria-labelledby="start-title">
      <h2 id="start-title">Practise this prompt</h2>
      <p className="muted start-hint">Pick how to split the time, the level to be judged at and who interviews you. The clock waits until you press Start, so you can read the brief first.</p>
      <PlanPicker value={planId} onChange={setPlanId} />
      <LevelPicker value={level} onChange={setLevel} />
      <ModePicker value={mode} onChange={setMode} />
      <MicCheck value={voice} onChange={setVoice} />
      {error && <Notice tone="error" title="The session could not be started">{error}</Notice>}
      <button type="button" className="btn btn-primary btn-large start-button" disabled={!planId || starting} onClick={() => void start()}>
        {starting ? 'Preparing…' : 'Start practice'}
      </button>
    </aside>
  );
}
