import { useId, useState } from 'react';
import { describePlanProblems, PHASE_MINUTES, PLAN_MINUTES, totalMinutes, type Phase, type Plan } from '../../shared/session/plan';
import { describeError } from '../bridge/bridge';
import { useAppStore } from '../store/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Notice } from '../ui/Notice';
import { forValidation, invalidFields, newPhase, newPlanId, toSaved, type DraftPlan } from './draft';
import { PhaseBar } from './BuiltinPlan';

export type Editing = {
  draft: DraftPlan;
  /** The plan as saved, or undefined for one never saved. */
  saved: DraftPlan | undefined;
};

export function PlanEditor({
  editing,
  dirty,
  onChange,
  onSaved,
  onDeleted,
  onDiscard,
}: {
  editing: Editing;
  dirty: boolean;
  onChange: (draft: DraftPlan) => void;
  onSaved: (saved: Plan) => void;
  onDeleted: () => void;
  onDiscard: () => void;
}) {
  const { draft, saved } = editing;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [justSaved, setJustSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const nameId = useId();
  const problemsId = useId();

  const checked = forValidation(draft);
  const problems = describePlanProblems(checked);
  const invalid = invalidFields(draft);
  const total = totalMinutes(checked);
  const totalOk = total >= PLAN_MINUTES.min && total <= PLAN_MINUTES.max;

  const update = (change: Partial<DraftPlan>) => {
    setJustSaved(false);
    onChange({ ...draft, ...change });
  };
  const updatePhase = (index: number, change: Partial<Phase>) => update({ phases: draft.phases.map((p, i) => (i === index ? { ...p, ...change } : p)) });
  const move = (index: number, by: -1 | 1) => {
    const phases = [...draft.phases];
    const [phase] = phases.splice(index, 1);
    phases.splice(index + by, 0, phase!);
    update({ phases });
  };

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      // A plan saved for the first time gets its id from the name it was given.
      const plan = saved ? toSaved(draft) : { ...toSaved(draft), id: newPlanId(draft.name) };
      onSaved(await useAppStore.getState().savePlan(plan));
      setJustSaved(true);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setConfirmDelete(false);
    if (!saved) return onDeleted();
    setBusy(true);
    try {
      await useAppStore.getState().deletePlan(draft.id);
      onDeleted();
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  };

  return (
    <article className="card plan-card plan-editor" aria-label={`Edit “${draft.name || 'Untitled plan'}”`}>
      <div className="field">
        <label className="field-label" htmlFor={nameId}>
          Plan name
        </label>
        <input
          id={nameId}
          className="input plan-name-input"
          value={draft.name}
          maxLength={80}
          aria-invalid={invalid.name || undefined}
          onChange={(e) => update({ name: e.target.value })}
        />
      </div>

      <PhaseBar phases={draft.phases} />

      <ol className="phase-rows" aria-label="Phases">
        {draft.phases.map((phase, i) => {
          const bad = invalid.phases.get(i);
          const label = phase.title.trim() || `phase ${i + 1}`;
          return (
            <li key={phase.id} className="phase-row">
              <span className={`phase-row-index seg-${i % 8}`}>{i + 1}</span>
              <input
                className="input phase-row-title"
                aria-label={`Phase ${i + 1} title`}
                value={phase.title}
                maxLength={60}
                aria-invalid={bad?.has('title') || undefined}
                onChange={(e) => updatePhase(i, { title: e.target.value })}
              />
              <span className="phase-row-minutes">
                <input
                  className="input"
                  type="number"
                  inputMode="numeric"
                  min={PHASE_MINUTES.min}
                  max={PHASE_MINUTES.max}
                  step={1}
                  aria-label={`Phase ${i + 1} minutes`}
                  value={Number.isFinite(phase.minutes) ? phase.minutes : ''}
                  aria-invalid={bad?.has('minutes') || undefined}
                  onChange={(e) => updatePhase(i, { minutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
                />
                <span className="muted">min</span>
              </span>
              <span className="phase-row-actions">
                <button type="button" className="btn btn-quiet btn-icon" aria-label={`Move “${label}” up`} disabled={i === 0} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-quiet btn-icon"
                  aria-label={`Move “${label}” down`}
                  disabled={i === draft.phases.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="btn btn-quiet-danger btn-icon"
                  aria-label={`Remove “${label}”`}
                  disabled={draft.phases.length === 1}
                  onClick={() => update({ phases: draft.phases.filter((_, j) => j !== i) })}
                >
                  ✕
                </button>
              </span>
              <details className="phase-row-details">
                <summary>Questions and goal</summary>
                <label className="field">
                  <span className="field-label">Questions to work through, one per line</span>
                  <textarea
                    className="input"
                    rows={Math.min(8, Math.max(3, phase.guidance.length + 1))}
                    value={phase.guidance.join('\n')}
                    onChange={(e) => updatePhase(i, { guidance: e.target.value.split('\n') })}
                  />
                </label>
                <label className="field">
                  <span className="field-label">What the phase should leave behind</span>
                  <input className="input" value={phase.produces} onChange={(e) => updatePhase(i, { produces: e.target.value })} />
                </label>
              </details>
            </li>
          );
        })}
      </ol>

      <div className="plan-editor-foot">
        <button type="button" className="btn" disabled={draft.phases.length >= 20} onClick={() => update({ phases: [...draft.phases, newPhase(draft)] })}>
          + Add phase
        </button>
        <p className={`plan-total${totalOk ? '' : ' plan-total-bad'}`} aria-live="polite">
          <strong>{total}</strong> of {PLAN_MINUTES.min}–{PLAN_MINUTES.max} minutes
        </p>
      </div>

      <div id={problemsId} className="plan-problems" aria-live="polite">
        {problems.length > 0 && (
          <Notice tone="warning" title={problems.length === 1 ? 'One thing to fix before saving' : `${problems.length} things to fix before saving`}>
            <ul className="problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </Notice>
        )}
      </div>
      {error && <Notice tone="error" title="Not saved">{error}</Notice>}

      <div className="plan-actions">
        <button type="button" className="btn btn-quiet-danger" disabled={busy} onClick={() => setConfirmDelete(true)}>
          {saved ? 'Delete plan' : 'Discard plan'}
        </button>
        <span className="plan-actions-right">
          {justSaved && !dirty && <span className="plan-saved">Saved</span>}
          {saved && dirty && (
            <button type="button" className="btn" disabled={busy} onClick={onDiscard}>
              Discard changes
            </button>
          )}
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || problems.length > 0 || !dirty}
            aria-describedby={problems.length > 0 ? problemsId : undefined}
            onClick={() => void save()}
          >
            {busy ? 'Saving…' : 'Save plan'}
          </button>
        </span>
      </div>

      <ConfirmDialog
        open={confirmDelete}
        title={saved ? `Delete “${saved.name}”?` : 'Discard this new plan?'}
        confirmLabel={saved ? 'Delete plan' : 'Discard plan'}
        cancelLabel="Keep it"
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void remove()}
      >
        <p>{saved ? 'Sessions already run with it keep their phases; it just leaves the list of plans.' : 'It has never been saved.'}</p>
      </ConfirmDialog>
    </article>
  );
}
