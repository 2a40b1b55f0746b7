import { useEffect, useId, useState } from 'react';
import { describePlanProblems, PHASE_MINUTES, PLAN_MINUTES, totalMinutes, type Phase, type Plan } from '../../shared/session/plan';
import { describeError } from '../bridge/bridge';
import { navigate, replaceRoute } from '../shell/route';
import { useAppStore } from '../store/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Notice } from '../ui/Notice';
import { blankPlan, duplicatePlan, forValidation, invalidFields, newPhase, newPlanId, samePlan, toSaved, type DraftPlan } from './draft';
import { selectPlans } from './plansSlice';
import './plans.css';

type Editing = {
  draft: DraftPlan;
  /** The plan as saved, or undefined for one never saved. */
  saved: DraftPlan | undefined;
};

export function PlansScreen({ selectedId }: { selectedId: string | undefined }) {
  const plans = useAppStore(selectPlans);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [pendingSwitch, setPendingSwitch] = useState<(() => void) | undefined>(undefined);

  useEffect(() => {
    void useAppStore.getState().loadPlans();
  }, []);

  const list = plans.status === 'ready' ? plans.value : [];
  const builtin = list.filter((p) => p.builtin);
  const custom = list.filter((p) => !p.builtin);
  const stored = list.find((p) => p.id === selectedId);
  const selected = stored ?? (editing && editing.draft.id === selectedId ? undefined : list[0]);

  // Opening a saved custom plan starts editing a copy of it.
  useEffect(() => {
    if (stored && !stored.builtin && editing?.draft.id !== stored.id) setEditing({ draft: structuredClone(stored), saved: stored });
  }, [stored, editing?.draft.id]);

  const dirty = editing !== undefined && (editing.saved === undefined || !samePlan(editing.draft, editing.saved));
  /** The plan being edited, when it is the one on screen. */
  const shown = editing !== undefined && editing.draft.id === (selectedId ?? selected?.id) ? editing : undefined;

  /** Runs `go` now, or after asking, if it would throw away unsaved changes. */
  const guard = (go: () => void) => {
    if (shown && dirty) setPendingSwitch(() => go);
    else go();
  };
  const startEditing = (draft: DraftPlan) =>
    guard(() => {
      setEditing({ draft, saved: undefined });
      navigate({ name: 'plans', id: draft.id });
    });

  return (
    <section className="screen plans-screen" aria-labelledby="plans-title">
      <div className="screen-head">
        <div>
          <h1 id="plans-title">Plans</h1>
          <p className="lede">A plan splits the interview into timed phases. The built-in plans follow well-known methods; duplicate one to make it your own.</p>
        </div>
        <button type="button" className="btn" onClick={() => startEditing(blankPlan())}>
          New plan
        </button>
      </div>
      {plans.status === 'loading' && <p className="muted">Loading plans…</p>}
      {plans.status === 'failed' && <Notice tone="error" title="The plans could not be loaded">{plans.error}</Notice>}
      {plans.status === 'ready' && (
        <div className="plans-layout">
          <nav className="plan-list" aria-label="Plans">
            <h2 className="eyebrow">Built in</h2>
            <PlanLinks plans={builtin} selectedId={shown ? shown.draft.id : selected?.id} onSelect={(id) => guard(() => navigate({ name: 'plans', id }))} />
            <h2 className="eyebrow">Your plans</h2>
            {custom.length === 0 && !(editing && editing.saved === undefined) ? (
              <p className="muted plan-list-empty">None yet. Duplicate a built-in plan, or start a new one.</p>
            ) : (
              <PlanLinks
                plans={editing && editing.saved === undefined ? [...custom, editing.draft] : custom}
                selectedId={shown ? shown.draft.id : selected?.id}
                unsavedId={editing && editing.saved === undefined ? editing.draft.id : undefined}
                onSelect={(id) => guard(() => navigate({ name: 'plans', id }))}
              />
            )}
          </nav>
          <div className="plan-detail">
            {shown ? (
              <PlanEditor
                editing={shown}
                dirty={dirty}
                onChange={(draft) => setEditing({ ...shown, draft })}
                onSaved={(saved) => {
                  setEditing({ draft: structuredClone(saved), saved });
                  if (saved.id !== selectedId) {
                    // A first save names the plan after its title; the address follows, in the same render.
                    replaceRoute({ name: 'plans', id: saved.id });
                    useAppStore.getState().syncRouteFromLocation();
                  }
                }}
                onDeleted={() => {
                  setEditing(undefined);
                  navigate({ name: 'plans' });
                }}
                onDiscard={() => {
                  if (shown.saved) setEditing({ ...shown, draft: structuredClone(shown.saved) });
                  else {
                    setEditing(undefined);
                    navigate({ name: 'plans' });
                  }
                }}
              />
            ) : selected?.builtin ? (
              <BuiltinPlan plan={selected} onDuplicate={() => startEditing(duplicatePlan(selected))} />
            ) : (
              <p className="empty">Choose a plan.</p>
            )}
          </div>
        </div>
      )}
      <ConfirmDialog
        open={pendingSwitch !== undefined}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onCancel={() => setPendingSwitch(undefined)}
        onConfirm={() => {
          const go = pendingSwitch;
          setPendingSwitch(undefined);
          if (editing?.saved) setEditing({ ...editing, draft: structuredClone(editing.saved) });
          else setEditing(undefined);
          go?.();
        }}
      >
        <p>“{editing?.draft.name || 'This plan'}” has changes that are not saved.</p>
      </ConfirmDialog>
    </section>
  );
}

function PlanLinks({
  plans,
  selectedId,
  unsavedId,
  onSelect,
}: {
  plans: Plan[];
  selectedId: string | undefined;
  unsavedId?: string;
  onSelect: (id: string) => void;
}) {
  return (
    <ul className="plan-links">
      {plans.map((plan) => (
        <li key={plan.id}>
          <button type="button" className="plan-link" aria-current={plan.id === selectedId ? 'true' : undefined} onClick={() => onSelect(plan.id)}>
            <span className="plan-link-name">{plan.name || 'Untitled plan'}</span>
            <span className="plan-link-meta">
              {plan.id === unsavedId ? 'Not saved yet · ' : ''}
              {totalMinutes(plan) || 0} min · {plan.phases.length} phase{plan.phases.length === 1 ? '' : 's'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function PhaseBar({ phases }: { phases: readonly Pick<Phase, 'id' | 'title' | 'minutes'>[] }) {
  const total = phases.reduce((sum, p) => sum + (Number.isFinite(p.minutes) && p.minutes > 0 ? p.minutes : 0), 0);
  return (
    <div className="phase-bar" aria-hidden="true">
      {phases.map((p, i) => {
        const minutes = Number.isFinite(p.minutes) && p.minutes > 0 ? p.minutes : 0;
        return minutes > 0 ? (
          <span key={p.id} className={`phase-bar-seg seg-${i % 8}`} style={{ flexGrow: minutes }} title={`${p.title}: ${minutes} min`}>
            {total > 0 && minutes / total > 0.07 ? minutes : ''}
          </span>
        ) : null;
      })}
    </div>
  );
}

function BuiltinPlan({ plan, onDuplicate }: { plan: Plan; onDuplicate: () => void }) {
  return (
    <article className="card plan-card" aria-labelledby="plan-name">
      <div className="plan-card-head">
        <div>
          <span className="plan-badge">Built in · read only</span>
          <h2 id="plan-name">{plan.name}</h2>
          {plan.description && <p className="muted plan-description">{plan.description}</p>}
        </div>
        <button type="button" className="btn btn-primary" onClick={onDuplicate}>
          Duplicate to edit
        </button>
      </div>
      <PhaseBar phases={plan.phases} />
      <ol className="plan-phases-readonly">
        {plan.phases.map((p) => (
          <li key={p.id}>
            <div className="plan-phase-line">
              <span className="plan-phase-title">{p.title}</span>
              <span className="plan-phase-minutes">{p.minutes} min</span>
            </div>
            {p.produces && <p className="plan-phase-produces">{p.produces}</p>}
          </li>
        ))}
      </ol>
      <p className="plan-total">
        <strong>{totalMinutes(plan)}</strong> minutes in {plan.phases.length} phases
      </p>
    </article>
  );
}

function PlanEditor({
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
