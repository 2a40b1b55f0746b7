import { useEffect, useState } from 'react';
import { totalMinutes, type Plan } from '../../shared/session/plan';
import { navigate, replaceRoute } from '../shell/route';
import { useAppStore } from '../store/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Notice } from '../ui/Notice';
import { blankPlan, duplicatePlan, samePlan, type DraftPlan } from './draft';
import { selectPlans } from './plansSlice';
import { PlanEditor, type Editing } from './PlanEditor';
import { BuiltinPlan } from './BuiltinPlan';
import './plans.css';

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

  // Opening a saved custom plan starts editing a copy of it: set while rendering, so React
  // renders again at once with the copy and no frame shows the plan without its editor.
  if (stored && !stored.builtin && editing?.draft.id !== stored.id) setEditing({ draft: structuredClone(stored), saved: stored });

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

