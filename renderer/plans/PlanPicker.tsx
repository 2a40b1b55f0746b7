import { useEffect } from 'react';
import { totalMinutes } from '../../shared/session/plan';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { selectPlans } from './plansSlice';
import './plans.css';

/** Radio cards, one per plan: name, phases and total minutes. Chooses the first plan until told otherwise. */
export function PlanPicker({ value, onChange }: { value: string | undefined; onChange: (id: string) => void }) {
  const plans = useAppStore(selectPlans);

  useEffect(() => {
    void useAppStore.getState().loadPlans();
  }, []);

  const list = plans.status === 'ready' ? plans.value : [];
  const chosen = list.some((p) => p.id === value) ? value : list[0]?.id;
  useEffect(() => {
    if (chosen !== undefined && chosen !== value) onChange(chosen);
  }, [chosen, value, onChange]);

  if (plans.status === 'failed') return <Notice tone="error" title="The plans could not be loaded">{plans.error}</Notice>;
  if (plans.status !== 'ready') return <p className="muted">Loading plans…</p>;

  return (
    <fieldset className="plan-picker">
      <legend>Plan</legend>
      {list.map((plan) => (
        <label key={plan.id} className="plan-option">
          <input type="radio" name="plan" value={plan.id} checked={plan.id === chosen} onChange={() => onChange(plan.id)} />
          <span className="plan-option-body">
            <span className="plan-option-head">
              <span className="plan-option-name">{plan.name}</span>
              <span className="plan-option-total">{totalMinutes(plan)} min</span>
            </span>
            <span className="plan-option-phases">{plan.phases.map((p) => `${p.title} ${p.minutes}`).join(' · ')}</span>
            {!plan.builtin && <span className="plan-option-tag">Your plan</span>}
          </span>
        </label>
      ))}
      <a className="plan-picker-edit" href={routeHash({ name: 'plans' })}>
        Make your own plan…
      </a>
    </fieldset>
  );
}
