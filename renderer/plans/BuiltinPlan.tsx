import { totalMinutes, type Phase, type Plan } from '../../shared/session/plan';

export function PhaseBar({ phases }: { phases: readonly Pick<Phase, 'id' | 'title' | 'minutes'>[] }) {
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

export function BuiltinPlan({ plan, onDuplicate }: { plan: Plan; onDuplicate: () => void }) {
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
